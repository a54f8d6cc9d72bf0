"""Every validation key a service can raise is an attribute path on what the caller handed in.

Two halves: (1) drafts with everything wrong go through `validate()` (and the calls that take no
draft); every key they raise must resolve on that very draft. (2) A scan of the services' source
finds every literal key; each must name a field of the drafts of its module, and each must be
among the keys (1) actually raised — so a new check with a new key cannot slip past this test.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import uuid
from pathlib import Path
from typing import Any

import pytest
from helpers import table_counts

from chinadossier.domain import drafts as d
from chinadossier.domain.codes import (
    OrganisationKind,
    ParticipantSide,
    PoliticalFactKind,
    RiskLevel,
)
from chinadossier.domain.errors import FieldError, ValidationFailed, human_field
from chinadossier.domain.field_paths import on_type, resolve
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.risk import LevelRule
from chinadossier.services.attachments import AttachmentService
from chinadossier.services.case_settings import CaseSettingsService
from chinadossier.services.matrices import RiskMatrixService
from chinadossier.services.tags import TagService
from chinadossier.services.validation import MAX_TAGS

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "chinadossier" / "services"
BAD = "regel\x00met NUL"
OLD = dt.date(1800, 1, 1)


def _missing() -> uuid.UUID:
    return uuid.uuid4()


def _bad_common() -> d.Common:
    return d.Common(
        classification="geheim",  # type: ignore[arg-type]
        retention_category="nooit",  # type: ignore[arg-type]
        retention_on=OLD,
        tags=("ok", BAD),
        sources=(d.SourceLink(_missing(), BAD),),
    )


def _bad_drafts(dossier: Any) -> list[tuple[Any, Any]]:
    """(service, draft) pairs that between them break every rule with a draft key."""
    org = dossier.organisations.create(
        d.OrganisationDraft(name_nl="Sleutelorganisatie (fictief)", org_kind=OrganisationKind.OTHER)
    ).record
    person = _missing()
    return [
        (dossier.organisations, d.OrganisationDraft(
            name_nl="", org_kind="x", name_en=BAD, hanzi=BAD, pinyin=BAD,  # type: ignore[arg-type]
            place_adcode="12", place_text=BAD, parent_id=_missing(), website=BAD, aliases=BAD,
            notes=BAD, common=_bad_common())),
        (dossier.organisations, d.OrganisationDraft(
            name_nl="x", org_kind=OrganisationKind.OTHER, place_adcode="999999",
            common=d.Common(retention_category=d.RetentionCategory.DESTROY))),
        (dossier.organisations, d.OrganisationDraft(  # too many tags (issue 7.8)
            name_nl="x", org_kind=OrganisationKind.OTHER,
            common=d.Common(tags=tuple(f"t{n}" for n in range(51))))),
        (dossier.authorities, d.AuthorityDraft(
            code="?", name="", authority_kind="x", common_name=BAD,  # type: ignore[arg-type]
            province_code="GM0599", retired_on=OLD)),
        (dossier.authorities, d.AuthorityDraft(
            code="GM0599", name="x", authority_kind=d.AuthorityKind.PROVINCE,
            province_code="?")),
        (dossier.persons, d.PersonDraft(
            family_name="", given_name=BAD, tussenvoegsel=BAD, name_order="x",  # type: ignore[arg-type]
            hanzi=BAD, pinyin=BAD, aliases=BAD, notes=BAD,
            positions=(
                d.PositionDraft("", starts="x", ends="y"),  # type: ignore[arg-type]
                d.PositionDraft("t", organisation_id=_missing()),
                d.PositionDraft("t", authority_id=_missing(), starts=PartialDate.year(2020),
                                ends=PartialDate.year(2019)),
            ),
            political_facts=(
                d.PoliticalFactDraft("x", "", None, None),  # type: ignore[arg-type]
                d.PoliticalFactDraft(PoliticalFactKind.PARTY_POST, "t", _missing(), OLD),
            ))),
        (dossier.ties, d.TieDraft(
            authority_id=_missing(), organisation_id=_missing(), tie_type="x",  # type: ignore[arg-type]
            status="x", title=BAD, starts="x", signed="x", ends="x",  # type: ignore[arg-type]
            term_ends_on=OLD, evaluation_on=OLD, description=BAD)),
        (dossier.ties, d.TieDraft(
            authority_id=None, organisation_id=None,  # type: ignore[arg-type]
            tie_type=d.TieType.OTHER, status=d.TieStatus.ACTIVE,
            starts=PartialDate.year(2020), ends=PartialDate.year(2019),
            term_starts=PartialDate.year(2025), term_ends=PartialDate.year(2021))),
        (dossier.meetings, d.MeetingDraft(
            held_on=None, meeting_kind="x", title="", direction="x",  # type: ignore[arg-type]
            start_time="x", place_adcode="12", place_text=BAD, summary=BAD,  # type: ignore[arg-type]
            topics=BAD, gifts=BAD, gift_value_cents=-1, costs_cents=-1,
            participants=(
                d.ParticipantDraft(ParticipantSide.OURS),
                d.ParticipantDraft("x", person_id=person, role=BAD),  # type: ignore[arg-type]
                d.ParticipantDraft(ParticipantSide.OURS, organisation_id=_missing()),
                d.ParticipantDraft(ParticipantSide.OURS, authority_id=_missing()),
                d.ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id),
                d.ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id),
            ),
            tie_ids=(_missing(),))),
        (dossier.actions, d.ActionDraft(
            what="", owner=BAD, due_on=OLD, status="x", done_on=OLD,  # type: ignore[arg-type]
            meeting_id=_missing(), decision_id=_missing())),
        (dossier.decisions, d.DecisionDraft(
            authority_id=_missing(), body="x", decision_kind="x",  # type: ignore[arg-type]
            decided_on=None, title="", outcome="x", reference=BAD,  # type: ignore[arg-type]
            summary=BAD, votes_for=-1, votes_against=-1, link_ids=(_missing(),))),
        (dossier.risk_notes, d.RiskNoteDraft(
            subject_id=_missing(), category_code="R-GEENCODE", title="",
            assessment=d.AssessmentDraft(0, 0, 0, 0, assessed_on=OLD, note=BAD),
            description=BAD, measures=BAD, treatment="x", owner=BAD,  # type: ignore[arg-type]
            status="x", knowledge_strength="x", next_review_on=OLD)),  # type: ignore[arg-type]
        (dossier.risk_notes, d.RiskNoteDraft(
            subject_id=org.meta.id, category_code="", title="t",
            assessment=d.AssessmentDraft(2, 2, 3, 3))),
        (dossier.risk_categories, d.RiskCategoryDraft(
            code="ORG-0001", name_nl="", name_en="", red_flags=BAD, typical_measures=BAD,
            sort_order=-1)),
        (dossier.risk_categories, d.RiskCategoryDraft(code="R POL!", name_nl="x", name_en="x")),
        (dossier.risk_categories, d.RiskCategoryDraft(code="R-POL", name_nl="x", name_en="x")),
        (dossier.sources, d.SourceDraft(
            title="", publisher=BAD, url="ftp://x", published="x",  # type: ignore[arg-type]
            accessed_on=OLD, notes=BAD)),
        (dossier.organisations, d.OrganisationDraft(
            name_nl="Veel trefwoorden (fictief)", org_kind=OrganisationKind.OTHER,
            common=d.Common(tags=tuple(f"t{i}" for i in range(MAX_TAGS + 1))))),
    ]


def _raised_by_calls(dossier: Any) -> list[tuple[Any, list[FieldError]]]:
    """Calls that take keyword arguments instead of a draft: (arguments, errors)."""
    out: list[tuple[Any, list[FieldError]]] = []
    org = dossier.organisations.create(
        d.OrganisationDraft(name_nl="Bijlagen (fictief)", org_kind=OrganisationKind.OTHER)
    ).record
    calls: list[tuple[Any, dict[str, Any]]] = [
        (dossier.attachments.attach,
         {"record_id": _missing(), "file_name": "../x", "data": b"x" * (50 * 1024 * 1024 + 1)}),
        (dossier.risk_matrices.adopt,
         {"name": "", "rules": (LevelRule(RiskLevel.HIGH, 1, 0), LevelRule(RiskLevel.LOW, 0, 99))}),
        (dossier.tags.add, {"records": [(org.meta.id, org.meta.version)], "tag": ""}),
        (dossier.case_settings.change, {"own_authority": "Rotterdam",
                                        "default_classification": "geheim",
                                        "seen": dossier.settings()}),
        (dossier.case_settings.change, {"own_authority": "GM9998",
                                        "default_classification": "internal",
                                        "seen": dossier.settings()}),
    ]
    note = dossier.risk_notes.create(d.RiskNoteDraft(
        subject_id=org.meta.id, category_code="R-POL", title="t",
        assessment=d.AssessmentDraft(3, 3, 2, 2))).record
    bad_assessment = d.AssessmentDraft(0, 9, 1, 1, assessed_on=OLD, note=BAD)
    for call, kwargs in calls:
        with pytest.raises(ValidationFailed) as caught:
            call(**kwargs)
        out.append((kwargs, list(caught.value.errors)))
    # reassess: keys are AssessmentDraft fields, plus its keyword next_review_on
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.reassess(note.meta.id, bad_assessment,
                                    expected_version=note.meta.version, next_review_on=OLD)
    args = {**{f.name: getattr(bad_assessment, f.name)
               for f in dataclasses.fields(bad_assessment)}, "next_review_on": OLD}
    out.append((args, list(caught.value.errors)))
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.reassess(note.meta.id, d.AssessmentDraft(3, 3, 4, 4),
                                    expected_version=note.meta.version)
    out.append(({f.name: 1 for f in dataclasses.fields(d.AssessmentDraft)}, caught.value.errors))
    return out


@pytest.fixture
def raised(dossier: Any) -> set[str]:
    """Every key the bad inputs raised, after checking each resolves on its own input."""
    keys: set[str] = set()
    unresolved: list[str] = []
    for service, draft in _bad_drafts(dossier):
        errors = service.validate(draft)
        assert errors, draft
        for error in errors:
            keys.add(error.field)
            try:
                resolve(draft, error.field)
            except LookupError as exc:
                unresolved.append(f"{type(draft).__name__}: {exc}")
    for args, errors in _raised_by_calls(dossier):
        for error in errors:
            keys.add(error.field)
            try:
                resolve(args, error.field)
            except LookupError as exc:
                unresolved.append(str(exc))
    assert not unresolved, unresolved
    return keys


# Which drafts (or call parameters) the keys of each service module refer to.
_MODULE_TARGETS: dict[str, tuple[Any, ...]] = {
    "organisations.py": (d.OrganisationDraft,),
    "authorities.py": (d.AuthorityDraft,),
    "persons.py": (d.PersonDraft,),
    "ties.py": (d.TieDraft,),
    "meetings.py": (d.MeetingDraft, d.ActionDraft),
    "decisions.py": (d.DecisionDraft,),
    "risks.py": (d.RiskNoteDraft, d.AssessmentDraft, d.RiskCategoryDraft),
    "sources.py": (d.SourceDraft,),
    "validation.py": (d.OrganisationDraft,),  # the common fields every draft has
    "attachments.py": (AttachmentService.attach,),
    "matrices.py": (RiskMatrixService.adopt,),
    "tags.py": (TagService.add,),
    "case_settings.py": (CaseSettingsService.change,),
}
# Call name → position of the key argument.
_KEY_CALLS = {"add": 0, "FieldError": 0, "line": 1, "text": 1, "cents": 1, "count": 1,
              "date_value": 1, "date_range": 1, "check_place": 2}


def _literal_keys() -> dict[str, set[str]]:
    """Per services module: the string literals used as an error key."""
    found: dict[str, set[str]] = {}
    for path in sorted(SERVICES.rglob("*.py")):
        if "demo" in path.parts:
            continue
        keys: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "plural"):
                    continue  # plural.count(n, "deelnemer", "deelnemers"): words, not keys
                at = _KEY_CALLS.get(name)
                if at is not None and len(node.args) > at:
                    arg = node.args[at]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        keys.add(arg.value)
                if name == "refs":
                    for sub in ast.walk(node):
                        if (isinstance(sub, ast.Tuple) and len(sub.elts) == 3
                                and isinstance(sub.elts[0], ast.Constant)):
                            keys.add(str(sub.elts[0].value))
        if keys:
            found[path.name] = keys
    return found


def _names_a_field(target: Any, key: str) -> bool:
    if inspect.isfunction(target):
        return key.split(".")[0].split("[")[0] in inspect.signature(target).parameters
    return on_type(target, key)


def test_every_literal_key_names_a_draft_field_and_is_raised(raised: set[str]) -> None:
    literal = _literal_keys()
    assert set(literal) <= set(_MODULE_TARGETS), set(literal) - set(_MODULE_TARGETS)
    wrong = sorted(
        f"{module}: {key}"
        for module, keys in literal.items()
        for key in keys
        if not any(_names_a_field(t, key) for t in _MODULE_TARGETS[module])
    )
    assert not wrong, f"keys that name no field: {wrong}"
    never = sorted(key for keys in literal.values() for key in keys if key not in raised)
    assert not never, f"keys no bad input in this test raises (add one): {never}"


def test_keys_with_indexes_point_at_the_item_given(raised: set[str]) -> None:
    # Items are counted from 0 as in Python; the third position is positions[2]
    assert {"positions[0].title", "positions[1].organisation_id", "positions[2].ends",
            "political_facts[0].source_id", "political_facts[1].source_id",
            "participants[0]", "participants[1].person_id", "participants[5]",
            "tie_ids[0]", "link_ids[0]", "common.tags[1]", "common.sources[0].source_id",
            "common.sources[0].locator", "assessment.inherent_likelihood"} <= raised
    # and people read them counted from 1
    assert human_field("participants[1].person_id") == "persoon (deelnemer 2)"


def test_validate_reports_without_writing(dossier: Any) -> None:
    good = d.OrganisationDraft(name_nl="Alleen gecontroleerd (fictief)",
                               org_kind=OrganisationKind.OTHER)
    before = table_counts(dossier.path)

    assert dossier.organisations.validate(good) == ()
    errors = dossier.organisations.validate(dataclasses.replace(good, name_nl=""))

    assert [e.field for e in errors] == ["name_nl"]
    assert table_counts(dossier.path) == before


def test_validate_of_an_edit_allows_the_links_the_record_already_has(dossier: Any) -> None:
    # Given a tie whose organisation was deleted afterwards
    own = dossier.settings().own_authority.id
    org = dossier.organisations.create(
        d.OrganisationDraft(name_nl="Later weg (fictief)", org_kind=OrganisationKind.OTHER)
    ).record
    tie = dossier.ties.create(d.TieDraft(own, org.meta.id, d.TieType.OTHER,
                                         d.TieStatus.ACTIVE)).record
    dossier.organisations.delete(org.meta.id, expected_version=org.meta.version)
    draft = d.TieDraft(own, org.meta.id, d.TieType.OTHER, d.TieStatus.DORMANT)

    # Then editing it may keep the link, while a new tie may not make it
    assert dossier.ties.validate(draft, current=tie) == ()
    assert [e.field for e in dossier.ties.validate(draft)] == ["organisation_id"]
