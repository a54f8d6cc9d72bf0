"""Remember a list's column layout when the user changes it with the mouse, and only then.

A header emits `sectionResized` for every width the program sets too: the column fitter
(`column_fit`) refits whenever the table's width changes — a model reset or a loaded page that
shows or hides the scroll bar, a window resize — and each emission used to write the header and
splitter state to QSettings (a file write, on the GUI thread). This writes once, when the
mouse button is released after a drag (or a double-click on a handle) that resized or moved a
column. Kolommen (show/hide), Kolommen herstellen and the splitter save for themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView


class ColumnMemory(QObject):
    """Calls `save` after a mouse gesture on `header` changed a column's width or place."""

    def __init__(self, header: QHeaderView, save: Callable[[], None]) -> None:
        super().__init__(header)
        self._save = save
        self._pressed = False
        self._changed = False
        self.saves = 0
        """How often the layout was saved (for tests)."""
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._section_changed)
        header.sectionMoved.connect(self._section_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the mouse button on the header."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease and self._pressed:
            # The header moves a dragged column while handling this release: look after it.
            QTimer.singleShot(0, self, self._released)
        return False

    def _section_changed(self, *_args: object) -> None:
        if self._pressed:
            self._changed = True

    def _released(self) -> None:
        self._pressed = False
        if self._changed:
            self._changed = False
            self.saves += 1
            self._save()
