"""Risk notes on the 5×5 matrix (DOMAIN §4): levels, review dates, re-assessment, versions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from helpers import assessment, make_org, make_tie, risk_draft, table_counts

from chinadossier.db import casefile
from chinadossier.db.models import CaseFile
from chinadossier.domain.codes import RiskLevel
from chinadossier.domain.errors import NotFound, ValidationFailed
from chinadossier.domain.risk import LevelRule, Matrix


def level_per_domain(score: int) -> RiskLevel:
    """DOMAIN §4: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high."""
    if score <= 4:
        return RiskLevel.LOW
    if score <= 9:
        return RiskLevel.MEDIUM
    if score <= 16:
        return RiskLevel.HIGH
    return RiskLevel.VERY_HIGH


def test_residual_level_follows_the_score_for_every_cell(dossier: Any) -> None:
    # Given a subject
    org = make_org(dossier)
    # When a note is made for every cell of the 5×5 matrix (inherent at the maximum)
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            note = dossier.risk_notes.create(risk_draft(
                org.meta.id, assessment=assessment(5, 5, likelihood, impact))).record
            # Then score and level follow DOMAIN §4
            score = likelihood * impact
            assert note.residual_score == score
            assert note.residual_level is level_per_domain(score), score
            assert note.current.residual_level is level_per_domain(score)
            assert note.current.inherent_level is RiskLevel.VERY_HIGH
            assert note.inherent_score == 25


@pytest.mark.parametrize(("scores", "expected"), [
    ((1, 2), dt.date(2027, 8, 31)),   # low: 12 months
    ((2, 3), dt.date(2027, 2, 28)),   # medium: 6 months, clamped to February's end
    ((3, 4), dt.date(2026, 11, 30)),  # high: 3 months, clamped to November's end
    ((5, 4), dt.date(2026, 9, 30)),   # very high: 1 month, clamped to September's end
])
def test_next_review_follows_the_level_from_the_assessment_date(
        dossier: Any, scores: tuple[int, int], expected: dt.date) -> None:
    # Given an assessment on 31 August 2026 and no review date
    org = make_org(dossier)
    a = assessment(5, 5, *scores, assessed_on=dt.date(2026, 8, 31))
    # When the note is saved
    note = dossier.risk_notes.create(risk_draft(org.meta.id, assessment=a)).record
    # Then the next review lies the level's interval after the assessment
    assert note.next_review_on == expected


def test_next_review_counts_from_today_without_an_assessment_date(dossier: Any,
                                                                  clock: Any) -> None:
    # Given a medium risk assessed without a date (today is 29 November 2026)
    org = make_org(dossier)
    note = dossier.risk_notes.create(risk_draft(org.meta.id,
                                                assessment=assessment(5, 5, 2, 3))).record
    # Then it was assessed today and is reviewed six months on
    assert note.current.assessed_on == clock.today()
    assert note.next_review_on == dt.date(2027, 5, 29)


def test_given_next_review_is_kept(dossier: Any) -> None:
    # Given a very high risk with a review date chosen by the owner
    org = make_org(dossier)
    chosen = dt.date(2026, 12, 15)
    note = dossier.risk_notes.create(risk_draft(
        org.meta.id, assessment=assessment(5, 5, 5, 5), next_review_on=chosen)).record
    # Then that date is kept
    assert note.next_review_on == chosen


def test_reassess_appends_to_the_history(dossier: Any) -> None:
    # Given a note with one assessment
    tie = make_tie(dossier)
    note = dossier.risk_notes.create(risk_draft(
        tie.meta.id, assessment=assessment(4, 4, 2, 3, assessed_on=dt.date(2026, 1, 10),
                                           note="eerste"))).record
    first = note.assessments[0]
    # When it is re-assessed higher
    result = dossier.risk_notes.reassess(
        note.meta.id, assessment(5, 5, 4, 4, assessed_on=dt.date(2026, 11, 2), note="tweede"),
        expected_version=note.meta.version)
    after = dossier.risk_notes.get(note.meta.id)
    # Then the history has two entries, the first untouched
    assert len(after.assessments) == 2
    assert after.assessments[0] == first
    second = after.assessments[1]
    assert (second.inherent_score, second.residual_score) == (25, 16)
    assert second.note == "tweede"
    # And the note follows the new assessment: scores, level, review date, version
    assert (after.inherent_score, after.residual_score) == (25, 16)
    assert after.residual_level is RiskLevel.HIGH
    assert after.next_review_on == dt.date(2027, 2, 2)
    assert after.meta.version == note.meta.version + 1
    assert result.record == after
    assert result.changes.updated == {note.meta.id}


def test_reassess_keeps_a_given_review_date(dossier: Any) -> None:
    # Given a note
    org = make_org(dossier)
    note = dossier.risk_notes.create(risk_draft(org.meta.id)).record
    # When re-assessed with a chosen review date
    chosen = dt.date(2027, 1, 31)
    after = dossier.risk_notes.reassess(note.meta.id, assessment(3, 3, 1, 1),
                                        expected_version=1, next_review_on=chosen).record
    # Then that date is used
    assert after.next_review_on == chosen


def test_invalid_reassessment_changes_nothing(dossier: Any) -> None:
    # Given a note
    org = make_org(dossier)
    note = dossier.risk_notes.create(risk_draft(org.meta.id)).record
    rows = table_counts(dossier.path)
    # When re-assessed with a score of 0 and residual above inherent
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.reassess(note.meta.id, assessment(0, 2, 5, 5), expected_version=1)
    # Then the problem is named and nothing changed
    assert caught.value.for_field("inherent_likelihood")
    assert dossier.risk_notes.get(note.meta.id) == note
    assert table_counts(dossier.path) == rows


def test_reassess_of_a_deleted_note_is_refused(dossier: Any) -> None:
    # Given a deleted note
    org = make_org(dossier)
    note = dossier.risk_notes.create(risk_draft(org.meta.id)).record
    gone = dossier.risk_notes.delete(note.meta.id, expected_version=1).record
    # When re-assessed
    with pytest.raises(NotFound):
        dossier.risk_notes.reassess(note.meta.id, assessment(), expected_version=gone.meta.version)
    # Then it still has one assessment
    assert len(dossier.risk_notes.get(note.meta.id).assessments) == 1


def test_editing_a_note_leaves_its_scores_alone(dossier: Any) -> None:
    # Given a note assessed at residual 6
    org = make_org(dossier)
    draft = risk_draft(org.meta.id, assessment=assessment(4, 4, 2, 3))
    note = dossier.risk_notes.create(draft).record
    # When edited with other scores in the draft (only reassess changes scores)
    edited = dossier.risk_notes.edit(
        note.meta.id, risk_draft(org.meta.id, title="Nieuwe titel",
                                 assessment=assessment(5, 5, 5, 5)),
        expected_version=1).record
    # Then the title changed but scores and history did not
    assert edited.title == "Nieuwe titel"
    assert (edited.residual_score, edited.residual_level) == (6, note.residual_level)
    assert edited.assessments == note.assessments


def test_assessments_keep_the_matrix_version_they_were_made_under(dossier: Any) -> None:
    # Given a note assessed under the case file's matrix (version 1)
    org = make_org(dossier)
    note = dossier.risk_notes.create(risk_draft(org.meta.id,
                                                assessment=assessment(5, 5, 2, 3))).record
    assert note.assessments[0].matrix_version == dossier.settings().matrix_version == 1
    assert note.residual_level is RiskLevel.MEDIUM
    # And a stricter matrix (version 2) adopted afterwards
    stricter = Matrix(2, "Strenger", (LevelRule(RiskLevel.LOW, 1, 12),
                                      LevelRule(RiskLevel.MEDIUM, 3, 6),
                                      LevelRule(RiskLevel.HIGH, 6, 2),
                                      LevelRule(RiskLevel.VERY_HIGH, 12, 1)))
    with dossier.ctx.uow() as uow:
        matrix_id = casefile.add_matrix(uow._db_session, stricter, uow.now)
        uow._db_session.get(CaseFile, 1).current_matrix_id = matrix_id
        uow.settings_changed()
        uow.commit()
    # When the note is re-assessed with the same scores
    after = dossier.risk_notes.reassess(
        note.meta.id, assessment(5, 5, 2, 3, assessed_on=dt.date(2026, 11, 29)),
        expected_version=1).record
    # Then the old assessment still says version 1 and its level; the new one uses version 2
    old, new = after.assessments
    assert old == note.assessments[0]
    assert old.matrix_version == 1 and old.residual_level is RiskLevel.MEDIUM
    assert new.matrix_version == 2 and new.residual_level is RiskLevel.HIGH
    assert after.residual_level is RiskLevel.HIGH
    assert after.next_review_on == dt.date(2027, 1, 29)  # high under v2: two months
