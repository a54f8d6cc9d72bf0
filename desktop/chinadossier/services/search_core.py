"""What search answers, over any read views (no SQLAlchemy import).

OverviewService runs it on a unit of work's ViewRepository; the command line's quick read path
(services.quick) on db.quick_read.QuickViews, which answers the same four questions with plain
sqlite3. One read transaction per call either way.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import Any, Protocol

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.record_refs import Ref, SearchHit
from chinadossier.domain.search_text import (
    QueryTerm,
    latin_reading,
    query_terms,
    without_tone_numbers,
)

#: What a display number or a code looks like: letters, then groups after hyphens (BAND-0001,
#: CM-2026-0042, GM1997-2, R-POL), or a CBS code (GM0599, PV28).
CODE = re.compile(r"^[A-Za-z]+(?:-[A-Za-z0-9]+)+$|^(?:GM|PV)\d{2,4}$", re.IGNORECASE)

#: search_total() counts up to this many (the command line says "ten minste 500").
TOTAL_CAP = 500


class SearchViews(Protocol):
    """The read views search needs."""

    def search_counted(
        self, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> tuple[list[Any], int]:
        """Index hits (record_id, kind, rank), best first, and how many match."""

    def refs(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, Ref]:
        """A reference for each existing id."""

    def by_display_no(self, number: str) -> list[uuid.UUID]:
        """Live records with exactly this display number."""

    def by_category_code(self, code: str) -> list[uuid.UUID]:
        """A live risk category with this code, then its live risk notes."""


def _clamp(limit: int) -> int:
    return max(1, min(limit, 500))


def _kind_values(kinds: tuple[RecordKind, ...] | None) -> list[str] | None:
    return [k.value for k in kinds] if kinds else None


def search(
    views: SearchViews, query: str, kinds: tuple[RecordKind, ...] | None, limit: int
) -> list[SearchHit]:
    """Records matching every word of the query, best first; deleted records excluded.

    A query that is a display number (BAND-0001) or a risk-category code (R-POL) gives exactly
    that record (the category's risk notes after it), not everything that shares a word with
    it; only when nothing has that number is it searched as words.
    """
    if not query_terms(query):
        return []
    found = exact(views, query, kinds, limit)
    if found:
        return found
    # 南京 finds what "nanjing" finds too, and "nan2jing1" what "nanjing" finds: the same
    # question in any script; both forms are searched and the answers merged.
    other = latin_reading(query) or without_tone_numbers(query)
    if other is not None:
        # Both forms mostly find the same records: their references are read once, together.
        best: dict[uuid.UUID, float] = {}
        for hit in [*_index_hits(views, query, kinds, limit),
                    *_index_hits(views, other, kinds, limit)]:
            if hit.record_id not in best or hit.rank < best[hit.record_id]:
                best[hit.record_id] = hit.rank
        ranked = sorted(best.items(), key=lambda item: item[1])
        return _linked(views, ranked)[: _clamp(limit)]
    return _linked(
        views, [(h.record_id, h.rank) for h in _index_hits(views, query, kinds, limit)]
    )


def _index_hits(
    views: SearchViews, query: str, kinds: tuple[RecordKind, ...] | None, limit: int
) -> list[Any]:
    terms = query_terms(query)
    if not terms:
        return []
    hits, _ = views.search_counted(terms, kinds=_kind_values(kinds), limit=_clamp(limit))
    return hits


def _linked(views: SearchViews, ranked: list[tuple[uuid.UUID, float]]) -> list[SearchHit]:
    """The live records of (id, rank) pairs as hits, in that order."""
    linked = views.refs([record_id for record_id, _ in ranked])
    return [
        SearchHit(ref=linked[record_id], rank=rank)
        for record_id, rank in ranked
        if record_id in linked and not linked[record_id].deleted
    ]


def exact(
    views: SearchViews, query: str, kinds: tuple[RecordKind, ...] | None, limit: int
) -> list[SearchHit]:
    """The record with this display number or code (and a category's notes), else []."""
    text = query.strip()
    if not CODE.match(text):
        return []
    ids = views.by_category_code(text) or views.by_display_no(text)
    linked = views.refs(ids)
    found = [SearchHit(ref=linked[i], rank=0.0) for i in ids if i in linked]
    if kinds:
        found = [hit for hit in found if hit.ref.kind in kinds]
    return found[: _clamp(limit)]


def total(views: SearchViews, query: str, kinds: tuple[RecordKind, ...] | None) -> int:
    """How many records search() would find without a limit, counted up to TOTAL_CAP (which
    then means at least TOTAL_CAP). A common word is not counted through (db.fts)."""
    terms = query_terms(query)
    if not terms:
        return 0
    found = exact(views, query, kinds, TOTAL_CAP)
    if found:
        return len(found)
    _, count = views.search_counted(terms, kinds=_kind_values(kinds), limit=1)
    if count >= TOTAL_CAP:
        return TOTAL_CAP
    if (latin_reading(query) or without_tone_numbers(query)) is None:
        return count  # the index holds live records only: every match is a hit
    return len(search(views, query, kinds, TOTAL_CAP))  # both forms, merged
