"""Composition root: paths → logging → file check → services; the desktop or the CLI on top.

The non-UI part of starting the program lives here, so the desktop start and the command line
open a case file the same way: resolve the paths (`--data-dir`, the environment, the platform
default), send the log to `<data dir>/logs`, read the file's header before SQLite opens it
(missing, refused, older schema, current), and only then open the services. The desktop's own
start (QApplication, dialogs, main window) is in `chinadossier.ui.app` and builds on this.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import Clock
from chinadossier.domain.errors import FileRefused
from chinadossier.paths import Paths, ensure_dirs, resolve_paths

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier

# The services (SQLAlchemy, the ORM models: seconds on a slow laptop) are imported inside the
# functions that need them, so the desktop can show its first window before they load.

LOG_FILE_NAME = "chinadossier.log"


class FileState(StrEnum):
    """What the header check found before anything opened the file."""

    MISSING = "missing"  # no case file yet: offer to make one (or the demo)
    REFUSED = "refused"  # not ours, damaged or newer: never touched
    OLDER = "older"  # made by an older release: upgrade first (backup, then migrate)
    CURRENT = "current"  # ready to open


@dataclass(frozen=True, slots=True)
class Startup:
    """The outcome of the file check: where things are and what to do next."""

    paths: Paths
    state: FileState
    message: str | None = None
    schema_version: int | None = None
    head_version: int | None = None


def start_paths(data_dir: str | Path | None, env: Mapping[str, str]) -> Paths:
    """The paths of this run, with the folders made and the log going to its file."""
    paths = resolve_paths(data_dir, env)
    ensure_dirs(paths)
    configure_logging(paths)
    return paths


def configure_logging(paths: Paths, level: int = logging.INFO) -> Path:
    """Send the program's log (logger "chinadossier") to a rotating file in the data folder."""
    target = paths.logs_dir / LOG_FILE_NAME
    logger = logging.getLogger("chinadossier")
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    handler = RotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return target


def check_file(paths: Paths) -> Startup:
    """Read the case file's header (never opening it with SQLite) and say what it is."""
    from chinadossier.services.maintenance import schema_status

    path = paths.case_file
    if not path.exists() and not path.is_symlink():
        return Startup(paths, FileState.MISSING)
    try:
        version, head = schema_status(path)
    except FileRefused as exc:
        return Startup(paths, FileState.REFUSED, exc.message)
    state = FileState.OLDER if version < head else FileState.CURRENT
    return Startup(paths, state, None, version, head)


def open_services(
    startup: Startup,
    *,
    clock: Clock | None = None,
    actor: Actor | None = None,
    read_only: bool = False,
) -> Dossier:
    """Open the services of a case file the check found current.

    Raises:
        FileRefused: the check found the file missing, refused or older (say so first).
    """
    from chinadossier.services.dossier import Dossier

    if startup.state is not FileState.CURRENT:
        raise FileRefused(
            startup.message
            or f"Het dossier {startup.paths.case_file} kan nu niet worden geopend "
            f"({startup.state.value})."
        )
    return Dossier.open(startup.paths.case_file, clock=clock, actor=actor, read_only=read_only)


def start_desktop(paths: Paths, *, lang: str | None = None,
                  folder_from_settings: bool = False) -> int:
    """Open the desktop application (`chinadossier gui`) and return its exit code.

    Args:
        paths: The data folder and case file (from --data-dir, --db or the environment).
        lang: "nl" or "en"; None keeps the language chosen in Instellingen (Dutch at first).
        folder_from_settings: Use the data folder chosen earlier in the welcome dialog when the
            user gave none on the command line.
    """
    # Imported by name: the UI is not part of the strictly typed core this module belongs to.
    ui: Any = importlib.import_module("chinadossier.ui.app")
    if folder_from_settings:
        chosen = ui.data_dir_from_settings(paths.data_dir)
        if chosen != paths.data_dir:
            paths = Paths.from_data_dir(chosen)
    return int(ui.run(paths, lang=lang))


def gui_main() -> int:
    """Entry point of the `chinadossier-desktop` GUI script (no console window on Windows)."""
    from chinadossier.cli import main

    return main(["gui", *sys.argv[1:]])
