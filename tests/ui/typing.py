"""Typing text into widgets in tests, non-ASCII included, without aborting the test process.

`qtbot.keyClicks` with any non-ASCII character aborts pytest (a Qt testlib assertion) and
`QTest.keyClick(w, "ï")` types the wrong character; so ASCII goes through `QTest.keyClick` and
everything else as a key event carrying the text, or as an input-method commit (how an IME such
as a Pinyin keyboard delivers Hanzi).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key into a widget."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            QTest.keyClick(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                Qt.KeyboardModifier.NoModifier,
            )


def commit_ime(widget: QWidget, text: str) -> None:
    """Deliver text as an input method's commit (what a Pinyin IME does after choosing 王芳)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def ctrl_enter(widget: QWidget) -> None:
    """Ctrl+Enter on a widget (save a form)."""
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
