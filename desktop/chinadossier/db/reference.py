"""Reference-data storage: Chinese divisions (plain table) and lookups of authorities by code.

What a release changes is decided in domain.reference_policy; this module only reads and stores.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.models import Authority, CnDivision
from chinadossier.domain.reference_policy import (
    AuthorityRow,
    AuthorityUpdate,
    DivisionEntry,
    DivisionRow,
    DivisionUpdate,
)

__all__ = [
    "AuthorityRow",
    "AuthorityUpdate",
    "DivisionRow",
    "DivisionUpdate",
    "authorities_by_code",
    "authority_id_by_code",
    "division",
    "division_entries",
    "division_exists",
    "live_authority_code_taken",
    "write_divisions",
]


def division_exists(session: Session, adcode: str) -> bool:
    """Whether a division code is known (retired ones included: old records keep them)."""
    return session.get(CnDivision, adcode) is not None


def division(session: Session, adcode: str) -> DivisionRow | None:
    """One division."""
    d = session.get(CnDivision, adcode)
    if d is None:
        return None
    return DivisionRow(d.adcode, d.level, d.parent_adcode, d.hanzi, d.pinyin, d.name_en)


def division_entries(session: Session) -> dict[str, DivisionEntry]:
    """Every stored division by code."""
    return {
        d.adcode: DivisionEntry(
            d.adcode,
            d.level,
            d.parent_adcode,
            d.hanzi,
            d.pinyin,
            d.name_en,
            d.retired_on,
            bool(d.user_edited),
            d.from_reference,
        )
        for d in session.scalars(select(CnDivision))
    }


def write_divisions(
    session: Session, inserts: Sequence[DivisionEntry], updates: Sequence[DivisionEntry]
) -> None:
    """Insert new divisions in the order given (parents first) and overwrite the updated ones."""
    for row in inserts:
        session.add(
            CnDivision(
                adcode=row.adcode,
                level=row.level,
                parent_adcode=row.parent_adcode,
                hanzi=row.hanzi,
                pinyin=row.pinyin,
                name_en=row.name_en,
                user_edited=row.user_edited,
                from_reference=row.from_reference,
                retired_on=row.retired_on,
            )
        )
        session.flush()  # the self-reference of the next row may point at this one
    for row in updates:
        current = session.get(CnDivision, row.adcode)
        assert current is not None
        current.level = row.level
        current.parent_adcode = row.parent_adcode
        current.hanzi = row.hanzi
        current.pinyin = row.pinyin
        current.name_en = row.name_en
        current.retired_on = row.retired_on
        current.from_reference = row.from_reference
    session.flush()


def authority_id_by_code(session: Session, code: str) -> object | None:
    """The id of the live authority with a CBS code (already normalised), else a deleted one."""
    return session.scalar(
        select(Authority.id)
        .where(Authority.code == code)
        .order_by(Authority.deleted_at.is_not(None), Authority.id)
        .limit(1)
    )


def live_authority_code_taken(session: Session, code: str) -> bool:
    """Whether a live (not deleted) authority has this code."""
    return (
        session.scalar(
            select(Authority.id).where(Authority.code == code, Authority.deleted_at.is_(None))
        )
        is not None
    )


def authorities_by_code(session: Session) -> dict[str, Authority]:
    """Every authority keyed by code, a live one before a deleted one with the same code."""
    found: dict[str, Authority] = {}
    for a in session.scalars(select(Authority).order_by(Authority.deleted_at.is_(None))):
        found[a.code] = a  # live ones come last and win
    return found
