"""Which sibling pieces this build holds, and the sidebar's list pages."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import RecordKind

#: Sidebar pages: key, record kind listed there (None for Overzicht and Memo's).
LIST_PAGES: tuple[tuple[str, RecordKind], ...] = (
    ("ties", RecordKind.TIE),
    ("organisations", RecordKind.ORGANISATION),
    ("persons", RecordKind.PERSON),
    ("meetings", RecordKind.MEETING),
    ("decisions", RecordKind.DECISION),
    ("risks", RecordKind.RISK_NOTE),
    ("sources", RecordKind.SOURCE),
)
PAGE_OF_KIND = {kind: key for key, kind in LIST_PAGES}
COUNTED = {**{key: kind for key, kind in LIST_PAGES}, "memos": RecordKind.MEMO}


def optional(module: str, name: str) -> Any | None:
    """A sibling's class if its module is in this build; None only when the module is absent."""
    try:
        found = importlib.import_module(f"chinadossier.ui.{module}")
    except ModuleNotFoundError as exc:
        if exc.name is not None and (f"chinadossier.ui.{module}".startswith(exc.name)):
            return None
        raise
    return getattr(found, name, None)


def present(module: str) -> bool:
    """Whether a sibling's module is in this build, without importing it (start-up time)."""
    return importlib.util.find_spec(f"chinadossier.ui.{module}") is not None


class PlaceholderPage(QWidget):
    """An honest empty page for a piece that is not in this build yet."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageBody")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 16, 24, 24)
        head = QLabel(title)
        head.setObjectName("PageTitle")
        body = QLabel(text)
        body.setObjectName("Placeholder")
        body.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(body)
        lay.addStretch(1)
        self.setAccessibleName(title)
