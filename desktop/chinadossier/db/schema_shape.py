"""What the schema must be: the migrations' result, compared object by object with a file's.

The expected schema is what running this code's migrations on a fresh, empty database and reading
its `sqlite_master` gives. It is stored, normalised, in `schema_head.py` for the head revision
(a fresh upgrade cost `check` a third of a second of its critical path);
`tests/db/test_schema_shape.py` proves the stored shape equal to a fresh `alembic upgrade head`,
and a chain whose head is not the stored one (a migration added, the file not regenerated:
`python -m chinadossier.db.schema_shape --write`) falls back to a fresh upgrade.

A case file at the head schema must hold exactly the same tables, indexes, views and triggers
with the same definitions; FTS5's shadow tables are made by the migration that creates the
search table, so they are part of both sides.
SQLite's own tables (`sqlite_stat1` … written by ANALYZE, `sqlite_sequence`) are left out.
Definitions are compared with runs of white space collapsed and identifier quotes removed, so
a file is not reported because another SQLite version spelled the same statement differently.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from chinadossier.db import sqlite_file

#: One schema object: (type, name) → normalised definition (None for automatic indexes).
Shape = dict[tuple[str, str], str | None]

_WHITE = re.compile(r"\s+")
_QUOTES = re.compile(r'["`\[\]]')
_KIND_NL = {"table": "tabel", "index": "index", "view": "view", "trigger": "trigger"}


def _normal(sql: str | None) -> str | None:
    if sql is None:
        return None
    text = _QUOTES.sub("", _WHITE.sub(" ", sql)).strip().rstrip(";").strip()
    return _sorted_constraints(re.sub(r"\s*([(),])\s*", r"\1", text))


def _sorted_constraints(text: str) -> str:
    """A CREATE TABLE with its named table constraints in name order.

    Alembic's batch mode rebuilds a table from a set of constraints, so their order in the new
    CREATE TABLE differs from run to run; the order carries no meaning.
    """
    if not text.upper().startswith("CREATE TABLE") or "(" not in text:
        return text
    head, body = text.split("(", 1)
    if not body.endswith(")"):
        return text
    items: list[str] = []
    depth, start = 0, 0
    inner = body[:-1]
    for index, char in enumerate(inner):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(inner[start:index])
            start = index + 1
    items.append(inner[start:])
    columns = [item for item in items if not item.upper().startswith("CONSTRAINT ")]
    constraints = sorted(item for item in items if item.upper().startswith("CONSTRAINT "))
    return f"{head}({','.join(columns + constraints)})"


def shape_of(conn: sqlite3.Connection) -> Shape:
    """Every schema object of an open database, SQLite's internal tables left out."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "OR (type = 'index' AND name LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\')"
    ).fetchall()
    return {(str(kind), str(name)): _normal(sql) for kind, name, sql in rows}


@functools.lru_cache(maxsize=1)
def expected_shape() -> Shape:
    """The schema a fresh upgrade to the head produces: stored for the head revision, made by
    fresh_shape() (once per process) only when the chain's head is another."""
    from chinadossier.db import schema_head
    from chinadossier.db.migrate import chain_from_files

    if schema_head.REVISION == chain_from_files()[-1]:
        return {(kind, name): sql for kind, name, sql in schema_head.SHAPE}
    return fresh_shape()


def fresh_shape() -> Shape:
    """The schema a fresh upgrade to the head produces, made now in a temporary file."""
    with tempfile.TemporaryDirectory(prefix="chinadossier-schema-") as folder:
        path = Path(folder) / "expected.sqlite3"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(str(path), isolation_level=None,
                                            check_same_thread=False),
            poolclass=NullPool,
        )
        from chinadossier.db.engine import install_begin_hook

        install_begin_hook(engine)
        from chinadossier.db.migrate import upgrade

        try:
            upgrade(engine)
        finally:
            engine.dispose()
        conn = sqlite3.connect(str(path))
        try:
            return shape_of(conn)
        finally:
            conn.close()


@dataclass(frozen=True, slots=True)
class ShapeDifference:
    """How a file's schema differs from the expected one."""

    extra: tuple[tuple[str, str], ...]
    missing: tuple[tuple[str, str], ...]
    changed: tuple[tuple[str, str], ...]

    def __bool__(self) -> bool:
        return bool(self.extra or self.missing or self.changed)

    def dutch(self, limit: int = 10) -> str:
        """ "extra trigger t_steal; gewijzigde tabel person" — at most `limit` names each."""
        parts = []
        for label, items in (("extra", self.extra), ("ontbrekend", self.missing),
                             ("gewijzigd", self.changed)):
            if items:
                named = ", ".join(f"{_KIND_NL.get(k, k)} {n}" for k, n in items[:limit])
                more = f" (en {len(items) - limit} meer)" if len(items) > limit else ""
                parts.append(f"{label}: {named}{more}")
        return "; ".join(parts)


def compare(found: Shape, expected: Shape | None = None) -> ShapeDifference:
    """The objects found that should not be there, that are missing, or that differ."""
    want = expected_shape() if expected is None else expected
    return ShapeDifference(
        extra=tuple(sorted(found.keys() - want.keys())),
        missing=tuple(sorted(want.keys() - found.keys())),
        changed=tuple(sorted(k for k in found.keys() & want.keys() if found[k] != want[k])),
    )


def foreign_triggers(path: Path) -> list[str]:
    """Names of triggers in the file that the migrations did not create (or that differ).

    A trigger runs inside the program's own writes and is copied into every backup, so a file
    holding one is never opened for writing. Cheap when there are none (the usual case): the
    expected schema is only built when the file has a trigger at all.
    """
    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    finally:
        conn.close()
    if not rows:
        return []
    want = expected_shape()
    return sorted(
        str(name) for name, sql in rows
        if want.get(("trigger", str(name)), "\0") != _normal(sql)
    )


def stored_text(shape: Shape, revision: str) -> str:
    """The source of schema_head.py for a shape made at `revision`."""
    lines = [
        "# ruff: noqa: E501",
        '"""The normalised schema a fresh upgrade to the head makes (see db.schema_shape).',
        "",
        "Generated by `python -m chinadossier.db.schema_shape --write`; do not edit.",
        "tests/db/test_schema_shape.py proves it equal to a fresh `alembic upgrade head`.",
        '"""',
        "",
        f"REVISION = {revision!r}",
        "",
        "SHAPE: tuple[tuple[str, str, str | None], ...] = (",
    ]
    for (kind, name), sql in sorted(shape.items()):
        lines.append(f"    ({kind!r}, {name!r},")
        lines.append(f"     {sql!r}),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def _main(argv: list[str]) -> int:
    """`--write`: (re)write schema_head.py from a fresh upgrade to the head."""
    from chinadossier.db.migrate import chain_from_files

    text = stored_text(fresh_shape(), chain_from_files()[-1])
    target = Path(__file__).with_name("schema_head.py")
    if "--write" in argv:
        target.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
