"""A list typed one entry per line (e-mail addresses, phone numbers) or per block (addresses)."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class LineListEdit(QPlainTextEdit):
    """Entries one per line; with `blocks`, entries are separated by an empty line."""

    edited = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None, *, blocks: bool = False,
                 lines: int = 2) -> None:
        super().__init__(parent)
        self.blocks = blocks
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(14 + 18 * lines)
        self.textChanged.connect(self.edited.emit)

    def entries(self) -> tuple[str, ...]:
        """The entries, empty ones left out."""
        text = self.toPlainText()
        if self.blocks:
            parts = re.split(r"\n\s*\n", text)
            return tuple(p.strip() for p in parts if p.strip())
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def set_entries(self, entries: tuple[str, ...]) -> None:
        """Show entries."""
        self.setPlainText(("\n\n" if self.blocks else "\n").join(entries))
