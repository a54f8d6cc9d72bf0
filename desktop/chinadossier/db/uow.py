"""Unit of work: one transaction per user action; audit entries and the search index go with it.

Repositories only add and flush. commit() hashes the state of every record touched, appends one
hash-chained audit entry per change, refreshes the search index for those records, and commits
once. Anything that raises before that leaves the file as it was.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Dialect,
    Enum,
    Uuid,
    or_,
    select,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.types import TypeEngine

from chinadossier.db import canonical, guarded, sqlite_errors
from chinadossier.db.audit import AuditDraft, AuditWriter
from chinadossier.db.background_writes import BackgroundWrites, Statement
from chinadossier.db.bulk_insert import insert_rows, insert_statements
from chinadossier.db.engine import Database
from chinadossier.db.models import AuditEntry, Base, Tie
from chinadossier.db.processors import remembered
from chinadossier.db.record_state import hash_from_rows, state_hashes
from chinadossier.db.registry import SPECS
from chinadossier.db.search import SearchIndex, SqliteFtsIndex
from chinadossier.db.undo_mark import marked
from chinadossier.domain.actor import Actor
from chinadossier.domain.changes import Changes
from chinadossier.domain.clock import Clock
from chinadossier.domain.codes import AuditAction, RecordKind
from chinadossier.domain.errors import ChinadossierError
from chinadossier.domain.progress import Phase, Progress

if TYPE_CHECKING:
    from chinadossier.db.repositories import (
        AttachmentRepository,
        CaseFileRepository,
        ReferenceRepository,
        ViewRepository,
    )
    from chinadossier.db.repository import Records

log = logging.getLogger(__name__)


class _NoSession:
    """Handed to a search document built while the second thread writes: a document of a
    kind marked as not reading other records (db.registry) must not touch a session."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"a search document used the session ({name}) during a bulk write")


_NO_SESSION: Any = _NoSession()

#: Per (dialect, table): the columns whose value changes on its way into the file and back.
_ROUND_TRIPS: dict[tuple[str, str], list[tuple[str, type | None, Callable[[Any], Any]]]] = {}


def _as_stored(dialect: Dialect, table: str, rows: list[dict[str, Any]]) -> None:
    """Replace each value by what reading it back from the file gives (issue 7.1).

    A new record's state hash is computed from its queued rows (record_state.hash_from_rows),
    `check` from the stored rows. Passing every value through its column type's bind and
    result processing first makes the two one and the same: an int 1 in a boolean column
    becomes True, a datetime in a date column its date, a time its stored form. This is the
    one place that guarantees it; the services refuse what would lose meaning on the way
    (a time zone, a flag that is not yes or no) with a field message before it gets here.
    """
    key = (dialect.name, table)
    trips = _ROUND_TRIPS.get(key)
    if trips is None:
        trips = []
        for column in Base.metadata.tables[table].columns:
            kind = column.type.dialect_impl(dialect)
            bind = kind.bind_processor(dialect)
            result = kind.result_processor(dialect, None)
            if bind is None and result is None:
                continue
            trips.append((column.name, _unchanged_type(kind),
                          remembered(column.type, _trip(bind, result))))
        _ROUND_TRIPS[key] = trips
    for row in rows:
        for name, same, trip in trips:
            value = row.get(name)
            if value is not None and type(value) is not same:
                row[name] = trip(value)


def _unchanged_type(kind: TypeEngine[Any]) -> type | None:
    """The Python type whose values come back unchanged (ids, codes, booleans, dates), if any.

    Only a shortcut for the bulk path; times and timestamps always make the round trip (a
    time zone is dropped or converted on the way).
    """
    if isinstance(kind, (Uuid, Enum, Boolean, Date)) and not isinstance(kind, DateTime):
        try:
            found: type = kind.python_type
        except NotImplementedError:
            return None
        return found
    return None


def _trip(
    bind: Callable[[Any], Any] | None, result: Callable[[Any], Any] | None
) -> Callable[[Any], Any]:
    def trip(value: Any) -> Any:
        stored = bind(value) if bind is not None else value
        return result(stored) if result is not None else stored

    return trip


class FileBusy(ChinadossierError):
    """Another process holds the write lock longer than the busy timeout; nothing was written."""


class SchemaChanged(ChinadossierError):
    """The file's schema changed under an open case file; nothing was written."""


@dataclass
class _Touch:
    obj: Any
    kind: RecordKind
    display_no: str
    action: AuditAction
    diff: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Event:
    action: str
    details: dict[str, Any]


class UnitOfWork:
    """A transaction on the case file; use as a context manager and call commit() once."""

    def __init__(
        self,
        database: Database,
        *,
        clock: Clock,
        actor: Actor,
        write: bool = True,
        search: SearchIndex | None = None,
    ) -> None:
        self.database = database
        self.clock = clock
        self.actor = actor
        self.write = write
        self.search: SearchIndex = search or SqliteFtsIndex()
        self.now = clock.now()
        self._touched: dict[uuid.UUID, list[_Touch]] = {}
        self._edited: set[uuid.UUID] = set()  # touched by anything but a create
        self._events: list[_Event] = []
        self._settings_changed = False
        self._guarded_changed = False
        self._session: Session | None = None
        self._open = False
        # A read unit's pooled DB-API connection in its own deferred transaction: pages are read
        # on it without a Session (see _dbapi); a Session needed later joins it (_read_session).
        self._raw: PoolProxiedConnection | None = None
        self._raw_dbapi: sqlite3.Connection | None = None
        self._joined: Connection | None = None
        # Rows of new records, inserted with one executemany per table at the next read or at
        # commit (ORM objects cost ~10x more per row; creates need none of the ORM's tracking).
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._owned: dict[uuid.UUID, dict[str, list[dict[str, Any]]]] = {}
        # A bulk writes in chunks (spill): records already written, hashed and indexed inside
        # the open transaction, with their state hashes; those that got rows or changes after
        # their chunk ("stale") are read back at commit like any changed record.
        self._spilled_hash: dict[uuid.UUID, str] = {}
        self._indexed: set[uuid.UUID] = set()
        self._stale: set[uuid.UUID] = set()
        self._spill_from = 0
        self._writer: AuditWriter | None = None
        self._audited: dict[uuid.UUID, int] = {}  # touches already in the audit (per record)
        self._cache_size: tuple[Any, int] | None = None  # (connection, size) to restore
        # A bulk on SQLite: each chunk's INSERTs run in a second thread while the next chunk
        # is built (db.background_writes); every other use of the session waits for them.
        self._writes = BackgroundWrites()
        self._fts_last: int | None = None  # the search index's last rowid, known in a bulk

    @property
    def _db_session(self) -> Session:
        """The open session, with queued inserts written: for the db package only.

        Services never see it: they use the repositories below, which take and return plain
        values and frozen records.
        """
        if self._writes.in_flight:
            self._writes.wait()  # never two threads on one connection
        if self._session is None:
            if not self._open:
                raise RuntimeError("unit of work is not open")
            self._session = self._read_session()
        if self._pending:
            self.flush_pending()
        return self._session

    @property
    def _dbapi(self) -> sqlite3.Connection:
        """The DB-API connection inside this unit of work's transaction: for the db package's
        readers on the cursor (db.fastread).

        A read unit that has not needed a Session reads on a pooled connection in a deferred
        transaction it began itself: a page then costs no Session, no SQLAlchemy Connection
        and no BEGIN through SQLAlchemy's execution path (together 60 µs of a 300 µs page).
        """
        if self._session is not None or self.write:
            from chinadossier.db.fastread import connection

            return connection(self._db_session)
        if not self._open:
            raise RuntimeError("unit of work is not open")
        if self._raw is None:
            raw = self.database.take_read_connection()
            dbapi: sqlite3.Connection = raw.driver_connection
            try:
                dbapi.execute("BEGIN DEFERRED")
            except BaseException:
                raw.close()
                raise
            self._raw, self._raw_dbapi = raw, dbapi
        assert self._raw_dbapi is not None
        return self._raw_dbapi

    def _read_session(self) -> Session:
        """A read unit's Session, opened when first needed: on the connection and inside the
        transaction the unit already reads in (one snapshot for everything it reads)."""
        if self._raw is None:
            session = self.database.read_session()
            session.begin()
            return session
        joined = Connection(self.database.engine, connection=self._raw)
        # Closing `joined` now returns the connection to the pool; _dbapi goes through the
        # session from here on (the same connection).
        self._raw = self._raw_dbapi = None
        self._joined = joined
        # The transaction is open already: the begin hook (db.engine) must not send BEGIN.
        joined.execution_options(sqlite_begin=None)
        joined.begin()
        return Session(bind=joined, expire_on_commit=False, autoflush=False,
                       join_transaction_mode="rollback_only")

    # -- repositories (one of each per unit of work) --------------------------------------------

    _REPOSITORIES = ("records", "case_file", "reference", "attachments", "views")

    @cached_property
    def records(self) -> Records:
        """Create, update, trash and read records."""
        from chinadossier.db.repository import Records

        return Records(self)

    @cached_property
    def case_file(self) -> CaseFileRepository:
        """The settings row and the risk matrices."""
        from chinadossier.db.repositories import CaseFileRepository

        return CaseFileRepository(self)

    @cached_property
    def reference(self) -> ReferenceRepository:
        """Divisions, authorities by code, the organisation hierarchy."""
        from chinadossier.db.repositories import ReferenceRepository

        return ReferenceRepository(self)

    @cached_property
    def attachments(self) -> AttachmentRepository:
        """Attachments and their bytes."""
        from chinadossier.db.repositories import AttachmentRepository

        return AttachmentRepository(self)

    @cached_property
    def views(self) -> ViewRepository:
        """Lists, search, counts, dashboard, timelines."""
        from chinadossier.db.repositories import ViewRepository

        return ViewRepository(self)

    def audit_head(self) -> tuple[int, str] | None:
        """The last audit entry (sequence number, hash), None for an empty trail: the case
        file's change mark. Every committed change appends to the trail, so an equal head
        read later means nothing was committed in between (the hash tells a file put back
        from elsewhere apart)."""
        row = self._db_session.execute(
            select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        return (int(row[0]), str(row[1])) if row is not None else None

    def only_events_since(
        self, mark: tuple[int, str] | None, actions: frozenset[str], *, limit: int = 20
    ) -> bool:
        """Whether everything committed after the change mark `mark` (see audit_head) is events
        among `actions` (no record, no setting), with the chain continuing from `mark`.

        An import's own backup notes itself in the trail between preview and commit; records
        and settings are then as the preview checked them. More than `limit` entries: False.
        """
        from chinadossier.db.audit import GENESIS

        seq, head = mark if mark is not None else (0, GENESIS)
        rows = self._db_session.execute(
            select(AuditEntry.seq, AuditEntry.action, AuditEntry.record_id,
                   AuditEntry.prev_hash, AuditEntry.entry_hash)
            .where(AuditEntry.seq > seq).order_by(AuditEntry.seq).limit(limit + 1)
        ).all()
        if len(rows) > limit:
            return False
        for row in rows:
            seq += 1
            if (row.seq != seq or row.prev_hash != head or row.record_id is not None
                    or row.action not in actions):
                return False
            head = row.entry_hash
        return True

    def batch_mode(self) -> None:
        """Many creates follow (a bulk): reads no longer write queued rows first.

        Validation reads go to the repositories' caches; flushing before every read would write
        pending rows thousands of times. Everything is written once at commit().
        """
        if not self._open:
            raise RuntimeError("unit of work is not open")
        self._db_session.autoflush = False
        if self._db_session.get_bind().dialect.name == "sqlite":
            # Tens of thousands of rows spread over a dozen indexes: with SQLite's default 2 MB
            # page cache the transaction's pages are evicted and read back over and over. The
            # connection gets its usual size back when the unit of work ends.
            raw: Any = self._db_session.connection().connection.dbapi_connection
            self._cache_size = (raw, raw.execute("PRAGMA cache_size").fetchone()[0])
            raw.execute(f"PRAGMA cache_size = {self.BULK_CACHE_KIB}")
            if isinstance(self.search, SqliteFtsIndex):
                # What a chunk written by the second thread needs to know beforehand: where
                # the search index and the audit trail continue (kept up to date from here).
                self._fts_last = self.search.last_rowid(self._db_session)
                self._audit_writer()

    def __enter__(self) -> UnitOfWork:
        if not self.write:
            self._open = True
            return self  # the session or the bare connection is opened on first use
        self._session = self.database.write_session()
        self._session.begin()
        if self.write and self._session.get_bind().dialect.name == "sqlite":
            # Foreign keys are checked at COMMIT (still all of them): rows of one unit of work
            # may then be inserted in any order, and a violation still rolls everything back.
            try:
                self._session.execute(text("PRAGMA defer_foreign_keys = ON"))
            except OperationalError as exc:  # BEGIN IMMEDIATE waited busy_timeout in vain
                self._session.close()
                self._session = None
                raise FileBusy(
                    "Het dossier is in gebruik door een ander programma dat er nu in schrijft "
                    "(bijvoorbeeld de desktopapplicatie of een back-up). Er is niets gewijzigd; "
                    "probeer het zo opnieuw."
                ) from exc
            # Another process may have upgraded or restored the file since it was opened: never
            # write rows shaped for one schema into another.
            found = self._session.execute(text("PRAGMA user_version")).scalar_one()
            if found != self.database.schema_version:
                self._session.rollback()
                self._session.close()
                self._session = None
                raise SchemaChanged(
                    "Het dossier is intussen door een ander programma bijgewerkt of teruggezet "
                    f"(schema {found}, hier geopend als {self.database.schema_version}). Er is "
                    "niets opgeslagen; open het dossier opnieuw."
                )
        self._open = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Never write queued rows on the way out: an error (or a cancel) must leave nothing.
        self._pending.clear()
        # The chunk being written by the second thread ends first: then the rollback runs.
        lost_write = self._writes.abandon()
        if lost_write is not None:
            log.error("A bulk's background write failed (%r); everything is rolled back",
                      lost_write)
        # (with nothing else raised, it is raised below: never end as if all was written)
        raise_after = lost_write if exc is None else None
        self._fts_last = None
        self._open = False
        # The repositories point back at this unit of work: drop them (and the rows, touches
        # and caches) now, so reference counting frees a bulk's objects at once instead of a
        # full garbage-collector pass over them later.
        for name in self._REPOSITORIES:
            self.__dict__.pop(name, None)
        self._touched, self._owned, self._spilled_hash = {}, {}, {}
        self._edited = set()
        self._indexed, self._stale, self._audited = set(), set(), {}
        self._writer, self._spill_from = None, 0
        session, self._session = self._session, None
        joined, self._joined = self._joined, None
        raw, self._raw = self._raw, None
        dbapi, self._raw_dbapi = self._raw_dbapi, None
        corrupt = sqlite_errors.is_corrupt_read(exc)
        if corrupt:
            # Pages that did not fit together ("database disk image is malformed"): the file may
            # be fine and the connection's view of it stale. Neither this unit's connection nor
            # a kept one reads again; the next read opens a fresh one (and the log says so).
            log.warning("SQLite read failed (%s) in %s; its connection and the kept read "
                        "connections are discarded", exc, self.database.path.name)
            self.database.discard_kept_reads()
            if joined is not None:
                joined.invalidate()
            elif raw is not None:
                raw.invalidate()
                raw = None
        if self._cache_size is not None:  # the bulk's page cache back to its usual size
            cached, size = self._cache_size
            self._cache_size = None
            cached.execute(f"PRAGMA cache_size = {int(size)}")
        try:
            if session is not None:
                try:
                    if session.in_transaction():
                        session.rollback()
                finally:
                    session.close()
        finally:
            try:
                if joined is not None:
                    joined.close()  # rolls the read transaction back, returns the connection
            finally:
                if raw is not None:
                    try:
                        if dbapi is not None:
                            dbapi.rollback()  # a read: nothing to keep
                    except BaseException:
                        raw.close()
                        raise
                    # Outside any transaction again: kept for the next read unit.
                    self.database.give_back_read_connection(raw)
        if raise_after is not None:
            raise raise_after

    # -- pending inserts ----------------------------------------------------------------------

    def add_rows(
        self, table: str, rows: list[dict[str, Any]], owner: uuid.UUID | None = None
    ) -> None:
        """Queue rows for insertion (tables are inserted in the order first queued).

        `owner` names the record the rows belong to, so its state hash can be computed from
        them at commit instead of reading them back.
        """
        if rows:
            if table == "tag":
                self._guarded_changed = True  # tag names are under the audit (db.guarded)
            _as_stored(self.database.engine.dialect, table, rows)
            self._pending.setdefault(table, []).extend(rows)
            if owner is not None and owner in self._indexed:
                self._stale.add(owner)  # its chunk's hash and document are out of date
                self._spilled_hash.pop(owner, None)
            if owner is not None:
                self._owned.setdefault(owner, {}).setdefault(table, []).extend(rows)

    def flush_pending(self) -> None:
        """Insert queued rows now (foreign keys are checked at commit, so order is free)."""
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        assert self._session is not None
        for table, rows in pending.items():
            insert_rows(self._session, table, rows)

    #: A bulk's page cache (negative: KiB), instead of SQLite's default 2 MB.
    BULK_CACHE_KIB = -65536

    #: In a bulk, every this many new records the queued rows are written (see spill).
    SPILL_EVERY = 2000

    def spill_if_large(self) -> None:
        """spill() once SPILL_EVERY records have been touched since the last one."""
        if len(self._touched) - self._spill_from >= self.SPILL_EVERY:
            self.spill()

    def spill(self) -> None:
        """Write the queued rows of the records created so far, with their search documents,
        inside the open transaction, and keep only their state hashes (a bulk of 117,000
        records held every row, hash input and document until commit: 1.4 GB).

        Nothing is committed: COMMIT stays the one moment everything becomes visible, and a
        failure or a cancel before it still rolls all of it back. The audit entries are
        still written at commit, in the same order as without chunks.
        """
        if self._spill_in_background():
            return
        session = self._db_session  # writes the queued rows
        documents: list[Any] = []
        touched = itertools.islice(self._touched.items(), self._spill_from, None)
        for record_id, touches in touched:
            if not self._created_only(record_id):
                continue  # changed through the ORM: handled at commit
            self._seal(record_id, touches, session, documents)
        self.search.put_many(session, documents)
        self._audit_writer().write()
        self._spill_from = len(self._touched)
        if self._fts_last is not None:
            self._fts_last = SqliteFtsIndex.last_rowid(session)

    def _spill_in_background(self) -> bool:
        """spill() with the chunk's INSERTs handed to a second thread (db.background_writes),
        which writes them while the caller builds the next chunk; False, with nothing done,
        where that does not apply: not a SQLite bulk, a record in the chunk that is not simply
        created, a kind whose search document reads other records (a tie's partner), a table
        that needs SQLAlchemy's insert().

        The chunk's search documents, state hashes and audit entries are worked out here as
        spill() does, from the rows in memory; the rowids of the search index and the audit
        trail's chain continue from what this unit of work wrote before.
        """
        if self._fts_last is None or self._writer is None:
            return False
        chunk = list(itertools.islice(self._touched.items(), self._spill_from, None))
        for record_id, touches in chunk:
            if not self._created_only(record_id) or SPECS[touches[0].kind].reads_records:
                return False
        dialect = self.database.engine.dialect
        statements: list[Statement] = []
        for table, rows in self._pending.items():
            found = insert_statements(dialect, table, rows)
            if found is None:
                return False
            statements += found
        # Nothing below touches the connection until submit(), which waits for the previous
        # chunk first: hashing and auditing this chunk overlaps with writing that one.
        self._pending = {}
        documents: list[Any] = []
        for record_id, touches in chunk:
            self._seal(record_id, touches, _NO_SESSION, documents)
        if documents:
            fts, keys = SqliteFtsIndex.rows_for(documents, self._fts_last)
            self._fts_last += len(documents)
            statements.append(fts)
            tail = [("search_key", keys), *self._writer.take_rows()]
        else:
            tail = self._writer.take_rows()
        for table, rows in tail:
            found = insert_statements(dialect, table, rows)
            if found is None:  # not expected (these tables have plain columns): write now
                self._run_now(statements)
                statements = []
                insert_rows(self._db_session, table, rows)
            else:
                statements += found
        self._spill_from = len(self._touched)
        assert self._session is not None
        raw = self._session.connection().connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        self._writes.submit(raw, statements)
        return True

    def _seal(self, record_id: uuid.UUID, touches: list[_Touch], session: Any,
              documents: list[Any]) -> None:
        """A record of a chunk, simply created: its state hash from its rows in memory, its
        search document (appended to `documents`; `session` reads what the document shows of
        other records), its audit entries. Its values are let go."""
        kind = touches[0].kind
        self._spilled_hash[record_id] = hash_from_rows(kind, self._owned.pop(record_id))
        self._indexed.add(record_id)
        obj: Any = touches[-1].obj
        if obj.deleted_at is None:
            title, body = SPECS[kind].document(obj, session)
            documents.append((record_id, kind.value, [obj.display_no, *title], body))
        for touch in touches:
            touch.obj = None  # its values are written, hashed and indexed
        self._audit(record_id, touches, self._spilled_hash[record_id])

    def _run_now(self, statements: list[Statement]) -> None:
        """Run statements gathered for the second thread in this one instead."""
        session = self._db_session
        for sql, rows in statements:
            session.connection().exec_driver_sql(sql, list(rows))

    def _audit_writer(self) -> AuditWriter:
        """The unit of work's audit writer: the chain continues across chunks."""
        if self._writer is None:
            self._writer = AuditWriter(
                self._db_session, actor=self.actor.who, host=self.actor.host, now=self.now
            )
        return self._writer

    def _audit(self, record_id: uuid.UUID, touches: list[_Touch], state_hash: str) -> None:
        """Append the audit entries of a record's touches not yet audited; the last carries
        the state hash. Each touch's diff is dropped once it is in an entry."""
        writer = self._audit_writer()
        done = self._audited.get(record_id, 0)
        for index in range(done, len(touches)):
            touch = touches[index]
            last = index == len(touches) - 1
            diff = touch.diff
            writer.append(
                AuditDraft(
                    action=touch.action.value,
                    record_id=record_id,
                    record_kind=touch.kind.value,
                    display_no=touch.display_no,
                    fields=tuple(sorted(diff)),
                    state_hash=state_hash if last else None,
                    payload=None,
                    # {name: {"old": old, "new": new}} as canonical JSON, written directly
                    # (with an undo's mark when one is running: db.undo_mark)
                    payload_text=marked(canonical.dumps_changes(diff) if diff else None),
                )
            )
            touch.diff = {}
        self._audited[record_id] = len(touches)

    # -- what changed -------------------------------------------------------------------------

    def touched(
        self, record: Any, action: AuditAction, diff: dict[str, tuple[Any, Any]] | None = None
    ) -> None:
        """Note a change to a record (ORM object or row namespace) for audit and search."""
        self._touched.setdefault(record.id, []).append(
            _Touch(record, RecordKind(record.kind), record.display_no, action, dict(diff or {}))
        )
        if action is not AuditAction.CREATE:
            self._edited.add(record.id)

    def event(self, action: AuditAction | str, **details: Any) -> None:
        """Note an event that is not a record change (export, backup, reference update)."""
        self._events.append(_Event(str(action), details))

    def settings_changed(self) -> None:
        """Note that the case-file settings changed."""
        self._settings_changed = True
        self._guarded_changed = True

    def commit(self, progress: Progress | None = None) -> Changes:
        """Audit, index and commit; returns what changed.

        With a Progress, each phase is reported and a cancel is honoured up to the last moment
        before COMMIT (raising Cancelled; leaving the with block then rolls everything back).
        """
        progress = progress or Progress()
        progress.report(0.0, Phase.WRITING_RECORDS)
        session = self._db_session
        self.flush_pending()
        session.flush()
        progress.report(0.3, Phase.COMPUTING_CHECKSUMS)
        by_kind: dict[RecordKind, list[uuid.UUID]] = {}
        for record_id, touches in self._touched.items():
            by_kind.setdefault(touches[0].kind, []).append(record_id)
        hashes: dict[uuid.UUID, str] = {}
        chunked = self._chunked()
        for kind, ids in by_kind.items():
            read_back = []
            for record_id in ids:
                if record_id in chunked:
                    hashes[record_id] = self._spilled_hash[record_id]
                elif self._created_only(record_id) and record_id in self._owned:
                    hashes[record_id] = hash_from_rows(kind, self._owned[record_id])
                else:
                    read_back.append(record_id)
            hashes.update(state_hashes(session, kind, read_back))
        progress.report(0.55, Phase.UPDATING_LOG)
        writer = self._audit_writer()
        if self._guarded_changed:
            self._events.append(_Event(guarded.SETTINGS_STATE, {}))
        for record_id, touches in self._touched.items():
            if self._audited.get(record_id, 0) < len(touches):
                self._audit(record_id, touches, hashes[record_id])
            elif record_id in self._stale:
                # Rows added to a record audited with its chunk, with no change noted since:
                # its audit entry would hold an old state hash. Never commit that.
                raise RuntimeError(f"record {record_id} got rows after its chunk, unaudited")
        for event in self._events:
            details, anchored = event.details, None
            if event.action == guarded.SETTINGS_STATE:
                digests = guarded.table_digests(session)
                details, anchored = {"tables": digests}, guarded.state_hash(digests)
            writer.append(
                AuditDraft(
                    event.action,
                    None,
                    None,
                    None,
                    tuple(sorted(details)),
                    anchored,
                    details or None,
                )
            )
        writer.write()
        progress.report(0.7, Phase.UPDATING_SEARCH_INDEX)
        self._reindex(session, chunked)
        progress.point_of_no_return(Phase.SAVING)
        session.commit()
        progress.report(1.0, Phase.SAVED)
        return self._changes()

    def _created_only(self, record_id: uuid.UUID) -> bool:
        """Created in this unit of work and not changed through the ORM since (nor given rows
        after its chunk was written)."""
        return (
            (record_id in self._owned or record_id in self._spilled_hash)
            and record_id not in self._stale
            and record_id not in self._edited  # every touch of it a create
        )

    def _chunked(self) -> set[uuid.UUID]:
        """Records written, hashed and indexed with their chunk (spill) and not changed since:
        their state hash and search document stand."""
        if not self._spilled_hash:
            return set()
        return self._spilled_hash.keys() - self._stale - self._edited

    def _reindex(self, session: Session, chunked: set[uuid.UUID]) -> None:
        documents = []
        for record_id, touches in self._touched.items():
            kind = touches[0].kind
            if record_id in chunked:
                continue  # indexed with its chunk (spill)
            new = all(t.action is AuditAction.CREATE for t in touches)
            if not new or record_id in self._indexed:
                self.search.remove(session, record_id)
            # The touched object itself (held strongly: the identity map only holds weak refs);
            # a record written with its chunk is read again.
            obj: Any = touches[-1].obj
            if obj is None:
                obj = session.get(SPECS[kind].model, record_id)
            if obj.deleted_at is not None:
                continue
            title, body = SPECS[kind].document(obj, session)
            documents.append((record_id, kind.value, [obj.display_no, *title], body))
        documents += self._dependent_documents(session)
        self.search.put_many(session, documents)

    def _dependent_documents(self, session: Session) -> list[Any]:
        """Ties of a changed organisation or authority: their documents carry its names."""
        if not self._edited:  # only creates: no existing record's name changed
            return []
        parties = (RecordKind.ORGANISATION, RecordKind.AUTHORITY)
        changed = [
            record_id
            for record_id, touches in self._touched.items()
            if record_id in self._edited and touches[0].kind in parties
        ]
        if not changed:
            return []
        ties = session.scalars(
            select(Tie).where(
                or_(Tie.organisation_id.in_(changed), Tie.authority_id.in_(changed)),
                Tie.deleted_at.is_(None),
            )
        ).all()
        documents: list[Any] = []
        for tie in ties:
            if tie.id in self._touched:
                continue
            self.search.remove(session, tie.id)
            title, body = SPECS[RecordKind.TIE].document(tie, session)
            documents.append((tie.id, RecordKind.TIE.value, [tie.display_no, *title], body))
        return documents

    def _changes(self) -> Changes:
        sets: dict[AuditAction, set[uuid.UUID]] = {a: set() for a in AuditAction}
        kinds: set[RecordKind] = set()
        for record_id, touches in self._touched.items():
            kinds.add(touches[0].kind)
            for touch in touches:
                sets[touch.action].add(record_id)
        created = sets[AuditAction.CREATE]
        return Changes(
            created=frozenset(created),
            updated=frozenset(sets[AuditAction.UPDATE] - created),
            # Merged-away and destroyed records leave the lists like deleted ones.
            deleted=frozenset(
                sets[AuditAction.DELETE] | sets[AuditAction.MERGE] | sets[AuditAction.DESTROY]
            ),
            restored=frozenset(sets[AuditAction.RESTORE] | sets[AuditAction.UNMERGE]),
            kinds=frozenset(kinds),
            settings=self._settings_changed,
        )
