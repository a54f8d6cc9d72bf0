"""Exact look-ups for search: a display number or a risk-category code, and the index's words."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from chinadossier.db.models import Authority, Record, RiskCategory, RiskNote
from chinadossier.domain.codes import AuthorityKind, Classification

#: At most this many letters of a number are spelled in every case (2**6 index ranges).
_CASE_LETTERS = 6


def _case_ranges(wanted: str) -> list[tuple[str, str]]:
    """Index ranges of display_no that hold every spelling of `wanted` in any letter case.

    The longest start of `wanted` with at most _CASE_LETTERS letters is spelled in every case;
    each spelling is one range of the unique index (upper() on the column cannot use it, and
    a scan of 100,000 records took 100 ms for every search that looked like a number).
    """
    start, letters = "", 0
    for char in wanted:
        if char.lower() != char.upper():
            if letters == _CASE_LETTERS:
                break
            letters += 1
        start += char
    spellings = [""]
    for char in start:
        cases = {char.upper(), char.lower()} if char.lower() != char.upper() else {char}
        spellings = [s + c for s in spellings for c in sorted(cases)]
    return [(s, s[:-1] + chr(ord(s[-1]) + 1)) for s in spellings]


def by_display_no(session: Session, number: str) -> list[uuid.UUID]:
    """Live records whose display number is exactly this one (case-insensitive)."""
    wanted = number.strip().upper()
    if not wanted or any(ord(c) >= 0x10FFFF or c.lower().upper() != c for c in wanted):
        ranges = None  # not a spelling the index ranges can cover: read every number
    else:
        ranges = _case_ranges(wanted)
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
