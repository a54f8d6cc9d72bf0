"""What the import wizard's pages share: what is loaded so far, and a few helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chinadossier.interchange.columns import ImportKind
from chinadossier.interchange.tables import Table
from chinadossier.services import importing
from chinadossier.services.import_merge import RowChoice

SKIP = "-"
"""A column's field that means: do not import it."""
READ_DIALOG_AFTER_MS = 400
"""A read shows its progress dialog only when it takes longer than this."""


def count(number: int) -> str:
    """A count as the wizard writes it, with the Dutch thousands separator: 60000 → "60.000"
    (row numbers, which name a row as Excel does, are not counts)."""
    return f"{number:,}".replace(",", ".")


def error_text(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc)
    return str(message)


def kind_label(kind: ImportKind) -> str:
    """The kind as a heading: "Organisaties", "Risico's" (the CLI spells it risicos)."""
    return "Risico's" if kind is ImportKind.RISKS else kind.value.capitalize()


class Loaded:
    """What the wizard knows so far (shared by its pages)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.data: bytes = b""
        self.encoding: str | None = None
        self.sheets: tuple[Any, ...] = ()
        self.table: Table | None = None
        self.base_plan: importing.ImportPlan | None = None
        """The preview as planned; `plan` is it with the user's choices for probable duplicates."""
        self.plan: importing.ImportPlan | None = None
        self.choices: dict[int, RowChoice] = {}
        self.result: importing.ImportResult | None = None
