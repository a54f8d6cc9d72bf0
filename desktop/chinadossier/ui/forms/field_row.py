"""One field of a record form: its label above, its error message under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

DANGER = QColor("#B93A32")


def danger_label(name: str, parent: QWidget) -> QLabel:
    """A word-wrapped label in the danger colour (a field's error, the form's error note)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, DANGER)
    label.setPalette(palette)
    return label


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
        self.error = danger_label("FieldError", self)
        small = self.error.font()
        small.setPixelSize(12)
        self.error.setFont(small)
        # The error line's space is kept (one line, empty when there is no error): a message
        # appearing at a save or going while the field is edited never moves the fields under it
        # (clicks landed in the wrong field). A longer message keeps its height until the next save.
        self.error_line = QFontMetrics(small).height()
        self.error.setMinimumHeight(self.error_line)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.hide()
        layout.addWidget(self.error)
        self.watched: set[int] = set()
        """The parts of the field that clear its error when changed (see field_changes)."""

    def set_errors(self, messages: list[str]) -> None:
        """Show messages (or none) and mark the field invalid for the theme."""
        invalid = bool(messages)
        if invalid:
            self.error.setMinimumHeight(self.error_line)
            self.error.setText("\n".join(f"⚠ {m}" for m in messages))
        elif self.error.isVisible():  # a message that goes keeps its room until the next save
            self.error.setMinimumHeight(max(self.error.height(), self.error_line))
        self.error.setVisible(invalid)
        targets = [self.widget, *self.widget.findChildren(QLineEdit)]
        for target in targets:
            target.setProperty("invalid", invalid)
            target.style().unpolish(target)
            target.style().polish(target)
        self.widget.setAccessibleDescription("; ".join(messages))
