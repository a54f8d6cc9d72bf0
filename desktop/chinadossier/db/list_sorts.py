"""The sorts a list supports: one indexed column each, the id breaking ties the same way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select

from chinadossier.db.models import (
    Action,
    Authority,
    Decision,
    Meeting,
    Organisation,
    Person,
    RiskCategory,
    RiskNote,
    Source,
    Tie,
)
from chinadossier.db.models import MemoRecord as MemoRow
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import UsageError


@dataclass(frozen=True, slots=True)
class Sort:
    """One supported order: a column and a direction (the id breaks ties the same way)."""

    column: Any
    descending: bool


SORTS: dict[RecordKind, dict[str, Sort]] = {
    RecordKind.AUTHORITY: {"name": Sort(Authority.sort_key, False)},
    RecordKind.ORGANISATION: {"name": Sort(Organisation.sort_key, False)},
    RecordKind.PERSON: {"name": Sort(Person.sort_key, False)},
    RecordKind.TIE: {"name": Sort(Tie.sort_key, False), "start": Sort(Tie.starts_on, True)},
    RecordKind.MEETING: {
        "date": Sort(Meeting.held_on, True),
        "date_asc": Sort(Meeting.held_on, False),
    },
    RecordKind.ACTION: {"due": Sort(Action.due_on, False)},
    RecordKind.DECISION: {"date": Sort(Decision.decided_on, True)},
    RecordKind.RISK_NOTE: {
        "score": Sort(RiskNote.residual_score, True),
        "review": Sort(RiskNote.next_review_on, False),
    },
    RecordKind.RISK_CATEGORY: {"order": Sort(RiskCategory.sort_order, False)},
    RecordKind.SOURCE: {"title": Sort(Source.sort_key, False)},
    # Memo numbers (NOT-2026-0001) follow the order they were made in; display_no is indexed.
    RecordKind.MEMO: {"number": Sort(MemoRow.display_no, True)},
}


def supported_sorts(kind: RecordKind) -> tuple[str, ...]:
    """Names of the sorts a list supports; the first is the default."""
    return tuple(SORTS[kind])


def _resolve_sort(kind: RecordKind, name: str | None) -> tuple[str, Sort]:
    sorts = SORTS[kind]
    sort_name = name or next(iter(sorts))
    if sort_name not in sorts:
        raise UsageError(
            f"Sorteren op '{sort_name}' kan bij deze lijst niet; mogelijk: {', '.join(sorts)}."
        )
    return sort_name, sorts[sort_name]


def _ordered(stmt: Select[Any], sort: Sort, id_column: Any) -> Select[Any]:
    if sort.descending:
        return stmt.order_by(sort.column.desc().nulls_last(), id_column.desc())
    return stmt.order_by(sort.column.asc().nulls_first(), id_column.asc())
