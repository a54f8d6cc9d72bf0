"""Issue #8: own authority and default classification change after the first run — one unit of
work, audited old → new, refused when the settings changed meanwhile; and the tags in use."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from helpers import (
    audit_count,
    decision_draft,
    make_org,
    make_tie,
    meeting_draft,
    org_draft,
    person_draft,
)
from test_audit import entries_since

from chinadossier.domain.codes import Classification, ParticipantSide, RecordKind
from chinadossier.domain.drafts import Common, ParticipantDraft, PositionDraft
from chinadossier.domain.errors import Conflict, ValidationFailed
from chinadossier.services import maintenance


def test_change_stores_both_and_audits_old_and_new(dossier: Any) -> None:
    seen = dossier.settings()
    assert seen.own_authority_code == "GM0599"
    before = audit_count(dossier.path)
    result = dossier.case_settings.change(own_authority="gm363",
                                          default_classification=Classification.CONFIDENTIAL,
                                          seen=seen)
    now = dossier.settings()
    assert now.own_authority_code == "GM0363" and now.own_authority.label == "Amsterdam"
    assert now.default_classification is Classification.CONFIDENTIAL
    assert result.record == now and result.changes.settings
    entries = entries_since(dossier, before)
    actions = [row.action for row, _ in entries]
    assert actions == ["settings_change", "settings_state"]
    payload = entries[0][1]
    assert payload is not None
    assert payload["own_authority"]["old"]["code"] == "GM0599"
    assert payload["own_authority"]["new"] == {"code": "GM0363", "name": "Amsterdam",
                                               "id": now.own_authority.id.hex}
    assert payload["default_classification"] == {"old": "internal", "new": "confidential"}
    assert entries[0][0].actor == "GEMEENTE\\t.tester"
    # the guarded-settings check still agrees with the file (the anchor followed the change)
    dossier.close()
    item = maintenance.check(dossier.path).item("invariants")
    assert item is not None and item.ok, item.message


def test_new_records_start_with_the_new_default_classification(dossier: Any) -> None:
    dossier.case_settings.change(own_authority="GM0599", default_classification="public",
                                 seen=dossier.settings())
    assert dossier.settings().own_authority_code == "GM0599"
    assert dossier.organisations.create(org_draft()).record.meta.classification \
        is Classification.PUBLIC


def test_nothing_changed_writes_nothing(dossier: Any) -> None:
    seen = dossier.settings()
    before = audit_count(dossier.path)
    result = dossier.case_settings.change(own_authority="GM0599",
                                          default_classification=seen.default_classification,
                                          seen=seen)
    assert result.record == seen and not result.changes.settings
    assert audit_count(dossier.path) == before


def test_settings_changed_meanwhile_are_a_conflict_and_nothing_is_written(dossier: Any) -> None:
    seen = dossier.settings()
    dossier.case_settings.change(own_authority="GM0599", default_classification="confidential",
                                 seen=seen)
    before = audit_count(dossier.path)
    with pytest.raises(Conflict, match="intussen gewijzigd") as caught:
        dossier.case_settings.change(own_authority="GM0363", default_classification="internal",
                                     seen=seen)
    assert caught.value.current.default_classification is Classification.CONFIDENTIAL
    assert dossier.settings().own_authority_code == "GM0599"
    assert audit_count(dossier.path) == before


@pytest.mark.parametrize(("code", "classification", "field", "text"), [
    ("Rotterdam", "internal", "eigen overheid", "geen CBS-code"),
    ("GM9998", "internal", "eigen overheid", "geen gemeente of provincie met code GM9998"),
    ("GM0363", "geheim", "standaardclassificatie", "'geheim' is geen classificatie"),
])
def test_bad_input_names_the_field_and_writes_nothing(dossier: Any, code: str,
                                                      classification: str, field: str,
                                                      text: str) -> None:
    before = audit_count(dossier.path)
    with pytest.raises(ValidationFailed) as caught:
        dossier.case_settings.change(own_authority=code, default_classification=classification,
                                     seen=dossier.settings())
    assert field in caught.value.message and text in caught.value.message
    assert dossier.settings().own_authority_code == "GM0599"
    assert audit_count(dossier.path) == before


def test_a_retired_authority_cannot_become_the_own_one(dossier: Any) -> None:
    old = dossier.authorities.by_code("GM0363")
    from chinadossier.domain.drafts import AuthorityDraft

    dossier.authorities.edit(old.meta.id, AuthorityDraft(
        code=old.code, name=old.name, authority_kind=old.authority_kind,
        common_name=old.common_name, province_code=old.province_code,
        retired_on=dt.date(2026, 1, 1), common=Common(classification=old.meta.classification)),
        expected_version=old.meta.version)
    with pytest.raises(ValidationFailed, match="bestaat sinds 01-01-2026 niet meer"):
        dossier.case_settings.change(own_authority="GM0363", default_classification="internal",
                                     seen=dossier.settings())


def test_council_seats_belong_to_the_old_council_and_are_cleared(dossier: Any) -> None:
    dossier.set_council_seats(45)
    before = audit_count(dossier.path)
    dossier.case_settings.change(own_authority="GM0363", default_classification="internal",
                                 seen=dossier.settings())
    assert dossier.settings().council_seats is None
    payload = entries_since(dossier, before)[0][1]
    assert payload is not None and payload["council_seats"] == {"old": 45, "new": None}
    # the classification alone keeps them
    dossier.set_council_seats(45)
    dossier.case_settings.change(own_authority="GM0363", default_classification="public",
                                 seen=dossier.settings())
    assert dossier.settings().council_seats == 45


def test_records_stay_with_their_authority_and_the_dashboard_follows(dossier: Any) -> None:
    rotterdam = dossier.settings().own_authority
    tie = make_tie(dossier)
    dossier.decisions.create(decision_draft(rotterdam.id))
    ours = ParticipantDraft(ParticipantSide.OURS, authority_id=rotterdam.id)
    dossier.meetings.create(meeting_draft(participants=(ours,)))
    dossier.meetings.create(meeting_draft(participants=(ours,)))
    post = PositionDraft("wethouder", authority_id=rotterdam.id)
    dossier.persons.create(person_draft(positions=(post, post)))
    links = dossier.case_settings.own_links()
    assert links.authority == rotterdam
    assert links.counts == {RecordKind.TIE: 1, RecordKind.DECISION: 1, RecordKind.MEETING: 2,
                            RecordKind.PERSON: 1}
    assert sum(dossier.overview.dashboard().ties_by_status.values()) == 1
    dossier.case_settings.change(own_authority="GM0363", default_classification="internal",
                                 seen=dossier.settings())
    assert dossier.ties.get(tie.meta.id).authority.id == rotterdam.id  # history stays true
    dashboard = dossier.overview.dashboard()
    assert dashboard.authority.label == "Amsterdam"
    assert sum(dashboard.ties_by_status.values()) == 0
    assert dossier.case_settings.own_links().counts[RecordKind.TIE] == 0
    # the old own authority is an ordinary authority now; the new one cannot be deleted
    amsterdam = dossier.settings().own_authority
    from chinadossier.domain.errors import Refused

    with pytest.raises(Refused, match="eigen organisatie"):
        dossier.authorities.delete(amsterdam.id, expected_version=dossier.authorities.get(
            amsterdam.id).meta.version)


def test_tags_in_use_count_live_records_most_used_first(dossier: Any) -> None:
    for tags in (("zustersteden", "haven"), ("zustersteden",), ("Zustersteden", "onderwijs")):
        make_org(dossier, common=Common(tags=tags))
    gone = make_org(dossier, common=Common(tags=("weg",)))
    dossier.organisations.delete(gone.meta.id, expected_version=gone.meta.version)
    make_tie(dossier, common=Common(tags=("haven",)))
    assert dossier.tags.in_use() == [("zustersteden", 3), ("haven", 2), ("onderwijs", 1)]
    assert dossier.tags.in_use(RecordKind.TIE) == [("haven", 1)]
    assert dataclasses.is_dataclass(dossier.settings())
