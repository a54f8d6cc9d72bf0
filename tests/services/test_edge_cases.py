"""Edge cases found in review: each must end in a clear Dutch field error, not a crash."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chinadossier.domain.codes import (
    AuthorityKind,
    DecisionBody,
    DecisionKind,
    OrganisationKind,
    RiskLevel,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import (
    AssessmentDraft,
    AuthorityDraft,
    DecisionDraft,
    OrganisationDraft,
    PersonDraft,
    RiskNoteDraft,
    TieDraft,
)
from chinadossier.domain.errors import ValidationFailed
from chinadossier.domain.risk import LevelRule


def _org(dossier: Any, name: str = "Randgeval (fictief)", parent: Any = None) -> Any:
    return dossier.organisations.create(OrganisationDraft(
        name_nl=name, org_kind=OrganisationKind.OTHER, parent_id=parent)).record


def test_a_tie_or_decision_without_its_required_party_names_the_field(dossier: Any) -> None:
    own = dossier.settings().own_authority.id
    with pytest.raises(ValidationFailed) as caught:
        dossier.ties.create(TieDraft(authority_id=own, organisation_id=None,  # type: ignore[arg-type]
                                     tie_type=TieType.OTHER, status=TieStatus.ACTIVE))
    assert "verplicht" in caught.value.for_field("organisation_id")[0]
    assert "organisatie: is verplicht" in caught.value.message
    with pytest.raises(ValidationFailed) as caught:
        dossier.decisions.create(DecisionDraft(
            authority_id=None, body=DecisionBody.COUNCIL,  # type: ignore[arg-type]
            decision_kind=DecisionKind.MOTION, decided_on=dt.date(2026, 1, 1), title="Motie"))
    assert caught.value.for_field("authority_id")
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.create(RiskNoteDraft(subject_id=None,  # type: ignore[arg-type]
                                                category_code="R-POL", title="x",
                                                assessment=AssessmentDraft(2, 2, 1, 1)))
    assert caught.value.for_field("subject_id")


def test_a_matrix_with_its_levels_out_of_order_is_refused(dossier: Any) -> None:
    shuffled = (LevelRule(RiskLevel.VERY_HIGH, 1, 12), LevelRule(RiskLevel.LOW, 5, 1),
                LevelRule(RiskLevel.MEDIUM, 10, 3), LevelRule(RiskLevel.HIGH, 15, 6))
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_matrices.adopt(name="Verkeerd", rules=shuffled)
    assert caught.value.for_field("rules")


def test_pinyin_follows_the_hanzi_also_when_it_is_cleared(dossier: Any) -> None:
    person = dossier.persons.create(PersonDraft(family_name="Wang", hanzi="王伟")).record
    cleared = dossier.persons.edit(person.meta.id, PersonDraft(
        family_name="Wang", hanzi=None, pinyin=person.pinyin),
        expected_version=person.meta.version).record
    assert cleared.pinyin is None and cleared.pinyin_auto
    again = dossier.persons.edit(person.meta.id, PersonDraft(family_name="Li", hanzi="李明"),
                                 expected_version=cleared.meta.version).record
    assert again.pinyin == "Lǐ Míng"


def test_spaces_between_hanzi_do_not_reach_the_pinyin(dossier: Any) -> None:
    person = dossier.persons.create(PersonDraft(family_name="Wang", hanzi="王 伟")).record
    assert person.pinyin == "Wáng Wěi"


def test_organisations_cannot_be_each_others_parent(dossier: Any) -> None:
    top = _org(dossier, "Bovenste (fictief)")
    below = _org(dossier, "Onderste (fictief)", parent=top.meta.id)
    with pytest.raises(ValidationFailed) as caught:
        dossier.organisations.edit(top.meta.id, OrganisationDraft(
            name_nl=top.name_nl, org_kind=top.org_kind, parent_id=below.meta.id),
            expected_version=top.meta.version)
    assert caught.value.for_field("parent_id")


def test_a_reassessment_cannot_predate_the_last_one_or_lie_ahead(dossier: Any) -> None:
    org = _org(dossier)
    note = dossier.risk_notes.create(RiskNoteDraft(
        subject_id=org.meta.id, category_code="R-POL", title="Invloed",
        assessment=AssessmentDraft(3, 3, 2, 2, assessed_on=dt.date(2026, 6, 1)))).record
    for day in (dt.date(2001, 1, 1), dt.date(2027, 1, 1)):
        with pytest.raises(ValidationFailed) as caught:
            dossier.risk_notes.reassess(note.meta.id, AssessmentDraft(3, 3, 1, 2,
                                                                      assessed_on=day),
                                        expected_version=note.meta.version)
        assert caught.value.for_field("assessed_on")


def test_the_cbs_code_of_a_listed_authority_cannot_change(dossier: Any) -> None:
    own = dossier.authorities.by_code("GM0599")
    with pytest.raises(ValidationFailed) as caught:
        dossier.authorities.edit(own.meta.id, AuthorityDraft(
            code="GM0001", name=own.name, authority_kind=AuthorityKind.MUNICIPALITY),
            expected_version=own.meta.version)
    assert caught.value.for_field("code")
    assert dossier.authorities.by_code("gm599").meta.id == own.meta.id


def test_a_province_code_must_name_a_province(dossier: Any) -> None:
    with pytest.raises(ValidationFailed) as caught:
        dossier.authorities.create(AuthorityDraft(
            code="GM1996", name="Nieuw", authority_kind=AuthorityKind.MUNICIPALITY,
            province_code="GM0599"))
    assert caught.value.for_field("province_code")
