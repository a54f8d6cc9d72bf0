"""The lists' text filter also matches the names of the linked records a row shows (#8)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from helpers import (
    decision_draft,
    make_org,
    make_tie,
    meeting_draft,
    own_authority_id,
    person_draft,
    risk_draft,
)

from chinadossier.domain.codes import ParticipantSide, RecordKind
from chinadossier.domain.drafts import ParticipantDraft, PositionDraft
from chinadossier.domain.queries import Filter, ListQuery


def _ids(service: Any, text: str) -> set[uuid.UUID]:
    page = service.list(ListQuery(where=Filter(text=text), limit=500))
    found = {r.meta.id for r in page.items}
    assert service.count(ListQuery(where=Filter(text=text))) == len(found)
    return found


def _theirs(**kw: Any) -> ParticipantDraft:
    return ParticipantDraft(ParticipantSide.THEIRS, **kw)


@pytest.fixture
def world(dossier: Any) -> dict[str, Any]:
    port = make_org(dossier, "Haven van Ningbo", hanzi="宁波港")
    other = make_org(dossier, "Universiteit Xiamen", notes="Samenwerking met de haven")
    wang = dossier.persons.create(person_draft(
        "Zhao", given_name="Lei",
        positions=(PositionDraft("Directeur", organisation_id=port.meta.id),),
    )).record
    tie = make_tie(dossier, other.meta.id, title="Kennisband Xiamen")
    m = dossier.meetings
    made = {
        "with_port": m.create(meeting_draft(title="Overleg", participants=(
            _theirs(organisation_id=port.meta.id),))).record,
        "with_person": m.create(meeting_draft(title="Lunch", participants=(
            _theirs(person_id=wang.meta.id),))).record,
        "with_tie": m.create(meeting_draft(title="Bezoek", tie_ids=(tie.meta.id,))).record,
        "with_other": m.create(meeting_draft(title="Gesprek", participants=(
            _theirs(organisation_id=other.meta.id),))).record,
        "own_text": m.create(meeting_draft(title="Rondleiding Ningbo")).record,
    }
    made.update(port=port, other=other, person=wang, tie=tie)
    return made


def _id(world: dict[str, Any], *names: str) -> set[uuid.UUID]:
    return {world[n].meta.id for n in names}


def test_meetings_match_participant_organisation_name(dossier: Any, world: dict[str, Any]
                                                      ) -> None:
    assert _ids(dossier.meetings, "ningbo") == _id(world, "with_port", "own_text")
    # Hanzi and pinyin with tone marks are folded as search folds them
    assert _ids(dossier.meetings, "宁波") == _id(world, "with_port")
    assert _ids(dossier.meetings, "Níngbō") == _id(world, "with_port", "own_text")


def test_meetings_match_person_and_tie_names(dossier: Any, world: dict[str, Any]) -> None:
    assert _ids(dossier.meetings, "zhao") == _id(world, "with_person")
    assert _ids(dossier.meetings, "kennisband") == _id(world, "with_tie")
    assert _ids(dossier.meetings, "xiamen") == _id(world, "with_tie", "with_other")


def test_only_names_not_the_linked_records_other_text(dossier: Any, world: dict[str, Any]
                                                       ) -> None:
    # "haven" is in the port's name and in the other organisation's notes: only the name counts
    assert _ids(dossier.meetings, "haven") == _id(world, "with_port")


def test_all_terms_within_one_text(dossier: Any, world: dict[str, Any]) -> None:
    # the existing semantics: every term in one text (the own, or one linked name)
    assert _ids(dossier.meetings, "haven ningbo") == _id(world, "with_port")
    assert _ids(dossier.meetings, "ningbo overleg") == set()


def test_other_lists(dossier: Any, world: dict[str, Any]) -> None:
    assert _ids(dossier.persons, "ningbo") == _id(world, "person")
    assert world["tie"].meta.id in _ids(dossier.ties, "universiteit")
    risk = dossier.risk_notes.create(risk_draft(world["port"].meta.id, title="Dual use")).record
    decision = dossier.decisions.create(decision_draft(
        own_authority_id(dossier), title="Motie", link_ids=(world["tie"].meta.id,))).record
    assert _ids(dossier.risk_notes, "ningbo") == {risk.meta.id}
    assert _ids(dossier.decisions, "kennisband") == {decision.meta.id}
    assert _ids(dossier.decisions, "ningbo") == set()


def test_fast_page_equals_reference(dossier: Any, world: dict[str, Any]) -> None:
    from chinadossier.db import listing

    query = ListQuery(where=Filter(text="xiamen"), limit=2)
    session = dossier.ctx.database.read_session()
    try:
        fast = listing.list_page(session, RecordKind.MEETING, query)
        reference = listing.list_page_reference(session, RecordKind.MEETING, query)
        assert [r.meta.id for r in fast.items] == [r.meta.id for r in reference.items]
        assert fast.next_cursor == reference.next_cursor
        assert listing.count(session, RecordKind.MEETING, query) == listing.count_reference(
            session, RecordKind.MEETING, query) == 2
    finally:
        session.close()
