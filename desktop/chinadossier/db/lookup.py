"""Exact look-ups for search: a display number or a risk-category code, and the index's words."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from chinadossier.db.models import Authority, Record, RiskCategory, RiskNote
from chinadossier.db.quick_read import case_ranges
from chinadossier.domain.codes import AuthorityKind, Classification


def by_display_no(session: Session, number: str) -> list[uuid.UUID]:
    """Live records whose display number is exactly this one (case-insensitive)."""
    wanted = number.strip().upper()
    ranges = case_ranges(wanted)  # index ranges: upper() on the column cannot use the index
    stmt = select(Record.id).where(
        func.upper(Record.display_no) == wanted, Record.deleted_at.is_(None)
    )
    if ranges:
        stmt = stmt.where(
            or_(*(and_(Record.display_no >= low, Record.display_no < high) for low, high in ranges))
        )
    return list(session.scalars(stmt))


def by_category_code(session: Session, code: str) -> list[uuid.UUID]:
    """A live risk category with this code, followed by its live risk notes."""
    wanted = code.strip().upper()
    # From the small risk_category table (a join from record read all 100,000 records).
    table: Any = RiskCategory.__table__
    categories = list(
        session.scalars(
            select(Record.id).where(
                Record.id.in_(select(table.c.id).where(func.upper(table.c.code) == wanted)),
                Record.deleted_at.is_(None),
            )
        )
    )
    if not categories:
        return []
    notes = session.scalars(
        select(RiskNote.id)
        .where(RiskNote.category_id.in_(categories), RiskNote.deleted_at.is_(None))
        .order_by(RiskNote.residual_score.desc(), RiskNote.display_no)
    )
    return [*categories, *notes]


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
