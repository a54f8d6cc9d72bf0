"""The page reader on the DB-API cursor answers exactly what the SQLAlchemy path answers.

`listing.list_page`/`get_many` run precompiled SQL on the DB-API connection and convert values
themselves (db.fastread); `list_page_reference`/`get_many_reference` read the same pages through
SQLAlchemy's execution path and `CoreReads`. On the demo case file (every code), with trashed
records, places, cited sources, tags, NULL sort values and a memo added, every list in every
sort is walked page by page in both ways and compared field by field *with the types*
(a code left as text equals its StrEnum, a naive datetime differs from an aware one only in
type, so plain ``==`` would not catch those).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Numeric

from chinadossier.db import fastread, listing, pagebuild
from chinadossier.db.refs import refs as core_refs
from chinadossier.domain.actor import Actor
from chinadossier.domain.briefing import BriefingOptions, MemoFormat
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.queries import Filter, ListQuery, Trash
from chinadossier.services.briefing import BriefingService
from chinadossier.services.demo import create_demo
from chinadossier.services.dossier import Dossier

TODAY = dt.date(2026, 11, 29)
ACTOR = Actor(account="fast-test", domain=None, host="testhost")


def same(a: Any, b: Any, path: str = "") -> None:
    """Assert a and b are equal and of the same type all the way down."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} != {type(b).__name__} ({a!r}, {b!r})"
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, (tuple, list)):
        assert len(a) == len(b), f"{path}: {len(a)} != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{path}[{i}]")
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for key in a:
            same(a[key], b[key], f"{path}[{key!r}]")
    else:
        if isinstance(a, dt.datetime):
            assert a.tzinfo is b.tzinfo, f"{path}: {a.tzinfo} != {b.tzinfo}"
        assert a == b, f"{path}: {a!r} != {b!r}"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case file plus what the demo lacks: trash, places, NULL dates, a memo."""
    path = tmp_path_factory.mktemp("fast") / "demo.cdos"
    create_demo(path, today=TODAY, actor=ACTOR)
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=ACTOR) as dossier:
        snapshot = BriefingService(dossier.ctx).snapshot(
            BriefingOptions(classification=Classification.INTERNAL, onderwerp="Proef")
        )
        BriefingService(dossier.ctx).save(snapshot, MemoFormat.PDF, b"%PDF-1.4 proef", "p.pdf")
    conn = sqlite3.connect(path)
    with conn:
        # Variations no demo record has; the reads under test do not care how rows came about.
        conn.execute("UPDATE meeting SET place_adcode = '710000', place_text = 'Taipei' "
                     "WHERE id = (SELECT min(id) FROM meeting)")
        conn.execute("UPDATE meeting SET place_adcode = '330700', start_time = '14:30:00.000000' "
                     "WHERE id = (SELECT max(id) FROM meeting)")
        conn.execute("UPDATE action SET due_on = NULL WHERE id = (SELECT min(id) FROM action)")
        conn.execute("UPDATE record SET deleted_at = '2026-11-01 08:00:00.000000', "
                     "deleted_by = 'x' WHERE id IN (SELECT min(id) FROM meeting "
                     "UNION SELECT min(id) FROM person UNION SELECT max(id) FROM organisation "
                     "UNION SELECT max(id) FROM risk_note)")
        conn.execute("UPDATE record SET classification = 'confidential' "
                     "WHERE id IN (SELECT max(id) FROM person UNION SELECT min(id) FROM tie)")
        conn.execute("INSERT INTO record_source (record_id, source_id, locator) "
                     "SELECT m.id, s.id, 'p. 3' FROM (SELECT max(id) AS id FROM meeting) m, "
                     "(SELECT min(id) AS id FROM source) s")
        # A second source on that meeting whose number sorts before the first one's, though
        # its id sorts after: the sources must come in number order, not as stored.
        conn.execute("UPDATE record SET display_no = '0-BRON' "
                     "WHERE id = (SELECT max(id) FROM source)")
        conn.execute("INSERT INTO record_source (record_id, source_id, locator) "
                     "SELECT m.id, s.id, NULL FROM (SELECT max(id) AS id FROM meeting) m, "
                     "(SELECT max(id) AS id FROM source) s")
    conn.close()
    return path


@pytest.fixture
def session(demo_file: Path, tmp_path: Path) -> Iterator[Any]:
    """A read session on a copy of the demo file."""
    target = tmp_path / "demo.cdos"
    shutil.copyfile(demo_file, target)
    with Dossier.open(target, clock=FixedClock.on(TODAY), actor=ACTOR) as dossier:
        s = dossier.ctx.database.read_session()
        try:
            yield s
        finally:
            s.close()


def _walk(session: Any, kind: RecordKind, query: ListQuery) -> list[Any]:
    """Every page of a list both ways, compared, and its count; returns the records."""
    total = listing.count(session, kind, query)
    assert total == listing.count_reference(session, kind, query)
    records: list[Any] = []
    cursor: str | None = None
    for _ in range(500):
        q = dataclasses.replace(query, cursor=cursor)
        fast = listing.list_page(session, kind, q)
        reference = listing.list_page_reference(session, kind, q)
        same(fast, reference, f"{kind.value}/{query.sort}")
        records.extend(fast.items)
        cursor = fast.next_cursor
        if cursor is None:
            if query.at is None and query.cursor is None:
                assert total == len(records), f"count {total} != {len(records)} listed"
            return records
    raise AssertionError("paging did not end")


def test_every_list_in_every_sort_reads_the_same(session: Any) -> None:
    seen: dict[RecordKind, int] = {}
    for kind in listing.SORTS:
        for sort in listing.supported_sorts(kind):
            for trash in Trash:
                found = _walk(session, kind, ListQuery(sort=sort, limit=7, trash=trash))
                seen[kind] = max(seen.get(kind, 0), len(found))
    # Every kind was read with records in it (an empty list would compare nothing).
    assert all(seen[kind] > 0 for kind in listing.SORTS), seen


def test_the_generated_builders_are_what_the_pages_compared_ran(session: Any) -> None:
    """The six kinds built by db.pagebuild really go through their generated builder (so the
    comparisons above test it), the others through db.convert."""
    built = {RecordKind.AUTHORITY, RecordKind.ORGANISATION, RecordKind.PERSON, RecordKind.TIE,
             RecordKind.SOURCE, RecordKind.ACTION}
    for kind in listing.SORTS:
        assert pagebuild.builds(kind) is (kind in built), kind
        listing.list_page(session, kind, ListQuery(limit=3))
        shapes = [s for key, s in listing._PAGES.items() if key[0] is kind and not key[4]]
        assert shapes, kind
        assert any(s.builder is not None for s in shapes) is (kind in built), kind


def test_filters_cursors_and_positions_read_the_same(session: Any) -> None:
    meetings = _walk(session, RecordKind.MEETING, ListQuery(limit=50, trash=Trash.INCLUDE))
    persons = _walk(session, RecordKind.PERSON, ListQuery(limit=50))
    ties = _walk(session, RecordKind.TIE, ListQuery(limit=50))
    party = next(p.party for m in meetings for p in m.participants
                 if p.party.kind is RecordKind.ORGANISATION)
    person = next(p.party for m in meetings for p in m.participants
                  if p.party.kind is RecordKind.PERSON)
    tagged = next(r for r in persons + meetings if r.meta.tags)
    queries: list[tuple[RecordKind, ListQuery]] = [
        (RecordKind.MEETING, ListQuery(where=Filter(organisation_id=party.id), limit=3)),
        (RecordKind.MEETING, ListQuery(where=Filter(person_id=person.id), limit=3)),
        (RecordKind.MEETING, ListQuery(where=Filter(tie_id=ties[0].meta.id), limit=3)),
        (RecordKind.MEETING, ListQuery(where=Filter(since=dt.date(2025, 1, 1),
                                                    until=dt.date(2026, 6, 30)), limit=4)),
        (RecordKind.MEETING, ListQuery(where=Filter(kind=meetings[0].meeting_kind))),
        (RecordKind.MEETING, ListQuery(filters={"organisation_id": party.id}, limit=2)),
        (RecordKind.MEETING, ListQuery(where=Filter(ids=frozenset(m.meta.id for m in meetings[:5])),
                                       trash=Trash.INCLUDE, sort="date_asc", limit=2)),
        (tagged.meta.kind, ListQuery(where=Filter(tag=tagged.meta.tags[0]))),
        (RecordKind.PERSON, ListQuery(where=Filter(max_classification=Classification.INTERNAL))),
        (RecordKind.PERSON, ListQuery(where=Filter(classification=Classification.CONFIDENTIAL))),
        (RecordKind.PERSON, ListQuery(where=Filter(organisation_id=party.id))),
        (RecordKind.TIE, ListQuery(where=Filter(status=ties[0].status), sort="start", limit=2)),
        (RecordKind.TIE, ListQuery(where=Filter(text="Nanjing"))),
        (RecordKind.ACTION, ListQuery(filters={"overdue_on": TODAY})),
        (RecordKind.RISK_NOTE, ListQuery(filters={"review_due_on": TODAY}, sort="review")),
        (RecordKind.RISK_NOTE, ListQuery(where=Filter(organisation_id=party.id))),
        (RecordKind.DECISION, ListQuery(where=Filter(tie_id=ties[0].meta.id))),
        (RecordKind.ORGANISATION, ListQuery(where=Filter(kind=party_kind(session, party.id)))),
    ]
    for kind, query in queries:
        _walk(session, kind, query)
    # The page at a record (keeping the selection after a refresh), and a cursor "including".
    for at in (meetings[0], meetings[len(meetings) // 2], meetings[-1]):
        query = ListQuery(at=at.meta.id, limit=4, trash=Trash.INCLUDE)
        same(listing.list_page(session, RecordKind.MEETING, query),
             listing.list_page_reference(session, RecordKind.MEETING, query), "at")
    # Pages of one: every cursor of a list is decoded and followed (actions: NULL due dates).
    _walk(session, RecordKind.ACTION, ListQuery(limit=1))
    for sort in ("date", "date_asc"):
        _walk(session, RecordKind.MEETING, ListQuery(sort=sort, limit=1, trash=Trash.INCLUDE))


def party_kind(session: Any, organisation_id: uuid.UUID) -> str:
    """The organisation kind of one organisation (for a kind filter that finds something)."""
    (record,) = listing.get_many(session, RecordKind.ORGANISATION, [organisation_id])
    return str(record.org_kind)


def test_get_many_and_refs_read_the_same(session: Any) -> None:
    everything: list[uuid.UUID] = []
    for kind in listing.SORTS:
        ids = [r.meta.id for r in _walk(session, kind, ListQuery(limit=500, trash=Trash.INCLUDE))]
        asked = [*reversed(ids), uuid.uuid4(), *ids[:2]]  # order, an unknown id, repeats
        same(listing.get_many(session, kind, asked),
             listing.get_many_reference(session, kind, asked), f"get_many {kind.value}")
        everything.extend(ids)
    reads = fastread.FastReads(fastread.connection(session))
    same(reads.refs(everything), core_refs(session, everything), "refs")


def test_the_comparison_fails_on_a_wrong_conversion(
    session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison is not blind: a fast path that leaves codes as text is caught."""
    with pytest.raises(AssertionError, match="str"):
        same(Classification.INTERNAL, "internal")
    with pytest.raises(AssertionError, match="UTC"):
        same(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2026, 1, 1))
    real = fastread.converter

    def codes_as_text(column_type: Any) -> Any:
        convert = real(column_type)
        return None if isinstance(column_type, fastread.Enum) else convert

    monkeypatch.setattr(fastread, "converter", codes_as_text)
    monkeypatch.setattr(listing, "_PAGES", {})
    with pytest.raises(AssertionError, match="StrEnum|str"):
        _walk(session, RecordKind.TIE, ListQuery(limit=5))


def test_converters_read_what_sqlalchemy_stores_and_refuse_the_rest() -> None:
    some = uuid.uuid4()
    assert fastread._uuid(some.hex) == some and fastread._uuid(str(some)) == some
    with pytest.raises(ValueError):
        fastread._uuid("abc")  # too short for a UUID: never read as a small number
    moment = fastread._utc("2026-11-29 09:00:00.000000")
    assert moment == dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC) and moment.tzinfo is dt.UTC
    shifted = fastread._utc("2026-11-29T10:00:00+01:00")
    assert shifted == moment and shifted.tzinfo is dt.UTC
    with pytest.raises(TypeError):
        fastread.converter(Numeric())


def test_the_page_at_a_record_is_the_block_holding_it_in_every_sort(session: Any) -> None:
    """`at` finds the block of `limit` rows holding the record, NULL sort values included."""
    for kind in listing.SORTS:
        for sort in listing.supported_sorts(kind):
            for trash in (Trash.EXCLUDE, Trash.INCLUDE):
                whole = _walk(session, kind, ListQuery(sort=sort, limit=500, trash=trash))
                for limit in (1, 3, 7):
                    for index in sorted({0, 1, len(whole) // 2, len(whole) - 2, len(whole) - 1}):
                        if not 0 <= index < len(whole):
                            continue
                        query = ListQuery(sort=sort, limit=limit, trash=trash,
                                          at=whole[index].meta.id)
                        page = listing.list_page(session, kind, query)
                        same(page, listing.list_page_reference(session, kind, query), "at")
                        start = index - index % limit
                        assert page.offset == start, (kind, sort, index, limit)
                        assert list(page.items) == whole[start : start + limit], (kind, sort)


def test_a_persons_positions_and_facts_are_compared_with_their_links(session: Any) -> None:
    """Persons are built with one generated call per child statement (db.pagebuild): the walk
    compares them with the reference, here with positions linking organisations and
    authorities, positions without either, and political facts with their sources in it."""
    records = _walk(session, RecordKind.PERSON, ListQuery(limit=4, trash=Trash.INCLUDE))
    positions = [p for person in records for p in person.positions]
    facts = [f for person in records for f in person.political_facts]
    assert any(p.organisation is not None for p in positions)
    assert any(p.authority is not None for p in positions)
    assert facts and all(f.source.kind is RecordKind.SOURCE for f in facts)
    # Several positions of one person keep their stored order
    assert any(len(person.positions) > 1 for person in records)


def test_refs_read_by_stored_id_equal_the_reference_for_every_kind(session: Any) -> None:
    """The generated ref reader (labels from db.labels._LABEL_TEMPLATES, the label functions
    for the other kinds) answers like the SQLAlchemy reference, deleted records included."""
    conn = fastread.connection(session)
    stored = [row[0] for row in conn.execute("SELECT id FROM record")]
    found = fastread._ref_reader(tuple(RecordKind)).read_stored(conn, stored)
    reference = core_refs(session, [uuid.UUID(text) for text in stored])
    assert len(found) == len(stored) == len(reference)
    for text, ref in found.items():
        same(ref, reference[uuid.UUID(text)], f"ref {text}")
    kinds = {ref.kind for ref in found.values()}
    assert {RecordKind.AUTHORITY, RecordKind.ORGANISATION, RecordKind.PERSON} <= kinds
    assert any(ref.deleted for ref in found.values())
