"""Which checks run, in which order, in one read-only transaction; a failure becomes an item."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from chinadossier.db import sqlite_errors, sqlite_file
from chinadossier.db.check.common import CheckItem
from chinadossier.db.check.states import _check_record_states
from chinadossier.db.check.structure import _check_links, _check_pages, _check_schema
from chinadossier.db.engine import open_database
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.progress import Phase, Progress

# The checks a large file's second process runs (audit chain, search index, invariants) and the
# attachment check of --full are imported where they run: the first process of a large file's
# check then starts without them (db.erasure, db.search and what they import).


def run_checks(path: Path, *, full: bool, progress: Progress | None = None) -> list[CheckItem]:
    """Check a case file without changing a byte of it.

    The file is only opened read-only (SQLite mode=ro); every data check runs in one read
    transaction, so they all see the same committed state. A file that is not a Chinadossier
    file gives only the failing "header" item; a file from a newer version stops after
    "schema"; an older or inconsistent schema stops after the page and link checks, because
    the data checks need the current tables.

    Args:
        path: The case file.
        full: Also run PRAGMA integrity_check (instead of quick_check), recompute every search
            document and hash every attachment.
        progress: Told each phase; a cancel stops the check between phases (Cancelled).

    Returns:
        The checks in CHECK_NAMES order ("attachments" only when full).
    """
    progress = progress or Progress()
    progress.report(0.0, Phase.CHECKING_FILE)
    try:
        sqlite_file.read_header(path)
    except FileRefused as exc:
        return [CheckItem("header", False, exc.message)]
    items = [CheckItem("header", True, "Het bestand is een Chinadossier-bestand.")]
    schema, go_on = _check_schema(path)
    worker = _start_audit_worker(path, full=full) if go_on and _large(path) else None
    items.append(schema)
    if go_on is None:
        return items
    try:
        database = open_database(path, read_only=True)
    except FileRefused as exc:
        if worker is not None:
            _stop(worker)
        items.append(CheckItem("quick_check", False, exc.message))
        return items
    session = database.read_session()
    try:
        session.begin()
        if worker is None:
            progress.report(0.05, Phase.CHECKING_PAGES)
            items.extend(_structure_and_chain(session, full=full, chain=bool(go_on)))
        if go_on:
            progress.report(0.35, Phase.CHECKING_CHECKSUMS)
            states = _guarded("record_states", lambda: _check_record_states(session))
            attachments = None
            if full:
                from chinadossier.db.check.files import _check_attachments

                progress.report(0.6, Phase.CHECKING_ATTACHMENTS)
                attachments = _guarded("attachments", lambda: _check_attachments(session))
            if worker is not None:
                progress.report(0.8, Phase.CHECKING_PAGES_AND_INDEX)
                *found, search, invariants = _collect(worker)
                items.extend(found)
            else:
                from chinadossier.db.check.invariants import _check_invariants
                from chinadossier.db.check.search_checks import _check_search

                progress.report(0.7, Phase.CHECKING_SEARCH_INDEX)
                search = _guarded("search_index", lambda: _check_search(session, full=full))
                progress.report(0.95, Phase.CHECKING_COHERENCE)
                invariants = _guarded("invariants", lambda: _check_invariants(session))
            items.append(states)
            items.append(search)
            if attachments is not None:
                items.append(attachments)
            items.append(invariants)
            progress.report(1.0, Phase.CHECK_DONE)
    finally:
        # Only read: end with a rollback (a COMMIT can itself fail on a damaged file).
        with suppress(sqlite3.DatabaseError, SQLAlchemyError):
            session.rollback()
        session.close()
        database.close()
        if worker is not None and worker.poll() is None:
            _stop(worker)  # interrupted before its results were read: leave no process behind
    return items


#: From this file size on, pages, links, the audit chain, the search index and the invariants are
#: checked in a second process while this one hashes the record states (CPU-bound Python;
#: 100,000 records make a ~400 MB file).
PARALLEL_FROM_BYTES = 64 * 1024 * 1024


def _large(path: Path) -> bool:
    try:
        return path.stat().st_size >= PARALLEL_FROM_BYTES
    except OSError:
        return False


Worker = subprocess.Popen[str]
#: What the worker reports, in order.
_WORKER_ITEMS = ("quick_check", "foreign_keys", "audit_chain", "search_index", "invariants")


def _start_audit_worker(path: Path, *, full: bool) -> Worker | None:
    """Run the page, link, audit-chain, search-index and invariant checks in a fresh child
    process (db.check.worker).

    A new interpreter, not a fork: no SQLite handle may cross a fork. Not multiprocessing
    either: its resource tracker stayed behind after every check run inside a long-lived process
    (the desktop application, a test run). The worker reads in its own transaction; it checks
    structure, the chain, the search index and the invariants, none of which uses what the
    record-state pass here computes (the two halves took 4.9 and 3.1 s on the 124,912-record
    file; now about 4.1 and 3.9).
    """
    if getattr(sys, "frozen", False):
        return None  # a frozen application has no interpreter to start: run everything here
    args = [sys.executable, "-m", "chinadossier.db.check.worker", str(path)]
    args += ["--full"] if full else []
    try:
        return subprocess.Popen(
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    except OSError:
        return None  # no second process to be had: everything runs here instead


def _stop(worker: Worker) -> None:
    worker.kill()
    worker.communicate()


def _collect(worker: Worker) -> list[CheckItem]:
    try:
        out, _ = worker.communicate()
        items = [CheckItem(*json.loads(line)) for line in out.splitlines() if line.strip()]
        if worker.returncode != 0 or [i.name for i in items] != list(_WORKER_ITEMS):
            raise RuntimeError(f"het tweede proces stopte met code {worker.returncode}")
        return items
    except (RuntimeError, ValueError, TypeError) as exc:
        # The worker died: say so rather than pass anything unchecked
        message = f"De controle kon niet worden uitgevoerd: {exc}."
        return [CheckItem(name, False, message) for name in _WORKER_ITEMS]
    finally:
        if worker.poll() is None:
            _stop(worker)


def _structure_and_chain(session: Session, *, full: bool, chain: bool) -> list[CheckItem]:
    from chinadossier.db.check.audit_checks import _check_audit_chain

    items = [
        _guarded("quick_check", lambda: _check_pages(session, full=full)),
        _guarded("foreign_keys", lambda: _check_links(session)),
    ]
    if chain:
        items.append(_guarded("audit_chain", lambda: _check_audit_chain(session)))
    return items


def worker_items(path: Path, full: bool) -> list[CheckItem]:
    """Pages, links, the audit chain, the search index and the invariants on a connection of
    its own (the worker's job)."""
    from chinadossier.db.check.invariants import _check_invariants
    from chinadossier.db.check.search_checks import _check_search

    database = open_database(path, read_only=True)
    session = database.read_session()
    try:
        session.begin()
        items = _structure_and_chain(session, full=full, chain=True)
        items.append(_guarded("search_index", lambda: _check_search(session, full=full)))
        items.append(_guarded("invariants", lambda: _check_invariants(session)))
    finally:
        with suppress(sqlite3.DatabaseError, SQLAlchemyError):
            session.rollback()
        session.close()
        database.close()
    return items


def _guarded(name: str, check: Callable[[], CheckItem]) -> CheckItem:
    """Run one check; a database error or an unreadable stored value becomes a failing item."""
    try:
        return check()
    except (sqlite3.DatabaseError, SQLAlchemyError, ValueError, LookupError, TypeError) as exc:
        detail = getattr(exc, "orig", None) or exc
        return CheckItem(name, False, "De controle kon niet worden uitgevoerd: "
                         f"{sqlite_errors.dutch(detail)}.")
