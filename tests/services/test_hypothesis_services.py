"""Arbitrary input to the services: a record, or a domain error that leaves the file untouched.

Each test opens its own copy of the template case file once and reuses it for every example
(fixtures are function-scoped, examples are not), so records made by earlier examples stay: the
services must also cope with whatever earlier arbitrary input managed to store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
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
    ActionStatus,
    AuthorityKind,
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
    ActionDraft,
    AssessmentDraft,
    AuthorityDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    PoliticalFactDraft,
    PositionDraft,
    RiskCategoryDraft,
    RiskNoteDraft,
    SourceDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.domain.errors import Conflict, NotFound, ValidationFailed
from chinadossier.domain.field_paths import resolve
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


def _memory_folder() -> str | None:
    """A RAM-backed folder when there is one: every example commits, and fsync on disk is slow."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


@contextmanager
def scratch(template: Path) -> Iterator[World]:
    """A private copy of the template with a few records, closed and removed afterwards."""
    from chinadossier.domain.clock import FixedClock
    from chinadossier.services.dossier import Dossier

    folder = Path(tempfile.mkdtemp(prefix="hypothesis-dossier-", dir=_memory_folder()))
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


def attempt(world: World, call: Callable[[], Any], draft: Any = None) -> Any:
    """Run a command: it returns, or raises a domain error after which no table changed.

    With the draft given, every validation key must name a value of that draft.
    """
    before = table_counts(world.dossier.path)
    try:
        result = call()
    except DOMAIN_ERRORS as exc:
        assert table_counts(world.dossier.path) == before
        if draft is not None and isinstance(exc, ValidationFailed):
            for error in exc.errors:
                resolve(draft, error.field)  # LookupError: a key that names no draft field
        return None
    assert_clean(result.record)
    return result


def assert_clean(value: Any, where: str = "record") -> None:
    """Stored text, nested records included, is NFC and trimmed, without control characters
    (but LF and tab) or lone surrogates."""
    if isinstance(value, str):
        assert value == value.strip(), where
        assert unicodedata.is_normalized("NFC", value), where
        for char in value:
            assert unicodedata.category(char) != "Cs", where
            assert unicodedata.category(char) != "Cc" or char in "\n\t", where
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            assert_clean(item, f"{where}[{index}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            assert_clean(getattr(value, f.name), f"{where}.{f.name}")


# -- strategies -----------------------------------------------------------------------------------

_ODD = ["\x00", "\x07", "\x1b", "\x7f", "\ud800", "\udfff", "\u202e", "\u2066", "\r", "\n",
        "\r\n", "\t", "\x85", "\u2028", "\u3000", "\u00a0", "e\u0301", "Ｎ", "南京", "王伟",
        "西安", "'", '"', "*", "-", "ï"]
_pieces = st.one_of(st.characters(), st.characters(codec="utf-8"), st.sampled_from(_ODD))


def free_text(max_size: int) -> st.SearchStrategy[str]:
    """Any text, with control characters, lone surrogates and other oddities mixed in."""
    return st.lists(_pieces, max_size=max_size).map("".join)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


# Valid values: what a form would normally send (letters incl. Hanzi, digits, punctuation).
_plain = st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=30)
ok_text = maybe(_plain)
ok_name = st.one_of(_plain.filter(str.strip), st.sampled_from(["Naam", "  南京  ", "e\u0301"]))
ok_date = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
# A flag may come as 0/1 and a date as a datetime (issue 7.1): stored and hashed alike.
_flags = st.one_of(st.booleans(), st.sampled_from([0, 1]))
ok_partial = maybe(st.builds(PartialDate,
                             st.one_of(ok_date, st.datetimes(dt.datetime(1990, 1, 1),
                                                             dt.datetime(2100, 12, 31))),
                             st.sampled_from(list(DatePrecision)), _flags, _flags))

# Arbitrary values of the right shape or not.
wild_text: st.SearchStrategy[Any] = st.one_of(
    st.none(), free_text(30), _plain,
    st.builds(lambda n, c: c * n, st.integers(195, 305), st.sampled_from(["a", "é", "南"])),
)
wild_int = st.one_of(st.none(), st.integers(), st.integers(-2, 2),
                     st.sampled_from([10**13, 10**13 + 1, 100_000, 100_001, True, 1.5]))
wild_score = st.one_of(st.integers(0, 6), st.integers(), st.sampled_from([True, 2.0, None]))
wild_date = st.one_of(
    st.none(), st.dates(),
    st.sampled_from([dt.date.min, dt.date.max, dt.date(1899, 12, 31), dt.date(1900, 1, 1),
                     dt.date(2200, 12, 31), dt.date(2201, 1, 1), dt.date(9999, 12, 15),
                     dt.datetime(2026, 1, 1, 12, 0)]),
)
wild_partial = st.one_of(
    st.none(),
    st.builds(PartialDate, st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max])),
              st.sampled_from(list(DatePrecision)), st.one_of(_flags, st.just("ja")),
              st.one_of(_flags, st.just(2))),
    st.just(dt.date(2020, 1, 1)),
)


def wild_enum(kind: type[Enum]) -> st.SearchStrategy[Any]:
    """A member, its bare string value, or something else entirely."""
    return st.one_of(st.sampled_from(list(kind)),
                     st.sampled_from([None, "bogus", *(member.value for member in kind)]))


def mutated(valid: st.SearchStrategy[Any],
            wild: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """A valid draft with none, one or a few of its fields replaced by arbitrary values."""

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        draft = draw(valid)
        names = draw(st.lists(st.sampled_from(sorted(wild)), max_size=3, unique=True))
        return dataclasses.replace(draft, **{name: draw(wild[name]) for name in names})

    return build()


def ok_common(world: World) -> st.SearchStrategy[Common]:
    return st.one_of(st.just(Common()), st.builds(
        Common, classification=maybe(st.sampled_from(list(Classification))),
        retention_category=st.sampled_from(list(RetentionCategory)), retention_on=ok_date,
        tags=st.lists(_plain, max_size=2).map(tuple),
        sources=st.lists(st.builds(SourceLink, st.just(world.source), ok_text),
                         max_size=1).map(tuple)))


def wild_common(world: World) -> st.SearchStrategy[Common]:
    return st.builds(
        Common, classification=maybe(wild_enum(Classification)),
        retention_category=wild_enum(RetentionCategory), retention_on=wild_date,
        tags=st.lists(wild_text.filter(lambda t: t is not None), max_size=3).map(tuple),
        sources=st.lists(st.builds(SourceLink, world.ids(), wild_text), max_size=2).map(tuple))


def organisation_drafts(world: World) -> st.SearchStrategy[OrganisationDraft]:
    valid = st.builds(
        OrganisationDraft, name_nl=ok_name, org_kind=st.sampled_from(list(OrganisationKind)),
        name_en=ok_text, hanzi=ok_text, pinyin=ok_text,
        place_adcode=maybe(st.sampled_from(["320100", "610100"])), place_text=ok_text,
        parent_id=maybe(st.just(world.org)), website=ok_text, aliases=ok_text, notes=ok_text,
        common=ok_common(world))
    wild = {name: wild_text for name in ("name_nl", "name_en", "hanzi", "pinyin", "place_text",
                                         "website", "aliases", "notes")}
    wild.update(org_kind=wild_enum(OrganisationKind), parent_id=maybe(world.ids()),
                common=wild_common(world),
                place_adcode=st.one_of(wild_text, st.sampled_from(["999999", "١٢٣٤٥٦", "12"])))
    return mutated(valid, wild)


def person_drafts(world: World) -> st.SearchStrategy[PersonDraft]:
    ok_positions = st.one_of(
        st.builds(PositionDraft, title=ok_name, organisation_id=st.just(world.org),
                  starts=ok_partial, ends=ok_partial),
        st.builds(PositionDraft, title=ok_name, authority_id=st.just(world.own),
                  starts=ok_partial, ends=ok_partial))
    ok_facts = st.builds(PoliticalFactDraft, st.sampled_from(list(PoliticalFactKind)), ok_name,
                         st.just(world.source), ok_date)
    valid = st.builds(
        PersonDraft, family_name=ok_name, given_name=ok_text, tussenvoegsel=ok_text,
        name_order=st.sampled_from(list(NameOrder)), hanzi=ok_text, pinyin=ok_text,
        aliases=ok_text, notes=ok_text,
        positions=st.lists(ok_positions, max_size=2).map(tuple),
        political_facts=st.lists(ok_facts, max_size=1).map(tuple), common=ok_common(world))
    wild_positions = st.builds(PositionDraft, title=wild_text, organisation_id=maybe(world.ids()),
                               authority_id=maybe(world.ids()), starts=wild_partial,
                               ends=wild_partial)
    wild_facts = st.builds(PoliticalFactDraft, wild_enum(PoliticalFactKind), wild_text,
                           maybe(world.ids()), wild_date)
    wild = {name: wild_text for name in ("family_name", "given_name", "tussenvoegsel", "hanzi",
                                         "pinyin", "aliases", "notes")}
    wild.update(name_order=wild_enum(NameOrder), common=wild_common(world),
                positions=st.lists(st.one_of(ok_positions, wild_positions),
                                   max_size=3).map(tuple),
                political_facts=st.lists(st.one_of(ok_facts, wild_facts), max_size=2).map(tuple))
    return mutated(valid, wild)


def meeting_drafts(world: World) -> st.SearchStrategy[MeetingDraft]:
    side = st.sampled_from(list(ParticipantSide))
    ok_participants = st.one_of(
        st.builds(ParticipantDraft, side=side, person_id=st.just(world.person), role=ok_text),
        st.builds(ParticipantDraft, side=side, organisation_id=st.just(world.org)),
        st.builds(ParticipantDraft, side=side, authority_id=st.just(world.own)))
    wild_participants = st.builds(
        ParticipantDraft, side=wild_enum(ParticipantSide), person_id=maybe(world.ids()),
        organisation_id=maybe(world.ids()), authority_id=maybe(world.ids()), role=wild_text)
    valid = st.builds(
        MeetingDraft, held_on=ok_date, meeting_kind=st.sampled_from(list(MeetingKind)),
        title=ok_name, direction=st.sampled_from(list(Direction)), start_time=maybe(st.times()),
        place_adcode=maybe(st.just("320100")), place_text=ok_text, summary=ok_text,
        topics=ok_text, gifts=ok_text, gift_value_cents=maybe(st.integers(0, 10**9)),
        costs_cents=maybe(st.integers(0, 10**9)),
        participants=st.lists(ok_participants, max_size=3).map(tuple),
        tie_ids=st.lists(st.just(world.tie), max_size=2).map(tuple), common=ok_common(world))
    wild = {name: wild_text for name in ("title", "place_text", "summary", "topics", "gifts")}
    wild.update(held_on=wild_date, meeting_kind=wild_enum(MeetingKind),
                direction=wild_enum(Direction),
                start_time=st.one_of(st.times(), st.times(timezones=st.timezones()),
                                     st.just("14u")),
                place_adcode=st.one_of(wild_text, st.sampled_from(["12", "", "999999"])),
                gift_value_cents=wild_int, costs_cents=wild_int,
                participants=st.lists(st.one_of(ok_participants, wild_participants),
                                      max_size=3).map(tuple),
                tie_ids=st.lists(world.ids(), max_size=3).map(tuple), common=wild_common(world))
    return mutated(valid, wild)


def source_drafts(world: World) -> st.SearchStrategy[SourceDraft]:
    valid = st.builds(
        SourceDraft, title=ok_name, publisher=ok_text,
        url=maybe(st.sampled_from(["https://example.org/a", "HTTP://EXAMPLE.ORG"])),
        published=ok_partial, accessed_on=maybe(ok_date), notes=ok_text,
        common=ok_common(world))
    wild = {name: wild_text for name in ("title", "publisher", "notes")}
    wild.update(url=st.one_of(wild_text, st.just("ftp://x")), published=wild_partial,
                accessed_on=wild_date, common=wild_common(world))
    return mutated(valid, wild)


def tie_drafts(world: World) -> st.SearchStrategy[TieDraft]:
    valid = st.builds(
        TieDraft, authority_id=st.just(world.own), organisation_id=st.just(world.org),
        tie_type=st.sampled_from(list(TieType)), status=st.sampled_from(list(TieStatus)),
        title=ok_text, starts=ok_partial, signed=ok_partial, ends=ok_partial,
        term_ends_on=maybe(ok_date), evaluation_on=maybe(ok_date), description=ok_text,
        common=ok_common(world))
    wild = {"authority_id": world.ids(),
            "organisation_id": st.one_of(world.ids(), st.just(world.deleted_org)),
            "tie_type": wild_enum(TieType), "status": wild_enum(TieStatus), "title": wild_text,
            "starts": wild_partial, "signed": wild_partial, "ends": wild_partial,
            "term_ends_on": wild_date, "evaluation_on": wild_date, "description": wild_text,
            "common": wild_common(world)}
    return mutated(valid, wild)


def decision_drafts(world: World) -> st.SearchStrategy[DecisionDraft]:
    linkable = st.sampled_from([world.tie, world.org, world.person, world.meeting])
    valid = st.builds(
        DecisionDraft, authority_id=st.just(world.own), body=st.sampled_from(list(DecisionBody)),
        decision_kind=st.sampled_from(list(DecisionKind)), decided_on=ok_date, title=ok_name,
        outcome=st.sampled_from(list(DecisionOutcome)), reference=ok_text, summary=ok_text,
        votes_for=maybe(st.integers(0, 100)), votes_against=maybe(st.integers(0, 100)),
        link_ids=st.lists(linkable, max_size=3).map(tuple), common=ok_common(world))
    wild = {"authority_id": world.ids(), "body": wild_enum(DecisionBody),
            "decision_kind": wild_enum(DecisionKind), "decided_on": wild_date,
            "title": wild_text, "outcome": wild_enum(DecisionOutcome), "reference": wild_text,
            "summary": wild_text, "votes_for": wild_int, "votes_against": wild_int,
            "link_ids": st.lists(world.ids(), max_size=3).map(tuple),
            "common": wild_common(world)}
    return mutated(valid, wild)


_one_to_five = st.integers(1, 5)
ok_assessments = st.builds(
    AssessmentDraft, _one_to_five, _one_to_five, _one_to_five, _one_to_five,
    assessed_on=maybe(ok_date), note=ok_text,
).filter(lambda a: a.residual_likelihood * a.residual_impact
         <= a.inherent_likelihood * a.inherent_impact)
wild_assessments = st.builds(AssessmentDraft, wild_score, wild_score, wild_score, wild_score,
                             assessed_on=wild_date, note=wild_text)


def risk_note_drafts(world: World) -> st.SearchStrategy[RiskNoteDraft]:
    valid = st.builds(
        RiskNoteDraft,
        subject_id=st.sampled_from([world.tie, world.org, world.person, world.meeting]),
        category_code=st.sampled_from(["R-POL", " r-mr ", "R-KV"]), title=ok_name,
        assessment=ok_assessments, description=ok_text, measures=ok_text,
        treatment=st.sampled_from(list(Treatment)), owner=ok_text,
        status=st.sampled_from(list(RiskStatus)), next_review_on=maybe(ok_date),
        knowledge_strength=st.sampled_from(list(KnowledgeStrength)), common=ok_common(world))
    wild = {"subject_id": world.ids(),
            "category_code": st.one_of(wild_text, st.sampled_from(["R-XX", "", "r-pol"])),
            "title": wild_text, "assessment": wild_assessments, "description": wild_text,
            "measures": wild_text, "treatment": wild_enum(Treatment), "owner": wild_text,
            "status": wild_enum(RiskStatus), "next_review_on": wild_date,
            "knowledge_strength": wild_enum(KnowledgeStrength), "common": wild_common(world)}
    return mutated(valid, wild)


def action_drafts(world: World) -> st.SearchStrategy[ActionDraft]:
    valid = st.builds(
        ActionDraft, what=ok_name, owner=ok_text, due_on=maybe(ok_date),
        status=st.sampled_from(list(ActionStatus)), done_on=maybe(ok_date),
        meeting_id=maybe(st.just(world.meeting)), common=ok_common(world))
    wild = {"what": wild_text, "owner": wild_text, "due_on": wild_date, "done_on": wild_date,
            "status": wild_enum(ActionStatus), "meeting_id": maybe(world.ids()),
            "decision_id": maybe(world.ids()), "common": wild_common(world)}
    return mutated(valid, wild)


_gm_codes = st.integers(9000, 9999).map(lambda n: f"gm{n}")


def authority_drafts(world: World) -> st.SearchStrategy[AuthorityDraft]:
    valid = st.builds(
        AuthorityDraft, code=_gm_codes, name=ok_name,
        authority_kind=st.just(AuthorityKind.MUNICIPALITY), common_name=ok_text,
        province_code=maybe(st.sampled_from(["PV20", "pv 28"])), retired_on=maybe(ok_date),
        common=ok_common(world))
    wild = {"code": st.one_of(wild_text, st.sampled_from(["GM0599", "PV99", "XX1", "gm-1"])),
            "name": wild_text, "common_name": wild_text,
            "authority_kind": wild_enum(AuthorityKind),
            "province_code": st.one_of(wild_text, st.sampled_from(["GM0599", "PV"])),
            "retired_on": wild_date, "common": wild_common(world)}
    return mutated(valid, wild)


def category_drafts(world: World) -> st.SearchStrategy[RiskCategoryDraft]:
    valid = st.builds(
        RiskCategoryDraft, code=st.integers(1, 10**6).map(lambda n: f"R-X{n}"), name_nl=ok_name,
        name_en=ok_name, red_flags=ok_text, typical_measures=ok_text, retired=st.booleans(),
        sort_order=st.integers(0, 1000), common=ok_common(world))
    wild = {"code": st.one_of(wild_text, st.sampled_from(["R-POL", "ORG-0001", "R-É²"])),
            "name_nl": wild_text, "name_en": wild_text, "red_flags": wild_text,
            "typical_measures": wild_text, "retired": st.sampled_from([None, 1, "ja"]),
            "sort_order": wild_int, "common": wild_common(world)}
    return mutated(valid, wild)


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
            created = attempt(world, lambda: service.create(create), create)
            outcomes.append("created" if created else "refused")
            version = service.get(record_id).meta.version
            edited = attempt(world, lambda: service.edit(
                record_id, edit, expected_version=version - 1 if stale else version), edit)
            if stale:
                assert edited is None
            elif edited is not None:
                assert edited.record.meta.version in (version, version + 1)

        run()
        # Both paths were exercised: some creates stored, some refused
        assert "created" in outcomes
        assert "refused" in outcomes
        assert_check_passes(world)


def assert_check_passes(world: World) -> None:
    """Whatever was accepted is stored as it was hashed: no false tamper alarm (issue 7.1)."""
    from chinadossier.services import maintenance

    report = maintenance.check(world.dossier.path)
    assert report.ok, [f"{i.name}: {i.message}" for i in report.items if not i.ok]


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


def test_actions_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "actions", action_drafts,
                          lambda w: ActionDraft("Basisactie"))


def test_authorities_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "authorities", authority_drafts,
                          lambda w: AuthorityDraft("GM8999", "Basis", AuthorityKind.MUNICIPALITY))


def test_risk_categories_take_arbitrary_input(case_file_template: Path) -> None:
    check_create_and_edit(case_file_template, "risk_categories", category_drafts,
                          lambda w: RiskCategoryDraft("R-BASIS", "Basis", "Base"))


def test_reassess_takes_arbitrary_input(case_file_template: Path) -> None:
    with scratch(case_file_template) as world:
        notes = world.dossier.risk_notes
        note_id = notes.create(risk_draft(world.tie)).record.meta.id

        @BOUNDED
        @given(a=st.one_of(ok_assessments, wild_assessments), review=maybe(wild_date))
        def run(a: AssessmentDraft, review: Any) -> None:
            version = notes.get(note_id).meta.version
            done = attempt(world, lambda: notes.reassess(note_id, a, expected_version=version,
                                                         next_review_on=review))
            if done is not None:
                assert done.record.current.residual_score == (
                    a.residual_likelihood * a.residual_impact)

        run()
        assert_check_passes(world)


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
