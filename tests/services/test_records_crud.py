"""Create, get, edit, trash and restore through every record service."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from helpers import (
    action_draft,
    assessment,
    decision_draft,
    make_org,
    make_source,
    make_tie,
    meeting_draft,
    org_draft,
    own_authority_id,
    person_draft,
    risk_draft,
    source_draft,
    tie_draft,
)

from chinadossier.domain.codes import (
    ActionStatus,
    AuthorityKind,
    Classification,
    DecisionOutcome,
    Direction,
    NameOrder,
    OrganisationKind,
    ParticipantSide,
    PoliticalFactKind,
    RecordKind,
    RetentionCategory,
    TieStatus,
)
from chinadossier.domain.drafts import (
    AuthorityDraft,
    Common,
    ParticipantDraft,
    PoliticalFactDraft,
    PositionDraft,
    RiskCategoryDraft,
    SourceLink,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.queries import ListQuery, Trash


@dataclass
class Case:
    """One kind of record under test: its service, a draft, an edit and its expected number."""

    service: Any
    kind: RecordKind
    draft: Any
    edit: dict[str, Any]
    number: str
    check: Callable[[Any], None] = field(default=lambda record: None)


# Draft fields that the record holds under another shape; checked per kind instead.
_NOT_DIRECT = {"common", "pinyin", "authority_id", "organisation_id", "positions",
               "political_facts", "participants", "tie_ids", "link_ids", "subject_id",
               "category_code", "assessment"}


def assert_same_values(draft: Any, record: Any) -> None:
    """Every plain draft field comes back unchanged; the common fields land in meta."""
    compared = 0
    for f in dataclasses.fields(draft):
        if f.name in _NOT_DIRECT or not hasattr(record, f.name):
            continue
        assert getattr(record, f.name) == getattr(draft, f.name), f.name
        compared += 1
    assert compared >= 3
    common: Common = draft.common
    if common.classification is not None:
        assert record.meta.classification is common.classification
    assert record.meta.retention_category is common.retention_category
    assert record.meta.retention_on == common.retention_on
    assert record.meta.tags == tuple(sorted(set(common.tags)))
    assert {(s.source_id, s.locator) for s in record.meta.sources} == {
        (s.source_id, s.locator) for s in common.sources}


# -- one builder per kind -------------------------------------------------------------------------


def authority_case(d: Any) -> Case:
    draft = AuthorityDraft(code="GM9999", name="Nieuwe gemeente",
                           authority_kind=AuthorityKind.MUNICIPALITY, common_name="Nieuwstad",
                           province_code="PV28",
                           common=Common(classification=Classification.PUBLIC))
    return Case(d.authorities, RecordKind.AUTHORITY, draft, {"name": "Nieuwe gemeente (fusie)"},
                "GM9999")


def organisation_case(d: Any) -> Case:
    source = make_source(d)
    draft = org_draft("Volksregering Nanjing", name_en="Nanjing Municipal People's Government",
                      hanzi="南京市人民政府", pinyin="Nanjing Shi Renmin Zhengfu",
                      place_adcode="320100", place_text="Gulou-district",
                      website="https://www.nanjing.gov.cn", aliases="NJ-overheid",
                      notes="Partner sinds 1985.",
                      common=Common(classification=Classification.CONFIDENTIAL,
                                    retention_category=RetentionCategory.DESTROY,
                                    retention_on=dt.date(2035, 1, 1),
                                    tags=("stedenband", "haven", "haven"),
                                    sources=(SourceLink(source.meta.id, "p. 3"),)))

    def check(record: Any) -> None:
        assert record.pinyin == "Nanjing Shi Renmin Zhengfu"
        assert record.place_label is not None and "南京" in record.place_label

    return Case(d.organisations, RecordKind.ORGANISATION, draft,
                {"notes": "Partner sinds 1985; slapend sinds 2020.",
                 "org_kind": OrganisationKind.FOREIGN_AFFAIRS_OFFICE}, "ORG-0001", check)


def person_case(d: Any) -> Case:
    org = make_org(d, "Waibao Nanjing")
    own = own_authority_id(d)
    source = make_source(d, "Jaarverslag partijcomité")
    positions = (
        PositionDraft("Directeur", organisation_id=org.meta.id, starts=PartialDate.year(2019),
                      ends=PartialDate.month(2023, 6, uncertain=True)),
        PositionDraft("Adviseur internationale zaken", authority_id=own,
                      starts=PartialDate.day(dt.date(2024, 2, 1))),
    )
    facts = (PoliticalFactDraft(PoliticalFactKind.PARTY_MEMBERSHIP, "Lid van de CCP",
                                source.meta.id, dt.date(2022, 5, 1)),)
    draft = person_draft("Li", given_name="Ming", hanzi="李明", pinyin="Lǐ Míng",
                         name_order=NameOrder.FAMILY_FIRST, aliases="Mr. Li",
                         notes="Contactpersoon", positions=positions, political_facts=facts)

    def check(record: Any) -> None:
        got = [(p.title, p.organisation.id if p.organisation else None,
                p.authority.id if p.authority else None, p.starts, p.ends)
               for p in record.positions]
        assert got == [(p.title, p.organisation_id, p.authority_id, p.starts, p.ends)
                       for p in positions]
        assert [(f.fact_kind, f.text, f.source.id, f.as_of) for f in record.political_facts] == [
            (f.fact_kind, f.text, f.source_id, f.as_of) for f in facts]

    return Case(d.persons, RecordKind.PERSON, draft, {"given_name": "Mingzhi"}, "PER-0001",
                check)


def tie_case(d: Any) -> Case:
    org = make_org(d)
    own = own_authority_id(d)
    draft = tie_draft(own, org.meta.id, title="Stedenband Rotterdam–Nanjing",
                      starts=PartialDate.year(1985, circa=True),
                      signed=PartialDate.month(1985, 9), term_ends_on=dt.date(2030, 12, 31),
                      evaluation_on=dt.date(2027, 3, 1), description="Sinds de jaren tachtig")

    def check(record: Any) -> None:
        assert record.authority.id == own
        assert record.organisation.id == org.meta.id

    return Case(d.ties, RecordKind.TIE, draft, {"status": TieStatus.DORMANT}, "BAND-0001", check)


def meeting_case(d: Any) -> Case:
    own = own_authority_id(d)
    org = make_org(d)
    tie = make_tie(d, org.meta.id)
    person = d.persons.create(person_draft("Zhang", given_name="Wei")).record
    participants = (
        ParticipantDraft(ParticipantSide.OURS, authority_id=own, role="gastheer"),
        ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id, role="delegatieleider"),
        ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id),
    )
    draft = meeting_draft(dt.date(2025, 10, 7), "Ontvangst delegatie",
                          start_time=dt.time(14, 30), direction=Direction.INCOMING,
                          place_text="Stadhuis", summary="Kennismaking", topics="haven",
                          gifts="vaas", gift_value_cents=4500, costs_cents=120000,
                          participants=participants, tie_ids=(tie.meta.id,))

    def check(record: Any) -> None:
        assert [(p.side, p.party.id, p.role) for p in record.participants] == [
            (p.side, p.authority_id or p.person_id or p.organisation_id, p.role)
            for p in participants]
        assert [t.id for t in record.ties] == [tie.meta.id]

    return Case(d.meetings, RecordKind.MEETING, draft, {"summary": "Kennismaking en MoU"},
                "CM-2025-0001", check)


def action_case(d: Any) -> Case:
    meeting = d.meetings.create(meeting_draft()).record
    draft = action_draft("Bedankbrief sturen", owner="Protocol", due_on=dt.date(2026, 12, 1),
                         meeting_id=meeting.meta.id)
    return Case(d.actions, RecordKind.ACTION, draft, {"owner": "Kabinet burgemeester"},
                "ACT-0001")


def decision_case(d: Any) -> Case:
    own = own_authority_id(d)
    tie = make_tie(d)
    org = make_org(d, "Havenbedrijf Ningbo")
    draft = decision_draft(own, dt.date(2024, 3, 21), "Motie evaluatie stedenband",
                           reference="M-2024-12", summary="Evaluatie vóór 2025",
                           outcome=DecisionOutcome.ADOPTED, votes_for=30, votes_against=15,
                           link_ids=(tie.meta.id, org.meta.id))

    def check(record: Any) -> None:
        assert record.authority.id == own
        assert {ref.id for ref in record.links} == {tie.meta.id, org.meta.id}

    return Case(d.decisions, RecordKind.DECISION, draft,
                {"outcome": DecisionOutcome.REJECTED}, "BES-2024-0001", check)


def source_case(d: Any) -> Case:
    draft = source_draft("Raadsinformatiebrief China", publisher="Gemeente Rotterdam",
                         url="https://example.org/rib", published=PartialDate.month(2024, 2),
                         accessed_on=dt.date(2026, 1, 5), notes="Openbaar")
    return Case(d.sources, RecordKind.SOURCE, draft, {"publisher": "Griffie Rotterdam"},
                "BRON-0001")


def risk_category_case(d: Any) -> Case:
    draft = RiskCategoryDraft("R-TST", "Testcategorie", "Test category", red_flags="signalen",
                              typical_measures="maatregelen", sort_order=90)
    return Case(d.risk_categories, RecordKind.RISK_CATEGORY, draft,
                {"name_nl": "Testcategorie (herzien)"}, "R-TST")


def risk_note_case(d: Any) -> Case:
    tie = make_tie(d)
    draft = risk_draft(tie.meta.id, "R-KV", "Bezoek aan lab", description="Interesse in lab",
                       measures="bezoekersprotocol", owner="CISO",
                       next_review_on=dt.date(2027, 2, 1),
                       assessment=assessment(4, 4, 2, 3, assessed_on=dt.date(2026, 11, 1),
                                             note="eerste beoordeling"))

    def check(record: Any) -> None:
        assert record.subject.id == tie.meta.id
        assert record.category.display_no == "R-KV"
        first = record.assessments[0]
        a = draft.assessment
        assert (first.inherent_likelihood, first.inherent_impact, first.residual_likelihood,
                first.residual_impact, first.assessed_on, first.note) == (
            a.inherent_likelihood, a.inherent_impact, a.residual_likelihood, a.residual_impact,
            a.assessed_on, a.note)

    return Case(d.risk_notes, RecordKind.RISK_NOTE, draft, {"owner": "Veiligheidsadviseur"},
                "RIS-0001", check)


CASES = {
    "authority": authority_case,
    "organisation": organisation_case,
    "person": person_case,
    "tie": tie_case,
    "meeting": meeting_case,
    "action": action_case,
    "decision": decision_case,
    "source": source_case,
    "risk_category": risk_category_case,
    "risk_note": risk_note_case,
}


def all_ids(service: Any, trash: Trash = Trash.EXCLUDE) -> list[uuid.UUID]:
    """Every id the list shows, over all pages."""
    ids: list[uuid.UUID] = []
    cursor = None
    while True:
        page = service.list(ListQuery(limit=500, cursor=cursor, trash=trash))
        ids.extend(r.meta.id for r in page.items)
        cursor = page.next_cursor
        if cursor is None:
            return ids


@pytest.fixture(params=list(CASES))
def case(request: pytest.FixtureRequest, dossier: Any) -> Case:
    return CASES[request.param](dossier)


def test_create_then_get_returns_the_same_values(case: Case) -> None:
    # Given a valid draft
    # When it is created
    result = case.service.create(case.draft)
    # Then get returns the values of the draft, at version 1, with the kind's number
    record = case.service.get(result.record.meta.id)
    assert record == result.record
    assert_same_values(case.draft, record)
    case.check(record)
    assert record.meta.kind is case.kind
    assert record.meta.version == 1
    assert record.meta.display_no == case.number
    assert not record.meta.deleted
    # And the result reports one created record of this kind
    assert result.changes.created == {record.meta.id}
    assert not (result.changes.updated or result.changes.deleted or result.changes.restored)
    assert result.changes.kinds == {case.kind}


def test_edit_bumps_version_by_one_and_shows_the_change(case: Case) -> None:
    # Given a saved record
    record = case.service.create(case.draft).record
    for name, value in case.edit.items():
        assert getattr(record, name) != value
    # When it is edited from its current version
    result = case.service.edit(record.meta.id, dataclasses.replace(case.draft, **case.edit),
                               expected_version=record.meta.version)
    # Then the version went up by exactly one and the change shows in get
    after = case.service.get(record.meta.id)
    assert after.meta.version == record.meta.version + 1
    for name, value in case.edit.items():
        assert getattr(after, name) == value
    assert after.meta.display_no == record.meta.display_no
    assert result.changes.updated == {record.meta.id}
    assert not (result.changes.created or result.changes.deleted or result.changes.restored)
    assert result.changes.kinds == {case.kind}


def test_edit_without_changes_keeps_the_version(case: Case) -> None:
    # Given a saved record
    record = case.service.create(case.draft).record
    # When the same draft is saved again
    result = case.service.edit(record.meta.id, case.draft, expected_version=record.meta.version)
    # Then nothing changed: same version, same values, an empty change set
    after = case.service.get(record.meta.id)
    assert after == record
    assert after.meta.version == record.meta.version
    assert result.changes.empty


def test_delete_moves_to_trash_and_restore_brings_back(case: Case) -> None:
    # Given a saved record shown in the list
    record = case.service.create(case.draft).record
    record_id = record.meta.id
    assert record_id in all_ids(case.service)
    # When it is deleted
    deleted = case.service.delete(record_id, expected_version=record.meta.version)
    # Then get still returns it, marked deleted; the list hides it; the trash shows it
    got = case.service.get(record_id)
    assert got.meta.deleted
    assert got.meta.version == record.meta.version + 1
    assert deleted.changes.deleted == {record_id}
    assert not (deleted.changes.created or deleted.changes.updated or deleted.changes.restored)
    assert deleted.changes.kinds == {case.kind}
    assert record_id not in all_ids(case.service)
    assert record_id in all_ids(case.service, Trash.ONLY)
    assert record_id in all_ids(case.service, Trash.INCLUDE)
    # When it is restored
    restored = case.service.restore(record_id, expected_version=got.meta.version)
    # Then it is back in the list and out of the trash, with its values intact
    back = case.service.get(record_id)
    assert not back.meta.deleted
    assert back.meta.version == got.meta.version + 1
    assert restored.changes.restored == {record_id}
    assert not (restored.changes.created or restored.changes.updated
                or restored.changes.deleted)
    assert record_id in all_ids(case.service)
    assert record_id not in all_ids(case.service, Trash.ONLY)
    assert_same_values(case.draft, back)


def test_trashed_record_cannot_be_edited_until_restored(dossier: Any) -> None:
    # Given an organisation in the trash
    from chinadossier.domain.errors import NotFound

    record = make_org(dossier)
    gone = dossier.organisations.delete(record.meta.id, expected_version=1).record
    # When it is edited
    # Then that is refused: it must be restored first
    with pytest.raises(NotFound):
        dossier.organisations.edit(record.meta.id, org_draft("Nieuwe naam"),
                                   expected_version=gone.meta.version)
    assert dossier.organisations.get(record.meta.id).name_nl == record.name_nl


def test_yearly_numbers_follow_the_date_of_the_record(dossier: Any) -> None:
    # Given meetings and decisions in two years (today is in 2026)
    own = own_authority_id(dossier)
    numbers = [
        dossier.meetings.create(meeting_draft(dt.date(2025, 5, 1))).record.meta.display_no,
        dossier.meetings.create(meeting_draft(dt.date(2026, 1, 2))).record.meta.display_no,
        dossier.meetings.create(meeting_draft(dt.date(2025, 12, 31))).record.meta.display_no,
        dossier.decisions.create(decision_draft(own, dt.date(2023, 9, 1))).record.meta.display_no,
        dossier.decisions.create(decision_draft(own, dt.date(2023, 2, 1))).record.meta.display_no,
        dossier.decisions.create(decision_draft(own, dt.date(2026, 2, 1))).record.meta.display_no,
    ]
    # Then each year counts on its own
    assert numbers == ["CM-2025-0001", "CM-2026-0001", "CM-2025-0002",
                       "BES-2023-0001", "BES-2023-0002", "BES-2026-0001"]


def test_numbers_count_up_per_kind(dossier: Any) -> None:
    # Given two organisations, two sources and two actions
    numbers = [make_org(dossier, "A").meta.display_no, make_source(dossier, "A").meta.display_no,
               make_org(dossier, "B").meta.display_no, make_source(dossier, "B").meta.display_no,
               dossier.actions.create(action_draft("a")).record.meta.display_no,
               dossier.actions.create(action_draft("b")).record.meta.display_no]
    # Then each kind has its own counter
    assert numbers == ["ORG-0001", "BRON-0001", "ORG-0002", "BRON-0002", "ACT-0001", "ACT-0002"]


def test_action_done_gets_a_done_date(dossier: Any, clock: Any) -> None:
    # Given an open action
    action = dossier.actions.create(action_draft("Verslag")).record
    assert action.done_on is None
    # When it is marked done without a date
    done = dossier.actions.edit(action.meta.id, action_draft("Verslag", status=ActionStatus.DONE),
                                expected_version=1).record
    # Then today is the done date
    assert done.status is ActionStatus.DONE
    assert done.done_on == clock.today()


def test_own_authority_cannot_be_deleted(dossier: Any) -> None:
    # Given the case file's own authority
    from chinadossier.domain.errors import Refused

    own = dossier.authorities.get(own_authority_id(dossier))
    # When it is deleted
    # Then that is refused and it stays live
    with pytest.raises(Refused) as caught:
        dossier.authorities.delete(own.meta.id, expected_version=own.meta.version)
    assert "eigen organisatie" in caught.value.message
    assert not dossier.authorities.get(own.meta.id).meta.deleted


def test_authority_by_code_is_case_insensitive(dossier: Any) -> None:
    # Given the reference list
    # When an authority is looked up by a loosely written code
    record = dossier.authorities.by_code("gm 599")
    # Then it is Rotterdam
    assert record.code == "GM0599"
    assert record.meta.id == own_authority_id(dossier)
