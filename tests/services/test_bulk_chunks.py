"""A bulk writes in chunks inside its one transaction: same hashes, index and audit; a cancel
after some chunks still leaves nothing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import org_draft, person_draft, source_draft, tie_draft

from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.drafts import PositionDraft
from chinadossier.services import maintenance
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_a_chunked_bulk_is_hashed_indexed_and_audited_like_one_piece(
    case_file: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given chunks of three records
    monkeypatch.setattr(UnitOfWork, "SPILL_EVERY", 3)
    records, audit = _count(case_file, "record"), _count(case_file, "audit_entry")
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        rotterdam = dossier.authorities.by_code("GM0599").meta.id
        with dossier.bulk() as bulk:
            orgs = [bulk.create(dossier.organisations, org_draft(f"Haventerminal {n}"))
                    for n in range(7)]
            for n, org in enumerate(orgs):
                post = PositionDraft("loodsmeester", organisation_id=org)
                bulk.create(dossier.persons, person_draft(f"Kadewerker{n}", positions=(post,)))
                bulk.create(dossier.ties, tie_draft(rotterdam, org, title=f"Kadeband {n}"))
            bulk.commit()
        # Then every record is in the file with its audit entry, found by its words
        assert _count(case_file, "record") == records + 21
        assert _count(case_file, "audit_entry") >= audit + 21
        found = {h.ref.display_no for h in dossier.overview.search("loodsmeester", limit=50)}
        assert len(found) == 7
        assert len(dossier.overview.search("haventerminal kadeband", limit=50)) == 7
    # And check recomputes the same state hashes and search documents from the stored rows
    report = maintenance.check(case_file, full=True)
    assert report.ok, report.to_json()


def test_a_bulk_cancelled_after_some_chunks_leaves_nothing(
    case_file: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(UnitOfWork, "SPILL_EVERY", 2)
    records, fts = _count(case_file, "record"), _count(case_file, "search_key")
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        with pytest.raises(KeyboardInterrupt), dossier.bulk() as bulk:
            for n in range(7):  # three chunks written inside the transaction
                bulk.create(dossier.organisations, org_draft(f"Geannuleerd {n}"))
            raise KeyboardInterrupt
    assert _count(case_file, "record") == records
    assert _count(case_file, "search_key") == fts
    assert maintenance.check(case_file).ok


_KILLED_WRITER = """
import sys
from pathlib import Path
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.services.dossier import Dossier
UnitOfWork.SPILL_EVERY = 5
with Dossier.open(Path(sys.argv[1]), actor=Actor("test", None, "test")) as dossier:
    with dossier.bulk() as bulk:
        n = 0
        while True:  # until killed; never commits
            bulk.create(dossier.organisations, OrganisationDraft(
                name_nl=f"Gedood {n}", org_kind=OrganisationKind.OTHER))
            n += 1
            if n == 23:
                print("chunks written", flush=True)
"""


def test_kill_9_in_the_middle_of_a_chunked_bulk_leaves_nothing(case_file: Path) -> None:
    records = _count(case_file, "record")
    child = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(case_file)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "chunks written"
        time.sleep(0.2)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _count(case_file, "record") == records
    assert maintenance.check(case_file).ok


def test_rows_added_to_an_audited_record_without_a_change_are_refused(
    case_file: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a record audited with its chunk (its entry holds its state hash)
    monkeypatch.setattr(UnitOfWork, "SPILL_EVERY", 1)
    records = _count(case_file, "record")
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        with pytest.raises(RuntimeError, match="unaudited"), dossier.bulk() as bulk:
            source = bulk.create(dossier.sources, source_draft("Jaarverslag"))
            org = bulk.create(dossier.organisations, org_draft("Havenbedrijf"))
            bulk.create(dossier.organisations, org_draft("Volgende"))  # org's chunk is written
            # When a row is added to it with no change noted (a stale state hash)
            bulk._uow.add_rows(
                "record_source", [{"record_id": org, "source_id": source, "locator": None}],
                owner=org,
            )
            # Then the commit refuses, and nothing is written
            bulk.commit()
    assert _count(case_file, "record") == records
