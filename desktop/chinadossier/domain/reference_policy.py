"""Which stored reference entries a new release inserts, refreshes, retires or leaves alone.

The policy (DOMAIN.md, reference data): a new code is inserted; an entry nobody edited is
refreshed when the release changes it (only a real difference counts); a code the release no
longer has is retired, never deleted; an entry an official edited (or deleted) is left alone,
also when the release would change or retire it. The services apply the plan through the
repositories; the database only stores.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class AuthorityRow:
    """One municipality or province from the CBS files."""

    code: str
    name: str
    common_name: str | None
    kind: str
    province_code: str | None


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
class AuthorityEntry:
    """A stored authority, as the policy and the update need to see it."""

    id: uuid.UUID
    version: int
    code: str
    name: str
    common_name: str | None
    kind: str
    province_code: str | None
    retired_on: dt.date | None
    user_edited: bool
    deleted: bool
    from_reference: str | None
    sort_key: str
    classification: Any
    retention_category: Any
    retention_on: dt.date | None


@dataclass(frozen=True, slots=True)
class DivisionEntry:
    """A stored (or to be stored) Chinese division."""

    adcode: str
    level: str
    parent_adcode: str | None
    hanzi: str
    pinyin: str
    name_en: str
    retired_on: dt.date | None = None
    user_edited: bool = False
    from_reference: str | None = None


@dataclass(frozen=True, slots=True)
class Stored:
    """What the policy needs to know of one stored entry."""

    values: tuple[Any, ...]
    user_edited: bool
    deleted: bool
    from_reference: str | None
    retired: bool


@dataclass(frozen=True, slots=True)
class Plan:
    """Codes to insert, refresh (changed), keep in step (unchanged), retire; edits kept."""

    insert: tuple[str, ...] = ()
    refresh: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    retire: tuple[str, ...] = ()
    kept_user_edits: int = 0


def plan(stored: Mapping[str, Stored], shipped: Mapping[str, tuple[Any, ...]]) -> Plan:
    """Decide, per code, what a release does (see the module docstring).

    Args:
        stored: The entries in the case file by code, with the values the release compares.
        shipped: The release's values by code, in the same order and form as Stored.values.
    """
    insert: list[str] = []
    refresh: list[str] = []
    unchanged: list[str] = []
    retire: list[str] = []
    kept = 0
    for code, values in shipped.items():
        current = stored.get(code)
        if current is None:
            insert.append(code)
        elif current.user_edited or current.deleted:
            kept += 1  # edited or deleted by an official: a release does not undo that
        elif current.values != values:
            refresh.append(code)
        else:
            unchanged.append(code)
    for code, current in stored.items():
        if code in shipped or not current.from_reference or current.retired:
            continue
        if current.user_edited or current.deleted:
            kept += 1
            continue
        retire.append(code)
    return Plan(tuple(insert), tuple(refresh), tuple(unchanged), tuple(retire), kept)


@dataclass(frozen=True, slots=True)
class AuthorityUpdate:
    """What a reference update did to the authorities."""

    inserted: int
    updated: int
    retired: int
    kept_user_edits: int


@dataclass(frozen=True, slots=True)
class DivisionUpdate:
    """What a reference update did to the divisions."""

    inserted: int
    updated: int
    retired: int
    kept_user_edits: int


def parents_first(rows: Sequence[DivisionRow]) -> list[DivisionRow]:
    """Top-level divisions before the others, so a parent exists before its children."""
    return sorted(rows, key=lambda r: (r.parent_adcode is not None, r.adcode))
