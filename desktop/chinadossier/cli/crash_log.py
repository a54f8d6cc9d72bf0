"""The log file of unexpected failures: the user sees one line, the details go here."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from chinadossier.paths import Paths, ensure_dirs

LOG_FILE_NAME = "chinadossier.log"
LOGGER_NAME = "chinadossier.cli"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3


def log_file(paths: Paths) -> Path:
    """Where the log of a data folder lives.

    Args:
        paths: The paths of this run.

    Returns:
        `<data dir>/logs/chinadossier.log`.
    """
    return paths.logs_dir / LOG_FILE_NAME


def _logger(target: Path) -> logging.Logger:
    """The CLI logger, with a rotating handler for `target` (added once, on first use)."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
            return logger
    handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                  encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return logger


def record_failure(paths: Paths, command: str | None, error: BaseException) -> Path:
    """Write an unexpected failure with its traceback to the log file.

    The log folder is created only now, so a run without failures leaves no log behind.

    Args:
        paths: The paths of this run.
        command: The sub-command that failed (its arguments are not logged: a `--db` URL may
            hold a password).
        error: The exception that ended the command.

    Returns:
        The log file written to.

    Raises:
        OSError: The log folder or file cannot be written.
    """
    ensure_dirs(paths)
    target = log_file(paths)
    logger = _logger(target)
    logger.error("Opdracht mislukt: chinadossier %s", command or "-", exc_info=error)
    for handler in logger.handlers:
        handler.flush()
    return target
