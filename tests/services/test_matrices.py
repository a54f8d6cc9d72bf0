"""A new risk matrix applies to new assessments only; old scores keep the matrix they had."""

from __future__ import annotations

from typing import Any

import pytest

from chinadossier.domain.codes import OrganisationKind, RiskLevel
from chinadossier.domain.drafts import AssessmentDraft, OrganisationDraft, RiskNoteDraft
from chinadossier.domain.errors import ValidationFailed
from chinadossier.domain.risk import DEFAULT_MATRIX, LevelRule
from chinadossier.services import maintenance

STRICTER = (
    LevelRule(RiskLevel.LOW, 1, 12),
    LevelRule(RiskLevel.MEDIUM, 3, 6),
    LevelRule(RiskLevel.HIGH, 6, 3),
    LevelRule(RiskLevel.VERY_HIGH, 12, 1),
)


def _note(dossier: Any, subject: Any, scores: tuple[int, int, int, int]) -> Any:
    return dossier.risk_notes.create(RiskNoteDraft(
        subject_id=subject, category_code="R-KV", title="Bezoek aan laboratorium",
        assessment=AssessmentDraft(*scores))).record


def test_adopting_a_matrix_leaves_old_scores_alone(dossier: Any) -> None:
    # Given a risk scored 2×4 = 8 (medium) under the default matrix
    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Instituut (fictief)", org_kind=OrganisationKind.KNOWLEDGE_INSTITUTION)).record
    old = _note(dossier, org.meta.id, (4, 4, 2, 4))
    assert dossier.risk_matrices.current() == DEFAULT_MATRIX
    assert old.residual_level is RiskLevel.MEDIUM
    # When the authority adopts a stricter matrix
    adopted = dossier.risk_matrices.adopt(name="Strenger", rules=STRICTER).record
    assert adopted.version == 2
    # Then the old assessment keeps version 1 and its level
    kept = dossier.risk_notes.get(old.meta.id)
    assert kept.current.matrix_version == 1 and kept.residual_level is RiskLevel.MEDIUM
    # And a new score of 8 under version 2 is high, reviewed quarterly
    new = _note(dossier, org.meta.id, (4, 4, 2, 4))
    assert new.current.matrix_version == 2 and new.residual_level is RiskLevel.HIGH
    # And a re-assessment of the old note is made under version 2
    again = dossier.risk_notes.reassess(old.meta.id, AssessmentDraft(4, 4, 2, 4),
                                        expected_version=kept.meta.version).record
    assert [a.matrix_version for a in again.assessments] == [1, 2]
    assert [m.version for m in dossier.risk_matrices.history()] == [1, 2]
    assert maintenance.check(dossier.path).ok


def test_a_malformed_matrix_is_refused(dossier: Any) -> None:
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_matrices.adopt(name="", rules=STRICTER[:3])
    assert {e.field for e in caught.value.errors} >= {"name", "rules"}
    assert [m.version for m in dossier.risk_matrices.history()] == [1]
