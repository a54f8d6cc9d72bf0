"""Search for a common word: bounded ranking, a truthful "more than" total, exact prefixes."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from helpers import make_org

from chinadossier.db import fts
from chinadossier.domain.search_text import query_terms


@pytest.fixture
def harbour(dossier: Any) -> dict[str, Any]:
    """Seven organisations saying "wadkade": two in the name, five in the notes only."""
    made = {
        "body": [
            make_org(dossier, f"Kantoor {n}", notes="Overleg over de wadkade.") for n in "abcde"
        ],
        "title": [make_org(dossier, f"Wadkadebedrijf {n}") for n in "xy"],
    }
    make_org(dossier, "Wadmout Handel")  # "wad" but not "wadk"
    return made


def ids(items: Any) -> list[Any]:
    return [item.meta.id for item in items]


def test_common_word_newest_title_matches_first_and_total_says_more(
    dossier: Any, harbour: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = {h.ref.id for h in dossier.overview.search("wadkade", limit=500)}
    assert everything == set(ids(harbour["body"] + harbour["title"]))
    # Given a query with more matches than the ranking limit
    monkeypatch.setattr(fts, "RANK_LIMIT", 4)
    # When searching
    hits = dossier.overview.search("wadkade", limit=3)
    # Then the candidates are the 4 newest matches, the names holding the word first
    newest_body = ids(harbour["body"])[-2:]
    assert [h.ref.id for h in hits] == [*reversed(ids(harbour["title"])), newest_body[-1]]
    assert all(h.rank < 0 for h in hits[:2]) and hits[2].rank == 0.0
    # And the page's total is truthful: more than 4
    page = dossier.overview.search_page("wadkade", limit=2)
    assert page.total == 4 and page.total_at_least
    assert [h.ref.id for h in page.items] == [h.ref.id for h in hits[:2]]


def test_rare_word_keeps_its_full_ranking_and_exact_total(
    dossier: Any, harbour: dict[str, Any]
) -> None:
    # Given fewer matches than the limit, the ranked order is bm25's (names weigh 10×)
    page = dossier.overview.search_page("wadkade", limit=10)
    assert page.total == 7 and not page.total_at_least
    assert {h.ref.id for h in page.items[:2]} == set(ids(harbour["title"]))
    assert dossier.overview.search_total("wadkade") == 7


def test_prefix_expands_to_exactly_the_words_fts5_matches(
    dossier: Any, harbour: dict[str, Any]
) -> None:
    path = dossier.path
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:

        def run(sql: str, params: Any) -> list[Any]:
            return conn.execute(sql, tuple(params)).fetchall()

        queries = ["wad", "wadk", "wadkade", "wadkadeb", "kant", "wadx", "overleg wadkade", "haven"]
        for query in queries:
            terms = query_terms(query)
            lazy = fts.lazy_expression(run, terms)
            typed = conn.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid",
                (fts.fts_expression(terms),),
            ).fetchall()
            mine = (
                []
                if lazy is None
                else conn.execute(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid", (lazy,)
                ).fetchall()
            )
            assert mine == typed, query
            assert lazy is not None or not typed, query
        expanded = fts.lazy_expression(run, query_terms("wadk"))
        assert expanded == '("wadkade" OR "wadkadebedrijf")'
        assert fts.lazy_expression(run, query_terms("wadx")) is None
    finally:
        conn.close()


def test_number_lookup_ranges_hold_every_case_spelling() -> None:
    import itertools

    from chinadossier.db.quick_read import case_ranges as _case_ranges

    for wanted in ["BAND-0001", "CM-2026-0042", "GM0599", "R-POL", "ZZZZ-NO-MATCH"]:
        ranges = _case_ranges(wanted)
        assert len(ranges) <= 64
        letters = [(c.lower(), c.upper()) for c in wanted]
        for spelling in itertools.islice(itertools.product(*letters), 500):
            text = "".join(spelling)
            assert any(low <= text < high for low, high in ranges), text
