"""The list API table models use: typed filters, count, get_many, the page at a record,
paged timelines, refs with their classification, memos and search with a total."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
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

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import Classification, MeetingKind, ParticipantSide
from chinadossier.domain.drafts import Common, ParticipantDraft
from chinadossier.domain.errors import UsageError
from chinadossier.domain.queries import Filter, ListQuery, Trash
from conftest import TEST_ACTOR, TODAY


@pytest.fixture(scope="module")
def world_file(case_file_template: Path, tmp_path_factory: pytest.TempPathFactory
               ) -> tuple[Path, dict[str, Any]]:
    """The world below, built once per module in its own case file."""
    from chinadossier.services.dossier import Dossier

    path = tmp_path_factory.mktemp("world") / "world.sqlite3"
    shutil.copy2(case_file_template, path)
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=TEST_ACTOR) as opened:
        found = _build_world(opened)
    return path, {name: record.meta.id for name, record in found.items()}


@pytest.fixture
def world(world_file: tuple[Path, dict[str, Any]], tmp_path: Path
          ) -> Iterator[tuple[Any, dict[str, uuid.UUID]]]:
    """This test's copy of the world, opened, and the ids of its named records."""
    from chinadossier.services.dossier import Dossier

    path = tmp_path / "world.sqlite3"
    shutil.copy2(world_file[0], path)
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=TEST_ACTOR) as opened:
        yield opened, world_file[1]


def _build_world(dossier: Any) -> dict[str, Any]:
    """Two organisations, a person and a tie; 40 contact moments in one bulk, the first
    organisation in every third, the person in every fourth, the tie in every fifth."""
    org_a = make_org(dossier, "Gemeente Nanjing")
    org_b = make_org(dossier, "Gemeente Suzhou")
    person = dossier.persons.create(person_draft("Wang", given_name="Wei")).record
    tie = make_tie(dossier, org_a.meta.id)
    start = dt.date(2024, 1, 1)
    with dossier.bulk() as bulk:
        for i in range(40):
            parts = [ParticipantDraft(ParticipantSide.THEIRS,
                                      organisation_id=(org_a if i % 3 == 0 else org_b).meta.id)]
            if i % 4 == 0:
                parts.append(ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id))
            bulk.create(dossier.meetings, meeting_draft(
                start + dt.timedelta(days=(i * 11) % 17 * 20),  # dates repeat
                f"Overleg {i}" + (" haven" if i % 2 else ""),
                participants=tuple(parts),
                tie_ids=(tie.meta.id,) if i % 5 == 0 else (),
                meeting_kind=MeetingKind.DELEGATION if i % 6 == 0 else MeetingKind.WORKING_VISIT,
                common=Common(classification=Classification.PUBLIC if i % 2 else None,
                              tags=("delegatie",) if i % 7 == 0 else ()),
            ))
        bulk.commit()
    return {"org_a": org_a, "org_b": org_b, "person": person, "tie": tie}


def _all(service: Any, query: ListQuery) -> list[Any]:
    items: list[Any] = []
    cursor = query.cursor
    while True:
        page = service.list(replace(query, cursor=cursor))
        items.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            return items


def test_typed_filters_find_what_the_records_say(world: Any) -> None:
    dossier, w = world
    everything = _all(dossier.meetings, ListQuery(limit=500))
    assert len(everything) == 40

    def ids(where: Filter) -> set[uuid.UUID]:
        return {m.meta.id for m in _all(dossier.meetings, ListQuery(limit=7, where=where))}

    def expected(pred: Any) -> set[uuid.UUID]:
        return {m.meta.id for m in everything if pred(m)}

    org_a = w["org_a"]
    person = w["person"]
    tie = w["tie"]
    # Linked records are found through the link tables
    assert ids(Filter(organisation_id=org_a)) == expected(
        lambda m: any(p.party.id == org_a for p in m.participants))
    assert len(ids(Filter(organisation_id=org_a))) == 14
    assert ids(Filter(person_id=person)) == expected(
        lambda m: any(p.party.id == person for p in m.participants))
    assert ids(Filter(tie_id=tie)) == expected(lambda m: any(t.id == tie for t in m.ties))
    # Record fields
    assert ids(Filter(classification=Classification.PUBLIC)) == expected(
        lambda m: m.meta.classification is Classification.PUBLIC)
    assert ids(Filter(max_classification=Classification.PUBLIC)) == expected(
        lambda m: m.meta.classification is Classification.PUBLIC)
    assert ids(Filter(tag="Delegatie")) == expected(lambda m: "delegatie" in m.meta.tags)
    assert ids(Filter(kind=MeetingKind.DELEGATION)) == expected(
        lambda m: m.meeting_kind is MeetingKind.DELEGATION)
    since, until = dt.date(2024, 3, 1), dt.date(2024, 9, 1)
    assert ids(Filter(since=since, until=until)) == expected(lambda m: since <= m.held_on <= until)
    assert ids(Filter(text="haven")) == expected(lambda m: "haven" in m.title)
    some = {m.meta.id for m in everything[:5]}
    assert ids(Filter(ids=frozenset(some))) == some
    # Filters combine
    assert ids(Filter(organisation_id=org_a, text="haven")) == expected(
        lambda m: "haven" in m.title and any(p.party.id == org_a for p in m.participants))
    # The older mapping still works and agrees
    legacy = {m.meta.id for m in _all(dossier.meetings, ListQuery(
        limit=7, filters={"organisation_id": org_a}))}
    assert legacy == ids(Filter(organisation_id=org_a))
    # A filter a list cannot apply is refused, never ignored
    with pytest.raises(UsageError):
        dossier.persons.list(ListQuery(where=Filter(since=since)))
    with pytest.raises(UsageError):
        dossier.sources.list(ListQuery(where=Filter(tie_id=tie)))
    # Other kinds: ties of an organisation, persons linked to nothing, risk notes of a tie
    note = dossier.risk_notes.create(risk_draft(tie)).record
    assert [t.meta.id for t in dossier.ties.list(
        ListQuery(where=Filter(organisation_id=org_a))).items] == [tie]
    assert [n.meta.id for n in dossier.risk_notes.list(
        ListQuery(where=Filter(tie_id=tie))).items] == [note.meta.id]
    assert dossier.persons.list(ListQuery(where=Filter(organisation_id=org_a))).items == ()


def test_count_equals_the_rows_paged_through(world: Any) -> None:
    dossier, w = world
    victim = dossier.meetings.list(ListQuery(limit=1)).items[0]
    dossier.meetings.delete(victim.meta.id, expected_version=victim.meta.version)
    for query in (
        ListQuery(limit=6),
        ListQuery(limit=6, sort="date_asc", trash=Trash.ONLY),
        ListQuery(limit=6, trash=Trash.INCLUDE),
        ListQuery(limit=6, where=Filter(organisation_id=w["org_a"])),
        ListQuery(limit=6, where=Filter(text="haven", classification=Classification.PUBLIC)),
        ListQuery(limit=6, filters={"meeting_kind": MeetingKind.DELEGATION}),
    ):
        assert dossier.meetings.count(query) == len(_all(dossier.meetings, query)) > 0
    assert dossier.meetings.count() == 39
    assert dossier.organisations.count() == 2


def test_get_many_keeps_the_order_asked_and_skips_unknown_ids(world: Any) -> None:
    dossier, _ = world
    page = dossier.meetings.list(ListQuery(limit=5)).items
    wanted = [page[3].meta.id, uuid.uuid4(), page[0].meta.id, page[3].meta.id]
    got = dossier.meetings.get_many(wanted)
    assert [m.meta.id for m in got] == [page[3].meta.id, page[0].meta.id]
    assert got[0] == page[3]
    assert dossier.meetings.get_many([]) == []


@pytest.mark.parametrize("sort", ["date", "date_asc"])
def test_the_page_at_a_record_holds_it(world: Any, sort: str) -> None:
    dossier, _ = world
    everything = _all(dossier.meetings, ListQuery(sort=sort, limit=500))
    for index in (0, 6, 7, 20, 39):
        target = everything[index].meta.id
        page = dossier.meetings.list(ListQuery(sort=sort, limit=7, at=target))
        # The block of 7 that holds it, at the offset it has in the whole list
        assert page.offset == index - index % 7
        assert [m.meta.id for m in page.items] == [
            m.meta.id for m in everything[page.offset:page.offset + 7]]
        rest = _all(dossier.meetings, ListQuery(sort=sort, limit=7, cursor=page.next_cursor)) \
            if page.next_cursor else []
        assert [m.meta.id for m in page.items + tuple(rest)] == [
            m.meta.id for m in everything[page.offset:]]
    # A record that is not in the list (filtered out) gives the first page
    org = make_org(dossier, "Elders")
    page = dossier.meetings.list(ListQuery(sort=sort, limit=7, at=org.meta.id))
    assert page.offset == 0 and page.items[0] == everything[0]


def test_paged_timeline_gives_every_item_once_newest_first(world: Any) -> None:
    dossier, w = world
    tie = w["tie"]
    dossier.risk_notes.create(risk_draft(tie))
    dossier.decisions.create(decision_draft(own_authority_id(dossier), link_ids=(tie,)))
    whole = dossier.overview.timeline(tie_id=tie)
    items: list[Any] = []
    cursor = None
    totals = set()
    while True:
        page = dossier.overview.timeline_page(tie_id=tie, limit=3, cursor=cursor)
        totals.add(page.total)
        items.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    # 8 contact moments, an assessment and a decision
    assert totals == {len(whole)} and len(whole) == 10
    assert sorted(items, key=lambda i: (i.on, i.ref.display_no)) == whole
    assert [i.on for i in items] == sorted((i.on for i in items), reverse=True)
    with pytest.raises(UsageError):
        dossier.overview.timeline_page(person_id=w["person"],
                                       cursor=page_cursor(dossier, tie))


def page_cursor(dossier: Any, tie: uuid.UUID) -> str:
    cursor = dossier.overview.timeline_page(tie_id=tie, limit=1).next_cursor
    assert cursor is not None
    return str(cursor)


def test_refs_carry_the_classification_of_what_they_point_at(dossier: Any) -> None:
    secret = make_org(dossier, "Geheim", common=Common(classification=Classification.CONFIDENTIAL))
    tie = make_tie(dossier, secret.meta.id, common=Common(classification=Classification.PUBLIC))
    got = dossier.ties.get(tie.meta.id)
    assert got.organisation.classification is Classification.CONFIDENTIAL
    assert got.authority.id == own_authority_id(dossier)
    assert got.authority.classification is not None


def test_search_page_counts_every_match_and_pages_through_them(world: Any) -> None:
    dossier, _ = world
    every = {h.ref.id for h in dossier.overview.search("haven", limit=500)}
    assert len(every) >= 20  # the 20 contact moments, and whatever else says "haven..."
    first = dossier.overview.search_page("haven", limit=8)
    assert first.total == len(every) and first.offset == 0 and len(first.items) == 8
    seen = [h.ref.id for h in first.items]
    cursor = first.next_cursor
    while cursor:
        page = dossier.overview.search_page("haven", limit=8, cursor=cursor)
        assert page.total == len(every)
        seen.extend(h.ref.id for h in page.items)
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) and set(seen) == every
    assert dossier.overview.search_page("zzzz").total == 0
    with pytest.raises(UsageError):
        dossier.overview.search_page("overleg", cursor=first.next_cursor)


def test_memos_are_listed_through_the_same_api(dossier: Any) -> None:
    page = dossier.memos.list(ListQuery())
    assert page.items == () and page.sort == "number"
    assert dossier.memos.count() == 0
    assert dossier.memos.sorts() == ("number",)
