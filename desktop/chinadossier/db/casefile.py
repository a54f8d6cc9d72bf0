"""The one-row case-file settings and the risk matrix versions."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.convert import refs
from chinadossier.db.models import (
    Authority,
    CaseFile,
    DisplayCounter,
    RiskCategory,
    RiskMatrix,
)
from chinadossier.domain import plural
from chinadossier.domain.codes import Classification
from chinadossier.domain.errors import ChinadossierError
from chinadossier.domain.ids import new_id
from chinadossier.domain.records import CaseFileSettings
from chinadossier.domain.risk import Matrix


def own_authority_id(session: Session) -> uuid.UUID | None:
    """The id of the case file's own authority."""
    row = session.get(CaseFile, 1)
    return row.own_authority_id if row else None


def settings(session: Session) -> CaseFileSettings:
    """The settings row as a frozen record."""
    row = session.get(CaseFile, 1)
    if row is None:
        raise ChinadossierError("Dit dossier is niet volledig aangemaakt (instellingen ontbreken).")
    own = refs(session, [row.own_authority_id])[row.own_authority_id]
    code = session.scalar(select(Authority.code).where(Authority.id == row.own_authority_id))
    matrix = session.get(RiskMatrix, row.current_matrix_id)
    assert matrix is not None
    return CaseFileSettings(
        case_file_id=row.case_file_id,
        own_authority=own,
        own_authority_code=str(code),
        default_classification=row.default_classification,
        is_demo=row.is_demo,
        reference_version=row.reference_version,
        matrix_version=matrix.version,
        created_at=row.created_at,
        council_seats=row.council_seats,
    )


def set_council_seats(session: Session, seats: int | None) -> None:
    """Store the number of seats of the own council (None: not known)."""
    row = session.get(CaseFile, 1)
    assert row is not None
    row.council_seats = seats


def add_matrix(session: Session, matrix: Matrix, now: dt.datetime) -> int:
    """Store a matrix version (immutable from then on); returns its row id."""
    row = RiskMatrix(
        version=matrix.version, name=matrix.name, definition=matrix.to_definition(), adopted_at=now
    )
    session.add(row)
    session.flush()
    return row.id


def create_settings(
    session: Session,
    *,
    own_authority_id: uuid.UUID,
    is_demo: bool,
    reference_version: str,
    matrix_id: int,
    now: dt.datetime,
    default_classification: Classification = Classification.INTERNAL,
) -> None:
    """Insert the settings row (once)."""
    session.add(
        CaseFile(
            id=1,
            case_file_id=new_id(),
            own_authority_id=own_authority_id,
            default_classification=default_classification,
            is_demo=is_demo,
            reference_version=reference_version,
            current_matrix_id=matrix_id,
            created_at=now,
        )
    )
    session.flush()


def current_matrix(session: Session) -> tuple[int, Matrix]:
    """The matrix new assessments use, with its row id."""
    row = session.get(CaseFile, 1)
    assert row is not None
    matrix = session.get(RiskMatrix, row.current_matrix_id)
    assert matrix is not None
    return matrix.id, Matrix.from_definition(matrix.version, matrix.name, matrix.definition)


def category_id(session: Session, code: str) -> tuple[uuid.UUID, bool, bool] | None:
    """(id, retired, deleted) of a risk category by code."""
    row = session.execute(
        select(RiskCategory.id, RiskCategory.retired, RiskCategory.deleted_at)
        .where(RiskCategory.code == code)
        .order_by(RiskCategory.deleted_at.is_not(None), RiskCategory.id)
    ).first()
    return None if row is None else (row[0], bool(row[1]), row[2] is not None)


def set_reference_version(session: Session, version: str) -> None:
    """Record which reference version the case file follows."""
    row: Any = session.get(CaseFile, 1)
    row.reference_version = version


def adopt_matrix(session: Session, matrix: Matrix, now: dt.datetime) -> int:
    """Store a new matrix version and make it the one new assessments use; returns its row id."""
    latest = session.scalar(select(RiskMatrix.version).order_by(RiskMatrix.version.desc()))
    if latest is not None and matrix.version <= latest:
        raise ValueError(f"matrix version {matrix.version} is not newer than {latest}")
    matrix_id = add_matrix(session, matrix, now)
    row: Any = session.get(CaseFile, 1)
    row.current_matrix_id = matrix_id
    return matrix_id


def matrices(session: Session) -> list[Matrix]:
    """Every matrix version, oldest first."""
    return [
        Matrix.from_definition(m.version, m.name, m.definition)
        for m in session.scalars(select(RiskMatrix).order_by(RiskMatrix.version))
    ]


def identity_of_file(path: Path) -> tuple[str, str, bool] | None:
    """(case-file id, own authority code, demo flag) of a case file, read-only; None if not."""
    from chinadossier.db import sqlite_file

    try:
        conn = sqlite_file.connect_existing(path, read_only=True)
    except ChinadossierError:
        return None
    try:
        row = conn.execute(
            "SELECT c.case_file_id, a.code, c.is_demo FROM case_file c "
            "JOIN authority a ON a.id = c.own_authority_id"
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return None if row is None else (str(row[0]), str(row[1]), bool(row[2]))


def counters_of_file(path: Path) -> dict[str, int]:
    """The display-number counters of a case file ({"NOT-2026": 7, "ORG": 42}), read-only;
    empty when the file cannot be read (missing, damaged, not ours)."""
    from chinadossier.db import sqlite_file

    try:
        conn = sqlite_file.connect_existing(path, read_only=True)
    except ChinadossierError:
        return {}
    try:
        rows = conn.execute("SELECT prefix, last_value FROM display_counter").fetchall()
    except sqlite3.DatabaseError:
        return {}
    finally:
        conn.close()
    return {str(prefix): int(value) for prefix, value in rows if isinstance(value, int)}


def keep_counters_at_least(session: Session, floors: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Move each counter up to at least its floor (never down): numbers handed out by a later
    state of the file (a memo's NOT-2026-0007 given to the council) are not given again after
    an older backup is restored. Returns {prefix: (old, new)} of the counters moved."""
    moved: dict[str, tuple[int, int]] = {}
    for prefix, floor in sorted(floors.items()):
        counter = session.get(DisplayCounter, prefix)
        old = counter.last_value if counter is not None else 0
        if floor <= old:
            continue
        if counter is None:
            session.add(DisplayCounter(prefix=prefix, last_value=floor))
        else:
            counter.last_value = floor
        moved[prefix] = (old, floor)
    return moved


#: Audit actions that change records: made after a demo was built, they make the file real.
_RECORD_ACTIONS = ("create", "update", "delete", "restore", "erase_payload")


def signs_of_real_use(path: Path) -> list[str]:
    """Why a (demo-flagged) file looks like a real case file; empty when it does not.

    A demo is built in one go at one fixed instant (the demo's FixedClock): every record and
    every record audit entry carries that instant. A record made or changed at another
    moment, by the program or directly in the file, is a sign of real use (issue 7.4);
    backups, checks and reindexing are not.
    """
    from chinadossier.db import sqlite_file

    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        first = conn.execute("SELECT at FROM audit_entry ORDER BY seq LIMIT 1").fetchone()
        if first is None:
            return ["het auditspoor is leeg"]
        marks = ",".join("?" * len(_RECORD_ACTIONS))
        changed = conn.execute(
            f"SELECT count(*) FROM audit_entry WHERE at != ? AND action IN ({marks})",
            (first[0], *_RECORD_ACTIONS),
        ).fetchone()[0]
        records = conn.execute(
            "SELECT count(*) FROM record WHERE created_at != ? OR updated_at != ?",
            (first[0], first[0]),
        ).fetchone()[0]
        unaudited = conn.execute(
            "SELECT count(*) FROM record r WHERE NOT EXISTS "
            "(SELECT 1 FROM audit_entry e WHERE e.record_id = r.id)"
        ).fetchone()[0]
    except sqlite3.DatabaseError:
        return ["het bestand kan niet worden gelezen"]
    finally:
        conn.close()
    signs = []
    if changed:
        signs.append(f"{plural.count(changed, 'wijziging', 'wijzigingen')} na het maken van de "
                     "demo")
    if records:
        signs.append(f"{plural.records(records)} {plural.form(records, 'dat', 'die')} niet door "
                     f"de demo {plural.form(records, 'is', 'zijn')} gemaakt")
    if unaudited:
        signs.append(f"{plural.records(unaudited)} zonder auditregel")
    return signs
