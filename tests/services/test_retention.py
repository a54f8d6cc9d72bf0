"""Retention: proposals per kind, the "te vernietigen" overview and destruction that purges."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.services.helpers import meeting_draft, person_draft, risk_draft

from chinadossier.domain.codes import (
    ParticipantSide,
    RecordKind,
    RetentionCategory,
)
from chinadossier.domain.drafts import Common, ParticipantDraft
from chinadossier.domain.errors import Refused
from chinadossier.domain.retention import proposal
from chinadossier.services import maintenance
from chinadossier.services.retention import RetentionService

PAST = Common(retention_category=RetentionCategory.DESTROY, retention_on=dt.date(2026, 1, 1))


def _one(path: Path, sql: str, *params: Any) -> Any:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def test_proposals_follow_the_rules() -> None:
    assert proposal(RecordKind.DECISION, dt.date(2026, 3, 1)) == (RetentionCategory.PERMANENT,
                                                                   None)
    assert proposal(RecordKind.PERSON, dt.date(2024, 2, 29)) == (RetentionCategory.DESTROY,
                                                                 dt.date(2029, 2, 28))
    assert proposal(RecordKind.MEETING, dt.date(2020, 5, 4))[1] == dt.date(2030, 5, 4)


def test_overview_apply_proposals_and_destroy(dossier: Any, case_file: Path) -> None:
    svc = RetentionService(dossier.ctx)
    person = dossier.persons.create(person_draft(
        "Li", given_name="Qiang", hanzi="李强", notes="geheim adres", common=PAST,
        emails=("li@example.cn",))).record.meta
    keep = dossier.persons.create(person_draft("Zhou", common=Common(
        retention_category=RetentionCategory.DESTROY, retention_on=dt.date(2031, 1, 1))))
    meeting = dossier.meetings.create(meeting_draft(participants=(
        ParticipantDraft(ParticipantSide.THEIRS, person_id=person.id),))).record.meta
    dossier.attachments.attach(person.id, file_name="pas.txt", data=b"paspoort Li Qiang 1234")
    overview = svc.overview()
    assert [i.display_no for i in overview.due] == [person.display_no]
    assert overview.counts[RecordKind.PERSON][RetentionCategory.DESTROY] == 2

    # Proposals for what is still undecided (the meeting), audited.
    done = svc.apply_proposals([RecordKind.MEETING]).record
    assert done == 1
    assert _one(case_file, "SELECT retention_category, retention_on FROM record WHERE id=?",
                meeting.id.hex) == ("destroy", "2036-03-14")

    # Not yet due / needed by another record: refused, nothing written.
    with pytest.raises(Refused, match="loopt tot"):
        svc.destroy([keep.record.meta.id])
    risk = dossier.risk_notes.create(risk_draft(person.id, common=PAST)).record.meta
    entries = _one(case_file, "SELECT count(*) FROM audit_entry")
    with pytest.raises(Refused, match="risiconotitie"):
        svc.destroy([person.id])
    assert _one(case_file, "SELECT count(*) FROM audit_entry") == entries

    # Destroyed together: purged from every table, the record row left as a tombstone.
    result = svc.destroy([person.id, risk.id])
    numbers, changes = result.record, result.changes
    assert numbers == [person.display_no, risk.display_no]
    assert meeting.id in changes.updated  # its participant row went with the person
    assert {person.id, risk.id} <= changes.deleted
    pid = person.id.hex
    for sql in ("SELECT count(*) FROM person WHERE id=?",
                "SELECT count(*) FROM attachment WHERE record_id=?",
                "SELECT count(*) FROM meeting_participant WHERE person_id=?",
                "SELECT count(*) FROM risk_note WHERE subject_id=?",
                "SELECT count(*) FROM search_key WHERE record_id=?",
                "SELECT count(*) FROM audit_entry e JOIN audit_payload p ON p.entry_seq=e.seq "
                "WHERE e.record_id=? AND p.payload LIKE '%geheim%'"):
        assert _one(case_file, sql, pid) == (0,), sql
    assert _one(case_file, "SELECT count(*) FROM blob WHERE data LIKE '%paspoort%'") == (0,)
    assert _one(case_file, "SELECT display_no FROM record WHERE id=?", pid) == (
        person.display_no,)
    last = _one(case_file, "SELECT action FROM audit_entry WHERE record_id=? ORDER BY seq DESC",
                pid)
    assert last == ("destroy",)
    assert maintenance.check(case_file).ok
    assert svc.overview().due == ()
    with pytest.raises(Refused, match="al vernietigd"):
        svc.destroy([person.id])
