"""Issue 10.6: what was destroyed or anonymised stays gone after restoring an older backup.

Every kind of record destroyed after its retention (organisation, tie, contact moment,
decision, risk note, source, person) is a line of the erasure ledger; restoring a backup made
before the destruction — in the application (services.maintenance.restore, which the restore
dialog calls) or with `chinadossier restore` — purges each of them again, exactly as the
destruction did, and `check` passes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    decision_draft,
    make_org,
    meeting_draft,
    org_draft,
    own_authority_id,
    person_draft,
    risk_draft,
    source_draft,
    tie_draft,
)

from chinadossier.cli import main
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import ParticipantSide, RetentionCategory
from chinadossier.domain.drafts import Common, ParticipantDraft, SourceLink
from chinadossier.services import anonymise, backups, maintenance
from chinadossier.services.dossier import Dossier
from chinadossier.services.retention import RetentionService
from conftest import TEST_ACTOR

PAST = Common(retention_category=RetentionCategory.DESTROY, retention_on=dt.date(2026, 1, 1))

#: Words that occur only in the destroyed records (and their attachment).
SECRETS = ["Qiandaohu", "Xuejiang", "Moyunshan", "Hanfengling", "Luoxiacun", "Pingshanzhai",
           "Zhoulinqing", "千岛湖"]

_ENTITY = {"organisation": "organisation", "tie": "tie", "meeting": "meeting",
           "decision": "decision", "risk_note": "risk_note", "source": "source",
           "person": "person"}


def _rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _found(path: Path) -> list[str]:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    data = data.lower()
    return [s for s in SECRETS if s.lower().encode("utf-8") in data]


def _setup(dossier: Dossier) -> tuple[dict[str, uuid.UUID], uuid.UUID]:
    """Seven records of seven kinds due for destruction, and one organisation that stays."""
    own = own_authority_id(dossier)
    source = dossier.sources.create(source_draft("Verslag Zhoulinqing", common=PAST)).record
    org = dossier.organisations.create(org_draft(
        "Handelskamer Qiandaohu", hanzi="千岛湖商会", common=Common(
            retention_category=RetentionCategory.DESTROY, retention_on=dt.date(2026, 1, 1),
            sources=(SourceLink(source.meta.id, "p. 3"),)))).record
    dossier.attachments.attach(org.meta.id, file_name="kvk.txt",
                               data=b"handelsregister Luoxiacun 1234")
    tie = dossier.ties.create(tie_draft(own, org.meta.id, common=PAST,
                                        description="Afspraken Xuejiang")).record
    person = dossier.persons.create(person_draft("Moyunshan", given_name="Pingshanzhai",
                                                 common=PAST)).record
    stays = make_org(dossier, "Gemeente Suzhou")
    meeting = dossier.meetings.create(meeting_draft(
        title="Bezoek Hanfengling", common=PAST, participants=(
            ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id),
            ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id),
            ParticipantDraft(ParticipantSide.THEIRS, organisation_id=stays.meta.id),
        ))).record
    decision = dossier.decisions.create(decision_draft(own, title="Motie Xuejiang",
                                                       common=PAST)).record
    risk = dossier.risk_notes.create(risk_draft(org.meta.id, title="Risico Qiandaohu",
                                                common=PAST)).record
    ids = {"organisation": org.meta.id, "tie": tie.meta.id, "meeting": meeting.meta.id,
           "decision": decision.meta.id, "risk_note": risk.meta.id,
           "source": source.meta.id, "person": person.meta.id}
    return ids, stays.meta.id


def _assert_gone(path: Path, ids: dict[str, uuid.UUID], stays: uuid.UUID) -> None:
    for table, record_id in ids.items():
        rid = record_id.hex
        assert _rows(path, f'SELECT count(*) FROM "{_ENTITY[table]}" WHERE id=?', rid) == [
            (0,)], table
        assert _rows(path, "SELECT count(*) FROM search_key WHERE record_id=?", rid) == [
            (0,)], table
        assert _rows(path, "SELECT count(*) FROM audit_entry e JOIN audit_payload p ON "
                     "p.entry_seq=e.seq WHERE e.record_id=? AND p.payload IS NOT NULL "
                     "AND e.action <> 'destroy'",
                     rid) == [(0,)], table
        # The tombstone (number, kind) stays, as after the destruction itself.
        assert len(_rows(path, "SELECT display_no FROM record WHERE id=?", rid)) == 1
    assert _rows(path, "SELECT count(*) FROM attachment") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM blob WHERE data LIKE '%Luoxiacun%'") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM record_source") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM organisation WHERE id=?", stays.hex) == [(1,)]
    assert _found(path) == []
    with Dossier.open(path, clock=FixedClock.on(dt.date(2026, 11, 29)),
                      actor=TEST_ACTOR) as reopened:
        assert reopened.overview.search("Qiandaohu") == []
        assert reopened.overview.search("Moyunshan") == []
        assert [h.ref.id for h in reopened.overview.search("Suzhou")] == [stays]


def _destroy_all(dossier: Dossier, ids: dict[str, uuid.UUID]) -> None:
    RetentionService(dossier.ctx).destroy(list(ids.values()))
    assert maintenance.check(dossier.path).ok


def test_destroyed_records_of_every_kind_stay_gone_after_restoring_an_older_backup(
        dossier: Dossier, tmp_path: Path, clock: FixedClock) -> None:
    ids, stays = _setup(dossier)
    path = dossier.path
    assert set(_found(path)) == set(SECRETS)  # the test sees the words while they are there
    place = backups.place_beside(path)
    older = backups.make_now(path, place, clock=clock, actor=TEST_ACTOR).path
    assert older is not None and set(_found(older)) == set(SECRETS)

    clock.advance(dt.timedelta(hours=1))
    _destroy_all(dossier, ids)
    assert _found(path) == []  # the destruction itself left no old bytes in the file or WAL
    lines = [e for e in anonymise.ledger(dossier.ctx) if e.destroyed]
    assert {e.record_id for e in lines} == set(ids.values())
    dossier.close()

    clock.advance(dt.timedelta(hours=1))
    outcome = maintenance.restore(path, older, safety_dir=place.folder, clock=clock,
                                  actor=TEST_ACTOR)
    assert outcome.report.ok, [i for i in outcome.report.items if not i.ok]
    assert outcome.erasures.destroyed == len(ids) and outcome.erasures.refused == ()
    _assert_gone(path, ids, stays)

    # The case file is lost (a new laptop): the ledger copy beside the backups still applies.
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    lost = maintenance.restore(path, older, safety_dir=place.folder, clock=clock,
                               actor=TEST_ACTOR)
    assert lost.safety_copy is None and lost.report.ok
    assert lost.erasures.destroyed == len(ids)
    _assert_gone(path, ids, stays)

    # Restoring once more changes nothing new: the restored file holds the ledger lines.
    again = maintenance.restore(path, older, safety_dir=place.folder, clock=clock,
                                actor=TEST_ACTOR)
    assert again.erasures.destroyed == len(ids) and again.report.ok
    _assert_gone(path, ids, stays)


def test_cli_restore_of_an_older_backup_destroys_again(
        dossier: Dossier, tmp_path: Path, clock: FixedClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    ids, stays = _setup(dossier)
    path = dossier.path
    data = path.parent
    assert main(["--data-dir", str(data), "backup"]) == 0
    [older] = list((data / "backups").glob("chinadossier-*.sqlite3"))
    _destroy_all(dossier, ids)
    dossier.close()
    capsys.readouterr()

    assert main(["--data-dir", str(data), "restore", str(older)]) == 0
    out = capsys.readouterr().out
    assert f"{len(ids)} records opnieuw vernietigd" in out
    _assert_gone(path, ids, stays)
    assert maintenance.check(path).ok


def test_a_destruction_still_needed_in_the_older_file_is_reported_not_half_done(
        dossier: Dossier, tmp_path: Path, clock: FixedClock) -> None:
    own = own_authority_id(dossier)
    org = dossier.organisations.create(org_draft("Handelskamer Qiandaohu",
                                                 common=PAST)).record
    tie = dossier.ties.create(tie_draft(own, org.meta.id, common=PAST)).record
    path = dossier.path
    place = backups.place_beside(path)
    older = backups.make_now(path, place, clock=clock, actor=TEST_ACTOR).path
    assert older is not None
    RetentionService(dossier.ctx).destroy([org.meta.id, tie.meta.id])
    dossier.close()
    # Only the organisation's line reaches the older file (the case file is lost and the
    # ledger copy beside the backups is edited to leave the tie's line out): the tie that
    # stays in the older file still needs the organisation.
    mirror = next(place.folder.glob("wisregister-*.json"))
    lines = [d for d in json.loads(mirror.read_text("utf-8"))
             if d["record_id"] == str(org.meta.id)]
    mirror.write_text(json.dumps(lines), "utf-8")
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()

    outcome = maintenance.restore(path, older, safety_dir=place.folder, clock=clock,
                                  actor=TEST_ACTOR)
    assert outcome.erasures.destroyed == 0
    [reason] = outcome.erasures.refused
    assert org.meta.display_no in reason and tie.meta.display_no in reason
    assert outcome.report.ok
    assert _rows(path, "SELECT count(*) FROM organisation WHERE id=?", org.meta.id.hex) == [
        (1,)]
    # The line that could not be re-applied is kept beside the backups, also after later
    # ledger copies (an anonymisation writes one): the next restore tries again.
    with Dossier.open(path, clock=clock, actor=TEST_ACTOR) as reopened:
        person = reopened.persons.create(person_draft("Moyunshan")).record
        anonymise.anonymise(reopened.ctx, person.meta.id)
    kept = json.loads(mirror.read_text("utf-8"))
    assert {(d["record_id"], d["destroyed"]) for d in kept} == {
        (str(org.meta.id), True), (str(person.meta.id), False)}
    again = maintenance.restore(path, older, safety_dir=place.folder, clock=clock,
                                actor=TEST_ACTOR)
    assert [org.meta.display_no in r for r in again.erasures.refused] == [True]
