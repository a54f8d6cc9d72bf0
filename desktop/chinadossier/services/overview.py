"""Read-only views: search, the dashboard of an authority, timelines."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any

from chinadossier.db import fts
from chinadossier.domain.changes import Page
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.labels import label
from chinadossier.domain.records import Dashboard, Ref, SearchHit, TimelineItem
from chinadossier.domain.search_text import query_terms
from chinadossier.services import search_core
from chinadossier.services.context import ServiceContext

#: How deep search results can be paged. A query matching more than db.fts.RANK_LIMIT (1,000)
#: records is answered from its newest 1,000 matches and its total is "more than 1,000".
SEARCH_DEPTH = 1000


def _search_cursor(query: str, offset: int) -> str:
    raw = json.dumps(["search", query, offset], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _search_offset(cursor: str | None, query: str) -> int:
    if cursor is None:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, text, offset = json.loads(raw)
        if name != "search" or text != query or not isinstance(offset, int) or offset < 0:
            raise ValueError("other search")
        return offset
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise UsageError("Ongeldige paginamarkering; zoek opnieuw.") from exc


def _timeline_key(cursor: str | None, subject: uuid.UUID) -> tuple[dt.date, uuid.UUID, int] | None:
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, subject_hex, on, rid, seq = json.loads(raw)
        if name != "timeline" or subject_hex != subject.hex or not isinstance(seq, int):
            raise ValueError("other timeline")
        return dt.date.fromisoformat(on), uuid.UUID(hex=rid), seq
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise UsageError("Ongeldige paginamarkering; begin opnieuw bij de eerste pagina.") from exc


class OverviewService:
    """Search, dashboard and timelines; each call one read transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def search(
        self, query: str, *, kinds: tuple[RecordKind, ...] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Records matching every word of the query, best first; deleted records excluded.

        A query that is a display number (BAND-0001) or a risk-category code (R-POL) gives
        exactly that record (the category's risk notes after it), not everything that shares a
        word with it; only when nothing has that number is it searched as words.
        """
        if not query_terms(query):
            return []
        with self.ctx.uow(write=False) as uow:
            return search_core.search(uow.views, query, kinds, limit)

    def by_number(self, number: str) -> Any | None:
        """The live record with this display number (BAND-0001, case-insensitive), or None."""
        with self.ctx.uow(write=False) as uow:
            ids = uow.views.by_display_no(number)
            if not ids:
                return None
            kind = uow.views.refs(ids[:1])[ids[0]].kind
            return uow.records.get_record(kind, ids[0])

    def refs(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, Ref]:
        """A reference (display number, label) for each existing id, e.g. to show a stored link."""
        with self.ctx.uow(write=False) as uow:
            return uow.views.refs(ids)

    def search_total(self, query: str, *, kinds: tuple[RecordKind, ...] | None = None) -> int:
        """How many records search() would find without a limit (for "50 van 71 getoond"), counted
        up to 500: 500 means at least 500. A common word is not counted through (db.fts)."""
        if not query_terms(query):
            return 0
        with self.ctx.uow(write=False) as uow:
            return search_core.total(uow.views, query, kinds)

    def suggest(self, query: str) -> str | None:
        """A near miss among the indexed names for a query that found nothing ("Shanhai").

        rapidfuzz compares the query's words with the words of every indexed name; the
        suggestion keeps the query's other words and is offered only when it finds something.
        """
        from rapidfuzz import fuzz, process

        words = [term.text for term in query_terms(query) if term.text.isascii()]
        if not words:
            return None
        with self.ctx.uow(write=False) as uow:
            vocabulary = [w for w in uow.views.title_words() if w.isascii()]
        better: list[str] = []
        for word in words:
            if word in vocabulary or len(word) < 3:
                better.append(word)
                continue
            match = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=75)
            better.append(match[0] if match else word)
        if better == words:
            return None
        suggestion = " ".join(better)
        if suggestion.casefold() in _kind_names():
            # "Organisaties" → "Organisatie?" only names a kind of record: no help (#8)
            return None
        if not self.search(suggestion, limit=1):
            return None
        typed = query.strip()
        return suggestion.title() if typed[:1].isupper() else suggestion

    def search_page(
        self,
        query: str,
        *,
        kinds: tuple[RecordKind, ...] | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page[SearchHit]:
        """One page of search results with the truthful number of matches (`Page.total`; with
        `total_at_least` when more than that match: a very common word, see SEARCH_DEPTH).

        Ordered as search(); `next_cursor` leads to the following page, up to the first
        SEARCH_DEPTH matches (a search is for finding, the total says how many there are).
        """
        terms = query_terms(query)
        offset = _search_offset(cursor, query)
        limit = max(1, min(limit, 500))
        if not terms:
            return Page((), None, "rank", offset=0, total=0)
        wanted = min(offset + limit + 1, SEARCH_DEPTH)
        with self.ctx.uow(write=False) as uow:
            hits, total = uow.views.search_counted(
                terms, kinds=[k.value for k in kinds] if kinds else None, limit=wanted
            )
            hits = hits[offset : offset + limit + 1]
            linked = uow.views.refs([h.record_id for h in hits[:limit]])
        items = tuple(
            SearchHit(ref=linked[h.record_id], rank=h.rank)
            for h in hits[:limit]
            if h.record_id in linked
        )
        following = offset + limit
        more = len(hits) > limit and following < SEARCH_DEPTH
        next_cursor = _search_cursor(query, following) if more else None
        if total > fts.RANK_LIMIT:
            return Page(
                items, next_cursor, "rank", offset=offset, total=fts.RANK_LIMIT, total_at_least=True
            )
        return Page(items, next_cursor, "rank", offset=offset, total=total)

    def counts(self) -> dict[RecordKind, int]:
        """How many live records of each kind the case file holds (every kind listed)."""
        with self.ctx.uow(write=False) as uow:
            found = uow.views.counts()
        return {kind: found.get(kind.value, 0) for kind in RecordKind}

    def dashboard(self, authority_id: uuid.UUID | None = None) -> Dashboard:
        """Figures for an authority (the case file's own by default) as of today."""
        with self.ctx.uow(write=False) as uow:
            own = uow.case_file.own_authority_id()
            target = authority_id or own
            assert target is not None
            return uow.views.dashboard(target, own=target == own, today=self.ctx.clock.today())

    def timeline_page(
        self,
        *,
        tie_id: uuid.UUID | None = None,
        organisation_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
        limit: int = 100,
        cursor: str | None = None,
    ) -> Page[TimelineItem]:
        """One page of a timeline, newest first, with the total number of items.

        What timeline() returns, in pages: a tie with 2,000 contact moments is read 100 at a time.
        """
        links = {"tie_id": tie_id, "organisation_id": organisation_id, "person_id": person_id}
        given = [(name, value) for name, value in links.items() if value is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of tie_id, organisation_id, person_id")
        link, subject = given[0]
        after = _timeline_key(cursor, subject)
        with self.ctx.uow(write=False) as uow:
            items, last, total = uow.views.timeline_page(
                subject, link, limit=max(1, min(limit, 500)), after=after
            )
        next_cursor = None
        if last is not None:
            raw = json.dumps(
                ["timeline", subject.hex, last[0].isoformat(), last[1].hex, last[2]],
                separators=(",", ":"),
            )
            next_cursor = base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")
        return Page(
            tuple(items), next_cursor, "date", offset=0 if cursor is None else None, total=total
        )

    def timeline(
        self,
        *,
        tie_id: uuid.UUID | None = None,
        organisation_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
    ) -> list[TimelineItem]:
        """Contact moments, decisions and risk assessments of one tie, organisation or person."""
        if sum(x is not None for x in (tie_id, organisation_id, person_id)) != 1:
            raise ValueError("give exactly one of tie_id, organisation_id, person_id")
        with self.ctx.uow(write=False) as uow:
            return uow.views.timeline(
                tie_id=tie_id, organisation_id=organisation_id, person_id=person_id
            )


def _kind_names() -> frozenset[str]:
    """The names of the kinds of record, in both languages ("organisatie", "risk note")."""
    return frozenset(label(kind, lang).casefold() for kind in RecordKind for lang in ("nl", "en"))
