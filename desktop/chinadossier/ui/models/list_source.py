"""One adapter per kind between a list page and the service list API.

Everything a list page asks the services (a page of records, the count for the header, what the
filter bar may offer) goes through here, so a change of the service API is made in one place.
The functions run in a reader thread (inside `ops.query`); they receive the opened `Dossier`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
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
from chinadossier.domain.queries import ListQuery, Trash

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

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(
            self.text.strip() or self.code or self.since or self.until or self.tag
            or self.classification
        )


@dataclass(frozen=True)
class ListSource:
    """How one kind's list is read from the services."""

    kind: RecordKind
    service: str
    code_field: str | None = None
    code_enum: type[StrEnum] | None = None
    period_filters: tuple[str, str] | None = None
    # Filters the service list applies today; the others are offered once it does.
    supports: frozenset[str] = field(default_factory=frozenset)

    def query(self, filters: Filters, sort: str | None, cursor: str | None,
              limit: int = PAGE_SIZE, trash: Trash = Trash.EXCLUDE) -> ListQuery:
        """The service request for one page."""
        wanted: dict[str, Any] = {}
        if filters.code is not None and self.code_field and "code" in self.supports:
            wanted[self.code_field] = filters.code
        if self.period_filters and "period" in self.supports:
            since_name, until_name = self.period_filters
            if filters.since is not None:
                wanted[since_name] = filters.since
            if filters.until is not None:
                wanted[until_name] = filters.until
        return ListQuery(sort=sort, cursor=cursor, limit=limit, trash=trash, filters=wanted)

    def page(self, dossier: Any, filters: Filters, sort: str | None, cursor: str | None,
             limit: int = PAGE_SIZE) -> Page[Any]:
        """One page of live records."""
        service = getattr(dossier, self.service)
        return service.list(self.query(filters, sort, cursor, limit))  # type: ignore[no-any-return]

    def count(self, dossier: Any, filters: Filters) -> int | None:
        """How many records the list holds; None when the services cannot count this filter."""
        if self.applied(filters).active:
            return None
        return int(dossier.overview.counts()[self.kind])

    def applied(self, filters: Filters) -> Filters:
        """The part of the filters the services apply (what the list really shows)."""
        return replace(
            filters,
            text=filters.text if "text" in self.supports else "",
            code=filters.code if "code" in self.supports else None,
            since=filters.since if "period" in self.supports else None,
            until=filters.until if "period" in self.supports else None,
            tag=filters.tag if "tag" in self.supports else None,
            classification=filters.classification if "classification" in self.supports else None,
        )

    def get(self, dossier: Any, record_id: Any) -> Any:
        """One record (also from the trash)."""
        return getattr(dossier, self.service).get(record_id)


SOURCES: dict[RecordKind, ListSource] = {
    RecordKind.MEETING: ListSource(
        RecordKind.MEETING, "meetings", "meeting_kind", MeetingKind, ("from", "until"),
        frozenset({"code", "period"}),
    ),
    RecordKind.TIE: ListSource(
        RecordKind.TIE, "ties", "status", TieStatus, None, frozenset({"code"})
    ),
    RecordKind.ORGANISATION: ListSource(
        RecordKind.ORGANISATION, "organisations", "org_kind", OrganisationKind, None,
        frozenset({"code"}),
    ),
    RecordKind.PERSON: ListSource(RecordKind.PERSON, "persons"),
    RecordKind.DECISION: ListSource(
        RecordKind.DECISION, "decisions", "decision_kind", DecisionKind, None,
        frozenset({"code"}),
    ),
    RecordKind.RISK_NOTE: ListSource(
        RecordKind.RISK_NOTE, "risk_notes", "status", RiskStatus, None, frozenset({"code"})
    ),
    RecordKind.SOURCE: ListSource(RecordKind.SOURCE, "sources"),
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
