"""Composition root of the desktop application: paths → logging → file check → services → UI.

The steps after the paths live in `chinadossier.ui.app` (they need a QApplication for their
dialogs): the log file in the data folder, the header check before SQLite opens the file
(foreign or newer → refused untouched), the upgrade offer, `Dossier.open`, `Operations`, and
the main window. The command line reaches this module only for `chinadossier gui` (or no
sub-command), so no other command imports Qt.
"""

from __future__ import annotations

import sys

from chinadossier.paths import Paths


def start_desktop(paths: Paths, *, lang: str | None = None,
                  folder_from_settings: bool = False) -> int:
    """Open the desktop application and return its exit code.

    Args:
        paths: The data folder and case file (from --data-dir, --db or the environment).
        lang: "nl" or "en"; None keeps the language chosen in Instellingen (Dutch at first).
        folder_from_settings: Use the data folder chosen earlier in the welcome dialog when the
            user gave none on the command line.
    """
    from chinadossier.ui.app import data_dir_from_settings, run

    if folder_from_settings:
        chosen = data_dir_from_settings(paths.data_dir)
        if chosen != paths.data_dir:
            paths = Paths.from_data_dir(chosen)
    return run(paths, lang=lang)


def gui_main() -> int:
    """Entry point of the `chinadossier-desktop` GUI script (no console window on Windows)."""
    from chinadossier.cli import main

    return main(["gui", *sys.argv[1:]])
