"""search_core.search of a query in two scripts (南京 and "nanjing"): the answers are merged by
best rank, deleted records left out, and the references are read once for both."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from chinadossier.db.fts import IndexHit
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.record_refs import Ref
from chinadossier.domain.search_text import QueryTerm
from chinadossier.services import search_core

A, B, C, D = (uuid.UUID(int=n) for n in range(1, 5))


class _Views:
    """Index hits per first search word; D is in the trash."""

    def __init__(self) -> None:
        self.refs_asked: list[list[uuid.UUID | None]] = []
        self.hits = {
            "南京": [
                IndexHit(A, "organisation", -3.0),
                IndexHit(B, "organisation", -1.0),
                IndexHit(D, "organisation", -5.0),
            ],
            "nanjing": [IndexHit(C, "organisation", -4.0), IndexHit(B, "organisation", -2.0)],
        }

    def search_counted(
        self, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> tuple[list[Any], int]:
        found = self.hits.get(terms[0].text, [])
        return found[:limit], len(found)

    def refs(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, Ref]:
        self.refs_asked.append(list(ids))
        return {
            i: Ref(
                id=i,
                kind=RecordKind.ORGANISATION,
                display_no=f"ORG-{i.int:04d}",
                label="x",
                deleted=i == D,
            )
            for i in ids
            if i is not None
        }

    def by_display_no(self, number: str) -> list[uuid.UUID]:
        return []

    def by_category_code(self, code: str) -> list[uuid.UUID]:
        return []


def test_both_scripts_are_merged_by_best_rank_with_one_read_of_references() -> None:
    views = _Views()
    hits = search_core.search(views, "南京", None, 50)
    # Best rank per record over both forms, best first; the trashed record is left out
    assert [(h.ref.id, h.rank) for h in hits] == [(C, -4.0), (A, -3.0), (B, -2.0)]
    # One read of the references for the records of both answers
    assert len(views.refs_asked) == 1
    assert set(views.refs_asked[0]) == {A, B, C, D}


def test_the_limit_applies_to_the_merged_live_hits() -> None:
    views = _Views()
    assert [h.ref.id for h in search_core.search(views, "南京", None, 2)] == [C, A]
    assert search_core.total(views, "南京", None) == 3
