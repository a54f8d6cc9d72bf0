"""A list's filters as clauses: shape tokens and bound values first, then their SQL."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.types import NullType

from chinadossier.db import linked_text
from chinadossier.db.fastread import ids_param
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
    RiskNote,
    Source,
    Tag,
    Tie,
)
from chinadossier.db.registry import SPECS
from chinadossier.db.search import fts_expression
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.queries import NO_FILTER, Filter, ListQuery, Trash
from chinadossier.domain.search_text import query_terms, sort_key

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
