"""Rules a griffier would catch: votes that contradict the outcome or exceed the seats, a body
that does not belong to the authority."""

from __future__ import annotations

import pytest
from helpers import decision_draft

from chinadossier.domain.codes import DecisionBody, DecisionKind, DecisionOutcome
from chinadossier.domain.errors import UsageError, ValidationFailed
from chinadossier.services.dossier import Dossier


def _fields(dossier: Dossier, **kw: object) -> set[str]:
    rotterdam = dossier.authorities.by_code(str(kw.pop("code", "GM0599"))).meta.id
    with pytest.raises(ValidationFailed) as failed:
        dossier.decisions.create(decision_draft(rotterdam, **kw))
    return {e.field for e in failed.value.errors}


def test_votes_must_fit_the_outcome_and_the_seats(dossier: Dossier) -> None:
    motion = {"decision_kind": DecisionKind.MOTION, "body": DecisionBody.COUNCIL}
    assert "votes_for" in _fields(dossier, outcome=DecisionOutcome.ADOPTED, votes_for=10,
                                  votes_against=20, **motion)
    assert "votes_against" in _fields(dossier, outcome=DecisionOutcome.REJECTED, votes_for=20,
                                      votes_against=10, **motion)
    assert "votes_for" in _fields(dossier, outcome=DecisionOutcome.ADOPTED, votes_for=30,
                                  votes_against=20, **motion)
    own = dossier.authorities.by_code("GM0599").meta.id
    saved = dossier.decisions.create(decision_draft(
        own, outcome=DecisionOutcome.ADOPTED, votes_for=25, votes_against=20, **motion))
    assert saved.record.votes_for == 25


def test_the_body_must_belong_to_the_authority(dossier: Dossier) -> None:
    assert "body" in _fields(dossier, body=DecisionBody.PROVINCIAL_COUNCIL)
    assert "body" in _fields(dossier, code="PV28", body=DecisionBody.COUNCIL)
    province = dossier.authorities.by_code("PV28").meta.id
    saved = dossier.decisions.create(decision_draft(
        province, body=DecisionBody.PROVINCIAL_COUNCIL, outcome=DecisionOutcome.ADOPTED,
        votes_for=30, votes_against=25))
    assert saved.record.body is DecisionBody.PROVINCIAL_COUNCIL


def test_the_case_file_knows_its_council_seats(dossier: Dossier) -> None:
    with pytest.raises(UsageError, match="1 tot en met 45 zetels"):
        dossier.set_council_seats(46)  # Rotterdam is a municipality: at most 45
    assert dossier.set_council_seats(9).record.council_seats == 9
    motion = {"decision_kind": DecisionKind.MOTION, "body": DecisionBody.COUNCIL}
    assert "votes_for" in _fields(dossier, outcome=DecisionOutcome.ADOPTED, votes_for=6,
                                  votes_against=4, **motion)
    own = dossier.authorities.by_code("GM0599").meta.id
    saved = dossier.decisions.create(decision_draft(
        own, outcome=DecisionOutcome.ADOPTED, votes_for=5, votes_against=4, **motion))
    assert saved.record.votes_for == 5
    assert dossier.set_council_seats(None).record.council_seats is None
