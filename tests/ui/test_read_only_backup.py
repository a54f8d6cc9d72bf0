"""The start-up backup of a read-only case file is quietly skipped: a file that cannot change
needs no new backup, so the window reports nothing and no backup file appears."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import SystemClock
from chinadossier.paths import Paths
from chinadossier.services import backups
from chinadossier.ui.app import DesktopApp
from fs_support import read_only

LIMIT = 60_000  # only stops a hung test on a loaded machine; it times nothing


def test_the_service_skips_the_start_up_backup_of_a_read_only_file(case_file: Path) -> None:
    place = backups.place_for(case_file.parent)
    with read_only(case_file):
        outcome = backups.startup_backup(case_file, place, clock=SystemClock(),
                                         actor=Actor.current())
    assert outcome is None
    assert not place.folder.exists() or list(place.folder.glob("*.sqlite3")) == []


def test_the_window_says_nothing_about_a_start_up_backup_of_a_read_only_file(
        qtbot: Any, case_file: Path) -> None:
    QCoreApplication.setOrganizationName("Chinadossier-tests")
    QSettings().clear()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    place = backups.place_for(case_file.parent)
    with read_only(case_file):
        desktop = DesktopApp(app, Paths.from_data_dir(case_file.parent), lang="nl",
                             catch_exceptions=False)
        try:
            desktop.start()
            qtbot.waitUntil(lambda: desktop.window is not None
                            and desktop.window.overview.data is not None, timeout=LIMIT)
            window = desktop.window
            assert window.is_read_only()
            messages: list[str] = []
            window.backups.message.connect(messages.append)
            window.backups.startup()  # what the timer starts a few seconds after opening
            assert window.backups.wait(LIMIT)
            qtbot.wait(50)  # the outcome arrives by a queued signal
            assert messages == []
            assert window.backups.last_problem is None
        finally:
            if desktop.ops is not None:
                desktop.ops.wait_idle()
            if desktop.window is not None:
                desktop.window.backups.wait(LIMIT)
                desktop.window.hide()
                desktop.window.deleteLater()
            desktop.shutdown()
            desktop.deleteLater()
            QSettings().clear()
    assert not place.folder.exists() or list(place.folder.glob("*.sqlite3")) == []
