"""A growing list of row widgets under a "+ … toevoegen" link (posts, follow-up actions)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget


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
