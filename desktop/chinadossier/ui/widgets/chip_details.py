"""One line of text per chosen item of one or more pickers: a participant's role, the place in a
source where a fact stands (page, URL, section).

The lines follow the chips: a chip added gets an empty line, a chip removed takes its line along,
and what was typed for a chip stays while it is chosen. Values are keyed by (tag, record id); the
tag tells two pickers apart (our side and theirs).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from chinadossier.ui.widgets.chips import ChipInput

Key = tuple[Any, uuid.UUID]
NAME_WIDTH = 150
"""Width of the item's name before its line (longer names elide, whole in the tooltip)."""


class ChipDetails(QWidget):
    """Lines under pickers; `placeholder` and `accessible` format the chip's label into {0}."""

    def __init__(self, pickers: Sequence[tuple[Any, ChipInput]], placeholder: str,
                 accessible: str, parent: QWidget | None = None,
                 on_new_line: Callable[[QLineEdit], None] | None = None) -> None:
        super().__init__(parent)
        self._pickers = list(pickers)
        self._placeholder = placeholder
        self._accessible = accessible
        self._on_new_line = on_new_line
        self._values: dict[Key, str | None] = {}
        self._edits: dict[Key, QLineEdit] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        for _tag, picker in self._pickers:
            picker.changed.connect(self.sync)
        self.sync()

    def set_values(self, values: dict[Key, str | None]) -> None:
        """Texts of a stored record (then call after its chips are set)."""
        self._values = dict(values)
        self.sync()

    def value(self, tag: Any, record_id: uuid.UUID) -> str | None:
        """The text typed for a chip (None when empty)."""
        edit = self._edits.get((tag, record_id))
        if edit is not None:
            return edit.text().strip() or None
        return self._values.get((tag, record_id))

    def lines(self) -> dict[Key, QLineEdit]:
        """The line of each chosen item."""
        return dict(self._edits)

    def sync(self) -> None:
        """Rebuild the lines after the chips changed, keeping what was typed."""
        for key, edit in self._edits.items():
            self._values[key] = edit.text().strip() or None
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._edits = {}
        row = 0
        for tag, picker in self._pickers:
            for choice in picker.choices():
                key = (tag, choice.id)
                name = QLabel(self)
                name.setFixedWidth(NAME_WIDTH)
                name.setText(name.fontMetrics().elidedText(
                    choice.label, Qt.TextElideMode.ElideRight, NAME_WIDTH))
                name.setToolTip(choice.label)
                edit = QLineEdit(self)
                edit.setPlaceholderText(self._placeholder.format(choice.label))
                edit.setAccessibleName(self._accessible.format(choice.label))
                edit.setText(self._values.get(key) or "")
                name.setBuddy(edit)
                self._grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignVCenter)
                self._grid.addWidget(edit, row, 1)
                self._edits[key] = edit
                if self._on_new_line is not None:
                    self._on_new_line(edit)
                row += 1
        self.setVisible(row > 0)
