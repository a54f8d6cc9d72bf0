"""Tracking windows that delete themselves when closed (forms and dialogs with WA_DeleteOnClose).

`qtbot.addWidget` closes its widgets after the test and fails on one that is already gone; `track`
does the same through a stand-in, and leaves a window alone that closed (and went) by itself.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

_PENDING: set[QWidget] = set()
"""Stand-ins not yet closed (pytest-qt holds only a weak reference to them)."""


class _Closer(QWidget):
    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self._target = target

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if shiboken6.isValid(self._target):
            self._target.close()
            self._target.deleteLater()
        _PENDING.discard(self)
        super().closeEvent(event)


def track(qtbot: Any, window: QWidget) -> None:
    """Close the window after the test unless it is gone already."""
    closer = _Closer(window)
    _PENDING.add(closer)
    qtbot.addWidget(closer)


def gone(window: QWidget) -> bool:
    """Whether the window was deleted (WA_DeleteOnClose after it closed)."""
    return not shiboken6.isValid(window)
