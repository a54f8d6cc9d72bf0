"""A case file in a folder the user cannot write opens read-only in the desktop (issue 8):
a Dutch "Alleen lezen" banner and status, writing actions disabled, reading works, nothing
written beside the file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.paths import Paths
from chinadossier.ui.app import DesktopApp
from fs_support import read_only

LIMIT = 60_000  # only stops a hung test on a loaded machine; it times nothing


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file()}


def test_a_case_file_in_a_read_only_folder_opens_read_only(qtbot: Any, case_file: Path) -> None:
    QCoreApplication.setOrganizationName("Chinadossier-tests")
    QSettings().clear()
    folder = case_file.parent
    before = _state(folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with read_only(folder):
        desktop = DesktopApp(app, Paths.from_data_dir(folder), lang="nl",
                             catch_exceptions=False)
        try:
            desktop.start()
            qtbot.waitUntil(lambda: desktop.window is not None
                            and desktop.window.overview.data is not None, timeout=LIMIT)
            window = desktop.window
            qtbot.waitUntil(lambda: window.sidebar.count("organisations") == 0, timeout=LIMIT)
            assert window.is_read_only()
            assert window.read_only_banner is not None
            assert window.read_only_banner.isVisibleTo(window)
            assert window.read_only_banner.text().startswith("Alleen lezen: de map is "
                                                             "alleen-lezen")
            assert window.read_only_label.isVisibleTo(window)
            assert window.read_only_label.text() == "Alleen lezen"
            for name in ("new_meeting", "memo", "backup"):
                assert not window.actions_by_name[name].isEnabled(), name
            assert not window.new_meeting_button.isEnabled()
            # Instellingen › Dit dossier cannot be changed either (#8), and says why
            change = window.settings_page.change_button
            assert not change.isEnabled() and "alleen-lezen" in change.toolTip()
            window.log_meeting()  # e.g. from a piece's signal: nothing opens, it says why
            assert window.quick_meeting is None
            assert "Alleen lezen" in window.statusBar().currentMessage()
            # a write that gets through anyway is refused in Dutch, not a crash
            errors: list[BaseException] = []
            desktop.ops.write(lambda d: d.organisations.create(OrganisationDraft(
                name_nl="Gemeente Nanjing", org_kind=OrganisationKind.GOVERNMENT)),
                on_error=errors.append)
            qtbot.waitUntil(lambda: bool(errors), timeout=LIMIT)
            assert "alleen-lezen" in str(getattr(errors[0], "message", errors[0]))
        finally:
            if desktop.ops is not None:
                desktop.ops.wait_idle()
            if desktop.window is not None:
                desktop.window.hide()
                desktop.window.deleteLater()
            desktop.shutdown()
            desktop.deleteLater()
            QSettings().clear()
    assert _state(folder) == before


def test_an_older_file_in_a_read_only_folder_is_refused_with_the_reason(qtbot: Any,
                                                                         case_file: Path) -> None:
    from tests.ui.shell_helpers import set_user_version

    set_user_version(case_file, 1)
    folder = case_file.parent
    before = _state(folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with read_only(folder):
        desktop = DesktopApp(app, Paths.from_data_dir(folder), lang="nl",
                             catch_exceptions=False)
        try:
            desktop.start()
            qtbot.waitUntil(lambda: desktop.dialog is not None, timeout=LIMIT)
            text = desktop.dialog.text()
            assert "oudere opbouw" in text and "alleen-lezen" in text, text
            assert desktop.window is None
            with qtbot.waitSignal(desktop.finished, timeout=LIMIT) as ended:
                desktop.dialog.accept()
            assert ended.args == [1]
        finally:
            desktop.dialog.hide()
            desktop.shutdown()
            desktop.deleteLater()
    assert _state(folder) == before
