"""One adapter per kind between a list page and the service list API.

Everything a list page asks the services (a page of records, the count for the header, what the
filter bar may offer) goes through here, so a change of the service API is made in one place.
The functions run in a reader thread (inside `ops.query`); they receive the opened `Dossier`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from chinadossier.domain.changes import Page
from chinadossier.domain.codes import (
    Classification,
    DecisionKind,
    MeetingKind,
    OrganisationKind,
    RecordKind,
    RiskStatus,
    TieStatus,
)
from chinadossier.domain.queries import Filter, ListQuery, Trash

PAGE_SIZE = 50
"""Records per page while scrolling (a screen shows about 15; fetchMore asks for the next)."""


@dataclass(frozen=True)
class Filters:
    """What the filter bar asks for; None/empty means no filter on that field."""

    text: str = ""
    code: StrEnum | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    tag: str | None = None
    classification: Classification | None = None
    ids: frozenset[uuid.UUID] | None = None
    """Only these records (a heat-map cell's risks); `scope` names them on the filter chip."""
    scope: str = ""

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(
            self.text.strip() or self.code or self.since or self.until or self.tag
            or self.classification or self.ids is not None
        )


@dataclass(frozen=True)
class ListSource:
    """How one kind's list is read from the services."""

    kind: RecordKind
    service: str
    code_field: str | None = None
    """The typed filter the kind/status combo sets: "kind" or "status" (None: no combo)."""
    code_enum: type[StrEnum] | None = None
    period: bool = False
    """Whether the list has a date the since/until filter applies to."""
    rows: str = "list"
    """The service method that reads a page of table rows (contact moments: `list_rows`, which
    adds the open follow-up actions of the Acties column)."""

    @property
    def supports(self) -> frozenset[str]:
        """The filter-bar fields this list applies."""
        names = {"text", "tag", "classification"}
        if self.code_field:
            names.add("code")
        if self.period:
            names.add("period")
        return frozenset(names)

    def query(self, filters: Filters, sort: str | None, cursor: str | None,
              limit: int = PAGE_SIZE, trash: Trash = Trash.EXCLUDE,
              at: uuid.UUID | None = None) -> ListQuery:
        """The service request for one page."""
        applied = self.applied(filters)
        code = str(applied.code) if applied.code is not None else None  # combos hand back str
        where = Filter(
            text=applied.text,
            tag=applied.tag,
            classification=applied.classification,
            since=applied.since,
            until=applied.until,
            status=code if self.code_field == "status" else None,
            kind=code if self.code_field == "kind" else None,
            ids=applied.ids,
        )
        return ListQuery(sort=sort, cursor=cursor, limit=limit, trash=trash, where=where, at=at)

    def page(self, dossier: Any, filters: Filters, sort: str | None, cursor: str | None,
             limit: int = PAGE_SIZE) -> Page[Any]:
        """One page of live records."""
        read = getattr(getattr(dossier, self.service), self.rows)
        return read(self.query(filters, sort, cursor, limit))  # type: ignore[no-any-return]

    def rows_through(self, dossier: Any, filters: Filters, sort: str | None,
                     record_id: uuid.UUID, limit: int = PAGE_SIZE) -> Page[Any] | None:
        """The list from the top through the page holding a record; a record further down than
        MAX_ROWS gives just the block holding it (`offset` says where it starts: the list opens
        at the record). None: the record is not in the list as filtered."""
        read = getattr(getattr(dossier, self.service), self.rows)
        found = read(self.query(filters, sort, None, limit, at=record_id))
        if found.offset is None or record_id not in {r.meta.id for r in found.items}:
            return None
        if found.offset == 0:
            return found  # type: ignore[no-any-return]
        if found.offset + limit > MAX_ROWS:
            return found  # type: ignore[no-any-return]
        return read(  # type: ignore[no-any-return]
            self.query(filters, sort, None, found.offset + limit)
        )

    def rows_before(self, dossier: Any, filters: Filters, sort: str | None,
                    first_id: uuid.UUID, offset: int) -> list[Any] | None:
        """Up to MAX_ROWS records just above `first_id`, which stands at `offset` in the list
        (None: the list changed meanwhile). A block of `limit` rows holding a record starts at
        a multiple of `limit`, so a limit that leaves a large remainder of `offset` gives the
        rows above it; no other way back is needed from the service."""
        if offset <= 0:
            return []
        limit = offset + 1 if offset < MAX_ROWS else max(
            range(MAX_ROWS // 2 + 1, MAX_ROWS + 1), key=lambda n: offset % n)
        read = getattr(getattr(dossier, self.service), self.rows)
        found = read(self.query(filters, sort, None, limit, at=first_id))
        ids = [r.meta.id for r in found.items]
        if first_id not in ids or found.offset is None:
            return None
        index = ids.index(first_id)
        if found.offset + index != offset:
            return None
        return list(found.items[:index])

    def count(self, dossier: Any, filters: Filters) -> int | None:
        """How many records the list holds with these filters."""
        service = getattr(dossier, self.service)
        return int(service.count(self.query(filters, None, None)))

    def applied(self, filters: Filters) -> Filters:
        """The part of the filters the services apply (what the list really shows)."""
        supports = self.supports
        return replace(
            filters,
            text=filters.text if "text" in supports else "",
            code=filters.code if "code" in supports else None,
            since=filters.since if "period" in supports else None,
            until=filters.until if "period" in supports else None,
            tag=filters.tag if "tag" in supports else None,
            classification=filters.classification if "classification" in supports else None,
        )

    def get(self, dossier: Any, record_id: Any) -> Any:
        """One record (also from the trash)."""
        return getattr(dossier, self.service).get(record_id)


MAX_ROWS = 500
"""Most rows a refresh or a jump to a record loads at once (the service's page limit)."""

SOURCES: dict[RecordKind, ListSource] = {
    RecordKind.MEETING: ListSource(RecordKind.MEETING, "meetings", "kind", MeetingKind, True,
                                   rows="list_rows"),
    RecordKind.TIE: ListSource(RecordKind.TIE, "ties", "status", TieStatus, True),
    RecordKind.ORGANISATION: ListSource(
        RecordKind.ORGANISATION, "organisations", "kind", OrganisationKind
    ),
    RecordKind.PERSON: ListSource(RecordKind.PERSON, "persons"),
    RecordKind.DECISION: ListSource(RecordKind.DECISION, "decisions", "kind", DecisionKind, True),
    RecordKind.RISK_NOTE: ListSource(RecordKind.RISK_NOTE, "risk_notes", "status", RiskStatus,
                                     True),
    RecordKind.SOURCE: ListSource(RecordKind.SOURCE, "sources", period=True),
    RecordKind.ACTION: ListSource(RecordKind.ACTION, "actions"),
    RecordKind.AUTHORITY: ListSource(RecordKind.AUTHORITY, "authorities"),
    RecordKind.RISK_CATEGORY: ListSource(RecordKind.RISK_CATEGORY, "risk_categories"),
}


def source_for(kind: RecordKind) -> ListSource:
    """The adapter of a kind."""
    return SOURCES[kind]


TRASH_KINDS: tuple[RecordKind, ...] = (
    RecordKind.MEETING,
    RecordKind.TIE,
    RecordKind.ORGANISATION,
    RecordKind.PERSON,
    RecordKind.DECISION,
    RecordKind.RISK_NOTE,
    RecordKind.SOURCE,
    RecordKind.ACTION,
    RecordKind.AUTHORITY,
    RecordKind.RISK_CATEGORY,
)


def encode_trash_cursor(index: int, cursor: str | None) -> str:
    """A Prullenbak position: which kind, and the cursor within that kind's trash."""
    return f"{index}:{cursor or ''}"


def trash_page(dossier: Any, cursor: str | None, limit: int = PAGE_SIZE) -> Page[Any]:
    """One page of the Prullenbak: deleted records kind after kind, each in its default sort."""
    index, inner = 0, None
    if cursor:
        head, _, rest = cursor.partition(":")
        index, inner = int(head), rest or None
    items: list[Any] = []
    while index < len(TRASH_KINDS) and len(items) < limit:
        source = SOURCES[TRASH_KINDS[index]]
        service = getattr(dossier, source.service)
        page = service.list(ListQuery(cursor=inner, limit=limit - len(items), trash=Trash.ONLY))
        items.extend(page.items)
        if page.next_cursor is None:
            index, inner = index + 1, None
        else:
            inner = page.next_cursor
    more = index < len(TRASH_KINDS)
    return Page(tuple(items), encode_trash_cursor(index, inner) if more else None, "trash")


def trash_count(dossier: Any) -> int:
    """How many records the Prullenbak holds (one COUNT per kind, on the deleted-at index)."""
    return sum(
        int(getattr(dossier, SOURCES[kind].service).count(ListQuery(trash=Trash.ONLY)))
        for kind in TRASH_KINDS
    )
