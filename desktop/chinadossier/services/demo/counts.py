"""How many records of each kind an opened case file holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chinadossier.domain.queries import ListQuery
from chinadossier.services.dossier import Dossier


def count_records(dossier: Dossier) -> dict[str, int]:
    """Number of live records per kind (and of risk assessments) in an opened case file."""
    counts: dict[str, int] = {}
    lists: dict[str, Callable[[ListQuery], Any]] = {
        "sources": dossier.sources.list,
        "organisations": dossier.organisations.list,
        "persons": dossier.persons.list,
        "ties": dossier.ties.list,
        "meetings": dossier.meetings.list,
        "actions": dossier.actions.list,
        "decisions": dossier.decisions.list,
        "risk_notes": dossier.risk_notes.list,
    }
    for name, list_page in lists.items():
        items = _all_items(list_page)
        counts[name] = len(items)
        if name == "risk_notes":
            counts["risk_assessments"] = sum(len(note.assessments) for note in items)
    return counts


def _all_items(list_page: Callable[[ListQuery], Any]) -> list[Any]:
    items: list[Any] = []
    cursor: str | None = None
    while True:
        page = list_page(ListQuery(cursor=cursor, limit=500))
        items.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            return items
