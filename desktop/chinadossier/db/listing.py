"""Lists with filters and keyset paging; every supported sort is backed by an index.

Each sort is one stored column plus the id as tie-breaker. NULLs come first in ascending and last
in descending order, spelled out so SQLite and PostgreSQL order the same way; text sorts use a
stored sort key (domain.search_text.sort_key) instead of a database collation.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select
from sqlalchemy.orm import Session

from chinadossier.db import canonical
from chinadossier.db.convert import to_records
from chinadossier.db.models import (
    Action,
    Authority,
    Decision,
    Meeting,
    MeetingParticipant,
    MeetingTie,
    Organisation,
    Person,
    Record,
    RiskCategory,
    RiskNote,
    Source,
    Tie,
)
from chinadossier.db.registry import SPECS
from chinadossier.domain.changes import Page
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.queries import ListQuery, Trash

MAX_LIMIT = 500


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
}


def supported_sorts(kind: RecordKind) -> tuple[str, ...]:
    """Names of the sorts a list supports; the first is the default."""
    return tuple(SORTS[kind])


def _filter_clauses(kind: RecordKind, filters: dict[str, Any]) -> list[ColumnElement[bool]]:
    model: Any = SPECS[kind].model
    clauses: list[ColumnElement[bool]] = []
    for name, value in filters.items():
        if value is None:
            continue
        if name == "tie_id" and kind is RecordKind.MEETING:
            clauses.append(
                exists().where(MeetingTie.meeting_id == Meeting.id, MeetingTie.tie_id == value)
            )
        elif name == "person_id" and kind is RecordKind.MEETING:
            clauses.append(
                exists().where(
                    MeetingParticipant.meeting_id == Meeting.id,
                    MeetingParticipant.person_id == value,
                )
            )
        elif name == "organisation_id" and kind is RecordKind.MEETING:
            clauses.append(
                exists().where(
                    MeetingParticipant.meeting_id == Meeting.id,
                    MeetingParticipant.organisation_id == value,
                )
            )
        elif name == "from" and kind is RecordKind.MEETING:
            clauses.append(Meeting.held_on >= value)
        elif name == "until" and kind is RecordKind.MEETING:
            clauses.append(Meeting.held_on <= value)
        elif name == "overdue_on" and kind is RecordKind.ACTION:
            clauses.append(and_(Action.status == "open", Action.due_on < value))
        elif name == "review_due_on" and kind is RecordKind.RISK_NOTE:
            clauses.append(and_(RiskNote.status == "open", RiskNote.next_review_on < value))
        elif name in model.__table__.columns and name not in ("id",):
            clauses.append(getattr(model, name) == value)
        else:
            raise UsageError(f"Onbekend filter '{name}' voor deze lijst.")
    return clauses


def encode_cursor(sort: str, value: Any, record_id: uuid.UUID) -> str:
    """An opaque token for the position after (value, id)."""
    raw = json.dumps([sort, canonical.plain(value), record_id.hex], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: str, column: Any) -> tuple[Any, uuid.UUID]:
    """Read a cursor back; refuses one made for another sort or tampered with."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        name, value, hex_id = json.loads(raw)
        record_id = uuid.UUID(hex=hex_id)
        if name != sort:
            raise ValueError("other sort")
        python_type = column.type.python_type
        if value is not None and python_type is dt.date:
            value = dt.date.fromisoformat(value)
        elif value is not None and not isinstance(value, python_type):
            raise TypeError(f"cursor value {value!r} is no {python_type.__name__}")
        return value, record_id
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise UsageError("Ongeldige paginamarkering; begin opnieuw bij de eerste pagina.") from exc


def _after(sort: Sort, id_column: Any, value: Any, record_id: uuid.UUID) -> ColumnElement[bool]:
    col = sort.column
    if not sort.descending:
        if value is None:
            return or_(and_(col.is_(None), id_column > record_id), col.is_not(None))
        return or_(col > value, and_(col == value, id_column > record_id))
    if value is None:
        return and_(col.is_(None), id_column < record_id)
    return or_(col < value, and_(col == value, id_column < record_id), col.is_(None))


def list_page(session: Session, kind: RecordKind, query: ListQuery) -> Page[Any]:
    """One page of a list, as frozen records."""
    sorts = SORTS[kind]
    sort_name = query.sort or next(iter(sorts))
    if sort_name not in sorts:
        raise UsageError(
            f"Sorteren op '{sort_name}' kan bij deze lijst niet; mogelijk: {', '.join(sorts)}."
        )
    sort = sorts[sort_name]
    limit = max(1, min(query.limit, MAX_LIMIT))
    model: Any = SPECS[kind].model
    stmt: Select[Any] = select(model)
    if query.trash is Trash.EXCLUDE:
        stmt = stmt.where(Record.deleted_at.is_(None))
    elif query.trash is Trash.ONLY:
        stmt = stmt.where(Record.deleted_at.is_not(None))
    stmt = stmt.where(*_filter_clauses(kind, dict(query.filters)))
    if query.cursor:
        value, after_id = decode_cursor(query.cursor, sort_name, sort.column)
        stmt = stmt.where(_after(sort, model.id, value, after_id))
    if sort.descending:
        stmt = stmt.order_by(sort.column.desc().nulls_last(), model.id.desc())
    else:
        stmt = stmt.order_by(sort.column.asc().nulls_first(), model.id.asc())
    objs = list(session.scalars(stmt.limit(limit + 1)))
    more = len(objs) > limit
    objs = objs[:limit]
    cursor = None
    if more and objs:
        last = objs[-1]
        cursor = encode_cursor(sort_name, getattr(last, sort.column.key), last.id)
    return Page(tuple(to_records(session, kind, objs)), cursor, sort_name)
