"""The log file of failures: the user sees one Dutch line, the details go here — privately.

The log is in the user's own data folder, created user-only (0600, folder 0700), size-limited
(rotating), and never holds record values (issue 7.6): a traceback is written as its frames
(file, line, function) and, per exception, its type and a message with every quoted value
replaced by "…"; a database error shows its SQL statement (parameterised: no values) and
SQLite's own message, never the parameters.
"""

from __future__ import annotations

import logging
import os
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from chinadossier.paths import DIR_MODE, Paths

LOG_FILE_NAME = "chinadossier.log"
LOGGER_NAME = "chinadossier"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FILE_MODE = 0o600

_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def log_file(paths: Paths) -> Path:
    """Where the log of a data folder lives: `<data dir>/logs/chinadossier.log`."""
    return paths.logs_dir / LOG_FILE_NAME


def scrub(text: str) -> str:
    """A message with every quoted value ('…' or "…") replaced by an ellipsis."""
    return _QUOTED.sub("'…'", text)


def describe(error: BaseException) -> str:
    """One exception as the log shows it: type and a message without stored values."""
    statement = getattr(error, "statement", None)
    orig = getattr(error, "orig", None)
    if isinstance(statement, str) and isinstance(orig, BaseException):
        return (f"{type(error).__name__}: {type(orig).__name__}: {scrub(str(orig))} "
                f"[SQL: {statement}]")
    if isinstance(error, OSError):
        return f"{type(error).__name__}: [Errno {error.errno}] {error.strerror} ({error.filename})"
    return f"{type(error).__name__}: {scrub(str(error))}"


class PrivateFormatter(logging.Formatter):
    """Writes tracebacks as frames and scrubbed messages (no values of records)."""

    def formatException(  # noqa: N802 - logging's name
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        error = ei[1]
        if error is None:
            return ""
        lines: list[str] = ["Traceback (frames; waarden uit het dossier zijn weggelaten):"]
        seen: set[int] = set()
        current: BaseException | None = error
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            lines.append(describe(current))
            for frame in traceback.extract_tb(current.__traceback__):
                lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            current = current.__cause__ or current.__context__
            if current is not None:
                lines.append("veroorzaakt door:")
        return "\n".join(lines)

    def format(self, record: logging.LogRecord) -> str:
        # Never reuse a traceback text another handler cached on the record (it has values).
        saved, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved



class PrivateFileHandler(RotatingFileHandler):
    """A rotating log file created 0600 in a 0700 folder (also after each rotation)."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """Note the failure instead of printing logging's own English traceback to stderr."""
        self.failed = True

    def _open(self):  # type: ignore[no-untyped-def]  # noqa: ANN202 - logging's signature
        folder = Path(self.baseFilename).parent
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        if os.name == "posix":
            os.fchmod(fd, FILE_MODE)  # an older log made 0644 becomes private too
        return open(fd, "a", encoding=self.encoding)  # noqa: SIM115 - the handler closes it


def install(paths: Paths) -> Path:
    """Send the program's log records to the private log file (created on the first record)."""
    target = log_file(paths)
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for old in list(logger.handlers):
        if isinstance(old, PrivateFileHandler):
            if Path(old.baseFilename) == target:
                return target
            # One log per run: a process that moves to another data folder (the desktop's
            # welcome dialog) logs there, not into the folder it left.
            logger.removeHandler(old)
            old.close()
    handler = PrivateFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                 encoding="utf-8", delay=True)
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return target


def record_failure(paths: Paths, command: str | None, error: BaseException) -> Path:
    """Write a failure with its (scrubbed) traceback to the log file.

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
    target = install(paths)
    logger = logging.getLogger(LOGGER_NAME)
    logger.error("Opdracht mislukt: chinadossier %s", command or "-", exc_info=error)
    for handler in logger.handlers:
        handler.flush()
        if isinstance(handler, PrivateFileHandler) and handler.failed:
            handler.failed = False
            raise OSError(f"het logbestand {target} kon niet worden geschreven")
    return target
