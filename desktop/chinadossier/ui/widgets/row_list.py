"""A growing list of row widgets under a "+ … toevoegen" link (posts, follow-up actions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget


class RowListEditor(QWidget):
    """Rows are added to `self.box` by the subclass's `add_row`; the link button adds one."""

    def __init__(self, parent: QWidget, button_text: str, accessible_name: str) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.box = QVBoxLayout()
        self.box.setSpacing(8)
        layout.addLayout(self.box)
        self.add_button = QPushButton(button_text, self)
        self.add_button.setObjectName("Link")
        self.add_button.setFlat(True)
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(accessible_name)
        self.add_button.clicked.connect(lambda: self.add_row())
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self) -> object:
        """Add one empty row (subclasses)."""
        raise NotImplementedError

    def lay_out(self, row: QWidget, top: Sequence[tuple[QWidget, int]],
                bottom: Sequence[tuple[QWidget, int]], remove_name: str,
                remove_tip: str, margin: int = 0) -> QToolButton:
        """Lay `row` out in two lines (each widget with its stretch), a "×" button ending the
        first line; returns that button (the subclass connects it)."""
        v = QVBoxLayout(row)
        v.setContentsMargins(margin, margin, margin, margin)
        v.setSpacing(4)
        remove = QToolButton(row)
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setAccessibleName(remove_name)
        remove.setToolTip(remove_tip)
        for widgets, extra in ((top, remove), (bottom, None)):
            line = QHBoxLayout()
            line.setSpacing(8)
            for widget, stretch in widgets:
                line.addWidget(widget, stretch)
            if extra is not None:
                line.addWidget(extra)
            v.addLayout(line)
        return remove
