"""Validation by the services: every problem at once, in Dutch; clean text; references."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
import uuid
from typing import Any

import pytest
from helpers import (
    action_draft,
    assessment,
    decision_draft,
    make_org,
    make_source,
    meeting_draft,
    org_draft,
    own_authority_id,
    person_draft,
    risk_draft,
    table_counts,
    tie_draft,
)

from chinadossier.domain.codes import (
    OrganisationKind,
    ParticipantSide,
    PoliticalFactKind,
    RetentionCategory,
    TieStatus,
)
from chinadossier.domain.drafts import (
    Common,
    OrganisationDraft,
    ParticipantDraft,
    PoliticalFactDraft,
    PositionDraft,
    RiskCategoryDraft,
    SourceLink,
)
from chinadossier.domain.errors import ValidationFailed
from chinadossier.domain.partial_date import PartialDate


def fields_of(exc: ValidationFailed) -> set[str]:
    return {e.field for e in exc.errors}


def test_all_field_errors_are_reported_at_once(dossier: Any) -> None:
    # Given an organisation draft with three independent problems
    draft = org_draft("", notes="regel\x00met NUL", place_adcode="12")
    before = table_counts(dossier.path)
    # When it is created
    with pytest.raises(ValidationFailed) as caught:
        dossier.organisations.create(draft)
    # Then all three fields are named in one error, with Dutch messages
    assert fields_of(caught.value) == {"name_nl", "notes", "place_adcode"}
    assert any("verplicht" in m for m in caught.value.for_field("name_nl"))
    assert caught.value.for_field("notes") and caught.value.for_field("place_adcode")
    assert "Niet opgeslagen" in caught.value.message
    # And nothing was written
    assert table_counts(dossier.path) == before


@pytest.mark.parametrize("bad", ["Nan\x07jing", "Nan\x00jing", "Nan\x1bjing", "Nan\njing",
                                 "Nan\tjing", "Nan\u202ejing", "Nan\x7fjing"])
def test_control_characters_in_a_line_are_rejected(dossier: Any, bad: str) -> None:
    # Given a name with an invisible control character inside
    # When it is saved
    with pytest.raises(ValidationFailed) as caught:
        dossier.organisations.create(org_draft(bad))
    # Then the name field is rejected with a Dutch message that says where
    messages = caught.value.for_field("name_nl")
    assert messages and "positie 4" in messages[0]


def test_notes_allow_line_breaks_and_tabs_but_not_other_controls(dossier: Any) -> None:
    # Given notes with CRLF line breaks and a tab
    record = make_org(dossier, notes="eerste regel\r\n\tingesprongen\r\nderde")
    # Then they are stored with LF line breaks and the tab kept
    assert record.notes == "eerste regel\n\tingesprongen\nderde"
    # And a bell character in notes is refused
    with pytest.raises(ValidationFailed) as caught:
        make_org(dossier, notes="eerste\nregel \x07")
    assert caught.value.for_field("notes")


def test_text_is_stored_trimmed_and_nfc_but_full_width_as_typed(dossier: Any) -> None:
    # Given a name with surrounding spaces, a decomposed é and a full-width letter
    typed = "  Ｎanjing e\u0301  "
    # When it is saved
    record = make_org(dossier, typed, notes="\n  Café\u0301 \n\n")
    # Then it is trimmed and composed, and the full-width Ｎ stays as typed
    assert record.name_nl == "Ｎanjing \u00e9"
    assert unicodedata.is_normalized("NFC", record.name_nl)
    assert record.notes == unicodedata.normalize("NFC", "Café\u0301")
    assert dossier.organisations.get(record.meta.id).name_nl == "Ｎanjing \u00e9"
    # And only search normalises: plain "nanjing e" finds it
    assert record.meta.id in {h.ref.id for h in dossier.overview.search("nanjing e")}


def test_text_of_a_first_assessment_is_cleaned_like_any_other(dossier: Any) -> None:
    # Given a risk note whose first assessment has a note with spaces and a decomposed é
    org = make_org(dossier)
    draft = risk_draft(org.meta.id, assessment=assessment(note="  toelichting e\u0301  "))
    # When it is saved
    record = dossier.risk_notes.create(draft).record
    # Then the assessment note is stored trimmed and in NFC, like every other text
    assert record.assessments[0].note == "toelichting \u00e9"


def test_whitespace_only_optional_text_becomes_empty(dossier: Any) -> None:
    # Given optional fields holding only whitespace (including an ideographic space)
    record = make_org(dossier, name_en=" \u3000 ", notes="\n \n")
    # Then they are stored as empty
    assert record.name_en is None
    assert record.notes is None


def test_over_long_text_is_refused(dossier: Any) -> None:
    # Given a name of 301 characters (a line holds 300)
    with pytest.raises(ValidationFailed) as caught:
        make_org(dossier, "x" * 301)
    # Then the message names the limit in Dutch
    assert "te lang" in caught.value.for_field("name_nl")[0]
    assert make_org(dossier, "x" * 300).name_nl == "x" * 300


def test_negative_money_is_refused(dossier: Any) -> None:
    # Given a meeting with a negative gift value and negative costs
    with pytest.raises(ValidationFailed) as caught:
        dossier.meetings.create(meeting_draft(gift_value_cents=-1, costs_cents=-50_00))
    # Then both amounts are refused
    assert {"gift_value_cents", "costs_cents"} <= fields_of(caught.value)
    assert "negatief" in caught.value.for_field("gift_value_cents")[0]
    # And zero is fine
    record = dossier.meetings.create(meeting_draft(gift_value_cents=0, costs_cents=0)).record
    assert (record.gift_value_cents, record.costs_cents) == (0, 0)


def test_money_must_be_whole_cents(dossier: Any) -> None:
    # Given a cost amount given as a float
    with pytest.raises(ValidationFailed) as caught:
        dossier.meetings.create(meeting_draft(costs_cents=12.5))
    # Then it is refused
    assert caught.value.for_field("costs_cents")


def test_political_fact_without_source_is_refused_citing_the_avg(dossier: Any) -> None:
    # Given a party membership without a source
    fact = PoliticalFactDraft(PoliticalFactKind.PARTY_MEMBERSHIP, "CCP-lid", None,
                              dt.date(2023, 1, 1))
    with pytest.raises(ValidationFailed) as caught:
        dossier.persons.create(person_draft(political_facts=(fact,)))
    # Then the source is required, with an AVG message
    messages = caught.value.for_field("political_facts[0].source_id")
    assert messages and "AVG" in messages[0]
    assert dossier.persons.list().items == ()


def test_political_fact_without_date_is_refused_citing_the_avg(dossier: Any) -> None:
    # Given a party post with a source but no date
    source = make_source(dossier)
    fact = PoliticalFactDraft(PoliticalFactKind.PARTY_POST, "Partijsecretaris", source.meta.id,
                              None)
    with pytest.raises(ValidationFailed) as caught:
        dossier.persons.create(person_draft(political_facts=(fact,)))
    # Then the date is required, with an AVG message
    messages = caught.value.for_field("political_facts[0].as_of")
    assert messages and "AVG" in messages[0]


def test_political_fact_with_source_and_date_is_accepted(dossier: Any) -> None:
    # Given a party membership with both a source and a date
    source = make_source(dossier)
    fact = PoliticalFactDraft(PoliticalFactKind.PARTY_MEMBERSHIP, "CCP-lid", source.meta.id,
                              dt.date(2023, 1, 1))
    # When it is saved
    record = dossier.persons.create(person_draft(political_facts=(fact,))).record
    # Then it is stored with both
    assert [(f.source.id, f.as_of) for f in record.political_facts] == [
        (source.meta.id, dt.date(2023, 1, 1))]


def test_position_needs_exactly_one_employer(dossier: Any) -> None:
    # Given positions at both an organisation and an authority, and at neither
    org = make_org(dossier)
    both = PositionDraft("Directeur", organisation_id=org.meta.id,
                         authority_id=own_authority_id(dossier))
    neither = PositionDraft("Adviseur")
    # When they are saved
    with pytest.raises(ValidationFailed) as caught:
        dossier.persons.create(person_draft(positions=(both, neither)))
    # Then each is refused by its own number
    assert caught.value.for_field("positions[0].organisation_id")
    assert caught.value.for_field("positions[1].organisation_id")


def test_position_ending_before_it_starts_is_refused(dossier: Any) -> None:
    # Given a position that ends (2019) before it starts (2020)
    org = make_org(dossier)
    pos = PositionDraft("Directeur", organisation_id=org.meta.id, starts=PartialDate.year(2020),
                        ends=PartialDate.year(2019))
    with pytest.raises(ValidationFailed) as caught:
        dossier.persons.create(person_draft(positions=(pos,)))
    # Then the end date is named
    assert caught.value.for_field("positions[0].ends")


def test_residual_risk_above_inherent_is_refused(dossier: Any) -> None:
    # Given an assessment whose residual score (9) exceeds the inherent score (4)
    org = make_org(dossier)
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.create(risk_draft(org.meta.id, assessment=assessment(2, 2, 3, 3)))
    # Then it is refused
    assert "netto" in " ".join(caught.value.for_field("assessment.residual_impact"))
    # And an equal residual score is fine
    record = dossier.risk_notes.create(
        risk_draft(org.meta.id, assessment=assessment(2, 2, 1, 4))).record
    assert record.residual_score == 4


@pytest.mark.parametrize("field", ["inherent_likelihood", "residual_likelihood",
                                   "inherent_impact", "residual_impact"])
def test_scores_outside_one_to_five_are_refused(dossier: Any, field: str) -> None:
    # Given assessments with one score outside 1..5 (or not a whole number)
    org = make_org(dossier)
    for value in (0, 6, -1, True, 2.0, None):
        a = dataclasses.replace(assessment(5, 5, 1, 1), **{field: value})
        with pytest.raises(ValidationFailed) as caught:
            dossier.risk_notes.create(risk_draft(org.meta.id, assessment=a))
        # Then that score is named
        assert caught.value.for_field(f"assessment.{field}"), value


def test_ended_tie_may_have_an_unknown_end_date(dossier: Any) -> None:
    # Given a tie known to have ended, but not when (DOMAIN.md §7: Weert–Yuhang)
    org = make_org(dossier)
    own = own_authority_id(dossier)
    # When it is saved without an end date, nothing is invented: the end stays empty
    record = dossier.ties.create(tie_draft(own, org.meta.id, status=TieStatus.ENDED)).record
    assert record.status is TieStatus.ENDED and record.ends is None
    # And an end known only roughly is kept with its precision
    rough = dossier.ties.create(tie_draft(own, org.meta.id, status=TieStatus.ENDED,
                                          ends=PartialDate.year(2021, circa=True))).record
    assert rough.ends == PartialDate.year(2021, circa=True)


def test_reference_to_a_missing_record_is_refused_naming_the_field(dossier: Any) -> None:
    # Given a tie pointing at an organisation id that does not exist
    own = own_authority_id(dossier)
    with pytest.raises(ValidationFailed) as caught:
        dossier.ties.create(tie_draft(own, uuid.uuid4()))
    # Then the organisation field is named
    assert fields_of(caught.value) == {"organisation_id"}
    assert "niet bestaat" in caught.value.for_field("organisation_id")[0]


def test_reference_to_a_record_of_another_kind_is_refused(dossier: Any) -> None:
    # Given a tie whose "organisation" is a source and a decision linking a source
    own = own_authority_id(dossier)
    source = make_source(dossier)
    with pytest.raises(ValidationFailed) as caught:
        dossier.ties.create(tie_draft(own, source.meta.id))
    assert caught.value.for_field("organisation_id")
    with pytest.raises(ValidationFailed) as caught:
        dossier.decisions.create(decision_draft(own, link_ids=(source.meta.id,)))
    # Then the link is named
    assert caught.value.for_field("link_ids[0]")


def test_missing_references_in_children_are_named(dossier: Any) -> None:
    # Given a meeting with a missing tie and a missing participant, and a note on nothing
    participant = ParticipantDraft(ParticipantSide.OURS, person_id=uuid.uuid4())
    with pytest.raises(ValidationFailed) as caught:
        dossier.meetings.create(meeting_draft(tie_ids=(uuid.uuid4(),),
                                              participants=(participant,)))
    # Then each is named
    assert {"tie_ids[0]", "participants[0].person_id"} <= fields_of(caught.value)
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.create(risk_draft(uuid.uuid4()))
    assert caught.value.for_field("subject_id")


def test_new_link_to_a_deleted_record_is_refused(dossier: Any) -> None:
    # Given an organisation in the trash
    org = make_org(dossier)
    dossier.organisations.delete(org.meta.id, expected_version=1)
    # When a new tie points at it
    with pytest.raises(ValidationFailed) as caught:
        dossier.ties.create(tie_draft(own_authority_id(dossier), org.meta.id))
    # Then the organisation field says it is deleted
    assert "verwijderd" in caught.value.for_field("organisation_id")[0]


def test_existing_link_to_a_deleted_record_may_stay(dossier: Any) -> None:
    # Given a tie to an organisation that is then deleted
    org = make_org(dossier)
    own = own_authority_id(dossier)
    draft = tie_draft(own, org.meta.id, title="Band")
    tie = dossier.ties.create(draft).record
    dossier.organisations.delete(org.meta.id, expected_version=1)
    # When other fields of the tie are edited
    edited = dossier.ties.edit(tie.meta.id, dataclasses.replace(draft, description="Slapend"),
                               expected_version=tie.meta.version).record
    # Then the edit is saved and the organisation shows as deleted
    assert edited.description == "Slapend"
    assert edited.meta.version == tie.meta.version + 1
    got = dossier.ties.get(tie.meta.id)
    assert got.organisation.id == org.meta.id
    assert got.organisation.deleted is True


def test_new_source_link_to_a_deleted_source_is_refused(dossier: Any) -> None:
    # Given a deleted source
    source = make_source(dossier)
    dossier.sources.delete(source.meta.id, expected_version=1)
    # When a new organisation cites it
    with pytest.raises(ValidationFailed) as caught:
        make_org(dossier, common=Common(sources=(SourceLink(source.meta.id),)))
    # Then the sources field is named
    assert caught.value.for_field("common.sources[0].source_id")


def test_retention_destroy_needs_a_date(dossier: Any) -> None:
    # Given a record to be destroyed, without a date
    with pytest.raises(ValidationFailed) as caught:
        make_org(dossier, common=Common(retention_category=RetentionCategory.DESTROY))
    # Then the retention date is asked for
    assert caught.value.for_field("common.retention_on")


def test_dates_outside_the_sane_range_are_refused(dossier: Any) -> None:
    # Given a meeting in the year 1850 and an action due in 2300
    with pytest.raises(ValidationFailed) as caught:
        dossier.meetings.create(meeting_draft(dt.date(1850, 1, 1)))
    assert caught.value.for_field("held_on")
    with pytest.raises(ValidationFailed) as caught:
        dossier.actions.create(action_draft(due_on=dt.date(2300, 1, 1)))
    assert caught.value.for_field("due_on")


def test_first_assessment_date_out_of_range_is_refused_cleanly(dossier: Any) -> None:
    # Given a first assessment dated at the far end of the calendar
    org = make_org(dossier)
    a = assessment(assessed_on=dt.date(9999, 12, 15))
    before = table_counts(dossier.path)
    # When the note is saved
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.create(risk_draft(org.meta.id, assessment=a))
    # Then the date is named (not a crash computing the next review) and nothing is written
    assert caught.value.for_field("assessment.assessed_on")
    assert table_counts(dossier.path) == before


def test_end_date_in_the_last_month_of_the_calendar_does_not_crash(dossier: Any) -> None:
    # Given a tie that started in 2020 and "ends" in December 9999 (month precision)
    org = make_org(dossier)
    draft = tie_draft(own_authority_id(dossier), org.meta.id, starts=PartialDate.year(2020),
                      ends=PartialDate.month(9999, 12))
    # When it is saved
    # Then the service either stores it or refuses it as a validation problem
    try:
        record = dossier.ties.create(draft).record
    except ValidationFailed as exc:
        assert exc.for_field("ends")  # the year lies outside 1000–2200 (issue 7.8)
    else:
        assert record.ends == draft.ends


def test_unknown_category_code_with_a_lone_surrogate_is_refused_cleanly(dossier: Any) -> None:
    # Given a risk note whose category code holds a lone surrogate (broken paste)
    org = make_org(dossier)
    # When it is saved
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_notes.create(risk_draft(org.meta.id, category_code="R-\ud800"))
    # Then the category is named
    assert caught.value.for_field("category_code")


def test_category_code_is_read_case_insensitively(dossier: Any) -> None:
    # Given a note naming its category in lower case with spaces
    org = make_org(dossier)
    record = dossier.risk_notes.create(risk_draft(org.meta.id, category_code=" r-mr ")).record
    # Then it is the R-MR category
    assert record.category.display_no == "R-MR"


def test_tags_differing_only_in_case_are_one_tag(dossier: Any) -> None:
    # Given tags typed twice with another capital
    record = dossier.organisations.create(OrganisationDraft(
        name_nl="Tagorganisatie (fictief)", org_kind=OrganisationKind.OTHER,
        common=Common(tags=("China", "china", "CHINA ")))).record
    # Then one tag is kept, as first typed
    assert record.meta.tags == ("China",)


def test_a_category_code_that_looks_like_a_record_number_is_refused(dossier: Any) -> None:
    with pytest.raises(ValidationFailed) as caught:
        dossier.risk_categories.create(RiskCategoryDraft(code="ORG-0001", name_nl="x",
                                                         name_en="x"))
    assert "recordnummer" in caught.value.for_field("code")[0]
