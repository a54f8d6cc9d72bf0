"""The audit trail written by the services: one entry per change, who and where, hash-chained."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

import pytest
from helpers import (
    assessment,
    audit_count,
    make_org,
    make_source,
    org_draft,
    own_authority_id,
    person_draft,
    risk_draft,
    table_counts,
    tie_draft,
)
from sqlalchemy import select

from chinadossier.db.audit import verify_chain
from chinadossier.db.models import AuditEntry, AuditPayload
from chinadossier.domain.codes import PoliticalFactKind
from chinadossier.domain.drafts import PoliticalFactDraft, PositionDraft
from chinadossier.domain.errors import Conflict, Refused, ValidationFailed
from conftest import TEST_ACTOR


def entries_since(dossier: Any, count: int) -> list[tuple[Any, dict[str, Any] | None]]:
    """Audit entries (as rows) after the first `count`, each with its payload (parsed)."""
    with dossier.ctx.uow(write=False) as uow:
        rows = list(uow._db_session.execute(
            select(*AuditEntry.__table__.columns).where(AuditEntry.seq > count)
            .order_by(AuditEntry.seq)))
        payloads = dict(uow._db_session.execute(
            select(AuditPayload.entry_seq, AuditPayload.payload)
            .where(AuditPayload.entry_seq > count)).all())
    return [(row, json.loads(payloads[row.seq]) if payloads.get(row.seq) else None)
            for row in rows]


def test_each_change_appends_one_entry_with_actor_and_host(dossier: Any) -> None:
    # Given an organisation's life: create, edit, delete, restore
    start = audit_count(dossier.path)
    draft = org_draft("Handelskantoor Shenzhen")
    record = dossier.organisations.create(draft).record
    edited = dossier.organisations.edit(record.meta.id,
                                        dataclasses.replace(draft, notes="Nieuw kantoor"),
                                        expected_version=1).record
    gone = dossier.organisations.delete(record.meta.id, expected_version=edited.meta.version)
    dossier.organisations.restore(record.meta.id, expected_version=gone.record.meta.version)
    # Then there is exactly one entry per step, for this record, by the test actor on its host
    entries = entries_since(dossier, start)
    assert [e.action for e, _ in entries] == ["create", "update", "delete", "restore"]
    for entry, _ in entries:
        assert entry.record_id == record.meta.id
        assert entry.record_kind == "organisation"
        assert entry.display_no == record.meta.display_no
        assert entry.actor == "GEMEENTE\\t.tester"
        assert entry.host == TEST_ACTOR.host
        assert entry.state_hash
    assert audit_count(dossier.path) == start + 4


def test_a_record_with_children_gets_one_entry(dossier: Any) -> None:
    # Given a person with two positions and a political fact
    org = make_org(dossier)
    source = make_source(dossier)
    start = audit_count(dossier.path)
    draft = person_draft(
        "Li", positions=(PositionDraft("Directeur", organisation_id=org.meta.id),
                         PositionDraft("Adviseur", authority_id=own_authority_id(dossier))),
        political_facts=(PoliticalFactDraft(PoliticalFactKind.PARTY_MEMBERSHIP, "CCP",
                                            source.meta.id, dt.date(2020, 1, 1)),))
    # When the person is created
    person = dossier.persons.create(draft).record
    # Then one entry records it, its payload holding the child rows
    entries = entries_since(dossier, start)
    assert [(e.action, e.record_id) for e, _ in entries] == [("create", person.meta.id)]
    payload = entries[0][1]
    assert payload is not None
    assert len(payload["positions"]["new"]) == 2
    assert payload["positions"]["old"] is None
    assert len(payload["political_facts"]["new"]) == 1


def test_a_risk_note_and_its_reassessment_are_one_entry_each(dossier: Any) -> None:
    # Given a subject
    org = make_org(dossier)
    start = audit_count(dossier.path)
    # When a note is created and re-assessed
    note = dossier.risk_notes.create(risk_draft(org.meta.id)).record
    dossier.risk_notes.reassess(note.meta.id, assessment(5, 5, 5, 5), expected_version=1)
    # Then there is one create and one update entry
    entries = entries_since(dossier, start)
    assert [(e.action, e.record_id) for e, _ in entries] == [("create", note.meta.id),
                                                             ("update", note.meta.id)]


def test_edit_payload_holds_old_and_new_of_changed_fields_only(dossier: Any) -> None:
    # Given an organisation
    draft = org_draft("Handelskantoor", notes="oud", website="https://oud.example")
    record = dossier.organisations.create(draft).record
    start = audit_count(dossier.path)
    # When two fields change and the rest stays
    dossier.organisations.edit(
        record.meta.id,
        dataclasses.replace(draft, notes="nieuw", website="https://nieuw.example"),
        expected_version=1)
    # Then the payload has exactly those two fields, each with old and new
    [(entry, payload)] = entries_since(dossier, start)
    assert payload == {"notes": {"old": "oud", "new": "nieuw"},
                       "website": {"old": "https://oud.example", "new": "https://nieuw.example"}}
    assert json.loads(entry.fields) == ["notes", "website"]


def test_edit_without_changes_writes_no_entry(dossier: Any) -> None:
    # Given an organisation
    draft = org_draft("Handelskantoor")
    record = dossier.organisations.create(draft).record
    start = audit_count(dossier.path)
    # When saved unchanged
    dossier.organisations.edit(record.meta.id, draft, expected_version=1)
    # Then the trail did not grow
    assert audit_count(dossier.path) == start


def test_entries_are_hash_chained(dossier: Any) -> None:
    # Given a series of changes of several kinds
    org = make_org(dossier)
    tie = dossier.ties.create(tie_draft(own_authority_id(dossier), org.meta.id)).record
    dossier.ties.delete(tie.meta.id, expected_version=1)
    dossier.organisations.edit(org.meta.id, org_draft("Anders"), expected_version=1)
    note = dossier.risk_notes.create(risk_draft(org.meta.id)).record
    dossier.risk_notes.reassess(note.meta.id, assessment(), expected_version=1)
    # When the chain is verified
    with dossier.ctx.uow(write=False) as uow:
        checked, problems = verify_chain(uow._db_session)
    # Then every entry links to the one before and no entry was altered
    assert problems == []
    assert checked == audit_count(dossier.path)


def test_chain_verification_notices_a_changed_entry(dossier: Any) -> None:
    # Given a chain with an entry altered behind the application's back
    import sqlite3

    make_org(dossier)
    last = audit_count(dossier.path)
    conn = sqlite3.connect(dossier.path)
    with conn:
        conn.execute("UPDATE audit_entry SET actor = 'iemand' WHERE seq = ?", (last,))
    conn.close()
    # When the chain is verified
    with dossier.ctx.uow(write=False) as uow:
        _, problems = verify_chain(uow._db_session)
    # Then that entry is reported
    assert [p.seq for p in problems] == [last]


def _reject_validation(dossier: Any) -> None:
    dossier.organisations.create(org_draft("", notes="\x00", place_adcode="999999"))


def _reject_person(dossier: Any) -> None:
    dossier.persons.create(person_draft(
        "Li", positions=(PositionDraft("Directeur", organisation_id=uuid.uuid4()),),
        political_facts=(PoliticalFactDraft(PoliticalFactKind.PARTY_POST, "x", None, None),)))


def _reject_edit(dossier: Any) -> None:
    record = dossier.organisations.list().items[0]
    dossier.organisations.edit(record.meta.id, org_draft("\u202eomgekeerd"),
                               expected_version=record.meta.version)


def _reject_conflict(dossier: Any) -> None:
    record = dossier.organisations.list().items[0]
    dossier.organisations.edit(record.meta.id, org_draft("Anders"),
                               expected_version=record.meta.version + 1)


def _reject_own_delete(dossier: Any) -> None:
    own = dossier.authorities.get(own_authority_id(dossier))
    dossier.authorities.delete(own.meta.id, expected_version=own.meta.version)


def _reject_reassess(dossier: Any) -> None:
    note = dossier.risk_notes.list().items[0]
    dossier.risk_notes.reassess(note.meta.id, assessment(1, 1, 5, 5),
                                expected_version=note.meta.version)


@pytest.mark.parametrize(("reject", "error"), [
    (_reject_validation, ValidationFailed),
    (_reject_person, ValidationFailed),
    (_reject_edit, ValidationFailed),
    (_reject_conflict, Conflict),
    (_reject_own_delete, Refused),
    (_reject_reassess, ValidationFailed),
])
def test_rejected_command_writes_nothing(dossier: Any, reject: Any,
                                         error: type[Exception]) -> None:
    # Given a case file with an organisation and a risk note
    org = make_org(dossier)
    dossier.risk_notes.create(risk_draft(org.meta.id))
    before = table_counts(dossier.path)
    assert before["audit_entry"] > 0
    # When a command is rejected
    with pytest.raises(error):
        reject(dossier)
    # Then no table gained or lost a row, the audit trail included
    assert table_counts(dossier.path) == before
