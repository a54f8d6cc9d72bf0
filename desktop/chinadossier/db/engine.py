"""Opening a case file: header first, then SQLAlchemy with safe pragmas, BEGIN IMMEDIATE writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from chinadossier.db import sqlite_file
from chinadossier.db.file_inspect import inspect_file
from chinadossier.db.migrate import head_ordinal
from chinadossier.db.sqlite_errors import dutch as _dutch_sqlite
from chinadossier.domain.errors import FileRefused

__all__ = ["Database", "inspect_file", "install_begin_hook", "open_database"]


@dataclass
class Database:
    """An opened case file: its path, an engine and session factories for reading and writing."""

    path: Path
    engine: Engine
    read_only: bool
    schema_version: int

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._writer = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"),
            expire_on_commit=False,
            autoflush=True,
        )
        # Pooled connections a read unit of work gave back (db.uow): the next read unit takes
        # one without the pool's checkout and checkin (6 of a read unit's 10 µs).
        self._idle_reads: list[Any] = []
        self._closed = False

    @property
    def is_current(self) -> bool:
        """Whether the schema is at the code's head."""
        return self.schema_version == head_ordinal()

    def read_session(self) -> Session:
        """A session for reading (deferred transaction)."""
        return self._reader()

    def write_session(self) -> Session:
        """A session whose transaction starts with BEGIN IMMEDIATE."""
        if self.read_only:
            raise FileRefused("Het dossier is alleen-lezen geopend.")
        return self._writer()

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A raw DB-API connection (for backup, pragmas and checks)."""
        with self.engine.connect() as conn:
            dbapi = conn.connection.dbapi_connection
            assert isinstance(dbapi, sqlite3.Connection)
            yield dbapi

    def take_read_connection(self) -> Any:
        """A pooled connection (outside any transaction) for a read unit of work: one given
        back by an earlier read unit, else one from the pool."""
        try:
            return self._idle_reads.pop()  # atomic: read units may run in several threads
        except IndexError:
            return self.engine.raw_connection()

    def give_back_read_connection(self, raw: Any) -> None:
        """A read unit's connection, its transaction rolled back: kept for the next read unit
        (at most two kept), else back to the pool (also once the case file is closed: a read
        unit of another thread may end after `close`)."""
        if not self._closed and len(self._idle_reads) < self.IDLE_READS:
            self._idle_reads.append(raw)
            if self._closed:  # `close` ran in another thread between the test and the append
                self._close_kept_reads()
        elif self._closed:
            raw.invalidate()  # closed now: the disposed pool would keep it open
        else:
            raw.close()

    def _close_kept_reads(self) -> None:
        """Close the kept connections themselves (not back to a pool that may be disposed)."""
        while True:
            try:
                raw = self._idle_reads.pop()  # atomic: two threads may empty the list at once
            except IndexError:
                return
            raw.invalidate()

    IDLE_READS = 2

    def discard_kept_reads(self) -> None:
        """Close every connection kept for the next read unit (one of them read pages that did
        not fit together: none is trusted for the next read)."""
        while True:
            try:
                raw = self._idle_reads.pop()
            except IndexError:
                return
            raw.invalidate()

    def kept_read_connections(self) -> int:
        """How many connections are kept for the next read unit."""
        return len(self._idle_reads)

    def connections_in_use(self) -> int:
        """Connections taken from the pool and not kept idle for the next read unit."""
        return int(self.engine.pool.checkedout()) - len(self._idle_reads)  # type: ignore[attr-defined]

    def idle_reads_in_transaction(self) -> bool:
        """Whether a connection kept for the next read unit is inside a transaction (never
        should be: a read unit rolls back before it gives its connection back)."""
        return any(raw.driver_connection.in_transaction for raw in list(self._idle_reads))

    def close(self) -> None:
        """Release every connection (the read units' kept ones first: the pool closes only
        what has been given back to it)."""
        self._closed = True
        self._close_kept_reads()
        self.engine.dispose()


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open an existing case file after inspecting it; never creates a file."""
    version = inspect_file(path)
    if not read_only:
        # The folder too: SQLite writes its -wal and -shm there (a write would fail later).
        reason = sqlite_file.read_only_reason(path, folder=True)
        if reason is not None:
            raise FileRefused(sqlite_file.read_only_message(path, reason))
    if not read_only and version == head_ordinal():
        _refuse_foreign_triggers(path)
    return Database(path, _make_engine(path, read_only=read_only), read_only, version)


def _refuse_foreign_triggers(path: Path) -> None:
    """Never write into a file holding a trigger this program did not create (issue 7.2).

    Such a trigger would run inside the program's own next write (e.g. copy or change rows)
    and is copied into every backup; reading the file stays possible, to check or copy it.
    """
    from chinadossier.db.schema_shape import foreign_triggers

    try:
        foreign = foreign_triggers(path)
    except sqlite3.DatabaseError as exc:
        raise FileRefused(
            f"{path} is beschadigd of geen database ({_dutch_sqlite(exc)}). Het is niet gewijzigd."
        ) from exc
    if foreign:
        raise FileRefused(
            f"{path} bevat een trigger die Chinadossier niet heeft gemaakt "
            f"({', '.join(foreign[:5])}); het bestand is buiten het programma gewijzigd en wordt "
            "niet geopend om te schrijven. Er is niets gewijzigd. Zet een back-up terug die "
            "'chinadossier check' doorstaat."
        )


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite_file.connect_existing(path, read_only=read_only),
        # The URL says "sqlite://" only because the creator opens the file; without this the
        # dialect would pick its in-memory pool, which hands one thread the same connection for
        # a read while its write transaction is open.
        poolclass=QueuePool,
    )
    install_begin_hook(engine)
    return engine


def install_begin_hook(engine: Engine) -> None:
    """Let SQLAlchemy emit BEGIN itself (pysqlite's own transaction handling is off).

    A connection whose option ``sqlite_begin`` is None is inside a transaction begun on its
    DB-API connection already (a read unit of work's, see db.uow): no BEGIN then.
    """

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode is not None:
            conn.exec_driver_sql(f"BEGIN {mode}")
