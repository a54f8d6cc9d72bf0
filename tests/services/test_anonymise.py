"""Issue 10.6: anonymising a person really erases, and the erasure ledger survives a restore."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from helpers import make_org, meeting_draft, person_draft

from chinadossier.domain import drafts as d
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import ParticipantSide
from chinadossier.domain.errors import NotFound
from chinadossier.services import anonymise, backups, maintenance
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR

# Names that occur nowhere else in a case file (Latin, Hanzi, and the e-mail address).
SECRETS = ["Qiuchuji", "Daozhang", "丘处机", "丘处", "qiu.daozhang@example.cn", "Quanzhen"]


def _raw(path: Path) -> bytes:
    """The bytes of a case file and its WAL (lower-cased: the search index folds case)."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data.lower()


def _found(path: Path) -> list[str]:
    raw = _raw(path)
    return [s for s in SECRETS if s.lower().encode("utf-8") in raw]


def _setup(dossier: Dossier) -> tuple[object, object]:
    org = make_org(dossier)
    person = dossier.persons.create(person_draft(
        "Qiuchuji", given_name="Daozhang", hanzi="丘处机", notes="Leider van de Quanzhen-school",
        emails=("qiu.daozhang@example.cn",),
        positions=(d.PositionDraft("Directeur", organisation_id=org.meta.id),),
    )).record
    # An edit, so the audit trail holds old values of the person.
    person = dossier.persons.edit(person.meta.id, dataclasses.replace(
        person_draft("Qiuchuji", given_name="Daozhang", hanzi="丘处机",
                     notes="Leider van de Quanzhen-school, 2e termijn",
                     emails=("qiu.daozhang@example.cn",),
                     positions=(d.PositionDraft("Directeur", organisation_id=org.meta.id),))),
        expected_version=person.meta.version).record
    meeting = dossier.meetings.create(meeting_draft(participants=(
        d.ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id),
    ))).record
    return person, meeting


def test_anonymise_erases_from_file_wal_index_audit_and_next_backup(
        dossier: Dossier, tmp_path: Path, clock: FixedClock) -> None:
    person, meeting = _setup(dossier)
    path = dossier.path
    assert set(_found(path)) == set(SECRETS)  # the test can see the names when they are there
    place = backups.BackupPlace(tmp_path / "kopieen")
    older = backups.make_now(path, place, clock=clock, actor=TEST_ACTOR).path
    assert older is not None and _found(older)

    done = anonymise.anonymise(dossier.ctx, person.meta.id)

    assert not done.already and done.scrubbed and done.payloads >= 2
    assert _found(path) == []
    after = dossier.persons.get(person.meta.id)
    assert after.display_name == anonymise.ANONYMISED_NAME
    assert after.positions == () and after.emails == () and after.hanzi is None
    shown = dossier.meetings.get(meeting.meta.id)
    assert [p.party.label for p in shown.participants] == [anonymise.ANONYMISED_NAME]
    assert dossier.overview.search("Qiuchuji") == []
    assert dossier.overview.search("丘处机") == []
    assert [h.ref.id for h in dossier.overview.search("geanonimiseerde")] == [person.meta.id]
    [line] = anonymise.ledger(dossier.ctx)
    assert line.record_id == person.meta.id and line.actor == TEST_ACTOR.who
    again = anonymise.anonymise(dossier.ctx, person.meta.id)
    assert again.already
    assert maintenance.check(path).ok

    clock.advance(dt.timedelta(hours=1))
    newer = backups.make_now(path, place, clock=clock, actor=TEST_ACTOR).path
    assert newer is not None and _found(newer) == []
    dossier.close()

    # Restoring the older backup brings the person back only for a moment: the ledger of the
    # replaced file is re-applied.
    clock.advance(dt.timedelta(hours=1))
    outcome = maintenance.restore(path, older, safety_dir=place.folder, clock=clock,
                                  actor=TEST_ACTOR)
    assert outcome.reapplied == 1 and outcome.report.ok, outcome.report
    assert _found(path) == []
    with Dossier.open(path, clock=clock, actor=TEST_ACTOR) as reopened:
        assert reopened.persons.get(person.meta.id).display_name == anonymise.ANONYMISED_NAME
        [line] = [e for e in anonymise.ledger(reopened.ctx) if e.reapplied]
        assert line.actor == TEST_ACTOR.who

    # The case file is lost (new laptop): the ledger copy beside the backups still applies.
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    lost = maintenance.restore(path, older, safety_dir=place.folder, clock=clock,
                               actor=TEST_ACTOR)
    assert lost.safety_copy is None and lost.reapplied == 1 and lost.report.ok
    assert _found(path) == []


def test_only_a_person_can_be_anonymised(dossier: Dossier) -> None:
    org = make_org(dossier)
    with pytest.raises(NotFound):
        anonymise.anonymise(dossier.ctx, org.meta.id)
