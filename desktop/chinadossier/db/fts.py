"""Full-text queries on the FTS5 table search_fts, in plain SQL (no SQLAlchemy import).

Shared by the search index of the services (db.search, through the session's connection) and
the command line's quick read path (db.quick_read, on a bare sqlite3 connection).

What costs time in FTS5 is reading a term's whole list of documents: counting every match,
bm25 (its IDF counts every match of each phrase), a column filter, and any prefix term
("nanj"*), which SQLite 3.40 merges for all matching words before the first row comes out.
A single word or an OR of words, on the other hand, is read lazily: `LIMIT 1001` stops after
1,001 documents. So a query is answered in this order:

1. every prefix term is expanded into the indexed words that start with it (an fts5vocab
   'instance' table, read one word at a time: each step is one index seek); a prefix with
   more than EXPAND_LIMIT words ("h") stays a prefix term;
2. the matches are counted up to RANK_LIMIT + 1 on that expression (lazy: cheap);
3. at most RANK_LIMIT matches (a rare word): the whole query is ranked with bm25, titles ten
   times body text, exactly as before, and the count is exact;
4. more (a common word): only the newest RANK_LIMIT matches are candidates (their rowids, read
   lazily); those whose title holds a search word come first (a title filter from the oldest
   candidate's rowid on), each group newest first; the count says "more than RANK_LIMIT"
   (`exact` False), which is true.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from chinadossier.domain.search_text import QueryTerm

#: Queries with at most this many matches are ranked as a whole (bm25); above it, the newest
#: RANK_LIMIT matches are the candidates, and the count is "more than RANK_LIMIT".
RANK_LIMIT = 1000

#: A prefix term with more indexed words than this stays a prefix term (FTS5 merges them).
EXPAND_LIMIT = 8

#: Title matches weigh ten times body matches; record_id and kind are not text.
_BM25 = "bm25(search_fts, 0.0, 0.0, 10.0, 1.0)"

#: The vocabulary of search_fts, one row per word occurrence, read lazily in word order.
_VOCAB = "temp.search_fts_words"

#: Runs one statement with positional parameters and returns every row.
Run = Callable[[str, Sequence[Any]], list[Any]]


@dataclass(frozen=True, slots=True)
class IndexHit:
    """A matching record and its rank (lower is better)."""

    record_id: uuid.UUID
    kind: str
    rank: float


@dataclass(frozen=True, slots=True)
class Matches:
    """What a query found: (record id as hex, kind, rank) best first, and how many match.

    `count` is exact when `exact`; otherwise more than `count` records match.
    """

    rows: list[tuple[str, str, float]]
    count: int
    exact: bool


def quoted(word: str) -> str:
    """A word as an FTS5 string."""
    return '"' + word.replace('"', '""') + '"'


def fts_expression(terms: Sequence[QueryTerm]) -> str:
    """An FTS5 MATCH expression ANDing the terms; each quoted, prefix terms with '*'."""
    return " AND ".join(quoted(t.text) + ("*" if t.prefix else "") for t in terms)


def _after(word: str) -> str | None:
    """The smallest string greater than every string starting with `word` (None: none)."""
    last = ord(word[-1])
    return None if last >= 0x10FFFF else word[:-1] + chr(last + 1)


def ensure_vocabulary(run: Run) -> None:
    """Create the connection's temporary vocabulary table (once per connection)."""
    run(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} "
        "USING fts5vocab(main, 'search_fts', 'instance')",
        (),
    )


def expand(run: Run, term: QueryTerm) -> list[str] | None:
    """The indexed words a term stands for; None when a prefix stands for too many.

    An exact term stands for itself. A prefix term is looked up one word at a time: each step
    seeks the first occurrence of the next word ("\\x01" follows a word but precedes any longer
    word: words hold letters and digits only), so the cost is one seek per word, never a read
    of a word's documents.
    """
    if not term.prefix:
        return [term.text]
    high = _after(term.text)
    if high is None:
        return None
    words: list[str] = []
    low = term.text
    while True:
        found = run(f"SELECT term FROM {_VOCAB} WHERE term >= ? AND term < ? LIMIT 1", (low, high))
        if not found:
            return words
        words.append(str(found[0][0]))
        if len(words) > EXPAND_LIMIT:
            return None
        low = words[-1] + "\x01"


def lazy_expression(run: Run, terms: Sequence[QueryTerm]) -> str | None:
    """The terms as an expression FTS5 reads lazily (prefixes expanded into ORs of words).

    Matches exactly the records fts_expression(terms) matches. None when some prefix term
    matches no indexed word at all (then nothing matches).
    """
    ensure_vocabulary(run)
    parts = []
    for term in terms:
        words = expand(run, term)
        if words is None:
            parts.append(quoted(term.text) + "*")
        elif not words:
            return None
        elif len(words) == 1:
            parts.append(quoted(words[0]))
        else:
            parts.append("(" + " OR ".join(quoted(w) for w in words) + ")")
    return " AND ".join(parts)


def _kinds(kinds: Sequence[str] | None) -> tuple[str, list[str]]:
    if not kinds:
        return "", []
    return f" AND kind IN ({', '.join('?' * len(kinds))})", list(kinds)


def counted_hits(
    run: Run, terms: Sequence[QueryTerm], *, kinds: Sequence[str] | None, limit: int
) -> tuple[list[IndexHit], int]:
    """query() as index hits, and the count (above RANK_LIMIT: "more than RANK_LIMIT")."""
    found = query(run, terms, kinds=kinds, limit=limit)
    hits = [IndexHit(uuid.UUID(hex=row[0]), row[1], row[2]) for row in found.rows]
    return hits, found.count if found.exact else RANK_LIMIT + 1


def count_matches(
    run: Run, expressions: Sequence[str], kinds: Sequence[str] | None, cap: int
) -> int:
    """How many records match any of the expressions, counted up to `cap` (lazy)."""
    if not expressions:
        return 0
    either = " OR ".join(f"({e})" for e in expressions)
    kind_sql, kind_params = _kinds(kinds)
    found = run(
        "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ?"
        f"{kind_sql} LIMIT ?)",
        (either, *kind_params, cap),
    )
    return int(found[0][0])


def query(
    run: Run, terms: Sequence[QueryTerm], *, kinds: Sequence[str] | None, limit: int
) -> Matches:
    """Records matching every term, best first (see the module's docstring), at most `limit`."""
    if not terms:
        return Matches([], 0, True)
    lazy = lazy_expression(run, terms)
    if lazy is None:
        return Matches([], 0, True)
    kind_sql, kind_params = _kinds(kinds)
    count = count_matches(run, [lazy], kinds, RANK_LIMIT + 1)
    if count <= RANK_LIMIT:
        # A rare word: rank every match, with the expression as typed (bm25 scores each
        # phrase; the typed prefix is one phrase, its expansion would be several).
        rows = run(
            f"SELECT record_id, kind, {_BM25} AS rank FROM search_fts WHERE search_fts MATCH ?"
            f"{kind_sql} ORDER BY rank LIMIT ?",
            (fts_expression(terms), *kind_params, limit),
        )
        return Matches([(r[0], r[1], float(r[2])) for r in rows], count, True)
    # A common word: the newest RANK_LIMIT matches are the candidates, those whose title holds
    # a search word first. Only rowids are read (the stored text is not touched), the title
    # filter only from the oldest candidate on; then the few rows shown are read by rowid.
    newest = [
        r[0]
        for r in run(
            f"SELECT rowid FROM search_fts WHERE search_fts MATCH ?{kind_sql} "
            "ORDER BY rowid DESC LIMIT ?",
            (lazy, *kind_params, RANK_LIMIT),
        )
    ]
    titled = {
        r[0]
        for r in run(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?",
            (f"{{title}} : ({lazy})", newest[-1]),
        )
    }
    top = [*(r for r in newest if r in titled), *(r for r in newest if r not in titled)][:limit]
    stored = {
        r[0]: r
        for r in run(
            "SELECT rowid, record_id, kind FROM search_fts "
            f"WHERE rowid IN ({', '.join('?' * len(top))})",
            top,
        )
    }
    rows = [(stored[r][1], stored[r][2], -1.0 if r in titled else 0.0) for r in top if r in stored]
    return Matches(rows, RANK_LIMIT, False)
