"""A bulk's chunks written by a second thread (db.background_writes): the rows go to SQLite as
one JSON parameter and are stored exactly as executemany stores them; what is not plain goes
through executemany; an error or a cancel leaves nothing; the chunks really overlap."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers import org_draft, person_draft

from chinadossier.db import background_writes
from chinadossier.db.background_writes import BackgroundWrites, json_statement
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.drafts import PositionDraft
from chinadossier.services import maintenance
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR

_TABLE = """CREATE TABLE t (id CHAR(32) PRIMARY KEY, name VARCHAR(200), note TEXT,
    n INTEGER, flag BOOLEAN, day DATE, amount NUMERIC, anything)"""
_INSERT = ("INSERT INTO t (id, name, note, n, flag, day, amount, anything) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")

_ROWS = [
    ("a" * 32, "南京市 Nanjing", "regel 1\nregel 2 \"quoted\" 'single' \\ backslash", 0, True,
     "2026-12-06", 12345, "text"),
    ("b" * 32, "", None, -(2**62), False, "1985", "007", 42),
    ("c" * 32, "emoji 🏯 en é, ï, ĳ", "\t\r\u2028\u00a0", 2**63 - 1, 1, None, "12.50", None),
    ("d" * 32, "1", "0", 1, 0, "2024-02-31", "abc", "3"),
]


def _stored(connection: sqlite3.Connection) -> list[tuple[Any, ...]]:
    columns = ("id", "name", "note", "n", "flag", "day", "amount", "anything")
    parts = ", ".join(f"quote({c}), typeof({c})" for c in columns)
    return connection.execute(f"SELECT {parts} FROM t ORDER BY rowid").fetchall()


def test_one_json_parameter_stores_what_executemany_stores() -> None:
    single = json_statement(_INSERT, _ROWS)
    assert single is not None
    sql, payload = single
    assert "json_each(?)" in sql and isinstance(payload, bytes)
    by_rows, by_json = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for connection in (by_rows, by_json):
        connection.execute(_TABLE)
    by_rows.executemany(_INSERT, _ROWS)
    by_json.execute(sql, (payload,))
    assert _stored(by_json) == _stored(by_rows)
    assert len(_stored(by_json)) == len(_ROWS)


def test_a_statement_with_null_literals_keeps_them() -> None:
    insert = "INSERT INTO t (id, name, note) VALUES (?, NULL, ?)"
    rows = [("e" * 32, "opmerking"), ("f" * 32, None)]
    single = json_statement(insert, rows)
    assert single is not None
    by_rows, by_json = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for connection in (by_rows, by_json):
        connection.execute(_TABLE)
    by_rows.executemany(insert, rows)
    by_json.execute(single[0], (single[1],))
    assert _stored(by_json) == _stored(by_rows)


@pytest.mark.parametrize("value", [
    1.5,                      # a float: SQLite's own text-to-double is not promised to match
    b"bytes",                 # no JSON for bytes
    2**64,                    # over 64 bits
    "nul \x00 in tekst",      # NUL in text
    "\ud800",                 # a lone surrogate
    type("Sub", (str,), {})("subclass"),
])
def test_what_is_not_plain_goes_through_executemany(value: Any) -> None:
    assert json_statement("INSERT INTO t (id, anything) VALUES (?, ?)", [("g" * 32, value)]) is None


def test_without_json_support_every_statement_goes_through_executemany(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(background_writes._USABLE, "json", False)
    assert json_statement(_INSERT, _ROWS) is None


def test_an_error_in_the_second_thread_is_raised_where_the_work_waits() -> None:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.execute(_TABLE)
    writes = BackgroundWrites()
    writes.submit(connection, [(_INSERT, _ROWS), (_INSERT, _ROWS[:1])])  # a duplicate id
    with pytest.raises(sqlite3.IntegrityError):
        writes.wait()
    writes.wait()  # raised once


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the statements handed to the second thread, per batch."""
    batches: list[int] = []
    submit = BackgroundWrites.submit

    def spy(self: BackgroundWrites, connection: Any, statements: list[Any]) -> None:
        batches.append(len(statements))
        submit(self, connection, statements)

    monkeypatch.setattr(BackgroundWrites, "submit", spy)
    return batches


def test_a_bulk_written_by_the_second_thread_passes_check(
        case_file: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given chunks of four records, each written by the second thread
    monkeypatch.setattr(UnitOfWork, "SPILL_EVERY", 4)
    batches = _spy(monkeypatch)
    records = _count(case_file, "record")
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        with dossier.bulk() as bulk:
            for n in range(9):
                org = bulk.create(dossier.organisations, org_draft(f"Zijdehandel {n} 丝绸"))
                post = PositionDraft("inkoper", organisation_id=org)
                bulk.create(dossier.persons, person_draft(f"Zijdewever{n}", positions=(post,)))
            bulk.commit()
        found = {h.ref.display_no for h in dossier.overview.search("zijdewever inkoper", limit=50)}
    assert len(batches) >= 3 and all(batches)
    assert len(found) == 9
    assert _count(case_file, "record") == records + 18
    # check recomputes every state hash and search document from the stored rows
    report = maintenance.check(case_file, full=True)
    assert report.ok, report.to_json()


def test_a_failing_background_chunk_leaves_nothing(
        case_file: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UnitOfWork, "SPILL_EVERY", 3)
    run = BackgroundWrites._run

    def failing(self: BackgroundWrites, connection: Any, batch: Any) -> None:
        run(self, connection, batch)
        self._error = sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(BackgroundWrites, "_run", failing)
    counts = {t: _count(case_file, t) for t in ("record", "audit_entry", "search_key")}
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        with pytest.raises(sqlite3.OperationalError, match="disk is full"), \
                dossier.bulk() as bulk:
            for n in range(8):
                bulk.create(dossier.organisations, org_draft(f"Vol {n}"))
            bulk.commit()
    assert {t: _count(case_file, t) for t in counts} == counts
    assert maintenance.check(case_file).ok


def test_a_chunk_written_meanwhile_ends_before_a_cancel_rolls_back(
        case_file: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UnitOfWork, "SPILL_EVERY", 2)
    batches = _spy(monkeypatch)
    records = _count(case_file, "record")
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        with pytest.raises(KeyboardInterrupt), dossier.bulk() as bulk:
            for n in range(5):
                bulk.create(dossier.organisations, org_draft(f"Afgebroken {n}"))
            assert bulk._uow._writes.in_flight  # a chunk may still be being written
            raise KeyboardInterrupt
    assert batches
    assert _count(case_file, "record") == records
    assert maintenance.check(case_file).ok
