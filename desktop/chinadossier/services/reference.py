"""Shipped reference data (CBS municipalities and provinces, Chinese divisions) and its updates.

A release ships a new version of the files; applying it inserts and retires entries, refreshes
those nobody edited, and never deletes or overwrites a user's edit. Records keep pointing at
retired codes.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinadossier.db.casefile import set_reference_version
from chinadossier.db.reference import (
    AuthorityRow,
    AuthorityUpdate,
    DivisionRow,
    DivisionUpdate,
    apply_authorities,
    apply_divisions,
)
from chinadossier.db.repository import Records, Shared
from chinadossier.domain.codes import AuditAction, Classification, RetentionCategory
from chinadossier.domain.errors import UsageError
from chinadossier.domain.search_text import sort_key
from chinadossier.resources_locator import resource_path

#: Version of the reference files shipped with this release.
REFERENCE_VERSION = "2025.1"

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


def apply_reference(records: Records, data: ReferenceData) -> ReferenceReport:
    """Apply a reference version inside the caller's unit of work (audited)."""
    uow = records.uow

    def shared(current: Any = None) -> Shared:
        if current is not None:
            return Shared(
                current.classification, current.retention_category, current.retention_on, None, None
            )
        return Shared(Classification.PUBLIC, RetentionCategory.UNDECIDED, None, (), ())

    divisions = apply_divisions(
        records.session, data.divisions, version=data.version, today=uow.clock.today()
    )
    authorities = apply_authorities(
        records,
        data.authorities,
        version=data.version,
        today=uow.clock.today(),
        shared_factory=shared,
        sort_key=sort_key,
    )
    uow.event(
        AuditAction.REFERENCE_UPDATE,
        version=data.version,
        authorities=[authorities.inserted, authorities.updated, authorities.retired],
        divisions=[divisions.inserted, divisions.updated, divisions.retired],
    )
    return ReferenceReport(data.version, authorities, divisions)


def update_reference(records: Records, data: ReferenceData) -> ReferenceReport:
    """Apply a newer reference version to an existing case file and record that it follows it."""
    report = apply_reference(records, data)
    set_reference_version(records.session, data.version)
    records.uow.settings_changed()
    return report
