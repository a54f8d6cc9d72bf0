"""A row of checkable buttons for one of a few choices (direction, classification)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget


def reserve_bold(button: QPushButton) -> None:
    """Room for the button's text in bold: the theme sets a checked segment in bold, which
    otherwise cut off its first and last letters ("nkomen" for Inkomend)."""
    bold = QFont(button.font())
    bold.setBold(True)
    button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 28)


class Segmented(QWidget):
    """One choice out of a few, as touching buttons (`segment` = first|mid|last for the theme)."""

    edited = Signal()

    def __init__(
        self, options: list[tuple[Any, str]], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._values: list[Any] = []
        for index, (value, text) in enumerate(options):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(f"{name}: {text}")
            position = "first" if index == 0 else "last" if index == len(options) - 1 else "mid"
            button.setProperty("segment", position)
            reserve_bold(button)
            self.group.addButton(button, index)
            layout.addWidget(button)
            self._values.append(value)
        self.group.idClicked.connect(lambda _i: self.edited.emit())

    def value(self) -> Any:
        """The chosen value (None if nothing is chosen)."""
        index = self.group.checkedId()
        return None if index < 0 else self._values[index]

    def set_value(self, value: Any) -> None:
        """Choose a value."""
        if value in self._values:
            self.group.button(self._values.index(value)).setChecked(True)

    def buttons(self) -> list[QPushButton]:
        """The buttons in order (for tab order)."""
        return [b for b in self.group.buttons() if isinstance(b, QPushButton)]
