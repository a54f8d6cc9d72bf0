"""A quick read path for the command line: plain sqlite3, no SQLAlchemy, no models.

`chinadossier search` spent most of its second importing SQLAlchemy and declaring the models,
to run a handful of statements. QuickViews answers what search needs (the same methods as the
ViewRepository: search_counted, refs, by_display_no, by_category_code) with hand-written SQL
on one read transaction. The file is inspected exactly as for every open (db.file_inspect):
foreign, damaged, newer and not-yet-upgraded files are refused with the same messages.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from chinadossier.db import fts, sqlite_file
from chinadossier.db.file_inspect import inspect_file, schema_too_old
from chinadossier.db.labels import _LABEL_COLUMNS, _LABELS
from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.codes import AuthorityKind, Classification, NameOrder, RecordKind
from chinadossier.domain.record_refs import Ref
from chinadossier.domain.search_text import QueryTerm

#: At most this many letters of a number are spelled in every case (2**6 index ranges).
_CASE_LETTERS = 6


def case_ranges(wanted: str) -> list[tuple[str, str]] | None:
    """Ranges of an index on display numbers holding every spelling of `wanted` in any case.

    The longest start of `wanted` with at most _CASE_LETTERS letters is spelled in every case;
    each spelling is one range of the unique index (upper() on the column cannot use it, and a
    scan of 100,000 records took 100 ms for every search that looked like a number). None when
    `wanted` has a character whose case does not map back (then every number must be read).
    """
    if not wanted or any(ord(c) >= 0x10FFFF or c.lower().upper() != c for c in wanted):
        return None
    start, letters = "", 0
    for char in wanted:
        if char.lower() != char.upper():
            if letters == _CASE_LETTERS:
                break
            letters += 1
        start += char
    spellings = [""]
    for char in start:
        cases = sorted({char.upper(), char.lower()})
        spellings = [s + c for s in spellings for c in cases]
    return [(s, s[:-1] + chr(ord(s[-1]) + 1)) for s in spellings]


class QuickViews:
    """The read views search needs, on a bare sqlite3 connection inside a read transaction."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def _run(self, sql: str, params: Sequence[Any]) -> list[Any]:
        return list(self._conn.execute(sql, tuple(params)).fetchall())

    def search_counted(
        self, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> tuple[list[fts.IndexHit], int]:
        """Index hits, best first, and the count (as ViewRepository.search_counted)."""
        return fts.counted_hits(self._run, terms, kinds=kinds, limit=limit)

    def refs(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, Ref]:
        """A reference for each existing id (as db.refs.refs)."""
        wanted = sorted({i.hex for i in ids if i is not None})
        if not wanted:
            return {}
        marks = ", ".join("?" * len(wanted))
        kinds: dict[RecordKind, list[str]] = defaultdict(list)
        for rid, kind in self._run(f"SELECT id, kind FROM record WHERE id IN ({marks})", wanted):
            kinds[RecordKind(kind)].append(rid)
        out: dict[uuid.UUID, Ref] = {}
        for kind, kind_ids in kinds.items():
            names = _LABEL_COLUMNS[kind]
            columns = ", ".join(f't."{name}"' for name in names)
            rows = self._run(
                "SELECT r.id, r.display_no, r.deleted_at, r.classification, "
                f'{columns} FROM record r JOIN "{kind.value}" t ON t.id = r.id '
                f"WHERE r.id IN ({', '.join('?' * len(kind_ids))})",
                kind_ids,
            )
            for row in rows:
                values = dict(zip(names, row[4:], strict=True))
                if "name_order" in values:
                    values["name_order"] = NameOrder(values["name_order"])
                rid = uuid.UUID(hex=row[0])
                out[rid] = Ref(
                    id=rid,
                    kind=kind,
                    display_no=row[1],
                    label=str(_LABELS[kind](SimpleNamespace(**values))),
                    deleted=row[2] is not None,
                    classification=Classification(row[3]),
                )
        return out

    def by_display_no(self, number: str) -> list[uuid.UUID]:
        """Live records with exactly this display number (case-insensitive)."""
        wanted = number.strip().upper()
        ranges = case_ranges(wanted)
        where = (
            " OR ".join("(display_no >= ? AND display_no < ?)" for _ in ranges)
            if ranges
            else "1"
        )
        params = [bound for pair in ranges or [] for bound in pair]
        rows = self._run(
            f"SELECT id FROM record WHERE ({where}) AND upper(display_no) = ? "
            "AND deleted_at IS NULL",
            [*params, wanted],
        )
        return [uuid.UUID(hex=row[0]) for row in rows]

    def by_category_code(self, code: str) -> list[uuid.UUID]:
        """A live risk category with this code, followed by its live risk notes."""
        wanted = code.strip().upper()
        categories = [
            row[0]
            for row in self._run(
                "SELECT r.id FROM risk_category c JOIN record r ON r.id = c.id "
                "WHERE upper(c.code) = ? AND r.deleted_at IS NULL",
                [wanted],
            )
        ]
        if not categories:
            return []
        notes = self._run(
            "SELECT n.id FROM risk_note n JOIN record r ON r.id = n.id "
            f"WHERE n.category_id IN ({', '.join('?' * len(categories))}) "
            "AND r.deleted_at IS NULL ORDER BY n.residual_score DESC, r.display_no",
            categories,
        )
        return [uuid.UUID(hex=row[0]) for row in [*([c] for c in categories), *notes]]

    def authority_kinds(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AuthorityKind]:
        """Municipality or province of each authority among the ids."""
        wanted = [i.hex for i in ids]
        if not wanted:
            return {}
        rows = self._run(
            "SELECT id, authority_kind FROM authority "
            f"WHERE id IN ({', '.join('?' * len(wanted))})",
            wanted,
        )
        return {uuid.UUID(hex=row[0]): AuthorityKind(row[1]) for row in rows}


@contextmanager
def quick_views(path: Path) -> Iterator[QuickViews]:
    """Open a case file read-only, refused exactly as Dossier.open(read_only=True) refuses it,
    and give its views inside one read transaction (ended with a rollback: nothing written)."""
    version = inspect_file(path)
    if version != head_ordinal():
        raise schema_too_old(path, version)
    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        conn.execute("BEGIN")
        yield QuickViews(conn)
    finally:
        with suppress(Exception):
            conn.execute("ROLLBACK")
        conn.close()
