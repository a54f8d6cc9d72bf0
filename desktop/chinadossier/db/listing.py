"""Lists with filters and keyset paging; every supported sort is backed by an index.

Each sort is one stored column plus the id as tie-breaker. NULLs come first in ascending and last
in descending order, spelled out so SQLite and PostgreSQL order the same way; text sorts use a
stored sort key (domain.search_text.sort_key) instead of a database collation.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from chinadossier.db import canonical, linked_text
from chinadossier.db.convert import CoreReads, build_records, to_records
from chinadossier.db.fastread import Compiled, FastReads, connection, ids_param, in_json
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
from chinadossier.db.pagebuild import build_page, builds
from chinadossier.db.reading import core, rows
from chinadossier.db.registry import SPECS
from chinadossier.db.search import fts_expression
from chinadossier.domain.changes import Page
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.queries import NO_FILTER, Filter, ListQuery, Trash
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


def _linked(kind: RecordKind, link: str, value: Any) -> Any:
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


def _links_to(kind: RecordKind, link: str) -> bool:
    """Whether `_linked` has a clause for this kind and link (checked without building it)."""
    if kind in (RecordKind.MEETING, RecordKind.ACTION, RecordKind.RISK_NOTE, RecordKind.DECISION):
        return True
    if kind is RecordKind.TIE:
        return link in ("authority_id", "organisation_id", "tie_id")
    if kind is RecordKind.PERSON:
        return link in ("organisation_id", "authority_id")
    return kind is RecordKind.ORGANISATION and link == "organisation_id"


#: One condition of a list: a shape token (hashable; it alone decides the SQL) and the values
#: it binds. Lists are read with SQL compiled once per shape (db.fastread), so everything that
#: varies from call to call is a value here, never part of the token.
Clause = tuple[tuple[Any, ...], tuple[Any, ...]]


def _typed_specs(kind: RecordKind, where: Filter) -> list[Clause]:
    specs: list[Clause] = []

    def refuse(name: str) -> UsageError:
        return UsageError(f"Filter '{name}' kan bij deze lijst niet.")

    if where.text:
        terms = query_terms(where.text)
        if terms:
            specs.append((("text",), (fts_expression(terms),)))
    if where.tag:
        specs.append((("tag",), (sort_key(where.tag),)))
    if where.classification is not None:
        specs.append((("classification",), (where.classification,)))
    if where.max_classification is not None:
        allowed = [c for c in Classification if c <= where.max_classification]
        specs.append((("max_classification",), (ids_param(c.value for c in allowed),)))
    if where.since is not None or where.until is not None:
        if kind not in DATE_COLUMNS:
            raise refuse("since" if where.since is not None else "until")
        if where.since is not None:
            specs.append((("since",), (where.since,)))
        if where.until is not None:
            specs.append((("until",), (where.until,)))
    for name, code, columns in (
        ("status", where.status, STATUS_COLUMNS),
        ("kind", where.kind, KIND_COLUMNS),
    ):
        if code is None:
            continue
        if kind not in columns:
            raise refuse(name)
        specs.append(((name,), (code,)))
    for link in ("organisation_id", "person_id", "tie_id", "authority_id"):
        value = getattr(where, link)
        if value is None:
            continue
        if not _links_to(kind, link):
            raise refuse(link)
        specs.append((("linked", link), (value,)))
    if where.ids is not None:
        specs.append((("ids",), (ids_param(where.ids),)))
    return specs


#: Names the older ``ListQuery.filters`` mapping understands besides the entity's own columns.
_MAPPED = {
    "text": "text",
    "tag": "tag",
    "since": "since",
    "until": "until",
    "max_classification": "max_classification",
    "ids": "ids",
}


def _filter_specs(kind: RecordKind, filters: dict[str, Any]) -> list[Clause]:
    model: Any = SPECS[kind].model
    specs: list[Clause] = []
    typed: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        if name in ("tie_id", "person_id", "organisation_id") and kind is RecordKind.MEETING:
            specs.append((("meetings_linked", name), (value,)))
        elif name == "from" and kind is RecordKind.MEETING:
            specs.append((("held_from",), (value,)))
        elif name == "until" and kind is RecordKind.MEETING:
            specs.append((("held_until",), (value,)))
        elif name == "overdue_on" and kind is RecordKind.ACTION:
            specs.append((("overdue_on",), (value,)))
        elif name == "review_due_on" and kind is RecordKind.RISK_NOTE:
            specs.append((("review_due_on",), (value,)))
        elif name in model.__table__.columns and name not in ("id",):
            specs.append((("column", name), (value,)))
        elif name == "classification":
            specs.append((("classification",), (value,)))
        elif name in _MAPPED:
            typed[_MAPPED[name]] = frozenset(value) if name == "ids" else value
        else:
            raise UsageError(f"Onbekend filter '{name}' voor deze lijst.")
    if typed:
        specs.extend(_typed_specs(kind, Filter(**typed)))
    return specs


def clause_specs(kind: RecordKind, query: ListQuery) -> list[Clause]:
    """Trash, the older mapping and the typed filters as (shape, values); refuses what the list
    cannot filter on."""
    specs: list[Clause] = []
    if query.trash is Trash.EXCLUDE:
        specs.append((("live",), ()))
    elif query.trash is Trash.ONLY:
        specs.append((("trashed",), ()))
    if query.where is NO_FILTER and not query.filters:  # the common page: nothing to inspect
        return specs
    specs.extend(_filter_specs(kind, dict(query.filters)))
    specs.extend(_typed_specs(kind, query.where))
    return specs


def _in_values(column: Any, value: Any) -> ColumnElement[bool]:
    """``column IN`` the elements of a JSON array value (see db.fastread.in_json)."""
    values: Any = select(literal_column("value")).select_from(func.json_each(value))
    return column.in_(values)  # type: ignore[no-any-return]


def clause_sql(kind: RecordKind, token: tuple[Any, ...], values: Sequence[Any]) -> Any:
    """The SQL of one condition; `values` are bind parameters (or plain values) in token order."""
    name = token[0]
    model: Any = SPECS[kind].model
    if name == "live":
        return Record.deleted_at.is_(None)
    if name == "trashed":
        # A merged-away record is no trash: only `unmerge` brings it back (db.merging).
        return and_(Record.deleted_at.is_not(None), Record.merged_into.is_(None))
    (value,) = values
    if name == "text":  # own text or a linked record's name (db.linked_text)
        return linked_text.text_clause(kind, value)
    if name == "tag":
        return Record.id.in_(
            select(RecordTag.record_id)
            .join(Tag, Tag.id == RecordTag.tag_id)
            .where(Tag.name_key == value)
        )
    if name == "classification":
        return Record.classification == value
    if name == "max_classification":
        return _in_values(Record.classification, value)
    if name == "since":
        return DATE_COLUMNS[kind] >= value
    if name == "until":
        return DATE_COLUMNS[kind] <= value
    if name == "status":
        return STATUS_COLUMNS[kind] == value
    if name == "kind":
        return KIND_COLUMNS[kind] == value
    if name == "linked":
        return _linked(kind, token[1], value)
    if name == "ids":
        return _in_values(Record.id, value)
    if name == "meetings_linked":
        return Record.id.in_(_meetings_linked(token[1], value))
    if name == "held_from":
        return Meeting.held_on >= value
    if name == "held_until":
        return Meeting.held_on <= value
    if name == "overdue_on":
        return and_(Action.status == "open", Action.due_on < value)
    if name == "review_due_on":
        return and_(RiskNote.status == "open", RiskNote.next_review_on < value)
    if name == "column":
        return getattr(model, token[1]) == value
    raise AssertionError(f"unknown clause {token!r}")


def _bound(value: Any) -> Any:
    """A value as a bind parameter the column it is compared with gives its type."""
    return bindparam(None, value, type_=NullType(), unique=True)


def where_clauses(kind: RecordKind, query: ListQuery) -> list[ColumnElement[bool]]:
    """Trash, the typed filters and the older mapping, as clauses on the kind's model."""
    return [
        clause_sql(kind, token, [_bound(v) for v in values])
        for token, values in clause_specs(kind, query)
    ]


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


def _after(
    sort: Sort, id_column: Any, value: Any, record_id: Any, *, value_null: bool
) -> ColumnElement[bool]:
    """Rows after (value, id) in the sort's order; `value_null` says the value is NULL.

    For a column that cannot be NULL the condition is written so SQLite uses it as a range on
    the sort's index (`col >= v AND (col > v OR id > rid)`): with the OR-form it walked the
    index from the top to each page's start, so reading page n cost n pages (quadratic over a
    long list; docs/performance.md, helper 6). Same rows either way.
    """
    col = sort.column
    if not value_null and not getattr(col, "nullable", True):
        if sort.descending:
            return and_(col <= value, or_(col < value, id_column < record_id))
        return and_(col >= value, or_(col > value, id_column > record_id))
    if not sort.descending:
        if value_null:
            return or_(and_(col.is_(None), id_column > record_id), col.is_not(None))
        return or_(col > value, and_(col == value, id_column > record_id))
    if value_null:
        return and_(col.is_(None), id_column < record_id)
    return or_(col < value, and_(col == value, id_column < record_id), col.is_(None))


def _count_before(
    kind: RecordKind,
    sort: Sort,
    clauses: Sequence[Any],
    value: Any,
    record_id: Any,
    *,
    value_null: bool,
) -> Select[Any]:
    """How many rows of the list come before (value, id) in the sort's order.

    The sum of one COUNT per index range (NULLs, the values before, the same value with a
    smaller id in the sort's direction) instead of one COUNT over their OR, which SQLite could
    only answer by visiting every row of the list (16 ms for 100,000 contact moments).
    """
    model: Any = SPECS[kind].model
    col, id_column = sort.column, model.id
    parts: list[Any]
    if sort.descending:  # NULLs last: every value comes before them
        if value_null:
            parts = [col.is_not(None), and_(col.is_(None), id_column > record_id)]
        else:
            parts = [col > value, and_(col == value, id_column > record_id)]
    elif value_null:  # ascending, NULLs first
        parts = [and_(col.is_(None), id_column < record_id)]
    else:
        parts = [col.is_(None), col < value, and_(col == value, id_column < record_id)]
    counts = [_count_statement(kind, [*clauses, part]).scalar_subquery() for part in parts]
    total: Any = counts[0]
    for more in counts[1:]:
        total = total + more
    return select(total)


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


class _Binds:
    """Named bind parameters p0, p1, … for the values of a statement shape, in order."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def __call__(self, values: Sequence[Any]) -> list[Any]:
        out = []
        for _ in values:
            self.names.append(f"p{len(self.names)}")
            out.append(bindparam(self.names[-1], type_=NullType()))
        return out


_COUNTS: dict[tuple[Any, ...], Compiled] = {}


def _counted_on_record(query: ListQuery) -> bool:
    """Only trash and classification: the record table alone answers, through its index on
    (kind, deleted_at), without visiting 100,000 entity rows."""
    return not query.filters and replace(query.where, classification=None) == Filter()


def _conn(source: Session | sqlite3.Connection) -> sqlite3.Connection:
    """The DB-API connection to read on: given, or the session's (inside its transaction)."""
    return source if isinstance(source, sqlite3.Connection) else connection(source)


def count(source: Session | sqlite3.Connection, kind: RecordKind, query: ListQuery) -> int:
    """How many records the list holds with these filters (sort, cursor and limit ignored).

    One COUNT, compiled once per filter shape and run on the DB-API cursor (db.fastread), of
    the session or the connection given.
    """
    specs = clause_specs(kind, query)
    on_record = _counted_on_record(query)
    key = (kind, on_record, tuple(token for token, _ in specs))
    statement = _COUNTS.get(key)
    if statement is None:
        binds = _Binds()
        clauses = [clause_sql(kind, t, binds(v)) for t, v in specs]
        if on_record:
            record: Any = Record.__table__
            stmt = select(func.count()).select_from(record).where(record.c.kind == kind, *clauses)
        else:
            stmt = _count_statement(kind, clauses)
        if len(_COUNTS) > 1000:
            _COUNTS.clear()
        statement = _COUNTS[key] = Compiled(stmt, binds.names)
    ((found,),) = statement.all(_conn(source), [v for _, vs in specs for v in vs])
    return int(found or 0)


def count_reference(session: Session, kind: RecordKind, query: ListQuery) -> int:
    """`count` through SQLAlchemy's execution path (the tests' reference)."""
    clauses = where_clauses(kind, query)
    if _counted_on_record(query):
        record: Any = Record.__table__
        stmt = select(func.count()).select_from(record).where(record.c.kind == kind, *clauses)
        return int(core(session).scalar(stmt) or 0)
    return int(core(session).scalar(_count_statement(kind, clauses)) or 0)


def _count_statement(kind: RecordKind, clauses: list[ColumnElement[bool]]) -> Select[Any]:
    return select(func.count()).select_from(SPECS[kind].model).where(*clauses)


def _block_start(
    session: Session, kind: RecordKind, query: ListQuery, sort: Sort, limit: int
) -> tuple[Any, uuid.UUID, int] | None:
    """Where the block of `limit` rows holding `query.at` starts: (value, id, offset)."""
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
    counted = _count_before(kind, sort, clauses, value, record_id, value_null=value is None)
    position = int(core(session).scalar(counted) or 0)
    back = position % limit
    if back:
        # The block's first row, counted from the top: the index walks `position` entries, as
        # the count did (going back from the record with the OR of `before` made SQLite walk
        # the whole list).
        start = (
            core(session)
            .execute(
                _ordered(select(sort.column, model.id).where(*clauses), sort, model.id)
                .limit(1)
                .offset(position - back)
            )
            .one()
        )
        value, record_id = start
    return value, record_id, position - back


#: Record columns no frozen record holds (who trashed it, what it was merged into).
_UNREAD = frozenset({"deleted_by", "merged_into"})


#: Extra columns a reader may add to a list's rows, by name (see _select's `extra`).
EXTRA_COLUMNS: dict[str, Callable[[Any], Any]] = {}


def _select(kind: RecordKind, only: tuple[str, ...] = (),
            extra: tuple[str, ...] = ()) -> Select[Any]:
    """The columns a frozen record is built from, as plain rows (no ORM objects).

    Rows answer the same attribute names the mapped objects did, so db.convert builds records
    from either. A memo's stored snapshot is never read for a list. `only`: just these
    columns (record's or the entity's, by name; the id always), for a reader that needs less.
    `extra`: names of EXTRA_COLUMNS, each a function of the entity table giving a labelled
    column expression (a correlated subquery, say), added after them.
    """
    record: Any = Record.__table__
    entity: Any = SPECS[kind].model.__table__
    columns = [
        *(c for c in record.c if c.name not in _UNREAD),
        *(c for c in entity.c if c.name != "id" and c.name != "snapshot"),
    ]
    if only:
        columns = [c for c in columns if c.name == "id" or c.name in only]
    columns += [EXTRA_COLUMNS[name](entity) for name in extra]
    return select(*columns).select_from(record.join(entity, entity.c.id == record.c.id))


def _position(
    query: ListQuery, sort_name: str, sort: Sort, block: Callable[[], Any]
) -> tuple[Clause | None, int | None]:
    """Where the page starts: a condition "at or after" (None: the top) and the offset if known;
    `block` finds the start of the block holding `query.at`."""
    if query.cursor:
        value, after_id, including = decode_cursor(query.cursor, sort_name, sort.column)
        values = (after_id,) if value is None else (value, after_id)
        return (("after", value is None, including), values), None
    if query.at is not None:
        found = block()
        if found is None:
            return None, 0
        value, record_id, offset = found
        values = (record_id,) if value is None else (value, record_id)
        return (("after", value is None, True), values), offset
    return None, 0


_BLOCKS: dict[tuple[Any, ...], Compiled] = {}


def _block_statement(key: tuple[Any, ...], build: Callable[[_Binds], Any]) -> Compiled:
    found = _BLOCKS.get(key)
    if found is None:
        binds = _Binds()
        stmt = build(binds)
        if len(_BLOCKS) > 1000:
            _BLOCKS.clear()
        found = _BLOCKS[key] = Compiled(stmt, binds.names)
    return found


def _block_start_fast(
    conn: sqlite3.Connection,
    kind: RecordKind,
    query: ListQuery,
    sort_name: str,
    sort: Sort,
    limit: int,
    specs: list[Clause],
) -> tuple[Any, uuid.UUID, int] | None:
    """`_block_start` on the DB-API cursor: the same three statements, compiled once per shape."""
    model: Any = SPECS[kind].model
    tokens = tuple(token for token, _ in specs)
    values = [v for _, vs in specs for v in vs]

    def clauses(binds: _Binds) -> list[Any]:
        return [clause_sql(kind, t, binds(v)) for t, v in specs]

    def locate(binds: _Binds) -> Any:
        where = clauses(binds)
        (at,) = binds([query.at])
        return select(sort.column, model.id).where(model.id == at, *where)

    rows = _block_statement((kind, sort_name, tokens, "at"), locate).all(
        conn, [*values, query.at]
    )
    if not rows:
        return None
    value, record_id = rows[0]
    null = value is None

    def counted(binds: _Binds) -> Any:
        where = clauses(binds)
        bound = binds([record_id] if null else [value, record_id])
        at_value, at_id = (None, bound[0]) if null else bound
        return _count_before(kind, sort, where, at_value, at_id, value_null=null)

    start = [*values, *([record_id] if null else [value, record_id])]
    ((position,),) = _block_statement((kind, sort_name, tokens, "before", null), counted).all(
        conn, start
    )
    back = int(position or 0) % limit
    if back:

        def nth(binds: _Binds) -> Any:  # the block's first row, counted from the top
            where = clauses(binds)
            binds.names.append("skip")
            return (
                _ordered(select(sort.column, model.id).where(*where), sort, model.id)
                .limit(1)
                .offset(bindparam("skip", type_=Integer()))
            )

        ((value, record_id),) = _block_statement((kind, sort_name, tokens, "nth"), nth).all(
            conn, [*values, int(position or 0) - back]
        )
    return value, record_id, int(position or 0) - back


def _after_sql(kind: RecordKind, sort: Sort, token: tuple[Any, ...], values: Sequence[Any]) -> Any:
    model: Any = SPECS[kind].model
    value_null, including = token[1], token[2]
    value, after_id = (None, values[0]) if value_null else values
    clause = _after(sort, model.id, value, after_id, value_null=value_null)
    return or_(clause, model.id == after_id) if including else clause


_PAGES: dict[tuple[Any, ...], Compiled] = {}


def _page_statement(
    kind: RecordKind, sort_name: str, specs: list[Clause], start: Clause | None,
    only: tuple[str, ...] = (), extra: tuple[str, ...] = (),
) -> Compiled:
    """The page's SQL for this shape, compiled on first use (bind names p0, p1, …, limit).
    With `only`/`extra` (see _select) its rows are plain named tuples, not record rows."""
    key = (kind, sort_name, tuple(token for token, _ in specs), start and start[0], only, extra)
    found = _PAGES.get(key)
    if found is not None:
        return found
    sort = SORTS[kind][sort_name]
    model: Any = SPECS[kind].model
    binds = _Binds()
    names = binds.names
    stmt = _select(kind, only, extra).where(*[clause_sql(kind, t, binds(v)) for t, v in specs])
    if start is not None:
        stmt = stmt.where(_after_sql(kind, sort, start[0], binds(start[1])))
    names.append("limit")
    stmt = _ordered(stmt, sort, model.id).limit(bindparam("limit", type_=Integer()))
    if len(_PAGES) > 1000:  # shapes are few; this only bounds a pathological caller
        _PAGES.clear()
    found = _PAGES[key] = Compiled(stmt, names, meta=not only)
    return found


def list_page(
    source: Session | sqlite3.Connection, kind: RecordKind, query: ListQuery
) -> Page[Any]:
    """One page of a list, as frozen records.

    With `query.at` (and no cursor) the page is the block of `limit` rows holding that record,
    its `offset` a multiple of `limit`; a record not in the list gives the first page.
    The statements run on the DB-API cursor (db.fastread) of the session or the connection
    given; `list_page_reference` is the same page through SQLAlchemy, kept as the reference
    the tests compare this one with.
    """
    conn = _conn(source)
    sort_name, sort = _resolve_sort(kind, query.sort)
    limit = max(1, min(query.limit, MAX_LIMIT))
    specs = clause_specs(kind, query)
    start, offset = _position(
        query,
        sort_name,
        sort,
        lambda: _block_start_fast(conn, kind, query, sort_name, sort, limit, specs),
    )
    statement = _page_statement(kind, sort_name, specs, start)
    values = [v for _, vs in specs for v in vs] + list(start[1] if start else ()) + [limit + 1]
    raw = statement.raw(conn, values)
    more = len(raw) > limit
    reads = FastReads(conn)
    rows = raw[:limit]
    cursor = None
    if more and rows:
        value, last_id = statement.values_of(rows[-1], sort.column.key)
        cursor = encode_cursor(sort_name, value, last_id)
    if builds(kind):  # one generated builder per kind and row shape (db.pagebuild)
        records = build_page(kind, statement, reads, rows)
    else:
        found, read = statement.records(reads, rows)
        records = build_records(kind, found, reads, read)
    return Page(tuple(records), cursor, sort_name, offset=offset)


def _stream(
    conn: sqlite3.Connection, statement: Compiled, specs: list[Clause], size: int
) -> Iterator[list[Any]]:
    values = [v for _, vs in specs for v in vs] + [-1]  # LIMIT -1: no limit
    cursor = conn.execute(statement.sql, statement.params(values))
    try:
        while True:
            chunk = cursor.fetchmany(size)
            if not chunk:
                return
            yield chunk
    finally:
        cursor.close()


def stream_records(
    session: Session, kind: RecordKind, query: ListQuery, size: int
) -> Iterator[list[Any]]:
    """Every record of the list (query's filters and sort; its cursor, `at` and limit ignored),
    in chunks of `size`, from ONE statement read as it goes: the sort's index is walked once
    and the rows come from one read snapshot; memory holds one chunk. The records list_page
    gives, in the same order. For the list export."""
    sort_name, _sort = _resolve_sort(kind, query.sort)
    specs = clause_specs(kind, query)
    statement = _page_statement(kind, sort_name, specs, None)
    conn = connection(session)
    for chunk in _stream(conn, statement, specs, size):
        reads = FastReads(conn)
        found, read = statement.records(reads, chunk)
        yield build_records(kind, found, reads, read)


def stream_rows(
    session: Session, kind: RecordKind, query: ListQuery, size: int,
    only: tuple[str, ...], extra: tuple[str, ...] = (),
) -> Iterator[list[Any]]:
    """Like stream_records, but plain rows of just the `only` columns and the `extra` ones
    (see _select), for a reader that needs far less than a record."""
    sort_name, _sort = _resolve_sort(kind, query.sort)
    specs = clause_specs(kind, query)
    statement = _page_statement(kind, sort_name, specs, None, only, extra)
    make = statement.make
    for chunk in _stream(connection(session), statement, specs, size):
        yield [make(row) for row in chunk]


def list_page_reference(session: Session, kind: RecordKind, query: ListQuery) -> Page[Any]:
    """`list_page` through SQLAlchemy's execution path and `CoreReads`: the straightforward
    reading the fast path must answer exactly like (tests/db/test_fast_pages.py)."""
    sort_name, sort = _resolve_sort(kind, query.sort)
    limit = max(1, min(query.limit, MAX_LIMIT))
    model: Any = SPECS[kind].model
    stmt: Select[Any] = _select(kind).where(*where_clauses(kind, query))
    start, offset = _position(
        query, sort_name, sort, lambda: _block_start(session, kind, query, sort, limit)
    )
    if start is not None:
        stmt = stmt.where(_after_sql(kind, sort, start[0], start[1]))
    objs = list(rows(session, _ordered(stmt, sort, model.id).limit(limit + 1)))
    more = len(objs) > limit
    objs = objs[:limit]
    cursor = None
    if more and objs:
        last = objs[-1]
        cursor = encode_cursor(sort_name, getattr(last, sort.column.key), last.id)
    records = to_records(session, kind, objs, CoreReads(session))
    return Page(tuple(records), cursor, sort_name, offset=offset)


_MANY: dict[RecordKind, Compiled] = {}


def get_many(
    source: Session | sqlite3.Connection, kind: RecordKind, ids: Sequence[uuid.UUID]
) -> list[Any]:
    """The records with these ids (trashed ones too), in the order asked; unknown ids left out."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    statement = _MANY.get(kind)
    if statement is None:
        record: Any = Record.__table__
        statement = _MANY[kind] = Compiled(
            _select(kind).where(in_json(record.c.id, "ids")), ["ids"], meta=True
        )
    conn = _conn(source)
    reads = FastReads(conn)
    found, read = statement.records(reads, statement.raw(conn, [ids_param(wanted)]))
    by_id = {rec.meta.id: rec for rec in build_records(kind, found, reads, read)}
    return [by_id[i] for i in wanted if i in by_id]


def get_many_reference(session: Session, kind: RecordKind, ids: Sequence[uuid.UUID]) -> list[Any]:
    """`get_many` through SQLAlchemy and `CoreReads` (the tests' reference)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    model: Any = SPECS[kind].model
    objs = list(rows(session, _select(kind).where(model.id.in_(wanted))))
    by_id = {rec.meta.id: rec for rec in to_records(session, kind, objs, CoreReads(session))}
    return [by_id[i] for i in wanted if i in by_id]
