"""Core selects of plain rows on a session's connection, without the ORM's per-statement work."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Executable
from sqlalchemy.orm import Session


def core(session: Session) -> Connection:
    """The session's connection, for statements that select columns, not mapped objects.

    Session.execute runs every statement through the ORM (entity set-up, result wrapping) even
    when it selects plain columns; on a list page that was a third of the Python cost. Pending
    ORM changes are flushed first exactly when the session would have autoflushed, so a read in
    a write unit of work still sees them.
    """
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()
    return session.connection()


def rows(session: Session, statement: Executable) -> Sequence[Any]:
    """Every row of a Core select, fetched at once (iterating a result fetches row by row, which
    cost ten times the statement itself for a page of 50)."""
    return core(session).execute(statement).all()
