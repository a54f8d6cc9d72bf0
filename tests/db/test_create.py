"""Creating a case file: never over an existing file, nothing left on failure, safe settings.

Also the connection settings every opened file gets, and that write transactions take SQLite's
write lock at BEGIN (IMMEDIATE), so a failed save leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from chinadossier.db import sqlite_file
from chinadossier.db.create import create_case_file
from chinadossier.db.engine import Database, open_database
from chinadossier.db.migrate import head_ordinal
from chinadossier.db.models import DisplayCounter
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.errors import FileRefused

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _no_seed(database: Database) -> None:
    """Leave the migrated schema empty."""


def _counter_seed(database: Database) -> None:
    with database.write_session() as session, session.begin():
        session.add(DisplayCounter(prefix="CM-2026", last_value=3))


def _pragma(conn: sqlite3.Connection, name: str) -> object:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _other_connection(path: Path) -> sqlite3.Connection:
    """A second connection that does not wait for locks at all."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 0")
    return conn


def _can_take_write_lock(path: Path) -> bool:
    conn = _other_connection(path)
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            assert "database is locked" in str(exc)
            return False
        conn.execute("ROLLBACK")
        return True
    finally:
        conn.close()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = create_case_file(tmp_path / "dossier.sqlite3", _no_seed)
    opened = open_database(path)
    yield opened
    opened.close()


# -- never overwrite, nothing left behind -------------------------------------------------------


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    # Given a file (any file) at the target path
    target = tmp_path / "dossier.sqlite3"
    target.write_bytes(b"belangrijke gegevens")
    before = _sha256(target)

    # When a case file is created there
    with pytest.raises(FileRefused) as refused:
        create_case_file(target, _counter_seed)

    # Then it is refused, the file keeps its bytes and nothing else appeared
    assert "wordt niet overschreven" in str(refused.value)
    assert _sha256(target) == before
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.sqlite3"]


def test_a_file_that_appears_during_creation_is_not_overwritten(tmp_path: Path) -> None:
    # Given a seed during which another process puts a file at the target path
    target = tmp_path / "dossier.sqlite3"

    def racing_seed(database: Database) -> None:
        _counter_seed(database)
        target.write_bytes(b"van een ander proces")

    # When the case file is created
    with pytest.raises(FileRefused):
        create_case_file(target, racing_seed)

    # Then the other file wins untouched and the half-made case file is gone
    assert target.read_bytes() == b"van een ander proces"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.sqlite3"]


def test_a_failing_seed_leaves_no_file_and_no_temp_files(tmp_path: Path) -> None:
    # Given a seed that fails half-way
    folder = tmp_path / "dossiers"
    target = folder / "dossier.sqlite3"

    def failing_seed(database: Database) -> None:
        _counter_seed(database)
        raise RuntimeError("referentiegegevens onleesbaar")

    # When the case file is created
    with pytest.raises(RuntimeError, match="onleesbaar"):
        create_case_file(target, failing_seed)

    # Then there is no case file, no temporary file and no journal in the folder
    assert not target.exists()
    assert list(folder.iterdir()) == []


def test_a_successful_creation_leaves_only_the_case_file(tmp_path: Path) -> None:
    # Given an empty folder
    target = tmp_path / "dossier.sqlite3"

    # When a case file is created
    result = create_case_file(target, _counter_seed)

    # Then the folder holds just the file, with the seeded data
    assert result == target
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.sqlite3"]
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT prefix, last_value FROM display_counter").fetchall()
    finally:
        conn.close()
    assert rows == [("CM-2026", 3)]


# -- what a new file looks like -----------------------------------------------------------------


def test_a_new_file_has_the_case_file_settings(tmp_path: Path) -> None:
    # Given a newly created case file
    target = create_case_file(tmp_path / "dossier.sqlite3", _no_seed)

    # When its file-level settings are read
    header = sqlite_file.read_header(target)
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        journal_mode = _pragma(conn, "journal_mode")
        auto_vacuum = _pragma(conn, "auto_vacuum")
        application_id = _pragma(conn, "application_id")
        user_version = _pragma(conn, "user_version")
        integrity = _pragma(conn, "integrity_check")
    finally:
        conn.close()

    # Then it is a WAL, incrementally vacuumed Chinadossier file at the code's schema head
    assert journal_mode == "wal"
    assert auto_vacuum == 2
    assert application_id == sqlite_file.APPLICATION_ID
    assert user_version == head_ordinal()
    assert header.application_id == sqlite_file.APPLICATION_ID
    assert header.user_version == head_ordinal()
    assert integrity == "ok"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_file_is_private(tmp_path: Path) -> None:
    # Given a permissive umask
    old = os.umask(0o022)
    try:
        # When a case file is created
        target = create_case_file(tmp_path / "dossier.sqlite3", _counter_seed)
    finally:
        os.umask(old)

    # Then only its owner may read or write it
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# -- every connection ---------------------------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True], ids=["read_write", "read_only"])
def test_every_connection_has_the_safety_pragmas(case_file: Path, read_only: bool) -> None:
    # Given an opened case file
    database = open_database(case_file, read_only=read_only)
    names = ("foreign_keys", "synchronous", "busy_timeout", "trusted_schema")
    try:
        # When the settings of two connections held at the same time are read
        with database.raw() as first, database.raw() as second:
            assert first is not second
            seen = [{name: _pragma(conn, name) for name in names} for conn in (first, second)]
        # and those of the connection a session uses
        with database.read_session() as session:
            seen.append({
                name: session.execute(text(f"PRAGMA {name}")).scalar_one() for name in names
            })
    finally:
        database.close()

    # Then foreign keys are enforced, syncs are FULL, and locks are waited for
    assert len(seen) == 3
    for pragmas in seen:
        assert pragmas["foreign_keys"] == 1
        assert pragmas["synchronous"] == 2
        assert isinstance(pragmas["busy_timeout"], int) and pragmas["busy_timeout"] > 0
        assert pragmas["trusted_schema"] == 0


def test_a_write_session_enforces_foreign_keys(database: Database) -> None:
    # Given a write session on a case file
    with database.write_session() as session, session.begin():
        # When a row points at a record that does not exist
        # Then SQLite refuses it
        with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"):
            session.execute(text(
                "INSERT INTO record_tag (record_id, tag_id) VALUES ("
                "'00000000000000000000000000000001', '00000000000000000000000000000002')"
            ))


# -- write lock and failed saves ----------------------------------------------------------------


def test_a_write_unit_of_work_holds_the_write_lock(
    database: Database, clock: FixedClock
) -> None:
    # Given a write unit of work that has flushed an insert but not committed
    with UnitOfWork(database, clock=clock, actor=ACTOR) as uow:
        uow._db_session.add(DisplayCounter(prefix="CM-2026", last_value=1))
        uow._db_session.flush()

        # When another connection that does not wait tries to start writing
        other = _other_connection(database.path)
        try:
            # Then it is told the database is locked
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        uow.commit()

    # And once committed, the lock is free again and the row is there
    assert _can_take_write_lock(database.path)
    with database.read_session() as session:
        assert session.scalar(select(DisplayCounter.last_value)) == 1


def test_a_write_session_takes_the_lock_at_begin_not_at_the_first_write(
    database: Database,
) -> None:
    # Given a write session that has only read so far
    with database.write_session() as session, session.begin():
        session.execute(select(func.count()).select_from(DisplayCounter)).scalar_one()

        # When another connection tries to start writing
        # Then it cannot: the write session began with BEGIN IMMEDIATE
        assert not _can_take_write_lock(database.path)


def test_a_read_session_does_not_take_the_write_lock(database: Database) -> None:
    # Given a read session in the middle of a read
    with database.read_session() as session, session.begin():
        session.execute(select(func.count()).select_from(DisplayCounter)).scalar_one()

        # When another connection starts writing
        # Then it can
        assert _can_take_write_lock(database.path)


def test_a_failed_save_leaves_no_row_behind(database: Database, clock: FixedClock) -> None:
    # Given a unit of work that inserts a row and then fails before commit
    with pytest.raises(RuntimeError, match="opslaan mislukt"):
        with UnitOfWork(database, clock=clock, actor=ACTOR) as uow:
            uow._db_session.add(DisplayCounter(prefix="CM-2026", last_value=1))
            uow._db_session.flush()
            raise RuntimeError("opslaan mislukt")

    # Then the row is not there, no audit entry was written, and the lock is free
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(DisplayCounter)) == 0
        assert session.scalar(text("SELECT count(*) FROM audit_entry")) == 0
    assert _can_take_write_lock(database.path)


def test_a_unit_of_work_left_without_commit_saves_nothing(
    database: Database, clock: FixedClock
) -> None:
    # Given a unit of work that inserts a row and is closed without commit()
    with UnitOfWork(database, clock=clock, actor=ACTOR) as uow:
        uow._db_session.add(DisplayCounter(prefix="CM-2026", last_value=1))
        uow._db_session.flush()

    # Then nothing was saved
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(DisplayCounter)) == 0


def test_reading_while_a_write_is_open_keeps_the_write(
    database: Database, clock: FixedClock
) -> None:
    # Given a write unit of work that has flushed an insert but not committed
    with UnitOfWork(database, clock=clock, actor=ACTOR) as uow:
        uow._db_session.add(DisplayCounter(prefix="CM-2026", last_value=1))
        uow._db_session.flush()

        # When the same thread reads meanwhile (a list repainting during a long save)
        with database.read_session() as session:
            seen = session.scalar(select(func.count()).select_from(DisplayCounter))

        # and the unit of work then goes on and commits
        uow._db_session.add(DisplayCounter(prefix="BZ-2026", last_value=2))
        uow._db_session.flush()
        uow.commit()

    # Then the read saw the last committed state, and both rows were saved together
    assert seen == 0
    with database.read_session() as session:
        prefixes = session.scalars(select(DisplayCounter.prefix).order_by("prefix")).all()
    assert prefixes == ["BZ-2026", "CM-2026"]
