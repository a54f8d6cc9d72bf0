"""Issue #8: Instellingen › Dit dossier changes the own authority and default classification
through the real widgets; the title, status bar, sidebar and Overzicht follow at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.ui.test_shell import LIMIT, _unnamed, _window, start  # noqa: F401 - a fixture

from chinadossier.domain.codes import Classification
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
)


def _stored(path: Path) -> tuple[str, str, int | None]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT a.code, c.default_classification, c.council_seats FROM case_file c "
            "JOIN authority a ON a.id = c.own_authority_id").fetchone()
    finally:
        conn.close()
    return str(row[0]), str(row[1]), row[2]


def _open_dialog(qtbot: Any, window: Any) -> Any:
    window.sidebar.select("settings")
    page = window.settings_page
    assert page.authority_value.text() == "Rotterdam (GM0599)"
    assert page.data_folder.text() == str(window.context.paths.data_dir)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    dialog = page.case_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog._links is not None, timeout=LIMIT)
    assert _unnamed(dialog) == []
    return page, dialog


def test_change_own_authority_and_classification_and_the_window_follows(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    with Dossier.open(case_file, actor=TEST_ACTOR) as dossier:
        dossier.set_council_seats(45)
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    assert window.overview.data.dashboard.authority.label == "Rotterdam"
    started = window.windowTitle()
    assert started == f"Rotterdam — {case_file.name}[*]"
    page, dialog = _open_dialog(qtbot, window)
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    qtbot.keyClicks(dialog.picker.search, "Amsterd")
    assert dialog.picker.results.isVisible()
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.picker.chosen is not None and dialog.picker.chosen.code == "GM0363"
    assert "blijft bij Rotterdam staan" in dialog.effect.text()
    assert "zetels (45)" in dialog.effect.text()
    dialog.classification.setCurrentIndex(
        dialog.classification.findData(Classification.CONFIDENTIAL))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=LIMIT)
    assert _stored(case_file) == ("GM0363", "confidential", None)
    qtbot.waitUntil(lambda: window.authority_label.text() == "Amsterdam", timeout=LIMIT)
    # the start-up format (ui.window_title), only the authority changed
    assert window.windowTitle() == started.replace("Rotterdam", "Amsterdam")
    assert window.sidebar.authority.text() == "Amsterdam"
    assert window.classification_label.text() == "Standaard: Vertrouwelijk"
    assert page.authority_value.text() == "Amsterdam (GM0363)"
    assert page.classification_value.text() == "Vertrouwelijk"
    assert window.context.settings.own_authority_code == "GM0363"
    qtbot.waitUntil(lambda: window.overview.data.dashboard.authority.label == "Amsterdam",
                    timeout=LIMIT)


def test_a_change_made_meanwhile_is_shown_in_the_dialog_and_nothing_is_written(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    _page, dialog = _open_dialog(qtbot, window)
    with Dossier.open(case_file, actor=TEST_ACTOR) as other:  # another window or the CLI
        other.case_settings.change(own_authority="GM0599", default_classification="public",
                                   seen=other.settings())
    qtbot.keyClicks(dialog.picker.search, "Den Haag")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=LIMIT)
    assert "intussen gewijzigd" in dialog.error.text()
    assert dialog.isVisible()
    assert _stored(case_file) == ("GM0599", "public", None)
    # a second Opslaan applies the choice knowingly, over what is stored now
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=LIMIT)
    assert _stored(case_file)[:2] == ("GM0518", "public")


def test_a_restored_backup_brings_its_own_settings_into_the_window(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    from chinadossier.domain.changes import Changes

    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    with Dossier.open(case_file, actor=TEST_ACTOR) as other:  # as a restore replaces the file
        other.case_settings.change(own_authority="PV28", default_classification="public",
                                   seen=other.settings())
    desktop.ops.changed.emit(Changes.all())  # what a restore's outcome reports (ui.ops)
    qtbot.waitUntil(lambda: window.sidebar.authority.text() == "Zuid-Holland", timeout=LIMIT)
    assert window.classification_label.text() == "Standaard: Openbaar"
    assert window.context.settings.own_authority_code == "PV28"
