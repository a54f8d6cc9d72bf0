"""Tests for chinadossier.domain.search_text: index text, query terms and sort keys agree."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from chinadossier.domain.search_text import QueryTerm, index_text, query_terms, sort_key


def fts_match(terms: list[QueryTerm], indexed: str) -> bool:
    """Simulate FTS5 matching of AND-ed terms against index_text output (tokens split on spaces).

    A term matches when it equals a token, or, for a prefix term, when some token starts with it.
    """
    tokens = indexed.split(" ")
    return all(
        any(token == term.text or (term.prefix and token.startswith(term.text)) for token in tokens)
        for term in terms
    )


def finds(query: str, *stored: str) -> bool:
    terms = query_terms(query)
    return bool(terms) and fts_match(terms, index_text(*stored))


# --- index_text ---------------------------------------------------------------------------------


def test_index_hanzi_run_gives_chars_bigrams_and_pinyin() -> None:
    assert index_text("南京市") == "南 京 市 南京 京市 nanjingshi"
    assert index_text("西安") == "西 安 西安 xian"


def test_index_single_hanzi() -> None:
    assert index_text("京") == "京 jing"


def test_index_folds_case_diacritics_width_and_apostrophes() -> None:
    assert index_text("Geïnformeerd over Nánjīng") == "geinformeerd over nanjing"
    assert index_text("ＮＡＮＪＩＮＧ ｎａｎｊｉｎｇ") == "nanjing nanjing"
    assert index_text("Xi'an Xi’an Xiʼan Xi‘an") == "xian xian xian xian"


def test_index_splits_on_punctuation_and_skips_empty_parts() -> None:
    assert index_text("Zuid-Holland, 2021", None, "", "MoU") == "zuid holland 2021 mou"
    assert index_text() == ""
    assert index_text(None, "  ...  ") == ""


def test_index_tokens_never_span_parts() -> None:
    assert "南京" not in index_text("南", "京").split()


def test_index_hanzi_next_to_latin_is_its_own_run() -> None:
    assert index_text("abc南京3d") == "abc 南 京 南京 nanjing 3d"


def test_index_pinyin_writes_u_for_u_umlaut() -> None:
    assert index_text("吕") == "吕 lu"
    assert index_text("女") == "女 nu"


def test_index_compatibility_ideograph_is_normalised() -> None:
    assert index_text("\uf900") == index_text("\u8c48")


# --- query_terms --------------------------------------------------------------------------------


def test_query_latin_terms_are_prefix_terms() -> None:
    assert query_terms("Nanj 2021") == [QueryTerm("nanj", True), QueryTerm("2021", True)]


def test_query_single_hanzi_is_exact() -> None:
    assert query_terms("京") == [QueryTerm("京", False)]


def test_query_hanzi_run_gives_bigrams() -> None:
    assert query_terms("南京市") == [QueryTerm("南京", False), QueryTerm("京市", False)]


def test_query_terms_are_distinct() -> None:
    assert query_terms("nanjing NANJING 南京 南京") == [
        QueryTerm("nanjing", True),
        QueryTerm("南京", False),
    ]


@pytest.mark.parametrize("query", ["", "   ", "...", "—!?", "'", "\u3000"])
def test_query_without_letters_is_empty(query: str) -> None:
    assert query_terms(query) == []


def test_query_term_text_is_safe_inside_fts_quotes() -> None:
    for term in query_terms('a"b c*d (e) NEAR/2 f:g ^h'):
        assert term.text.isalnum()


# --- required behaviour -------------------------------------------------------------------------


def test_finds_diacritics_without_typing_them() -> None:
    assert finds("geinformeerd", "De raad is geïnformeerd")
    assert finds("geïnformeerd", "De raad is geinformeerd")


@pytest.mark.parametrize(
    "query", ["nanjing", "Nánjīng", "NANJING", "南京", "ＮＡＮＪＩＮＧ", "ｎａｎｊｉｎｇ"]
)
def test_nanjing_in_every_spelling_finds_hanzi(query: str) -> None:
    assert finds(query, "南京市")


def test_full_width_normalises_like_ascii() -> None:
    assert query_terms("ＮＡＮＪＩＮＧ") == query_terms("nanjing") == query_terms("ｎａｎｊｉｎｇ")


def test_name_inside_longer_hanzi_text() -> None:
    assert finds("王伟", "代表团由王伟率领")
    tokens = index_text("代表团由王伟率领").split()
    assert {term.text for term in query_terms("王伟")} <= set(tokens)


def test_xian_in_pinyin_and_with_apostrophe() -> None:
    assert finds("xian", "西安")
    assert finds("Xi'an", "西安")
    assert query_terms("Xi'an") == [QueryTerm("xian", True)]


def test_bigram_inside_organisation_name() -> None:
    assert finds("人民", "南京市人民政府")
    assert finds("人民政府", "南京市人民政府")


def test_single_hanzi_finds_it_inside_a_bigram() -> None:
    assert finds("京", "南京市")


def test_prefix_search() -> None:
    assert finds("nanj", "南京市")
    assert finds("Geinf", "geïnformeerd")


def test_all_terms_must_match() -> None:
    assert finds("nanjing 2022", "Eindhoven–Nanjing", "beëindigd november 2022")
    assert not finds("nanjing wuhan", "Eindhoven–Nanjing")
    assert not finds("南京人", "南京市人民政府")


def test_no_false_match_on_other_hanzi() -> None:
    assert not finds("北京", "南京市")
    assert not finds("xian", "南京市")


def test_u_umlaut_query_matches_pinyin_u() -> None:
    assert finds("lü", "吕方")
    assert finds("Lǚ", "吕方")
    assert finds("lu", "吕方")


# --- properties ---------------------------------------------------------------------------------

_MIXED = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("南京市人民政府西安王伟代表团吕女〇豈㐀𠀀'’ ＮＡＮｊｉｎｇéü\u3000-"),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_MIXED)
def test_never_raises(text: str) -> None:
    assert isinstance(index_text(text), str)
    assert isinstance(query_terms(text), list)
    assert isinstance(sort_key(text), str)


@settings(max_examples=200, deadline=None)
@given(_MIXED)
def test_query_of_a_text_finds_that_text(text: str) -> None:
    terms = query_terms(text)
    if terms:
        assert fts_match(terms, index_text(text))


@settings(max_examples=200, deadline=None)
@given(_MIXED)
def test_index_text_is_single_spaced_tokens(text: str) -> None:
    indexed = index_text(text)
    if indexed:
        for token in indexed.split(" "):
            assert token
            assert all(
                unicodedata.category(char)[0] in "LN" or unicodedata.category(char) == "Co"
                for char in token
            )


# --- real FTS5 ----------------------------------------------------------------------------------


def _fts5() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE VIRTUAL TABLE doc USING fts5(body, tokenize='unicode61 remove_diacritics 0')"
        )
    except sqlite3.OperationalError:
        pytest.skip("SQLite has no FTS5")
    return connection


def _fts_query(terms: list[QueryTerm]) -> str:
    return " AND ".join(f'"{t.text}"' + ("*" if t.prefix else "") for t in terms)


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("geinformeerd", "geïnformeerd"),
        ("nanjing", "南京市"),
        ("Nánjīng", "南京市"),
        ("NANJING", "南京市"),
        ("南京", "南京市"),
        ("ＮＡＮＪＩＮＧ", "南京市"),
        ("王伟", "代表团由王伟率领"),
        ("xian", "西安"),
        ("Xi'an", "西安"),
        ("人民", "南京市人民政府"),
        ("京", "南京市"),
    ],
)
def test_real_fts5_finds(query: str, stored: str) -> None:
    connection = _fts5()
    connection.execute("INSERT INTO doc(body) VALUES (?)", (index_text(stored),))
    connection.execute("INSERT INTO doc(body) VALUES (?)", (index_text("上海 Wuhan"),))
    rows = connection.execute(
        "SELECT body FROM doc WHERE doc MATCH ?", (_fts_query(query_terms(query)),)
    ).fetchall()
    assert rows == [(index_text(stored),)]


@settings(max_examples=200, deadline=None)
@given(_MIXED)
@example("ᦰ")  # New Tai Lue: a letter to Python, a separator to FTS5's older tables
@example("x\u1cf2y")
def test_real_fts5_query_of_a_text_finds_that_text(text: str) -> None:
    terms = query_terms(text)
    if not terms:
        return
    connection = _fts5()
    connection.execute("INSERT INTO doc(body) VALUES (?)", (index_text(text),))
    count = connection.execute(
        "SELECT count(*) FROM doc WHERE doc MATCH ?", (_fts_query(terms),)
    ).fetchone()[0]
    assert count == 1


def test_every_token_index_text_writes_is_one_token_to_fts5() -> None:
    """For every code point, the tokens index_text writes are tokens of the real tokenizer as
    they are (otherwise a word of such characters is indexed as nothing and never found)."""
    connection = _fts5()
    connection.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(doc, 'row')")
    code_points = [cp for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
    lost = []
    for start in range(0, len(code_points), 20_000):
        tokens = {token for cp in code_points[start : start + 20_000]
                  for token in index_text("a" + chr(cp)).split()}
        connection.execute("DELETE FROM doc")
        connection.execute("INSERT INTO doc(body) VALUES (?)", (" ".join(sorted(tokens)),))
        terms = {term for (term,) in connection.execute("SELECT term FROM vocab")}
        lost.extend(token for token in sorted(tokens) if token not in terms)
    assert lost == []


# --- sort_key -----------------------------------------------------------------------------------


def test_sort_key_folds_like_search() -> None:
    assert sort_key("  Ｎánjīng ") == "nanjing"
    assert sort_key("Xi'an") == "xian"
    assert sort_key("Beëindiging") == "beeindiging"
    assert sort_key(None) == "" and sort_key("") == ""


def test_sort_key_hanzi_sort_under_pinyin() -> None:
    assert sort_key("王伟") == "wang wei"
    names = ["王伟", "Zhang", "Anna", "陈", "Visser"]
    assert sorted(names, key=sort_key) == ["Anna", "陈", "Visser", "王伟", "Zhang"]


def test_sort_key_mixed_and_whitespace() -> None:
    assert sort_key("王Wei") == "wang wei"
    assert sort_key("a  \u3000 b") == "a b"


def test_sort_key_is_deterministic() -> None:
    assert sort_key("欧阳修") == sort_key("欧阳修") == "ou yang xiu"
