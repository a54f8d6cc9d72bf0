"""`chinadossier gui` (and `chinadossier` with no sub-command): open the desktop application.

Qt is imported only here, only when the window is really opened; every other command stays
Qt-free. Without a display (a server, an SSH session) the command says so in Dutch instead of
letting Qt abort.
"""

from __future__ import annotations

import argparse
import os
import sys

from chinadossier.cli.runtime import Runtime
from chinadossier.paths import DATA_DIR_ENV

NO_DISPLAY = (
    "Er is geen beeldscherm beschikbaar (DISPLAY en WAYLAND_DISPLAY zijn niet gezet); de "
    "desktopapplicatie kan hier niet openen. Gebruik de opdrachtregel, bijv. "
    "'chinadossier overview'."
)


def has_display(env: dict[str, str] | os._Environ[str], platform: str = sys.platform) -> bool:
    """Whether a window can be shown (always on Windows and macOS; on Linux an X11 or Wayland
    display, or a Qt platform chosen explicitly, e.g. offscreen)."""
    if not platform.startswith("linux"):
        return True
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(args: argparse.Namespace, rt: Runtime) -> int:
    """Open the main window on the case file of the data folder.

    Args:
        args: The parsed arguments (`lang`, `data_dir`, `db`).
        rt: The run's environment.

    Returns:
        The application's exit code (0 after Ctrl+Q or closing the window).
    """
    if not has_display(os.environ):
        rt.out.message(NO_DISPLAY)
        return 2
    from chinadossier.app import start_desktop

    explicit = (getattr(args, "data_dir", None) is not None or getattr(args, "db", None) is not None
                or bool(os.environ.get(DATA_DIR_ENV, "").strip()))
    return start_desktop(rt.paths, lang=getattr(args, "lang", None),
                         folder_from_settings=not explicit)
