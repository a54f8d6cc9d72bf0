"""One field of a record form: its label above, its error message under it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

DANGER = QColor("#B93A32")


class FieldRow(QWidget):
    """Label above the field (4 px), the error message under it (12 px, danger, with an icon)."""

    def __init__(self, text: str, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(text, self)
        self.label.setObjectName("FieldLabel")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBuddy(widget)
        layout.addWidget(self.label)
        self.widget = widget
        layout.addWidget(widget)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, DANGER)
        self.error.setPalette(palette)
        small = self.error.font()
        small.setPixelSize(12)
        self.error.setFont(small)
        self.error.hide()
        layout.addWidget(self.error)
        self.watched: set[int] = set()
        """The parts of the field that clear its error when changed (see field_changes)."""

    def set_errors(self, messages: list[str]) -> None:
        """Show messages (or none) and mark the field invalid for the theme."""
        invalid = bool(messages)
        self.error.setText("\n".join(f"⚠ {m}" for m in messages))
        self.error.setVisible(invalid)
        targets = [self.widget, *self.widget.findChildren(QLineEdit)]
        for target in targets:
            target.setProperty("invalid", invalid)
            target.style().unpolish(target)
            target.style().polish(target)
        self.widget.setAccessibleDescription("; ".join(messages))
