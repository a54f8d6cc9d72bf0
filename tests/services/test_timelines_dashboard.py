"""Timelines of a tie, organisation or person, and the dashboard of an authority."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from helpers import (
    action_draft,
    assessment,
    decision_draft,
    make_org,
    make_tie,
    meeting_draft,
    own_authority_id,
    person_draft,
    risk_draft,
    tie_draft,
)

from chinadossier.domain.codes import (
    ActionStatus,
    ParticipantSide,
    RecordKind,
    RiskLevel,
    RiskStatus,
    TieStatus,
)
from chinadossier.domain.drafts import ParticipantDraft
from chinadossier.domain.partial_date import PartialDate


def test_tie_timeline_lists_meetings_decisions_and_assessments_by_date(dossier: Any) -> None:
    # Given a tie, another tie, and records about either
    own = own_authority_id(dossier)
    tie = make_tie(dossier)
    other = make_tie(dossier)
    note = dossier.risk_notes.create(risk_draft(
        tie.meta.id, assessment=assessment(assessed_on=dt.date(2025, 1, 10)))).record
    m1 = dossier.meetings.create(meeting_draft(dt.date(2025, 2, 1), tie_ids=(tie.meta.id,)))
    m2 = dossier.meetings.create(meeting_draft(dt.date(2025, 9, 15),
                                               tie_ids=(other.meta.id, tie.meta.id)))
    dossier.meetings.create(meeting_draft(dt.date(2025, 5, 5), tie_ids=(other.meta.id,)))
    d1 = dossier.decisions.create(decision_draft(own, dt.date(2025, 6, 1),
                                                 link_ids=(tie.meta.id,)))
    dossier.decisions.create(decision_draft(own, dt.date(2025, 7, 1), link_ids=(other.meta.id,)))
    dossier.risk_notes.create(risk_draft(other.meta.id,
                                         assessment=assessment(assessed_on=dt.date(2025, 3, 3))))
    dossier.risk_notes.reassess(note.meta.id, assessment(assessed_on=dt.date(2026, 3, 1)),
                                expected_version=1)
    # And records about the tie that are in the trash
    gone_meeting = dossier.meetings.create(meeting_draft(dt.date(2025, 4, 4),
                                                         tie_ids=(tie.meta.id,))).record
    dossier.meetings.delete(gone_meeting.meta.id, expected_version=1)
    gone_decision = dossier.decisions.create(decision_draft(own, dt.date(2025, 8, 8),
                                                            link_ids=(tie.meta.id,))).record
    dossier.decisions.delete(gone_decision.meta.id, expected_version=1)
    gone_note = dossier.risk_notes.create(risk_draft(
        tie.meta.id, assessment=assessment(assessed_on=dt.date(2025, 10, 10)))).record
    dossier.risk_notes.delete(gone_note.meta.id, expected_version=1)
    # When the tie's timeline is read
    items = dossier.overview.timeline(tie_id=tie.meta.id)
    # Then it lists the live meetings, decisions and assessments about the tie, by date
    assert [(i.on, i.ref.id) for i in items] == [
        (dt.date(2025, 1, 10), note.meta.id),
        (dt.date(2025, 2, 1), m1.record.meta.id),
        (dt.date(2025, 6, 1), d1.record.meta.id),
        (dt.date(2025, 9, 15), m2.record.meta.id),
        (dt.date(2026, 3, 1), note.meta.id),
    ]
    assert [i.ref.kind for i in items] == [RecordKind.RISK_NOTE, RecordKind.MEETING,
                                           RecordKind.DECISION, RecordKind.MEETING,
                                           RecordKind.RISK_NOTE]


def test_organisation_and_person_timelines(dossier: Any) -> None:
    # Given an organisation and a person at a meeting, and a decision and a note about them
    own = own_authority_id(dossier)
    org = make_org(dossier)
    person = dossier.persons.create(person_draft("Zhang")).record
    meeting = dossier.meetings.create(meeting_draft(dt.date(2025, 3, 1), participants=(
        ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id),
        ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id)))).record
    decision = dossier.decisions.create(decision_draft(own, dt.date(2025, 1, 1),
                                                       link_ids=(org.meta.id,))).record
    note = dossier.risk_notes.create(risk_draft(
        person.meta.id, assessment=assessment(assessed_on=dt.date(2024, 12, 1)))).record
    # When their timelines are read
    # Then each shows what concerns it, by date
    assert [i.ref.id for i in dossier.overview.timeline(organisation_id=org.meta.id)] == [
        decision.meta.id, meeting.meta.id]
    assert [i.ref.id for i in dossier.overview.timeline(person_id=person.meta.id)] == [
        note.meta.id, meeting.meta.id]


def test_timeline_needs_exactly_one_subject(dossier: Any) -> None:
    # Given nothing to choose between
    # When asked for a timeline of no subject
    # Then that is a programming error
    with pytest.raises(ValueError):
        dossier.overview.timeline()


@pytest.fixture
def figures(dossier: Any, clock: Any) -> dict[str, Any]:
    """Ties, meetings, risks and actions around today (29 November 2026), some deleted."""
    today = clock.today()
    own = own_authority_id(dossier)
    amsterdam = dossier.authorities.by_code("GM0363").meta.id
    org = make_org(dossier)

    def tie(status: TieStatus) -> Any:
        ends = PartialDate.year(2024) if status is TieStatus.ENDED else None
        return make_tie(dossier, org.meta.id, status=status, ends=ends)

    ties = [tie(TieStatus.ACTIVE), tie(TieStatus.ACTIVE), tie(TieStatus.DORMANT),
            tie(TieStatus.ENDED)]
    gone_tie = tie(TieStatus.ACTIVE)
    dossier.ties.delete(gone_tie.meta.id, expected_version=1)
    foreign = dossier.ties.create(tie_draft(amsterdam, org.meta.id)).record

    for day in (today, dt.date(2026, 1, 15), dt.date(2025, 12, 1), dt.date(2025, 10, 29)):
        dossier.meetings.create(meeting_draft(day))
    dossier.meetings.create(meeting_draft(dt.date(2026, 5, 5), tie_ids=(foreign.meta.id,)))
    gone_meeting = dossier.meetings.create(meeting_draft(dt.date(2026, 6, 1))).record
    dossier.meetings.delete(gone_meeting.meta.id, expected_version=1)

    subject = ties[0].meta.id
    past = dt.date(2026, 11, 1)

    def note(rl: int, ri: int, **kw: Any) -> Any:
        return dossier.risk_notes.create(
            risk_draft(subject, assessment=assessment(5, 5, rl, ri), **kw)).record

    note(1, 2, next_review_on=past)
    note(2, 3)
    note(2, 3)
    note(3, 4)
    note(5, 5)
    note(3, 4, status=RiskStatus.CLOSED, next_review_on=past)
    gone_note = note(2, 3, next_review_on=past)
    dossier.risk_notes.delete(gone_note.meta.id, expected_version=1)

    yesterday = today - dt.timedelta(days=1)
    dossier.actions.create(action_draft("te laat", due_on=yesterday))
    dossier.actions.create(action_draft("vandaag", due_on=today))
    dossier.actions.create(action_draft("klaar", due_on=today - dt.timedelta(days=7),
                                        status=ActionStatus.DONE))
    dossier.actions.create(action_draft("zonder datum"))
    gone_action = dossier.actions.create(action_draft("weg", due_on=yesterday)).record
    dossier.actions.delete(gone_action.meta.id, expected_version=1)
    return {"own": own, "amsterdam": amsterdam, "ties": ties}


def test_dashboard_of_the_own_authority(dossier: Any, figures: dict[str, Any],
                                        clock: Any) -> None:
    # Given the records of the fixture
    # When the dashboard is read for the case file's own authority
    board = dossier.overview.dashboard()
    # Then it counts live records only
    assert board.authority.id == figures["own"]
    assert board.today == clock.today()
    assert board.ties_by_status == {TieStatus.PREPARATION: 0, TieStatus.ACTIVE: 2,
                                    TieStatus.DORMANT: 1, TieStatus.SUSPENDED: 0,
                                    TieStatus.ENDED: 1, TieStatus.UNKNOWN: 0}
    # 29 Nov 2026, 15 Jan 2026, 1 Dec 2025 and Amsterdam's 5 May 2026; not 29 Oct 2025
    assert board.meetings_last_12_months == 4
    assert board.open_risks_by_level == {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2,
                                         RiskLevel.HIGH: 1, RiskLevel.VERY_HIGH: 1}
    assert board.overdue_actions == 1
    assert board.overdue_reviews == 1


def test_dashboard_of_another_authority_counts_only_its_ties(dossier: Any,
                                                             figures: dict[str, Any]) -> None:
    # Given the records of the fixture; Amsterdam has one tie and one meeting about it
    # When the dashboard is read for Amsterdam
    board = dossier.overview.dashboard(figures["amsterdam"])
    # Then only what concerns Amsterdam's tie counts
    assert board.authority.id == figures["amsterdam"]
    assert board.ties_by_status[TieStatus.ACTIVE] == 1
    assert sum(board.ties_by_status.values()) == 1
    assert board.meetings_last_12_months == 1
    assert sum(board.open_risks_by_level.values()) == 0
    assert board.overdue_actions == 0
    assert board.overdue_reviews == 0


def test_dashboard_follows_edits_and_restores(dossier: Any, figures: dict[str, Any]) -> None:
    # Given the fixture's dashboard
    before = dossier.overview.dashboard()
    # When an active tie goes dormant
    tie = figures["ties"][0]
    draft = tie_draft(figures["own"], tie.organisation.id, status=TieStatus.DORMANT)
    dossier.ties.edit(tie.meta.id, draft, expected_version=tie.meta.version)
    # Then the counts move with it
    after = dossier.overview.dashboard()
    assert after.ties_by_status[TieStatus.ACTIVE] == before.ties_by_status[TieStatus.ACTIVE] - 1
    assert after.ties_by_status[TieStatus.DORMANT] == before.ties_by_status[TieStatus.DORMANT] + 1
