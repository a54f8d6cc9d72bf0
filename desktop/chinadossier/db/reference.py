"""Reference-data storage: Chinese divisions (plain table) and lookups of authorities by code."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.models import Authority, CnDivision
from chinadossier.domain.pinyin import place_words


@dataclass(frozen=True, slots=True)
class DivisionRow:
    """One row of the Chinese divisions file."""

    adcode: str
    level: str
    parent_adcode: str | None
    hanzi: str
    pinyin: str
    name_en: str


@dataclass(frozen=True, slots=True)
class DivisionUpdate:
    """What a reference update did to the divisions."""

    inserted: int
    updated: int
    retired: int
    kept_user_edits: int


def division_exists(session: Session, adcode: str) -> bool:
    """Whether a division code is known (retired ones included: old records keep them)."""
    return session.get(CnDivision, adcode) is not None


def division(session: Session, adcode: str) -> DivisionRow | None:
    """One division."""
    d = session.get(CnDivision, adcode)
    if d is None:
        return None
    return DivisionRow(d.adcode, d.level, d.parent_adcode, d.hanzi, d.pinyin, d.name_en)


def place_pinyin(session: Session) -> Mapping[str, str]:
    """Hanzi → hand-corrected pinyin of every division and its stem (domain.pinyin.place_words).

    Read once per unit of work (a bulk of creates asks for every organisation) and built once
    per distinct reference table in the process.
    """
    cached = session.info.get("place_pinyin")
    if cached is None:
        result = session.execute(select(CnDivision.hanzi, CnDivision.pinyin))
        rows = tuple((hanzi, pinyin) for hanzi, pinyin in result)
        cached = session.info["place_pinyin"] = _place_words(rows)
    return cast("Mapping[str, str]", cached)


@functools.lru_cache(maxsize=4)
def _place_words(rows: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    return MappingProxyType(place_words(rows))


def apply_divisions(
    session: Session, rows: list[DivisionRow], *, version: str, today: dt.date
) -> DivisionUpdate:
    """Insert new divisions, refresh unedited ones, retire vanished ones; never delete."""
    existing = {d.adcode: d for d in session.scalars(select(CnDivision))}
    inserted = updated = retired = kept = 0
    wanted = {row.adcode for row in rows}
    # Parents first, so the self-reference holds at every insert.
    for row in sorted(rows, key=lambda r: (r.parent_adcode is not None, r.adcode)):
        current = existing.get(row.adcode)
        if current is None:
            session.add(
                CnDivision(
                    adcode=row.adcode,
                    level=row.level,
                    parent_adcode=row.parent_adcode,
                    hanzi=row.hanzi,
                    pinyin=row.pinyin,
                    name_en=row.name_en,
                    user_edited=False,
                    from_reference=version,
                )
            )
            inserted += 1
            session.flush()
        elif current.user_edited:
            kept += 1  # edited by an official: a release does not overwrite that
        else:
            new = (row.level, row.parent_adcode, row.hanzi, row.pinyin, row.name_en, None)
            old = (
                current.level,
                current.parent_adcode,
                current.hanzi,
                current.pinyin,
                current.name_en,
                current.retired_on,
            )
            if new != old:
                (
                    current.level,
                    current.parent_adcode,
                    current.hanzi,
                    current.pinyin,
                    current.name_en,
                    current.retired_on,
                ) = new
                updated += 1
            current.from_reference = version
    for adcode, current in existing.items():
        if adcode not in wanted and current.from_reference and current.retired_on is None:
            if current.user_edited:
                kept += 1
                continue
            current.retired_on = today
            retired += 1
    return DivisionUpdate(inserted, updated, retired, kept)


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


@dataclass(frozen=True, slots=True)
class AuthorityRow:
    """One municipality or province from the CBS files."""

    code: str
    name: str
    common_name: str | None
    kind: str
    province_code: str | None


@dataclass(frozen=True, slots=True)
class AuthorityUpdate:
    """What a reference update did to the authorities."""

    inserted: int
    updated: int
    retired: int
    kept_user_edits: int


def apply_authorities(
    records: Any,
    rows: list[AuthorityRow],
    *,
    version: str,
    today: dt.date,
    shared_factory: Any,
    sort_key: Any,
) -> AuthorityUpdate:
    """Insert new authorities, refresh unedited ones, retire vanished ones — all audited."""
    from chinadossier.domain.codes import AuthorityKind, RecordKind

    session: Session = records.session
    existing = authorities_by_code(session)
    inserted = updated = retired = kept = 0
    wanted = {row.code for row in rows}
    for row in rows:
        values = {
            "code": row.code,
            "name": row.name,
            "common_name": row.common_name,
            "authority_kind": AuthorityKind(row.kind),
            "province_code": row.province_code,
            "retired_on": None,
            "user_edited": False,
            "from_reference": version,
            "sort_key": sort_key(row.common_name or row.name),
        }
        current = existing.get(row.code)
        if current is None:
            records.create(RecordKind.AUTHORITY, values, shared_factory(),
                           display_no=records.free_display_no(row.code))
            inserted += 1
        elif current.user_edited or current.deleted_at is not None:
            kept += 1  # edited or deleted by an official: a release does not undo that
        elif any(getattr(current, k) != v for k, v in values.items() if k != "from_reference"):
            # Only a real change is written (and audited): a new reference version alone is not.
            records.update(
                RecordKind.AUTHORITY, current.id, current.version, values, shared_factory(current)
            )
            updated += 1
    for code, current in existing.items():
        if code in wanted or not current.from_reference or current.retired_on is not None:
            continue
        if current.user_edited or current.deleted_at is not None:
            kept += 1
            continue
        records.update(
            RecordKind.AUTHORITY,
            current.id,
            current.version,
            {"retired_on": today},
            shared_factory(current),
        )
        retired += 1
    return AuthorityUpdate(inserted, updated, retired, kept)


def parent_chain(session: Session, organisation_id: Any) -> list[Any]:
    """The ids above an organisation, nearest first (stops at a loop or after 100 steps)."""
    from chinadossier.db.models import Organisation

    chain: list[Any] = []
    current = organisation_id
    for _ in range(100):
        parent = session.scalar(select(Organisation.parent_id).where(Organisation.id == current))
        if parent is None or parent in chain:
            break
        chain.append(parent)
        current = parent
    return chain
