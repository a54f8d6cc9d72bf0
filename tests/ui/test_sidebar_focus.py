"""Moving the keyboard focus never switches the page (WCAG 3.2.1); Ctrl+1 … 8 focus the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .shell_helpers import add_risk
from .test_shell import LIMIT, _window, start  # noqa: F401


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def test_tab_through_the_sidebar_keeps_the_page_and_enter_chooses(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    add_risk(dossier, net=(2, 3))
    window = _window(qtbot, start(case_file.parent))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=LIMIT)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "ties"
    # Ctrl+2 puts the focus in the Banden list, not in the search field.
    assert QApplication.focusWidget() is window.page("ties").table
    window.sidebar.main.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(6):  # Tab on through the sidebar and beyond
        _press(Qt.Key.Key_Tab)
        assert window.current_page_key() == "ties", QApplication.focusWidget()
    window.sidebar.extra.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.current_page_key() == "ties"
    assert window.sidebar.current_key() == "ties"
    # A deliberate choice still switches: arrow and Enter in the bottom list.
    _press(Qt.Key.Key_Return)
    assert window.current_page_key() == "trash"
    _press(Qt.Key.Key_Down)
    assert window.current_page_key() == "settings"


def test_ctrl_digit_focuses_the_list_of_each_list_page(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    window = _window(qtbot, start(case_file.parent))
    window.activateWindow()
    window.search_field.setFocus()
    for digit, key in ((Qt.Key.Key_3, "organisations"), (Qt.Key.Key_5, "meetings")):
        QTest.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert QApplication.focusWidget() is window.page(key).table


def test_tab_leaves_the_list_instead_of_walking_its_cells(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    add_risk(dossier, net=(2, 3))
    add_risk(dossier, net=(3, 3))
    window = _window(qtbot, start(case_file.parent))
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.page("risks")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=LIMIT)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.setCurrentIndex(page.model.index(0, 0))
    assert QApplication.focusWidget() is table
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert window.current_page_key() == "risks"
