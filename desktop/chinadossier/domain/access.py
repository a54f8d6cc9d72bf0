"""An AVG access request (inzageverzoek, art. 15): everything held on one person, frozen.

`AccessExport` is what the services collect in one read transaction: the machine-readable
document (`document`, written as JSON) and the same content laid out for people (`title`,
`facts`, `tables`), which the memo layer renders as a PDF. Nothing is left out for its
classification: the data subject is entitled to all of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

FORMAT = "chinadossier-inzage"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class AccessTable:
    """One section as a table (an empty one says so with `empty`)."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = "Geen."


@dataclass(frozen=True, slots=True)
class AccessExport:
    """Everything held on one person, as a document and as readable sections."""

    person_no: str
    person_name: str
    owner: str
    generated_at: dt.datetime
    intro: str
    facts: tuple[tuple[str, str], ...]
    tables: tuple[AccessTable, ...]
    document: dict[str, Any] = field(default_factory=dict)
