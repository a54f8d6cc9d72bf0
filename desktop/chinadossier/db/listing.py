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
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from chinadossier.db import canonical
from chinadossier.db.convert import to_records
from chinadossier.db.models import (
    Action,
    Authority,
    Decision,
    DecisionLink,
    Meeting,
    MeetingParticipant,
    MeetingTie,
    Organisation,
    Person,
    Position,
    Record,
    RecordTag,
    RiskCategory,
    RiskNote,
    Source,
    Tag,
    Tie,
)
from chinadossier.db.models import MemoRecord as MemoRow
from chinadossier.db.reading import core, rows
from chinadossier.db.registry import SPECS
from chinadossier.db.search import fts_expression
from chinadossier.domain.changes import Page
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.queries import Filter, ListQuery, Trash
from chinadossier.domain.search_text import query_terms, sort_key

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
    # Memo numbers (NOT-2026-0001) follow the order they were made in; display_no is indexed.
    RecordKind.MEMO: {"number": Sort(MemoRow.display_no, True)},
}


def supported_sorts(kind: RecordKind) -> tuple[str, ...]:
    """Names of the sorts a list supports; the first is the default."""
    return tuple(SORTS[kind])


#: The date a list's ``since``/``until`` filter applies to.
DATE_COLUMNS: dict[RecordKind, Any] = {
    RecordKind.MEETING: Meeting.held_on,
    RecordKind.DECISION: Decision.decided_on,
    RecordKind.TIE: Tie.starts_on,
    RecordKind.ACTION: Action.due_on,
    RecordKind.RISK_NOTE: RiskNote.next_review_on,
    RecordKind.SOURCE: Source.published_on,
}
STATUS_COLUMNS: dict[RecordKind, Any] = {
    RecordKind.TIE: Tie.status,
    RecordKind.ACTION: Action.status,
    RecordKind.RISK_NOTE: RiskNote.status,
}
KIND_COLUMNS: dict[RecordKind, Any] = {
    RecordKind.MEETING: Meeting.meeting_kind,
    RecordKind.ORGANISATION: Organisation.org_kind,
    RecordKind.TIE: Tie.tie_type,
    RecordKind.DECISION: Decision.decision_kind,
    RecordKind.AUTHORITY: Authority.authority_kind,
}
_PARTICIPANT = {
    "organisation_id": MeetingParticipant.organisation_id,
    "person_id": MeetingParticipant.person_id,
    "authority_id": MeetingParticipant.authority_id,
}


def _meetings_linked(link: str, value: uuid.UUID) -> Any:
    """Ids of the contact moments linked to a record, read from the indexed link tables.

    An IN over the link table (not a correlated EXISTS per meeting): the link index finds the
    few meetings of one organisation without touching the other 100,000.
    """
    if link == "tie_id":
        return select(MeetingTie.meeting_id).where(MeetingTie.tie_id == value)
    return select(MeetingParticipant.meeting_id).where(_PARTICIPANT[link] == value)


def _linked(kind: RecordKind, link: str, value: uuid.UUID) -> ColumnElement[bool] | None:
    """The clause "linked to record `value`" for a list of `kind` (None: not supported)."""
    if kind is RecordKind.MEETING:  # on record.id: a count then needs no meeting row
        return Record.id.in_(_meetings_linked(link, value))
    if kind is RecordKind.ACTION:
        return Action.meeting_id.in_(_meetings_linked(link, value))
    if kind is RecordKind.RISK_NOTE:
        return RiskNote.subject_id == value
    if kind is RecordKind.DECISION:
        if link == "authority_id":
            return Decision.authority_id == value
        return Decision.id.in_(
            select(DecisionLink.decision_id).where(DecisionLink.record_id == value)
        )
    if kind is RecordKind.TIE:
        if link == "authority_id":
            return Tie.authority_id == value
        if link == "organisation_id":
            return Tie.organisation_id == value
        if link == "tie_id":
            return Tie.id == value
    if kind is RecordKind.PERSON and link in ("organisation_id", "authority_id"):
        column = Position.organisation_id if link == "organisation_id" else Position.authority_id
        return Person.id.in_(select(Position.person_id).where(column == value))
    if kind is RecordKind.ORGANISATION and link == "organisation_id":
        return Organisation.parent_id == value
    return None


def _text_clause(text: str) -> ColumnElement[bool] | None:
    terms = query_terms(text)
    if not terms:
        return None
    # The index stores each record's id as the same 32-digit hex text the record table holds.
    rowids: Select[Any] = (
        select(literal_column("record_id"))
        .select_from(table("search_fts"))
        .where(literal_column("search_fts").op("MATCH")(fts_expression(terms)))
    )
    return Record.id.in_(rowids)


def _typed_clauses(kind: RecordKind, where: Filter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []

    def refuse(name: str) -> UsageError:
        return UsageError(f"Filter '{name}' kan bij deze lijst niet.")

    if where.text:
        clause = _text_clause(where.text)
        if clause is not None:
            clauses.append(clause)
    if where.tag:
        clauses.append(
            Record.id.in_(
                select(RecordTag.record_id)
                .join(Tag, Tag.id == RecordTag.tag_id)
                .where(Tag.name_key == sort_key(where.tag))
            )
        )
    if where.classification is not None:
        clauses.append(Record.classification == where.classification)
    if where.max_classification is not None:
        allowed = [c for c in Classification if c <= where.max_classification]
        clauses.append(Record.classification.in_(allowed))
    if where.since is not None or where.until is not None:
        column = DATE_COLUMNS.get(kind)
        if column is None:
            raise refuse("since" if where.since is not None else "until")
        if where.since is not None:
            clauses.append(column >= where.since)
        if where.until is not None:
            clauses.append(column <= where.until)
    for name, code, columns in (
        ("status", where.status, STATUS_COLUMNS),
        ("kind", where.kind, KIND_COLUMNS),
    ):
        if code is None:
            continue
        if kind not in columns:
            raise refuse(name)
        clauses.append(columns[kind] == code)
    for link in ("organisation_id", "person_id", "tie_id", "authority_id"):
        value = getattr(where, link)
        if value is None:
            continue
        linked = _linked(kind, link, value)
        if linked is None:
            raise refuse(link)
        clauses.append(linked)
    if where.ids is not None:
        clauses.append(Record.id.in_(list(where.ids)))
    return clauses


#: Names the older ``ListQuery.filters`` mapping understands besides the entity's own columns.
_MAPPED = {
    "text": "text",
    "tag": "tag",
    "since": "since",
    "until": "until",
    "max_classification": "max_classification",
    "ids": "ids",
}


def _filter_clauses(kind: RecordKind, filters: dict[str, Any]) -> list[ColumnElement[bool]]:
    model: Any = SPECS[kind].model
    clauses: list[ColumnElement[bool]] = []
    typed: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        if name in ("tie_id", "person_id", "organisation_id") and kind is RecordKind.MEETING:
            clauses.append(Record.id.in_(_meetings_linked(name, value)))
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
        elif name == "classification":
            clauses.append(Record.classification == value)
        elif name in _MAPPED:
            typed[_MAPPED[name]] = frozenset(value) if name == "ids" else value
        else:
            raise UsageError(f"Onbekend filter '{name}' voor deze lijst.")
    if typed:
        clauses.extend(_typed_clauses(kind, Filter(**typed)))
    return clauses


def where_clauses(kind: RecordKind, query: ListQuery) -> list[ColumnElement[bool]]:
    """Trash, the typed filters and the older mapping, as clauses on the kind's model."""
    clauses: list[ColumnElement[bool]] = []
    if query.trash is Trash.EXCLUDE:
        clauses.append(Record.deleted_at.is_(None))
    elif query.trash is Trash.ONLY:
        # A merged-away record is no trash: only `unmerge` brings it back (db.merging).
        clauses.append(Record.deleted_at.is_not(None))
        clauses.append(Record.merged_into.is_(None))
    clauses.extend(_filter_clauses(kind, dict(query.filters)))
    clauses.extend(_typed_clauses(kind, query.where))
    return clauses


def encode_cursor(sort: str, value: Any, record_id: uuid.UUID, *, including: bool = False) -> str:
    """An opaque token for the position after (value, id), or at it when `including`."""
    item = [sort, canonical.plain(value), record_id.hex] + ([1] if including else [])
    raw = json.dumps(item, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: str, column: Any) -> tuple[Any, uuid.UUID, bool]:
    """Read a cursor back (value, id, including); refuses one for another sort or tampered with."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        name, value, hex_id, *rest = json.loads(raw)
        record_id = uuid.UUID(hex=hex_id)
        if name != sort or rest not in ([], [1]):
            raise ValueError("other sort")
        python_type = column.type.python_type
        if value is not None and python_type is dt.datetime:
            value = dt.datetime.fromisoformat(value)
        elif value is not None and python_type is dt.date:
            value = dt.date.fromisoformat(value)
        elif value is not None and not isinstance(value, python_type):
            raise TypeError(f"cursor value {value!r} is no {python_type.__name__}")
        return value, record_id, bool(rest)
    except (ValueError, TypeError, AttributeError, json.JSONDecodeError) as exc:
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


def count(session: Session, kind: RecordKind, query: ListQuery) -> int:
    """How many records the list holds with these filters (sort, cursor and limit ignored)."""
    clauses = where_clauses(kind, query)
    if not query.filters and replace(query.where, classification=None) == Filter():
        # Only trash and classification: the record table alone answers, through its index
        # on (kind, deleted_at), without visiting 100,000 entity rows.
        record = Record.__table__
        stmt = select(func.count()).select_from(record).where(record.c.kind == kind, *clauses)
        return int(core(session).scalar(stmt) or 0)
    return int(core(session).scalar(_count_statement(kind, clauses)) or 0)


def _count_statement(kind: RecordKind, clauses: list[ColumnElement[bool]]) -> Select[Any]:
    return select(func.count()).select_from(SPECS[kind].model).where(*clauses)


def _block_start(
    session: Session, kind: RecordKind, query: ListQuery, sort: Sort, limit: int
) -> tuple[ColumnElement[bool], int] | None:
    """Where the block of `limit` rows holding `query.at` starts: (clause, offset)."""
    model: Any = SPECS[kind].model
    clauses = where_clauses(kind, query)
    row = (
        core(session)
        .execute(select(sort.column, model.id).where(model.id == query.at, *clauses))
        .first()
    )
    if row is None:
        return None
    value, record_id = row
    backwards = Sort(sort.column, not sort.descending)
    before = _after(backwards, model.id, value, record_id)
    position = int(core(session).scalar(_count_statement(kind, [*clauses, before])) or 0)
    back = position % limit
    if back:
        start = (
            core(session)
            .execute(
                _ordered(select(sort.column, model.id).where(*clauses, before), backwards, model.id)
                .limit(1)
                .offset(back - 1)
            )
            .one()
        )
        value, record_id = start
    at_or_after = or_(_after(sort, model.id, value, record_id), model.id == record_id)
    return at_or_after, position - back


def _select(kind: RecordKind) -> Select[Any]:
    """The columns a frozen record is built from, as plain rows (no ORM objects).

    Rows answer the same attribute names the mapped objects did, so db.convert builds records
    from either; skipping the ORM's identity map and instance state made pages 2-3x cheaper.
    A memo's stored snapshot is never read for a list.
    """
    record: Any = Record.__table__
    entity: Any = SPECS[kind].model.__table__
    columns = [*record.c, *(c for c in entity.c if c.name != "id" and c.name != "snapshot")]
    return select(*columns).select_from(record.join(entity, entity.c.id == record.c.id))


def list_page(session: Session, kind: RecordKind, query: ListQuery) -> Page[Any]:
    """One page of a list, as frozen records.

    With `query.at` (and no cursor) the page is the block of `limit` rows holding that record,
    its `offset` a multiple of `limit`; a record not in the list gives the first page.
    """
    sort_name, sort = _resolve_sort(kind, query.sort)
    limit = max(1, min(query.limit, MAX_LIMIT))
    model: Any = SPECS[kind].model
    stmt: Select[Any] = _select(kind).where(*where_clauses(kind, query))
    offset: int | None = None
    if query.cursor:
        value, after_id, including = decode_cursor(query.cursor, sort_name, sort.column)
        clause = _after(sort, model.id, value, after_id)
        stmt = stmt.where(or_(clause, model.id == after_id) if including else clause)
    elif query.at is not None:
        block = _block_start(session, kind, query, sort, limit)
        if block is not None:
            stmt = stmt.where(block[0])
            offset = block[1]
        else:
            offset = 0
    else:
        offset = 0
    objs = list(rows(session, _ordered(stmt, sort, model.id).limit(limit + 1)))
    more = len(objs) > limit
    objs = objs[:limit]
    cursor = None
    if more and objs:
        last = objs[-1]
        cursor = encode_cursor(sort_name, getattr(last, sort.column.key), last.id)
    return Page(tuple(to_records(session, kind, objs)), cursor, sort_name, offset=offset)


def get_many(session: Session, kind: RecordKind, ids: Sequence[uuid.UUID]) -> list[Any]:
    """The records with these ids (trashed ones too), in the order asked; unknown ids left out."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    model: Any = SPECS[kind].model
    objs = list(rows(session, _select(kind).where(model.id.in_(wanted))))
    by_id = {rec.meta.id: rec for rec in to_records(session, kind, objs)}
    return [by_id[i] for i in wanted if i in by_id]
