"""Lists: keyset paging in every supported sort, cursor checks and filters."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Callable
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
    own_authority_id,
    person_draft,
    risk_draft,
)

from chinadossier.domain.codes import ActionStatus, RiskStatus, TieStatus
from chinadossier.domain.errors import UsageError
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.queries import ListQuery, Trash
from chinadossier.domain.search_text import sort_key

SERVICES = ("authorities", "organisations", "persons", "ties", "meetings", "actions",
            "decisions", "sources", "risk_notes", "risk_categories")


def page_through(service: Any, sort: str | None, limit: int, **kw: Any) -> list[Any]:
    """All records of a list, page by page; checks that every page but the last is full."""
    records: list[Any] = []
    cursor = None
    for _ in range(10_000):
        page = service.list(ListQuery(sort=sort, limit=limit, cursor=cursor, **kw))
        records.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            assert len(page.items) <= limit
            return records
        assert len(page.items) == limit
    raise AssertionError("paging did not end")


def make_meetings(dossier: Any, count: int) -> list[Any]:
    """Meetings on dates that repeat (every date appears up to three times)."""
    start = dt.date(2025, 1, 1)
    return [dossier.meetings.create(
        meeting_draft(start + dt.timedelta(days=(i * 7) % 9 * 10), f"Overleg {i}")).record
        for i in range(count)]


def test_meetings_page_by_date_newest_first(dossier: Any) -> None:
    # Given 23 meetings, several on the same date
    meetings = make_meetings(dossier, 23)
    assert len({m.held_on for m in meetings}) < 23
    # When paged 5 at a time by date
    paged = page_through(dossier.meetings, "date", 5)
    # Then each comes exactly once, newest first, equal dates by id descending
    expected = sorted(meetings, key=lambda m: (m.held_on, m.meta.id.int), reverse=True)
    assert [m.meta.id for m in paged] == [m.meta.id for m in expected]


def test_meetings_page_by_date_oldest_first(dossier: Any) -> None:
    # Given 23 meetings, several on the same date
    meetings = make_meetings(dossier, 23)
    # When paged 5 at a time by date ascending
    paged = page_through(dossier.meetings, "date_asc", 5)
    # Then each comes exactly once, oldest first, equal dates by id ascending
    expected = sorted(meetings, key=lambda m: (m.held_on, m.meta.id.int))
    assert [m.meta.id for m in paged] == [m.meta.id for m in expected]


def test_default_sort_is_the_first_supported(dossier: Any) -> None:
    # Given some meetings
    make_meetings(dossier, 3)
    # When listed without a sort
    page = dossier.meetings.list()
    # Then the first supported sort is used
    assert page.sort == dossier.meetings.sorts()[0]


def _small_data_set(d: Any) -> None:
    """A few records of every kind, with missing values where a sort allows them."""
    own = own_authority_id(d)
    orgs = [make_org(d, name) for name in ("Zhejiang", "anhui", "Ëzhou", "Beijing")]
    for i, starts in enumerate([PartialDate.year(1999), None, PartialDate.month(2010, 3), None]):
        make_tie(d, orgs[i].meta.id, title=f"Band {'DCBA'[i]}", starts=starts)
    for family in ("Zhou", "李", "Ahmed", "de Vries"):
        d.persons.create(person_draft(family))
    for title in ("Zeer oud", "Artikel", "Één bericht"):
        make_source(d, title)
    make_meetings(d, 4)
    for i, due in enumerate([None, dt.date(2026, 1, 1), None, dt.date(2025, 5, 5)]):
        d.actions.create(action_draft(f"Actie {i}", due_on=due))
    for day in (dt.date(2024, 1, 1), dt.date(2025, 1, 1), dt.date(2024, 1, 1)):
        d.decisions.create(decision_draft(own, day))
    for scores in ((1, 1), (3, 3), (2, 2), (3, 3)):
        d.risk_notes.create(risk_draft(orgs[0].meta.id, assessment=assessment(5, 5, *scores)))


_SORT_KEYS: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("authorities", "name"): lambda r: sort_key(r.common_name or r.name),
    ("organisations", "name"): lambda r: sort_key(r.name_nl),
    ("persons", "name"): lambda r: sort_key(" ".join(x for x in (r.family_name, r.given_name)
                                                     if x)),
    ("ties", "name"): lambda r: sort_key(r.title),
    ("ties", "start"): lambda r: r.starts.value if r.starts else None,
    ("meetings", "date"): lambda r: r.held_on,
    ("meetings", "date_asc"): lambda r: r.held_on,
    ("actions", "due"): lambda r: r.due_on,
    ("decisions", "date"): lambda r: r.decided_on,
    ("sources", "title"): lambda r: sort_key(r.title),
    ("risk_notes", "score"): lambda r: r.residual_score,
    ("risk_notes", "review"): lambda r: r.next_review_on,
    ("risk_categories", "order"): lambda r: r.sort_order,
}
_DESCENDING = {("ties", "start"), ("meetings", "date"), ("decisions", "date"),
               ("risk_notes", "score")}


def test_every_sort_of_every_list_pages_consistently(dossier: Any) -> None:
    # Given a small data set with some missing dates
    _small_data_set(dossier)
    checked = 0
    for name in SERVICES:
        service = getattr(dossier, name)
        everything = {r.meta.id for r in page_through(service, None, 500)}
        assert everything
        for sort in service.sorts():
            # When the list is read in small pages in this sort
            limit = 100 if name == "authorities" else 2
            paged = page_through(service, sort, limit)
            # Then every record comes exactly once, as in one big page
            ids = [r.meta.id for r in paged]
            assert len(ids) == len(set(ids)), (name, sort)
            assert set(ids) == everything, (name, sort)
            assert ids == [r.meta.id for r in service.list(ListQuery(sort=sort, limit=500)).items]
            # And in the order the sort promises
            key = _SORT_KEYS[(name, sort)]
            values = [key(r) for r in paged]
            descending = (name, sort) in _DESCENDING
            if descending:
                present = [v for v in values if v is not None]
                assert present == sorted(present, reverse=True), (name, sort)
                assert values[:len(present)] == present, (name, sort)
            else:
                missing = [v for v in values if v is None]
                assert values[len(missing):] == sorted(v for v in values if v is not None), (
                    name, sort)
            checked += 1
    assert checked == sum(len(getattr(dossier, n).sorts()) for n in SERVICES)


def test_unknown_sort_is_a_usage_error(dossier: Any) -> None:
    # Given the meetings list
    # When asked for a sort it does not support
    with pytest.raises(UsageError) as caught:
        dossier.meetings.list(ListQuery(sort="title"))
    # Then the message lists the sorts that work
    for sort in dossier.meetings.sorts():
        assert sort in caught.value.message


def test_cursor_of_another_sort_is_a_usage_error(dossier: Any) -> None:
    # Given a cursor from the "date" sort
    make_meetings(dossier, 4)
    cursor = dossier.meetings.list(ListQuery(sort="date", limit=2)).next_cursor
    assert cursor is not None
    # When it is used with "date_asc"
    # Then it is refused
    with pytest.raises(UsageError):
        dossier.meetings.list(ListQuery(sort="date_asc", limit=2, cursor=cursor))


def _encode(items: Any) -> str:
    raw = json.dumps(items).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


_TAMPERINGS: list[Callable[[str], str]] = [
    lambda c: c[:-4],
    lambda c: "x" + c,
    lambda c: "!!!",
    lambda c: _encode(["date", "2026-01-01", "not-a-uuid"]),
    lambda c: _encode(["date", "gisteren", uuid.uuid4().hex]),
    lambda c: _encode(["date", 20260101, uuid.uuid4().hex]),
    lambda c: _encode({"sort": "date"}),
    lambda c: _encode(7),
    lambda c: base64.urlsafe_b64encode(b"\xff\xfe").decode(),
]


def test_tampered_cursor_is_a_usage_error(dossier: Any) -> None:
    # Given a real cursor of the meetings list
    make_meetings(dossier, 4)
    cursor = dossier.meetings.list(ListQuery(sort="date", limit=2)).next_cursor
    assert cursor is not None
    for tamper in _TAMPERINGS:
        # When a tampered version is sent back
        # Then it is refused as a usage error, never as a crash
        with pytest.raises(UsageError):
            dossier.meetings.list(ListQuery(sort="date", limit=2, cursor=tamper(cursor)))
    # And an empty cursor simply means the first page
    first = dossier.meetings.list(ListQuery(sort="date", limit=2, cursor=""))
    assert first.next_cursor == cursor


def test_meetings_filter_by_tie(dossier: Any) -> None:
    # Given two ties and meetings linked to one, the other, both, or none
    a, b = make_tie(dossier), make_tie(dossier)
    linked = {
        "a": dossier.meetings.create(meeting_draft(tie_ids=(a.meta.id,))).record.meta.id,
        "b": dossier.meetings.create(meeting_draft(tie_ids=(b.meta.id,))).record.meta.id,
        "ab": dossier.meetings.create(
            meeting_draft(tie_ids=(a.meta.id, b.meta.id))).record.meta.id,
        "none": dossier.meetings.create(meeting_draft()).record.meta.id,
    }
    # When filtered by tie a
    page = dossier.meetings.list(ListQuery(filters={"tie_id": a.meta.id}))
    # Then only the meetings linked to a come back
    assert {m.meta.id for m in page.items} == {linked["a"], linked["ab"]}


def test_ties_filter_by_status(dossier: Any) -> None:
    # Given ties in several states
    org = make_org(dossier)
    # (an active tie cannot have ended in the past)
    by_status = {status: make_tie(dossier, org.meta.id, status=status,
                                  ends=None if status is TieStatus.ACTIVE
                                  else PartialDate.year(2020)).meta.id
                 for status in (TieStatus.ACTIVE, TieStatus.DORMANT, TieStatus.ENDED)}
    extra = make_tie(dossier, org.meta.id, status=TieStatus.DORMANT).meta.id
    # When filtered by status dormant
    page = dossier.ties.list(ListQuery(filters={"status": TieStatus.DORMANT}))
    # Then only the dormant ties come back
    assert {t.meta.id for t in page.items} == {by_status[TieStatus.DORMANT], extra}


def test_actions_filter_overdue(dossier: Any) -> None:
    # Given open, done and cancelled actions with due dates before, on and after a day
    day = dt.date(2026, 6, 1)
    made = {
        "open_before": action_draft("a", due_on=day - dt.timedelta(days=1)),
        "open_on": action_draft("b", due_on=day),
        "open_after": action_draft("c", due_on=day + dt.timedelta(days=1)),
        "open_without": action_draft("d"),
        "done_before": action_draft("e", due_on=dt.date(2026, 1, 1), status=ActionStatus.DONE),
        "cancelled_before": action_draft("f", due_on=dt.date(2026, 1, 1),
                                         status=ActionStatus.CANCELLED),
    }
    ids = {key: dossier.actions.create(draft).record.meta.id for key, draft in made.items()}
    # When filtered as overdue on that day
    page = dossier.actions.list(ListQuery(filters={"overdue_on": day}))
    # Then only the open action due before the day comes back
    assert {a.meta.id for a in page.items} == {ids["open_before"]}


def test_risk_notes_filter_review_due(dossier: Any) -> None:
    # Given open and closed notes with reviews before and after a day
    org = make_org(dossier)
    day = dt.date(2027, 1, 1)

    def note(review: dt.date, status: RiskStatus = RiskStatus.OPEN) -> uuid.UUID:
        draft = risk_draft(org.meta.id, next_review_on=review, status=status)
        return dossier.risk_notes.create(draft).record.meta.id  # type: ignore[no-any-return]

    due = note(dt.date(2026, 12, 31))
    note(day)
    note(dt.date(2027, 6, 1))
    note(dt.date(2026, 1, 1), RiskStatus.CLOSED)
    # When filtered as review due on that day
    page = dossier.risk_notes.list(ListQuery(filters={"review_due_on": day}))
    # Then only the open note with a review before the day comes back
    assert {n.meta.id for n in page.items} == {due}


def test_filters_combine_with_trash(dossier: Any) -> None:
    # Given two meetings of a tie, one of them deleted
    tie = make_tie(dossier)
    keep = dossier.meetings.create(meeting_draft(tie_ids=(tie.meta.id,))).record
    gone = dossier.meetings.create(meeting_draft(tie_ids=(tie.meta.id,))).record
    dossier.meetings.delete(gone.meta.id, expected_version=1)
    # When filtered by the tie, live and in the trash
    live = dossier.meetings.list(ListQuery(filters={"tie_id": tie.meta.id}))
    trash = dossier.meetings.list(ListQuery(filters={"tie_id": tie.meta.id}, trash=Trash.ONLY))
    # Then each shows its own
    assert [m.meta.id for m in live.items] == [keep.meta.id]
    assert [m.meta.id for m in trash.items] == [gone.meta.id]


def test_unknown_filter_is_a_usage_error(dossier: Any) -> None:
    # Given the ties list
    # When filtered on something it does not know
    # Then that is a usage error
    with pytest.raises(UsageError):
        dossier.ties.list(ListQuery(filters={"colour": "red"}))
