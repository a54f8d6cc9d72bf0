"""Shipped reference data (CBS municipalities and provinces, Chinese divisions) and its updates.

A release ships a new version of the files; applying it inserts and retires entries, refreshes
those nobody edited, and never deletes or overwrites a user's edit. Records keep pointing at
retired codes.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from chinadossier.db.repository import Shared
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.codes import (
    AuditAction,
    AuthorityKind,
    Classification,
    RecordKind,
    RetentionCategory,
)
from chinadossier.domain.errors import UsageError
from chinadossier.domain.reference_policy import (
    AuthorityEntry,
    AuthorityRow,
    AuthorityUpdate,
    DivisionEntry,
    DivisionRow,
    DivisionUpdate,
    Stored,
    parents_first,
    plan,
)
from chinadossier.domain.search_text import sort_key
from chinadossier.resources_locator import resource_path

#: Version of the reference files shipped with this release.
REFERENCE_VERSION = "2025.2"

_CODE = re.compile(r"^\s*(GM|PV)\s*-?\s*(\d{1,4})\s*$", re.IGNORECASE)


def normalise_code(code: str) -> str:
    """A CBS code in canonical form: 'gm599' → 'GM0599', 'pv 28' → 'PV28'."""
    match = _CODE.match(code or "")
    if not match:
        raise UsageError(
            f"'{code}' is geen CBS-code; gebruik GM gevolgd door vier cijfers (bijv. GM0599) "
            "of PV gevolgd door twee cijfers (bijv. PV28)."
        )
    prefix, digits = match.group(1).upper(), int(match.group(2))
    if prefix == "PV":
        if digits > 99:
            raise UsageError(f"'{code}' is geen provinciecode (PV20 t/m PV31).")
        return f"PV{digits:02d}"
    return f"GM{digits:04d}"


@dataclass(frozen=True, slots=True)
class ReferenceData:
    """The rows of one version of the reference files."""

    version: str
    authorities: list[AuthorityRow]
    divisions: list[DivisionRow]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_reference(folder: Path | None = None, version: str = REFERENCE_VERSION) -> ReferenceData:
    """Read the reference CSVs (the shipped ones by default)."""
    base = folder or resource_path("reference")
    authorities = [
        AuthorityRow(row["code"], row["naam"], None, "province", None)
        for row in _read(base / "nl_provincies.csv")
    ]
    authorities += [
        AuthorityRow(
            row["code"],
            row["naam"],
            row["naam_gangbaar"] or None,
            "municipality",
            row["provincie_code"],
        )
        for row in _read(base / "nl_gemeenten.csv")
    ]
    divisions = [
        DivisionRow(
            row["adcode"],
            row["level"],
            row["parent_adcode"] or None,
            row["hanzi"],
            row["pinyin"],
            row["name_en"],
        )
        for row in _read(base / "cn_divisions.csv")
    ]
    return ReferenceData(version, authorities, divisions)


@dataclass(frozen=True, slots=True)
class ReferenceReport:
    """What applying a reference version did."""

    version: str
    authorities: AuthorityUpdate
    divisions: DivisionUpdate


def apply_reference(uow: UnitOfWork, data: ReferenceData) -> ReferenceReport:
    """Apply a reference version inside the caller's unit of work (audited).

    What changes follows domain.reference_policy: new codes are inserted, unedited entries
    refreshed, vanished ones retired; an official's edits and deletions are left alone.
    """
    today = uow.clock.today()
    divisions = _apply_divisions(uow, data.divisions, data.version, today)
    authorities = _apply_authorities(uow, data.authorities, data.version, today)
    uow.event(
        AuditAction.REFERENCE_UPDATE,
        version=data.version,
        authorities=[authorities.inserted, authorities.updated, authorities.retired],
        divisions=[divisions.inserted, divisions.updated, divisions.retired],
    )
    return ReferenceReport(data.version, authorities, divisions)


def update_reference(uow: UnitOfWork, data: ReferenceData) -> ReferenceReport:
    """Apply a newer reference version to an existing case file and record that it follows it."""
    report = apply_reference(uow, data)
    uow.case_file.set_reference_version(data.version)
    uow.settings_changed()
    return report


def _apply_divisions(
    uow: UnitOfWork, rows: list[DivisionRow], version: str, today: dt.date
) -> DivisionUpdate:
    entries = uow.reference.division_entries()

    def compared(e: DivisionEntry | DivisionRow, retired_on: dt.date | None) -> tuple[Any, ...]:
        return (e.level, e.parent_adcode, e.hanzi, e.pinyin, e.name_en, retired_on)

    decided = plan(
        {
            code: Stored(compared(e, e.retired_on), e.user_edited, False, e.from_reference,
                         e.retired_on is not None)
            for code, e in entries.items()
        },
        {row.adcode: compared(row, None) for row in rows},
    )
    shipped = {row.adcode: row for row in rows}
    inserts = [
        DivisionEntry(r.adcode, r.level, r.parent_adcode, r.hanzi, r.pinyin, r.name_en,
                      from_reference=version)
        for r in parents_first([shipped[code] for code in decided.insert])
    ]
    updates = [
        DivisionEntry(r.adcode, r.level, r.parent_adcode, r.hanzi, r.pinyin, r.name_en,
                      from_reference=version)
        for r in (shipped[c] for c in (*decided.refresh, *decided.unchanged))
        if r.adcode in decided.refresh or entries[r.adcode].from_reference != version
    ]
    updates += [replace(entries[code], retired_on=today) for code in decided.retire]
    uow.reference.write_divisions(inserts, updates)
    return DivisionUpdate(
        len(decided.insert), len(decided.refresh), len(decided.retire), decided.kept_user_edits
    )


def _apply_authorities(
    uow: UnitOfWork, rows: list[AuthorityRow], version: str, today: dt.date
) -> AuthorityUpdate:
    records = uow.records
    entries = uow.reference.authority_entries()

    def kept_shared(e: AuthorityEntry) -> Shared:
        # None for tags and sources: a reference update leaves a record's links alone
        return Shared(
            classification=e.classification,
            retention_category=e.retention_category,
            retention_on=e.retention_on,
            tags=None,
            sources=None,
        )

    def key(row: AuthorityRow) -> str:
        return sort_key(row.common_name or row.name)

    shipped = {row.code: row for row in rows}
    decided = plan(
        {
            code: Stored(
                (e.name, e.common_name, e.kind, e.province_code, e.retired_on, e.sort_key),
                e.user_edited, e.deleted, e.from_reference, e.retired_on is not None,
            )
            for code, e in entries.items()
        },
        {
            row.code: (row.name, row.common_name, row.kind, row.province_code, None, key(row))
            for row in rows
        },
    )
    for code in (*decided.insert, *decided.refresh):
        row = shipped[code]
        values = {
            "code": row.code,
            "name": row.name,
            "common_name": row.common_name,
            "authority_kind": AuthorityKind(row.kind),
            "province_code": row.province_code,
            "retired_on": None,
            "user_edited": False,
            "from_reference": version,
            "sort_key": key(row),
        }
        if code in entries:
            e = entries[code]
            records.update(RecordKind.AUTHORITY, e.id, e.version, values, kept_shared(e))
        else:
            records.create(
                RecordKind.AUTHORITY,
                values,
Shared(
                    classification=Classification.PUBLIC,
                    retention_category=RetentionCategory.UNDECIDED,
                    retention_on=None,
                    tags=(),
                    sources=(),
                ),
                display_no=records.free_display_no(code),
            )
    for code in decided.retire:
        e = entries[code]
        records.update(
            RecordKind.AUTHORITY, e.id, e.version, {"retired_on": today}, kept_shared(e)
        )
    return AuthorityUpdate(
        len(decided.insert), len(decided.refresh), len(decided.retire), decided.kept_user_edits
    )


_CODE_LIKE = re.compile(r"^\s*[A-Za-z]{2}\s*-?\s*\d+\s*$")
_KIND_WORDS = {"gemeente": "municipality", "provincie": "province"}


def authorities_named(text: str) -> list[AuthorityRow]:
    """The municipalities and provinces a name names ("provincie Utrecht": the province only):
    those whose official or common name it is, else those whose name without its bracketed
    part it is ("Bergen" names Bergen (L.) and Bergen (NH.)). More than one: the name alone
    does not say which (the CLI refuses it; the welcome dialog asks to pick one)."""
    words = (text or "").strip().split(maxsplit=1)
    kind = _KIND_WORDS.get(words[0].casefold()) if len(words) == 2 else None
    name = fold_name(words[1] if kind else (text or ""))
    if not name:
        return []
    rows = [r for r in load_reference().authorities if kind is None or r.kind == kind]

    def names(row: AuthorityRow) -> set[str]:
        found = {fold_name(row.name), fold_name(_BRACKETS.sub("", row.name))}
        if row.common_name:
            found.add(fold_name(row.common_name))
        return found

    exact = [r for r in rows if name in {fold_name(r.name), fold_name(r.common_name or "")}]
    return exact or [r for r in rows if name in names(r)]


def resolve_authority(text: str) -> str:
    """The CBS code of a municipality or province named by code or by name.

    "GM0599", "gm599", "Rotterdam", "Den Haag" (common name), "provincie Utrecht" and
    "Bergen (L.)" resolve; "Utrecht" or "Bergen" name more than one and are refused with the
    candidates listed.

    Raises:
        UsageError: No or more than one authority has that name (the message lists them).
    """
    if _CODE.match(text or "") or _CODE_LIKE.match(text or ""):
        return normalise_code(text)  # a malformed code gets the code's own message
    words = (text or "").strip().split(maxsplit=1)
    kind = _KIND_WORDS.get(words[0].casefold()) if len(words) == 2 else None
    if not fold_name(words[1] if kind else (text or "")):
        raise UsageError("Geef een CBS-code of de naam van een gemeente of provincie op.")
    matches = authorities_named(text)
    if len(matches) == 1:
        return matches[0].code
    if not matches:
        raise UsageError(
            f"Geen gemeente of provincie heet '{text}'. Gebruik de naam zoals het CBS die "
            "schrijft of de CBS-code (bijv. GM0599 of PV28)."
        )
    listed = "; ".join(
        f"{'provincie' if r.kind == 'province' else 'gemeente'} {r.name} ({r.code})"
        for r in matches
    )
    raise UsageError(f"'{text}' is niet eenduidig: {listed}. Geef de CBS-code op.")


_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")


def fold_name(text: str) -> str:
    """A place name for comparison: case and diacritics folded, whitespace collapsed."""
    return sort_key(text)
