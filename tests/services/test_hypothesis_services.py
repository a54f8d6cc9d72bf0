"""Arbitrary input to the services: a record, or a domain error that leaves the file untouched.

Each test opens its own copy of the template case file once and reuses it for every example
(fixtures are function-scoped, examples are not), so records made by earlier examples stay: the
services must also cope with whatever earlier arbitrary input managed to store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from helpers import (
    decision_draft,
    make_org,
    make_source,
    make_tie,
    meeting_draft,
    own_authority_id,
    person_draft,
    risk_draft,
    table_counts,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinadossier.domain.codes import (
    Classification,
    DatePrecision,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    KnowledgeStrength,
    MeetingKind,
    NameOrder,
    OrganisationKind,
    ParticipantSide,
    PoliticalFactKind,
    RetentionCategory,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.drafts import (
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    PoliticalFactDraft,
    PositionDraft,
    RiskNoteDraft,
    SourceDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.domain.errors import Conflict, NotFound, ValidationFailed
from chinadossier.domain.partial_date import PartialDate
from conftest import TEST_ACTOR, TODAY

BOUNDED = settings(max_examples=40, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])

#: The errors a service may raise; anything else is a bug.
DOMAIN_ERRORS = (ValidationFailed, Conflict, NotFound)


# -- the case file --------------------------------------------------------------------------------


@dataclass
class World:
    """An opened scratch case file and ids of records to point at, live and deleted."""

    dossier: Any
    own: uuid.UUID
    org: uuid.UUID
    person: uuid.UUID
    source: uuid.UUID
    tie: uuid.UUID
    meeting: uuid.UUID
    deleted_org: uuid.UUID
    deleted_source: uuid.UUID
    category: uuid.UUID

    def ids(self) -> st.SearchStrategy[uuid.UUID]:
        """Ids of every sort: live, deleted, of the wrong kind, or unknown."""
        known = [self.own, self.org, self.person, self.source, self.tie, self.meeting,
                 self.deleted_org, self.deleted_source, self.category]
        return st.one_of(st.sampled_from(known), st.uuids())


@contextmanager
def scratch(template: Path) -> Iterator[World]:
    """A private copy of the template with a few records, closed and removed afterwards."""
    from chinadossier.domain.clock import FixedClock
    from chinadossier.services.dossier import Dossier

    folder = Path(tempfile.mkdtemp(prefix="hypothesis-dossier-"))
    path = folder / "chinadossier.sqlite3"
    shutil.copy2(template, path)
    dossier = Dossier.open(path, clock=FixedClock.on(TODAY), actor=TEST_ACTOR)
    try:
        org = make_org(dossier, "Volksregering Nanjing", hanzi="南京市人民政府")
        source = make_source(dossier)
        tie = make_tie(dossier, org.meta.id)
        gone_org = make_org(dossier, "Opgeheven bureau")
        dossier.organisations.delete(gone_org.meta.id, expected_version=1)
        gone_source = make_source(dossier, "Ingetrokken bron")
        dossier.sources.delete(gone_source.meta.id, expected_version=1)
        world = World(
            dossier=dossier, own=own_authority_id(dossier), org=org.meta.id,
            person=dossier.persons.create(person_draft("Wang", hanzi="王伟")).record.meta.id,
            source=source.meta.id, tie=tie.meta.id,
            meeting=dossier.meetings.create(meeting_draft()).record.meta.id,
            deleted_org=gone_org.meta.id, deleted_source=gone_source.meta.id,
            category=dossier.risk_categories.list().items[0].meta.id)
        yield world
    finally:
        dossier.close()
        shutil.rmtree(folder, ignore_errors=True)


def attempt(world: World, call: Callable[[], Any]) -> Any:
    """Run a command: it returns, or raises a domain error after which no table changed."""
    before = table_counts(world.dossier.path)
    try:
        result = call()
    except DOMAIN_ERRORS:
        assert table_counts(world.dossier.path) == before
        return None
    assert_clean(result.record)
    return result


def assert_clean(record: Any) -> None:
    """Stored text has no control characters (but LF and tab), no surrogates, no outer spaces."""
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if not isinstance(value, str):
            continue
        assert value == value.strip(), f.name
        for char in value:
            assert unicodedata.category(char) != "Cs", f.name
            assert unicodedata.category(char) != "Cc" or char in "\n\t", f.name


# -- strategies -----------------------------------------------------------------------------------

_ODD = ["\x00", "\x07", "\x1b", "\x7f", "\ud800", "\udfff", "\u202e", "\u2066", "\r", "\n",
        "\r\n", "\t", "\x85", "\u2028", "\u3000", "\u00a0", "e\u0301", "Ｎ", "南京", "王伟",
        "西安", "'", '"', "*", "-", "ï"]
_pieces = st.one_of(st.characters(), st.characters(codec="utf-8"), st.sampled_from(_ODD))


def free_text(max_size: int) -> st.SearchStrategy[str]:
    """Any text, with control characters, lone surrogates and other oddities mixed in."""
    return st.lists(_pieces, max_size=max_size).map("".join)


# Letters (Hanzi included), digits, punctuation and spaces: text a form would normally send.
_plain = st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=30)

texts: st.SearchStrategy[str | None] = st.one_of(
    st.none(), _plain, _plain, free_text(30),
    st.builds(lambda n, c: c * n, st.integers(295, 305), st.sampled_from(["a", "é", "南"])),
)
required_texts = st.one_of(_plain.filter(str.strip), st.sampled_from(["Naam", "  南京  "]),
                           free_text(30))
big_ints = st.one_of(st.none(), st.integers(0, 10**6), st.integers(),
                     st.sampled_from([-1, 10**13, 10**13 + 1, 100_000, 100_001, True, 1.5]))
scores = st.one_of(st.integers(1, 5), st.integers(1, 5), st.integers(1, 5), st.integers(),
                   st.sampled_from([0, 6, True, 2.0, None]))
dates = st.one_of(
    st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)), st.dates(),
    st.sampled_from([dt.date.min, dt.date.max, dt.date(1899, 12, 31), dt.date(1900, 1, 1),
                     dt.date(2200, 12, 31), dt.date(2201, 1, 1), dt.date(9999, 12, 15),
                     dt.datetime(2026, 1, 1, 12, 0)]),
)
partial_dates = st.one_of(
    st.none(),
    st.builds(PartialDate, st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max])),
              st.sampled_from(list(DatePrecision)), st.booleans(), st.booleans()),
    st.just(dt.date(2020, 1, 1)),
)


def enums(kind: type[Enum]) -> st.SearchStrategy[Any]:
    """Mostly members; sometimes the bare string value or something else entirely."""
    members = st.sampled_from(list(kind))
    return st.one_of(members, members, members,
                     st.sampled_from([None, "bogus", *(member.value for member in kind)]))


def pick(world: World, *good: uuid.UUID) -> st.SearchStrategy[uuid.UUID]:
    """Mostly one of the ids that fit the field; sometimes any id at all."""
    return st.one_of(st.sampled_from(good), st.sampled_from(good), world.ids())


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def commons(world: World) -> st.SearchStrategy[Common]:
    return st.builds(
        Common,
        classification=st.one_of(st.none(), st.none(), enums(Classification)),
        retention_category=enums(RetentionCategory),
        retention_on=dates,
        tags=st.lists(st.one_of(_plain, free_text(10)), max_size=3).map(tuple),
        sources=st.lists(st.builds(SourceLink, pick(world, world.source), texts),
                         max_size=2).map(tuple),
    )


def organisation_drafts(world: World) -> st.SearchStrategy[OrganisationDraft]:
    return st.builds(
        OrganisationDraft, name_nl=required_texts, org_kind=enums(OrganisationKind),
        name_en=texts, hanzi=texts, pinyin=texts,
        place_adcode=st.one_of(st.none(), st.none(), texts,
                               st.sampled_from(["320100", "610100", "999999", "١٢٣٤٥٦"])),
        place_text=texts, parent_id=maybe(pick(world, world.org)), website=texts,
        aliases=texts, notes=texts, common=commons(world))


def person_drafts(world: World) -> st.SearchStrategy[PersonDraft]:
    at_org = st.builds(PositionDraft, title=required_texts,
                       organisation_id=pick(world, world.org), starts=partial_dates,
                       ends=partial_dates)
    at_authority = st.builds(PositionDraft, title=required_texts,
                             authority_id=pick(world, world.own), starts=partial_dates,
                             ends=partial_dates)
    anywhere = st.builds(PositionDraft, title=required_texts,
                         organisation_id=maybe(world.ids()), authority_id=maybe(world.ids()))
    facts = st.builds(PoliticalFactDraft, fact_kind=enums(PoliticalFactKind), text=required_texts,
                      source_id=maybe(pick(world, world.source)), as_of=dates)
    return st.builds(
        PersonDraft, family_name=required_texts, given_name=texts, tussenvoegsel=texts,
        name_order=enums(NameOrder), hanzi=texts, pinyin=texts, aliases=texts, notes=texts,
        positions=st.lists(st.one_of(at_org, at_authority, anywhere), max_size=2).map(tuple),
        political_facts=st.lists(facts, max_size=1).map(tuple), common=commons(world))


def meeting_drafts(world: World) -> st.SearchStrategy[MeetingDraft]:
    side = enums(ParticipantSide)
    participants = st.one_of(
        st.builds(ParticipantDraft, side=side, person_id=pick(world, world.person), role=texts),
        st.builds(ParticipantDraft, side=side, organisation_id=pick(world, world.org)),
        st.builds(ParticipantDraft, side=side, authority_id=pick(world, world.own)),
        st.builds(ParticipantDraft, side=side, person_id=maybe(world.ids()),
                  organisation_id=maybe(world.ids()), authority_id=maybe(world.ids())),
    )
    return st.builds(
        MeetingDraft, held_on=dates, meeting_kind=enums(MeetingKind), title=required_texts,
        direction=enums(Direction),
        start_time=st.one_of(st.none(), st.times(), st.just("14:00")),
        place_adcode=st.one_of(st.none(), st.sampled_from(["320100", "12", ""])),
        place_text=texts, summary=texts, topics=texts, gifts=texts,
        gift_value_cents=big_ints, costs_cents=big_ints,
        participants=st.lists(participants, max_size=3).map(tuple),
        tie_ids=st.lists(pick(world, world.tie), max_size=2).map(tuple), common=commons(world))


def source_drafts(world: World) -> st.SearchStrategy[SourceDraft]:
    return st.builds(
        SourceDraft, title=required_texts, publisher=texts,
        url=st.one_of(texts, st.sampled_from(["https://example.org", "ftp://x", "HTTP://A"])),
        published=partial_dates, accessed_on=dates, notes=texts, common=commons(world))


def tie_drafts(world: World) -> st.SearchStrategy[TieDraft]:
    return st.builds(
        TieDraft, authority_id=pick(world, world.own),
        organisation_id=pick(world, world.org, world.deleted_org), tie_type=enums(TieType),
        status=enums(TieStatus), title=texts, starts=partial_dates, signed=partial_dates,
        ends=partial_dates, term_ends_on=dates, evaluation_on=dates, description=texts,
        common=commons(world))


def decision_drafts(world: World) -> st.SearchStrategy[DecisionDraft]:
    return st.builds(
        DecisionDraft, authority_id=pick(world, world.own), body=enums(DecisionBody),
        decision_kind=enums(DecisionKind), decided_on=dates, title=required_texts,
        outcome=enums(DecisionOutcome), reference=texts, summary=texts, votes_for=big_ints,
        votes_against=big_ints,
        link_ids=st.lists(pick(world, world.tie, world.org, world.person, world.meeting),
                          max_size=3).map(tuple),
        common=commons(world))


assessments = st.builds(AssessmentDraft, inherent_likelihood=scores, inherent_impact=scores,
                        residual_likelihood=scores, residual_impact=scores,
                        assessed_on=dates, note=texts)


def risk_note_drafts(world: World) -> st.SearchStrategy[RiskNoteDraft]:
    return st.builds(
        RiskNoteDraft, subject_id=pick(world, world.tie, world.org, world.person, world.meeting),
        category_code=st.one_of(st.sampled_from(["R-POL", " r-mr ", "R-XX", ""]), texts),
        title=required_texts, assessment=assessments, description=texts, measures=texts,
        treatment=enums(Treatment), owner=texts, status=enums(RiskStatus),
        next_review_on=dates, knowledge_strength=enums(KnowledgeStrength),
        common=commons(world))


# -- create and edit ------------------------------------------------------------------------------


def check_create_and_edit(template: Path, service_name: str,
                          drafts: Callable[[World], st.SearchStrategy[Any]],
                          base: Callable[[World], Any]) -> None:
    """Arbitrary creates, and arbitrary edits of one valid record, behave."""
    with scratch(template) as world:
        service = getattr(world.dossier, service_name)
        record_id = service.create(base(world)).record.meta.id
        outcomes: list[str] = []

        @BOUNDED
        @given(create=drafts(world), edit=drafts(world),
               stale=st.sampled_from([False, False, False, True]))
        def run(create: Any, edit: Any, stale: bool) -> None:
            created = attempt(world, lambda: service.create(create))
            outcomes.append("created" if created else "refused")
            version = service.get(record_id).meta.version
            edited = attempt(world, lambda: service.edit(
                record_id, edit, expected_version=version - 1 if stale else version))
            if stale:
                assert edited is None
            elif edited is not None:
                assert edited.record.meta.version in (version, version + 1)

        run()
        # Both paths were exercised: some creates stored, some refused
        assert "refused" in outcomes


def test_organisations_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "organisations", organisation_drafts,
                          lambda w: OrganisationDraft("Basis", OrganisationKind.OTHER))


def test_persons_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "persons", person_drafts,
                          lambda w: person_draft("Basis"))


def test_meetings_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "meetings", meeting_drafts,
                          lambda w: meeting_draft())


def test_sources_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "sources", source_drafts,
                          lambda w: SourceDraft("Basis"))


def test_ties_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "ties", tie_drafts,
                          lambda w: TieDraft(w.own, w.org, TieType.OTHER, TieStatus.ACTIVE))


def test_decisions_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "decisions", decision_drafts,
                          lambda w: decision_draft(w.own))


def test_risk_notes_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "risk_notes", risk_note_drafts,
                          lambda w: risk_draft(w.tie))


def test_reassess_takes_arbitrary_input(case_file_template: Path) -> None:
    with scratch(case_file_template) as world:
        notes = world.dossier.risk_notes
        note_id = notes.create(risk_draft(world.tie)).record.meta.id

        @BOUNDED
        @given(a=assessments, review=dates)
        def run(a: AssessmentDraft, review: Any) -> None:
            version = notes.get(note_id).meta.version
            done = attempt(world, lambda: notes.reassess(note_id, a, expected_version=version,
                                                         next_review_on=review))
            if done is not None:
                assert done.record.current.residual_score == (
                    a.residual_likelihood * a.residual_impact)

        run()


# -- search ---------------------------------------------------------------------------------------


def test_search_never_raises(case_file_template: Path) -> None:
    with scratch(case_file_template) as world:
        world.dossier.meetings.create(meeting_draft(summary="代表团由王伟率领 \"AND\" * NEAR"))

        @BOUNDED
        @given(query=st.one_of(free_text(40),
                               st.lists(st.sampled_from(
                                   ["AND", "OR", "NOT", "NEAR", "(", ")", "\"", "*", "^", ":",
                                    "-", "+", "nanj", "南京", "\x00", "\ud800", "ｘ"]),
                                   max_size=6).map(" ".join)),
               limit=st.one_of(st.just(50), st.integers()))
        def run(query: str, limit: int) -> None:
            hits = world.dossier.overview.search(query, limit=limit)
            assert isinstance(hits, list)
            assert all(not hit.ref.deleted for hit in hits)

        run()
