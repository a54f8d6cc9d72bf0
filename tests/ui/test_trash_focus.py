"""Restoring from the Prullenbak keeps the keyboard focus in the Prullenbak (WCAG 2.4.3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .shell_helpers import add_risk
from .test_shell import LIMIT, _window, start  # noqa: F401


def test_focus_stays_in_the_prullenbak_after_a_restore(
    qtbot: Any,
    start: Any,  # noqa: F811 - the fixture
    case_file: Path,
    dossier: Any,
) -> None:
    for net in ((2, 3), (3, 3)):
        note = add_risk(dossier, net=net).record
        dossier.risk_notes.delete(note.meta.id, expected_version=note.meta.version)
    window = _window(qtbot, start(case_file.parent))
    window.activateWindow()
    window.sidebar.select("trash")
    trash = window.page("trash")
    qtbot.waitUntil(lambda: trash.model.rowCount() == 2, timeout=LIMIT)
    assert trash.select_record(trash.model.record(0).meta.id)
    trash.restore_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(trash.restore_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: trash.model.rowCount() == 1 and QApplication.focusWidget() is trash.table,
        timeout=LIMIT,
    )
    assert window.current_page_key() == "trash"
    assert trash.table.selectionModel().selectedRows()[0].row() == 0  # the next row
    assert trash.restore_button.isEnabled()

    QTest.keyClick(trash.restore_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: trash.is_empty(), timeout=LIMIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is trash.empty_label, timeout=LIMIT)
    assert window.current_page_key() == "trash"
