"""Help › Sneltoetsen as an aligned table; message-box buttons without Qt's stray icons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QTableWidget,
)

from chinadossier.ui import theme
from chinadossier.ui.dialogs.shortcuts_dialog import SHORTCUTS, ShortcutsDialog


def test_the_shortcuts_are_a_two_column_table_that_the_keyboard_closes(qtbot: Any) -> None:
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        dialog = ShortcutsDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.findChild(QTableWidget)
        assert table is not None and table.columnCount() == 2
        assert table.accessibleName() == "Sneltoetsen" and dialog.accessibleName()
        rows = dialog.rows()
        assert len(rows) == len(SHORTCUTS)
        assert ("Ctrl+K", "zoeken") in rows
        assert ("In een formulier", "") in rows  # a heading row over the form keys
        assert ("Ctrl+Enter", "opslaan") in rows
        # the descriptions start in one column, whatever the length of the key
        lefts = {table.visualItemRect(table.item(r, 1)).left()
                 for r in range(table.rowCount()) if table.item(r, 1) is not None}
        assert len(lefts) == 1
        QTest.keyClick(dialog.table, key)  # the table has the focus when the dialog opens
        assert not dialog.isVisible(), key


class _LinuxDesktop(QProxyStyle):
    """Fusion as on a Linux desktop, whose platform theme asks for icons on dialog buttons."""

    def styleHint(self, hint: Any, option: Any = None, widget: Any = None,  # noqa: N802
                  data: Any = None) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_message_box_buttons_carry_no_icon(qtbot: Any) -> None:
    app = QApplication.instance()
    previous = app.styleSheet(), app.palette(), app.style().name()
    try:
        app.setStyle(_LinuxDesktop(QStyleFactory.create("Fusion")))
        app.setStyleSheet(theme.stylesheet(theme.LIGHT))
        box = QMessageBox(QMessageBox.Icon.Information, "Titel", "Tekst",
                          QMessageBox.StandardButton.Ok)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Ok).icon().isNull()
    finally:
        app.setStyleSheet(previous[0])
        app.setPalette(previous[1])
        app.setStyle(previous[2])


def test_the_shortcuts_read_in_english(qtbot: Any, qapp: QApplication) -> None:
    from chinadossier.ui.app import Language

    language = Language(qapp)
    language.set("en")
    try:
        dialog = ShortcutsDialog()
        qtbot.addWidget(dialog)
        rows = dialog.rows()
        assert ("Ctrl+K", "search") in rows and ("In a form", "") in rows
        assert ("Arrows + Enter", "open a cell of the risk matrix") in rows
        assert dialog.windowTitle() == "Keyboard shortcuts"
    finally:
        language.set("nl")
