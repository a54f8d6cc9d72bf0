"""Which checks run, in which order, in one read-only transaction; a failure becomes an item."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from chinadossier.db import sqlite_file
from chinadossier.db.check.audit_checks import _check_audit_chain
from chinadossier.db.check.common import CheckItem
from chinadossier.db.check.files import _check_attachments
from chinadossier.db.check.invariants import _check_invariants
from chinadossier.db.check.search_checks import _check_search
from chinadossier.db.check.states import _check_record_states
from chinadossier.db.check.structure import _check_links, _check_pages, _check_schema
from chinadossier.db.engine import open_database
from chinadossier.domain.errors import FileRefused


def run_checks(path: Path, *, full: bool) -> list[CheckItem]:
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

    Returns:
        The checks in CHECK_NAMES order ("attachments" only when full).
    """
    try:
        sqlite_file.read_header(path)
    except FileRefused as exc:
        return [CheckItem("header", False, exc.message)]
    items = [CheckItem("header", True, "Het bestand is een Chinadossier-bestand.")]
    schema, go_on = _check_schema(path)
    items.append(schema)
    if go_on is None:
        return items
    try:
        database = open_database(path, read_only=True)
    except FileRefused as exc:
        items.append(CheckItem("quick_check", False, exc.message))
        return items
    session = database.read_session()
    try:
        session.begin()
        items.append(_guarded("quick_check", lambda: _check_pages(session, full=full)))
        items.append(_guarded("foreign_keys", lambda: _check_links(session)))
        if go_on:
            items.append(_guarded("audit_chain", lambda: _check_audit_chain(session)))
            items.append(_guarded("record_states", lambda: _check_record_states(session)))
            items.append(_guarded("search_index", lambda: _check_search(session, full=full)))
            if full:
                items.append(_guarded("attachments", lambda: _check_attachments(session)))
            items.append(_guarded("invariants", lambda: _check_invariants(session)))
    finally:
        # Only read: end with a rollback (a COMMIT can itself fail on a damaged file).
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
        return CheckItem(name, False, f"De controle kon niet worden uitgevoerd: {detail}.")
