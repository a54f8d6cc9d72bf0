"""Exact look-ups for search: a display number or a risk-category code, and the index's words."""

from __future__ import annotations

import uuid

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from chinadossier.db.models import Authority, Record
from chinadossier.db.quick_read import category_code_ids, display_no_ids
from chinadossier.db.search import sql_runner
from chinadossier.domain.codes import AuthorityKind, Classification


def by_display_no(session: Session, number: str) -> list[uuid.UUID]:
    """Live records whose display number is exactly this one (case-insensitive).

    Plain SQL (db.quick_read): the index ranges of every case spelling, built as SQLAlchemy
    expressions, cost more than the statement itself.
    """
    return display_no_ids(sql_runner(session), number)


def by_category_code(session: Session, code: str) -> list[uuid.UUID]:
    """A live risk category with this code, followed by its live risk notes."""
    return category_code_ids(sql_runner(session), code)


def title_words(session: Session) -> list[str]:
    """Every distinct word in the titles (names) of the search index, for "Bedoelde u …?"."""
    session.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
            "USING fts5vocab(main, 'search_fts', 'col')"
        )
    )
    rows = session.execute(text("SELECT term FROM temp.search_vocab WHERE col = 'title'"))
    return [row[0] for row in rows]


def classifications(
    session: Session, ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, Classification]]:
    """(display number, classification) of the given records."""
    if not ids:
        return {}
    rows = session.execute(
        select(Record.id, Record.display_no, Record.classification).where(Record.id.in_(ids))
    )
    return {row[0]: (row[1], row[2]) for row in rows}


def authority_kind(session: Session, authority_id: uuid.UUID) -> AuthorityKind | None:
    """Municipality or province, or None when the id is no authority."""
    return session.scalar(select(Authority.authority_kind).where(Authority.id == authority_id))
