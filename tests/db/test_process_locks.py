"""A case file opened again in the same process keeps the process's SQLite locks on it.

POSIX drops every lock a process holds on a file when it closes any descriptor on that file.
In WAL mode the shared lock every open connection holds tells another process that closes its
last connection not to checkpoint and delete the -wal and -shm files; without it the desktop's
connections read through a log index that no longer matches the file: "database disk image is
malformed" in the long-lived process while the file itself is fine (a reviewer's session: a
second window on the same file, then a command-line import). See db.held_files.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from chinadossier.db import held_files, sqlite_file
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.domain.queries import ListQuery
from chinadossier.services import quick
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR, TODAY

# Another process (as `chinadossier import` would) changes many pages and closes its last
# connection; twice, so a log deleted under this process's connections is made anew.
_OTHER_PROCESS = """
import sqlite3, sys
for round in range(2):
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE IF NOT EXISTS scratch (n INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS scratch_text ON scratch (text)")
    conn.executemany("INSERT INTO scratch (text) VALUES (?)",
                     [(str(n) * (20 + round),) for n in range(20000)])
    conn.execute("DELETE FROM scratch WHERE n % 3 = 0")
    conn.execute("COMMIT")
    conn.close()
"""


def _write_elsewhere(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(path)], check=True, timeout=120)


@pytest.fixture
def first_window(case_file: Path, clock: FixedClock) -> Any:
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        dossier.organisations.create(
            OrganisationDraft(name_nl="Organisatie", org_kind=OrganisationKind.OTHER))
        dossier.organisations.list()
        yield dossier


def _second_window(path: Path) -> None:
    """What a second window ("Toch openen") does in the same process before and at its open."""
    quick.read_only_reason(path)
    quick.first_view(path, clock=FixedClock.on(TODAY), trash_kinds=(RecordKind.PERSON,))
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=TEST_ACTOR) as second:
        second.organisations.list()


def test_a_second_open_in_the_process_keeps_the_log_of_the_first(
        first_window: Any, case_file: Path) -> None:
    _second_window(case_file)
    _write_elsewhere(case_file)
    # The other process saw this one's shared lock: it left the log in place.
    assert case_file.with_name(case_file.name + "-wal").exists()
    with first_window.ctx.database.raw() as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM scratch").fetchone()[0] > 0
    page = first_window.organisations.list()
    assert [r.name_nl for r in page.items] == ["Organisatie"]


@pytest.mark.skipif(not hasattr(os, "pread"), reason="Windows locks per handle: nothing kept")
def test_reading_the_header_twice_keeps_one_descriptor(case_file: Path) -> None:
    before = held_files.held_count()
    for _ in range(3):
        assert sqlite_file.read_header(case_file).application_id == sqlite_file.APPLICATION_ID
    assert held_files.held_count() == before + 1


def test_the_header_reader_refuses_what_it_did_before(tmp_path: Path) -> None:
    from chinadossier.domain.errors import FileRefused

    with pytest.raises(FileRefused, match="bestaat niet"):
        sqlite_file.read_header(tmp_path / "missing.sqlite3")
    with pytest.raises(FileRefused, match="is een map"):
        sqlite_file.read_header(tmp_path)
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    with pytest.raises(FileRefused, match="is leeg"):
        sqlite_file.read_header(tmp_path / "empty.sqlite3")


def _malformed() -> sqlite3.DatabaseError:
    return sqlite3.DatabaseError("database disk image is malformed")


def test_a_read_unit_that_read_malformed_pages_keeps_no_connection(
        first_window: Any, caplog: pytest.LogCaptureFixture) -> None:
    database = first_window.ctx.database
    for _ in range(2):  # two kept connections
        with first_window.ctx.uow(write=False) as one, first_window.ctx.uow(write=False) as two:
            one.views.count(RecordKind.ORGANISATION, ListQuery())
            two.views.count(RecordKind.ORGANISATION, ListQuery())
    assert database.kept_read_connections() == 2
    with (caplog.at_level(logging.WARNING, "chinadossier"), pytest.raises(sqlite3.DatabaseError),
          first_window.ctx.uow(write=False) as uow):
        uow.views.count(RecordKind.ORGANISATION, ListQuery())
        used = uow._dbapi
        raise _malformed()
    assert database.kept_read_connections() == 0
    assert database.connections_in_use() == 0
    with pytest.raises(sqlite3.ProgrammingError):  # closed, not kept
        used.execute("SELECT 1")
    assert "malformed" in caplog.text
    # The next read opens a fresh connection and reads as usual.
    assert [r.name_nl for r in first_window.organisations.list().items] == ["Organisatie"]


def test_a_read_unit_with_a_session_that_read_malformed_pages_is_discarded(
        first_window: Any) -> None:
    database = first_window.ctx.database
    with pytest.raises(sqlite3.DatabaseError), first_window.ctx.uow(write=False) as uow:
        uow.views.count(RecordKind.ORGANISATION, ListQuery())
        uow._db_session  # noqa: B018 - joins the connection into a Session
        used = uow._dbapi
        raise _malformed()
    assert database.kept_read_connections() == 0
    with pytest.raises(sqlite3.ProgrammingError):  # closed, not back in the pool
        used.execute("SELECT 1")


def test_only_corrupt_pages_count_as_a_corrupt_read() -> None:
    from chinadossier.db.sqlite_errors import is_corrupt_read

    assert is_corrupt_read(_malformed())
    wrapped = RuntimeError("wrapper")
    wrapped.__cause__ = _malformed()
    assert is_corrupt_read(wrapped)
    assert not is_corrupt_read(sqlite3.OperationalError("database is locked"))
    assert not is_corrupt_read(sqlite3.IntegrityError("UNIQUE constraint failed"))
    assert not is_corrupt_read(None)


def test_a_backup_header_is_read_without_keeping_a_descriptor(case_file: Path) -> None:
    before = held_files.held_count()
    header = sqlite_file.read_header(case_file, keep_open=False)
    assert header.application_id == sqlite_file.APPLICATION_ID
    assert held_files.held_count() == before


def test_a_connection_given_back_while_the_file_is_closed_is_not_kept(
        case_file: Path, clock: FixedClock) -> None:
    """`close` in one thread between a read unit's test of `_closed` and its append."""
    dossier = Dossier.open(case_file, clock=clock, actor=TEST_ACTOR)
    database = dossier.ctx.database

    class _ClosingList(list):  # type: ignore[type-arg]
        def append(self, item: Any) -> None:
            database.close()
            super().append(item)

    database._idle_reads = _ClosingList()
    raw = database.take_read_connection()
    dbapi = raw.driver_connection
    database.give_back_read_connection(raw)
    assert database.kept_read_connections() == 0
    with pytest.raises(sqlite3.ProgrammingError):
        dbapi.execute("SELECT 1")


def test_a_connection_given_back_after_close_is_closed(case_file: Path, clock: FixedClock) -> None:
    dossier = Dossier.open(case_file, clock=clock, actor=TEST_ACTOR)
    database = dossier.ctx.database
    raw = database.take_read_connection()
    dbapi = raw.driver_connection
    dossier.close()
    database.give_back_read_connection(raw)
    with pytest.raises(sqlite3.ProgrammingError):  # not left open in the disposed pool
        dbapi.execute("SELECT 1")
