"""Undo of this session's actions through the services (services.reverting, issue #8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    audit_count,
    decision_draft,
    make_org,
    make_source,
    make_tie,
    meeting_draft,
    own_authority_id,
    person_draft,
    risk_draft,
)

from chinadossier.domain.codes import ParticipantSide, RecordKind
from chinadossier.domain.drafts import ActionDraft, Common, ParticipantDraft, PositionDraft
from chinadossier.domain.errors import Conflict
from chinadossier.services import reverting


def _fields(record: Any) -> dict[str, Any]:
    """Everything a user edits: the fields and the shared ones, not the version stamps."""
    out = {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name != "meta"}
    meta = record.meta
    out["meta"] = (meta.classification, tuple(meta.tags), meta.retention_category,
                   tuple((s.source_id, s.locator) for s in meta.sources))
    return out


def _edited(dossier: Any, kind: RecordKind, record: Any, **changes: Any) -> Any:
    service = getattr(dossier, reverting.SERVICES[kind])
    draft = dataclasses.replace(reverting.previous_draft(kind, record), **changes)
    return service.edit(record.meta.id, draft, expected_version=record.meta.version).record


def _cases(dossier: Any) -> list[tuple[RecordKind, Any, dict[str, Any]]]:
    org = make_org(dossier, "Haven van Ningbo", hanzi="宁波港", notes="Haven",
                   common=Common(tags=("haven",)))
    source = make_source(dossier)
    person = dossier.persons.create(person_draft(
        "Zhao", given_name="Lei", hanzi="赵磊",
        positions=(PositionDraft("Directeur", organisation_id=org.meta.id),))).record
    tie = make_tie(dossier, org.meta.id, title="Stedenband Ningbo")
    meeting = dossier.meetings.create(meeting_draft(
        title="Overleg", summary="Eerste gesprek", tie_ids=(tie.meta.id,),
        participants=(ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id),
                      ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id,
                                       role="gastheer")))).record
    decision = dossier.decisions.create(decision_draft(
        own_authority_id(dossier), link_ids=(tie.meta.id,))).record
    risk = dossier.risk_notes.create(risk_draft(org.meta.id)).record
    action = dossier.actions.create(ActionDraft(
        "Verslag", meeting_id=meeting.meta.id, due_on=dt.date(2026, 5, 1))).record
    return [
        (RecordKind.ORGANISATION, org, {"name_nl": "Haven Ningbo-Zhoushan", "hanzi": None}),
        (RecordKind.PERSON, person, {"given_name": "Wei", "positions": ()}),
        (RecordKind.TIE, tie, {"title": "Vriendschapsband"}),
        (RecordKind.MEETING, meeting, {"title": "Diner", "participants": (), "tie_ids": ()}),
        (RecordKind.DECISION, decision, {"title": "Besluit", "link_ids": ()}),
        (RecordKind.RISK_NOTE, risk, {"title": "Anders", "owner": "Griffie"}),
        (RecordKind.SOURCE, source, {"title": "Persbericht", "url": "https://example.org"}),
        (RecordKind.ACTION, action, {"what": "Bellen", "due_on": None}),
    ]


def test_undo_edit_restores_every_field_as_a_new_audited_version(
        dossier: Any, case_file: Path) -> None:
    for kind, before, changes in _cases(dossier):
        after = _edited(dossier, kind, before, **changes)
        assert _fields(after) != _fields(before), kind
        entries = audit_count(case_file)
        done = reverting.undo_edit(dossier, kind, before, after)
        (now,) = done.records
        assert _fields(now) == _fields(before), kind
        assert now.meta.version == after.meta.version + 1
        assert audit_count(case_file) == entries + 1
        assert before.meta.id in done.changes.updated


def test_undo_edit_refused_when_changed_since(dossier: Any, case_file: Path) -> None:
    org = make_org(dossier, "Haven van Ningbo")
    after = _edited(dossier, RecordKind.ORGANISATION, org, name_nl="Haven Ningbo")
    later = _edited(dossier, RecordKind.ORGANISATION, after, notes="Later toegevoegd")
    entries = audit_count(case_file)
    with pytest.raises(Conflict) as caught:
        reverting.undo_edit(dossier, RecordKind.ORGANISATION, org, after)
    assert "kan niet ongedaan worden gemaakt" in str(caught.value)
    assert later.meta.display_no in str(caught.value)
    now = dossier.organisations.get(org.meta.id)
    assert _fields(now) == _fields(later) and now.meta.version == later.meta.version
    assert audit_count(case_file) == entries


def test_undo_create_moves_to_trash_unless_changed(dossier: Any) -> None:
    org = make_org(dossier, "Universiteit Xiamen")
    done = reverting.undo_create(dossier, RecordKind.ORGANISATION, org)
    assert done.records[0].meta.deleted
    assert dossier.organisations.get(org.meta.id).meta.deleted
    other = make_org(dossier, "Haven van Ningbo")
    _edited(dossier, RecordKind.ORGANISATION, other, notes="Gewijzigd")
    with pytest.raises(Conflict, match="Het aanmaken kan niet ongedaan"):
        reverting.undo_create(dossier, RecordKind.ORGANISATION, other)
    assert not dossier.organisations.get(other.meta.id).meta.deleted


def test_undo_tag_takes_it_off_all_or_none(dossier: Any, case_file: Path) -> None:
    a = make_org(dossier, "Haven van Ningbo", common=Common(tags=("haven",)))
    b = make_org(dossier, "Universiteit Xiamen")
    seen = [(a.meta.id, a.meta.version), (b.meta.id, b.meta.version)]
    added = reverting.add_tag(dossier, seen, "Kennis")
    assert set(added.record) == {a.meta.id, b.meta.id}
    tagged = added.tagged
    entries = audit_count(case_file)
    done = reverting.undo_tag(dossier, tagged, "kennis")
    assert dossier.organisations.get(a.meta.id).meta.tags == ("haven",)
    assert dossier.organisations.get(b.meta.id).meta.tags == ()
    assert audit_count(case_file) == entries + 2
    assert set(done.changes.updated) == {a.meta.id, b.meta.id}

    tagged = reverting.add_tag(dossier, [
        (a.meta.id, dossier.organisations.get(a.meta.id).meta.version),
        (b.meta.id, dossier.organisations.get(b.meta.id).meta.version)], "Kennis").tagged
    b_now = dossier.organisations.get(b.meta.id)
    _edited(dossier, RecordKind.ORGANISATION, b_now, notes="Gewijzigd")
    with pytest.raises(Conflict, match="kan niet ongedaan worden gemaakt"):
        reverting.undo_tag(dossier, tagged, "Kennis")
    assert "Kennis" in dossier.organisations.get(a.meta.id).meta.tags  # nothing half-done
    assert "Kennis" in dossier.organisations.get(b.meta.id).meta.tags


def test_remove_leaves_records_without_the_tag_alone(dossier: Any, case_file: Path) -> None:
    org = make_org(dossier, "Haven van Ningbo", common=Common(tags=("haven",)))
    entries = audit_count(case_file)
    result = dossier.tags.remove([(org.meta.id, org.meta.version)], "kennis")
    assert result.record == ()
    assert dossier.organisations.get(org.meta.id).meta.version == org.meta.version
    assert audit_count(case_file) == entries


def test_undo_create_of_a_meeting_takes_its_untouched_actions_along(dossier: Any) -> None:
    meeting = dossier.meetings.create(meeting_draft(title="Kennismaking")).record
    kept = dossier.actions.create(ActionDraft("Verslag", meeting_id=meeting.meta.id)).record
    gone = dossier.actions.create(ActionDraft("Bellen", meeting_id=meeting.meta.id)).record
    edited = dossier.actions.edit(kept.meta.id, dataclasses.replace(
        reverting.previous_draft(RecordKind.ACTION, kept), owner="Griffie"),
        expected_version=kept.meta.version).record
    done = reverting.undo_create(dossier, RecordKind.MEETING, meeting)
    assert dossier.meetings.get(meeting.meta.id).meta.deleted
    assert dossier.actions.get(gone.meta.id).meta.deleted
    assert not dossier.actions.get(edited.meta.id).meta.deleted  # changed since: left alone
    assert {meeting.meta.id, gone.meta.id} <= set(done.changes.deleted)


def test_the_history_marks_each_undo_and_check_verifies_the_marked_entries(
        dossier: Any) -> None:
    from chinadossier.domain.codes import AuditAction
    from chinadossier.domain.history import UndoOf
    from chinadossier.services import maintenance

    # Given a contact moment edited, tagged, deleted and restored, each undone in turn
    created = dossier.meetings.create(meeting_draft(title="Overleg")).record
    edited = _edited(dossier, RecordKind.MEETING, created, title="Overleg haven")
    reverting.undo_edit(dossier, RecordKind.MEETING, created, edited)
    current = dossier.meetings.get(created.meta.id)
    tagged = reverting.add_tag(dossier, [(current.meta.id, current.meta.version)], "haven")
    reverting.undo_tag(dossier, tagged.tagged, tagged.tag)
    current = dossier.meetings.get(created.meta.id)
    gone = dossier.meetings.delete(current.meta.id, expected_version=current.meta.version).record
    with reverting.undoing(UndoOf.DELETE):  # as Ctrl+Z of a delete does (ui.undo)
        back = dossier.meetings.restore(gone.meta.id, expected_version=gone.meta.version).record
    reverting.undo_create(dossier, RecordKind.MEETING, back)  # as if `back` had been created

    # Then the history tells each undo apart from the change it undid, newest first
    history = dossier.history.of_record(created.meta.id)
    marks = [(h.action, h.undo_of) for h in history]
    assert marks == [
        (AuditAction.DELETE, UndoOf.CREATE),
        (AuditAction.RESTORE, UndoOf.DELETE),
        (AuditAction.DELETE, None),
        (AuditAction.UPDATE, UndoOf.TAG),
        (AuditAction.UPDATE, None),
        (AuditAction.UPDATE, UndoOf.EDIT),
        (AuditAction.UPDATE, None),
        (AuditAction.CREATE, None),
    ]
    # the marked entries still list the fields and values they changed
    undo_edit = history[5]
    assert "title" in undo_edit.fields
    assert {(c.name, c.old, c.new) for c in undo_edit.changes} >= {
        ("title", "Overleg haven", "Overleg")}
    # And the Overzicht's recent activity marks the same entries as undos
    activity = dossier.cockpit.recent_activity()
    assert [(a.action, a.undo_of) for a in activity[:4]] == [
        (m[0].value, m[1]) for m in marks[:4]]
    # And check recomputes every entry and payload hash, the marked ones included
    assert maintenance.check(dossier.path, full=True).ok
