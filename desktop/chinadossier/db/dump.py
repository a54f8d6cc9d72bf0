"""The whole case file as one versioned JSON document, and a new case file made from one.

Lossless by construction: every row of every table is written as SQLite stores it (ids,
display numbers, the audit chain and its payloads, classifications, rough dates, attachment and
memo bytes), so a file loaded from the document holds the same rows and `check` passes on it.
Derived data is left out and rebuilt on load: the search index (FTS tables and `search_key`)
and Alembic's bookkeeping.

Layout (valid JSON, written one row per line so it streams both ways and diffs well):

    {"format": "chinadossier-export", "format_version": 1, "schema_version": 3, ...,
     "tables": [
      {"name": "record", "columns": ["id", ...], "rows": [
       [...],
       [...]
      ]},
      ...
     ]}

Cells are JSON strings, numbers and null; a BLOB is `{"$b64": "…"}`. Tables come in name order
and rows in primary-key order, so two exports of the same file are byte-identical apart from
the `exported_at` header field.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy.orm import Session

from chinadossier.db import sqlite_file
from chinadossier.db.engine import Database, _make_engine
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.progress import Phase, Progress

FORMAT = "chinadossier-export"
FORMAT_VERSION = 1
DERIVED_TABLES = frozenset({"search_key", "alembic_version"})
"""Rebuilt on load, so never exported (besides every FTS virtual table and its shadow tables)."""


class ExportUnreadable(FileRefused):
    """The document is not a Chinadossier export this version can load (Dutch message)."""

    exit_code = 2
    """Unusable input, like a wrong argument (the CLI's exit code 2)."""


@dataclass(frozen=True, slots=True)
class DumpSummary:
    """What an export held or a load wrote: rows per table and the schema version."""

    schema_version: int
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """All rows together."""
        return sum(self.rows.values())


def exported_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables an export holds, in name order."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    names = []
    for name, _ in rows:
        if name in DERIVED_TABLES or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue  # FTS shadow table
        names.append(name)
    return sorted(names)


def _columns_and_order(conn: sqlite3.Connection, table: str) -> tuple[list[str], str]:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [row[1] for row in info]
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5] > 0]
    order = ", ".join(f'"{k}"' for k in keys) if keys else "rowid"
    return columns, order


def _cell(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    return value


def _uncell(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) != {"$b64"}:
            raise ExportUnreadable("Het exportbestand bevat een onbekende celwaarde.")
        return base64.b64decode(value["$b64"], validate=True)
    if isinstance(value, list):
        raise ExportUnreadable("Het exportbestand bevat een onbekende celwaarde.")
    return value


def _dumps(value: Any) -> bytes:
    # orjson: compact UTF-8 JSON, about ten times faster than json.dumps for these rows.
    return orjson.dumps(value)


def write_dump(
    database: Database,
    out: IO[bytes],
    *,
    header: dict[str, Any],
    progress: Progress | None = None,
) -> DumpSummary:
    """Stream every table of the case file into `out` (UTF-8), in one read transaction.

    Memory stays flat: rows are fetched and written in batches. `progress` hears the fraction
    of rows written (the rows are counted first, in the same transaction) after each batch, and
    its cancel stops the dump there (Cancelled; the caller discards what `out` holds).
    """
    progress = progress or Progress()
    counts: dict[str, int] = {}
    with database.raw() as conn:
        conn.execute("BEGIN")
        try:
            version = sqlite_file.schema_version(conn)
            head = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema_version": version,
                **header,
            }
            out.write(_dumps(head)[:-1] + b',\n "tables": [\n')
            tables = exported_tables(conn)
            progress.report(0.0, Phase.COUNTING_ROWS)
            total = max(1, sum(
                conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables))
            written = 0
            for index, table in enumerate(tables):
                columns, order = _columns_and_order(conn, table)
                out.write(b' {"name":' + _dumps(table) + b',"columns":' + _dumps(columns)
                          + b',"rows":[\n')
                quoted = ", ".join(f'"{c}"' for c in columns)
                cursor = conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY {order}')
                count = 0
                while batch := cursor.fetchmany(2000):
                    lines = []
                    for row in batch:
                        cells = [_cell(v) if type(v) is bytes else v for v in row]
                        lines.append((b"  " if count == 0 else b", ") + _dumps(cells))
                        count += 1
                    out.write(b"\n".join(lines) + b"\n")
                    written += len(batch)
                    progress.report(written / total, Phase.EXPORTING_ROWS, done=written,
                                    total=total)
                counts[table] = count
                out.write(b" ]}" + (b"," if index < len(tables) - 1 else b"") + b"\n")
            out.write(b" ]}\n")
        finally:
            conn.execute("ROLLBACK")
    return DumpSummary(version, counts)


# --- reading ----------------------------------------------------------------------------------


@dataclass
class _Table:
    name: str
    columns: list[str]
    rows: Iterator[list[Any]]


def _read_document(stream: IO[str]) -> tuple[dict[str, Any], Iterator[_Table]]:
    """The header and the tables of a document, streamed when it has the layout we write.

    A document reformatted by another tool (still valid JSON) is read whole instead.
    """
    first = stream.readline()
    second = ""
    if first.startswith('{"format":') and first.rstrip().endswith(","):
        second = stream.readline()
        if second.strip() == '"tables": [':
            try:
                header = json.loads(first.rstrip()[:-1] + "}")
            except ValueError:
                header = None
            if isinstance(header, dict):
                return header, _stream_tables(stream)
    first += second
    rest = stream.read()
    try:
        document = json.loads(first + rest)
    except ValueError:
        raise ExportUnreadable("Dit is geen geldig JSON-bestand.") from None
    if not isinstance(document, dict) or not isinstance(document.get("tables"), list):
        raise ExportUnreadable("Dit JSON-bestand is geen export van Chinadossier.")
    tables = document.pop("tables")

    def whole() -> Iterator[_Table]:
        for table in tables:
            if not isinstance(table, dict):
                raise ExportUnreadable("Het exportbestand heeft een onbekende opbouw.")
            yield _Table(str(table.get("name")), list(table.get("columns", [])),
                         iter(table.get("rows", [])))

    return document, whole()


def _stream_tables(stream: IO[str]) -> Iterator[_Table]:
    for line in stream:
        text = line.strip()
        if text in ("]}", ""):
            continue
        if not text.startswith('{"name":') or not text.endswith('"rows":['):
            raise ExportUnreadable("Het exportbestand is afgebroken of gewijzigd.")
        meta = json.loads(text[: -len(',"rows":[')] + "}")
        rows_done = False

        def rows() -> Iterator[list[Any]]:
            nonlocal rows_done
            for row_line in stream:
                cell_text = row_line.strip()
                if cell_text.startswith("]}"):
                    rows_done = True
                    return
                if cell_text.startswith(","):
                    cell_text = cell_text[1:].strip()
                try:
                    row = orjson.loads(cell_text)
                except orjson.JSONDecodeError:
                    raise ExportUnreadable(
                        "Het exportbestand is afgebroken of gewijzigd (een rij is geen JSON)."
                    ) from None
                if not isinstance(row, list):
                    raise ExportUnreadable("Het exportbestand heeft een onbekende opbouw.")
                yield row
            raise ExportUnreadable("Het exportbestand is afgebroken (het einde ontbreekt).")

        yield _Table(str(meta["name"]), list(meta["columns"]), rows())
        if not rows_done:
            raise ExportUnreadable("Het exportbestand is afgebroken of gewijzigd.")


def load_dump(
    stream: IO[str],
    target: Path,
    *,
    head_ordinal: int,
    migrate_to: Callable[[Any, int], None],
    finish: Callable[[Database], None],
    progress: Callable[[str], None] | None = None,
) -> DumpSummary:
    """Create a new case file at `target` from a document; never overwrites; all or nothing.

    The schema is built up to the document's version (`migrate_to(engine, ordinal)`), every row
    is inserted as it was, the foreign keys are checked, then `finish` (newer migrations and the
    search index) runs before the file is moved into place. A failure leaves no file behind.

    Raises:
        ExportUnreadable: not an export, from a newer version, or damaged.
        FileRefused: the target exists.
    """
    header, tables = _read_document(stream)
    if header.get("format") != FORMAT:
        raise ExportUnreadable("Dit JSON-bestand is geen export van Chinadossier.")
    if header.get("format_version") != FORMAT_VERSION:
        raise ExportUnreadable(
            f"Deze export heeft opmaakversie {header.get('format_version')}; deze versie van "
            f"Chinadossier leest versie {FORMAT_VERSION}."
        )
    version = header.get("schema_version")
    if not isinstance(version, int) or not 1 <= version <= head_ordinal:
        raise ExportUnreadable(
            f"Deze export komt uit een nieuwere versie van Chinadossier (schema {version}); "
            "werk Chinadossier eerst bij."
        )
    if target.exists():
        raise FileRefused(f"{target} bestaat al en wordt niet overschreven.")
    temp = sqlite_file.new_file_beside(target)
    counts: dict[str, int] = {}
    try:
        engine = _make_engine(temp, read_only=False)
        try:
            migrate_to(engine, version)
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert isinstance(raw, sqlite3.Connection)
                known = set(exported_tables(raw))
                raw.execute("PRAGMA foreign_keys = OFF")
                # A large page cache keeps the indexes' B-trees in memory while every row goes
                # in (the default 2 MB made loading the 117,000-record file 4x slower).
                raw.execute("PRAGMA cache_size = -262144")
                raw.execute("BEGIN IMMEDIATE")
                try:
                    for table in tables:
                        if progress is not None:
                            progress(table.name)
                        try:
                            counts[table.name] = _insert(raw, table, known)
                        except sqlite3.DatabaseError:
                            raise ExportUnreadable(
                                f"Het exportbestand is niet samenhangend: een rij van "
                                f"'{table.name}' voldoet niet aan de regels van het dossier."
                            ) from None
                    if progress is not None:
                        progress("foreign_key_check")
                    if raw.execute("PRAGMA foreign_key_check").fetchone() is not None:
                        raise ExportUnreadable(
                            "Het exportbestand is niet samenhangend (verwijzingen kloppen niet)."
                        )
                    raw.execute("COMMIT")
                except BaseException:
                    raw.execute("ROLLBACK")
                    raise
                finally:
                    raw.execute("PRAGMA foreign_keys = ON")
            database = Database(temp, engine, False, version)
            finish(database)
        finally:
            engine.dispose()
        sqlite_file.checkpoint(temp)
        sqlite_file.move_into_place(temp, target)
    except BaseException:
        sqlite_file.discard(temp)
        raise
    return DumpSummary(version, counts)


def _insert(raw: sqlite3.Connection, table: _Table, known: set[str]) -> int:
    if table.name not in known:
        raise ExportUnreadable(f"Het exportbestand bevat een onbekende tabel '{table.name}'.")
    columns, _ = _columns_and_order(raw, table.name)
    if set(table.columns) - set(columns):
        raise ExportUnreadable(
            f"De kolommen van '{table.name}' passen niet bij deze versie van het dossier."
        )
    # Rows a fresh schema seeds (none today) would clash: the document is the whole truth.
    raw.execute(f'DELETE FROM "{table.name}"')
    quoted = ", ".join(f'"{c}"' for c in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
    count = 0
    batch: list[list[Any]] = []
    width = len(table.columns)
    for row in table.rows:
        if len(row) != width:
            raise ExportUnreadable(f"Een rij van '{table.name}' heeft het verkeerde aantal cellen.")
        batch.append([_uncell(v) for v in row])
        if len(batch) >= 1000:
            raw.executemany(sql, batch)
            count += len(batch)
            batch.clear()
    if batch:
        raw.executemany(sql, batch)
        count += len(batch)
    return count


def rebuild_search(database: Database) -> int:
    """Build the search index of a freshly loaded file (outside the audit: nothing changed)."""
    from chinadossier.db.search import SqliteFtsIndex, rebuild

    with Session(database.engine.execution_options(sqlite_begin="IMMEDIATE")) as session:
        with session.begin():
            return rebuild(session, SqliteFtsIndex())
