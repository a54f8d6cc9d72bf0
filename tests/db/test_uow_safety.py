"""A unit of work ending in an error writes nothing and frees the file; a new schema stops it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from chinadossier.db.uow import SchemaChanged
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR


def _rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM record").fetchone()[0])


def test_a_cancelled_bulk_writes_nothing_and_releases_the_lock(
    case_file: Path, clock: FixedClock
) -> None:
    # Given a bulk with queued records that is cancelled (e.g. the user pressed Stop)
    before = _rows(case_file)
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        with pytest.raises(KeyboardInterrupt), dossier.bulk() as bulk:
            for n in range(3):
                bulk.create(dossier.organisations, OrganisationDraft(
                    name_nl=f"Geannuleerd {n}", org_kind=OrganisationKind.OTHER))
            raise KeyboardInterrupt
    # Then none of it is in the file, and another connection can write at once
    assert _rows(case_file) == before
    conn = sqlite3.connect(case_file, timeout=0)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.rollback()
    finally:
        conn.close()


def test_a_write_after_another_program_changed_the_schema_is_refused(
    case_file: Path, clock: FixedClock
) -> None:
    # Given a case file opened by this program, then upgraded by another one
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        with sqlite3.connect(case_file) as conn:
            conn.execute("PRAGMA user_version = 99")
        digest = hashlib.sha256(case_file.read_bytes()).hexdigest()
        # When this program tries to save, it is stopped before writing anything
        with pytest.raises(SchemaChanged):
            dossier.organisations.create(OrganisationDraft(
                name_nl="Te laat", org_kind=OrganisationKind.OTHER))
    assert hashlib.sha256(case_file.read_bytes()).hexdigest() == digest
