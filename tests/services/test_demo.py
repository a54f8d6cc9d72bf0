"""The demo case file: coverage of every code, the real ties of DOMAIN.md §7, and safe re-runs."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import (
    ActionStatus,
    Classification,
    DecisionBody,
    DecisionKind,
    ParticipantSide,
    RecordKind,
    RiskLevel,
    TieStatus,
    TieType,
)
from chinadossier.domain.errors import FileRefused, UsageError
from chinadossier.domain.labels import tie_type_label
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.records import PersonRecord, TieRecord
from chinadossier.domain.tie_text import tie_period
from chinadossier.services.demo import DemoOutcome, create_demo
from chinadossier.services.demo.real_ties import COUNTERPARTS
from chinadossier.services.dossier import Dossier
from chinadossier.services.setup import new_case_file

TODAY = dt.date(2026, 11, 29)
ACTOR = Actor(account="demo-test", domain=None, host="testhost")
FICTIONAL = "(fictief)"


def _all(list_page: Callable[[ListQuery], Any]) -> list[Any]:
    items: list[Any] = []
    cursor = None
    while True:
        page = list_page(ListQuery(cursor=cursor, limit=100))
        items.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            return items


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoOutcome]:
    path = tmp_path_factory.mktemp("demo") / "demo.cdos"
    outcome = create_demo(path, today=TODAY, actor=ACTOR)
    return path, outcome


@pytest.fixture
def dossier(demo: tuple[Path, DemoOutcome]) -> Iterator[Dossier]:
    with Dossier.open(demo[0], clock=FixedClock.on(TODAY), actor=ACTOR) as opened:
        yield opened


@pytest.fixture
def demo_copy(demo: tuple[Path, DemoOutcome], tmp_path: Path) -> Path:
    target = tmp_path / "kopie.cdos"
    shutil.copyfile(demo[0], target)
    return target


def _is_fictional_organisation(label: str) -> bool:
    return FICTIONAL in label


# -- the file -------------------------------------------------------------------------------------


def test_demo_is_created_and_marked(demo: tuple[Path, DemoOutcome], dossier: Dossier) -> None:
    path, outcome = demo
    assert outcome.created is True
    assert outcome.path == path
    settings = dossier.settings()
    assert settings.is_demo is True
    assert settings.own_authority_code == "GM0599"
    assert outcome.counts["meetings"] == len(_all(dossier.meetings.list))
    assert outcome.counts["ties"] == len(_all(dossier.ties.list))
    assert 25 <= outcome.counts["meetings"] <= 35


def test_second_run_changes_nothing(demo_copy: Path) -> None:
    before, folder = _sha256(demo_copy), _folder(demo_copy)

    outcome = create_demo(demo_copy, today=TODAY, actor=ACTOR)

    assert outcome.created is False
    assert outcome.counts["meetings"] > 0
    assert _sha256(demo_copy) == before
    assert _folder(demo_copy) == folder


def test_reset_recreates_a_demo_with_the_same_content(demo_copy: Path,
                                                      dossier: Dossier) -> None:
    with Dossier.open(demo_copy) as old:
        old_id = old.settings().case_file_id

    outcome = create_demo(demo_copy, today=TODAY, actor=ACTOR, reset=True)

    assert outcome.created is True
    # the old demo was backed up (verified) before it was replaced (issue 7.4)
    assert _folder(demo_copy) == ["backups", "kopie.cdos"]
    saved = list((demo_copy.parent / "backups").iterdir())
    assert len(saved) == 1 and "voor-demo-reset" in saved[0].name
    with Dossier.open(saved[0], read_only=True) as before_reset:
        assert before_reset.settings().case_file_id == old_id
    with Dossier.open(demo_copy, clock=FixedClock.on(TODAY)) as new:
        settings = new.settings()
        assert settings.is_demo is True
        assert settings.case_file_id != old_id

        def content(d: Dossier) -> list[tuple[Any, ...]]:
            return [(m.held_on, m.title, m.gift_value_cents, m.costs_cents,
                     sorted(p.party.label for p in m.participants))
                    for m in _all(d.meetings.list)]

        assert content(new) == content(dossier)


def test_real_case_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "echt.cdos"
    new_case_file(path, authority_code="GM0599", clock=FixedClock.on(TODAY), actor=ACTOR)
    before, folder = _sha256(path), _folder(path)

    for reset in (False, True):
        with pytest.raises(FileRefused, match="echt dossier"):
            create_demo(path, today=TODAY, actor=ACTOR, reset=reset)

    assert _sha256(path) == before
    assert _folder(path) == folder


def test_a_file_that_is_no_case_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notities.cdos"
    path.write_text("geen dossier", encoding="utf-8")

    with pytest.raises(FileRefused):
        create_demo(path, today=TODAY, actor=ACTOR, reset=True)

    assert path.read_text(encoding="utf-8") == "geen dossier"


def test_demo_for_a_province_uses_provincial_bodies(tmp_path: Path) -> None:
    path = tmp_path / "provincie.cdos"
    create_demo(path, authority_code="pv26", today=TODAY, actor=ACTOR)

    with Dossier.open(path, clock=FixedClock.on(TODAY)) as opened:
        assert opened.settings().own_authority_code == "PV26"
        bodies = {d.body for d in _all(opened.decisions.list)}
        assert bodies == {DecisionBody.PROVINCIAL_COUNCIL, DecisionBody.PROVINCIAL_EXECUTIVE}
        assert {d.decision_kind for d in _all(opened.decisions.list)} == set(DecisionKind)


# -- coverage of the codes ------------------------------------------------------------------------


def test_every_tie_status_and_type(dossier: Dossier) -> None:
    ties = _all(dossier.ties.list)
    assert {t.status for t in ties} == set(TieStatus)
    assert {t.tie_type for t in ties} == set(TieType)


def test_every_decision_kind_for_the_own_authority(dossier: Dossier) -> None:
    own = dossier.settings().own_authority.id
    decisions = _all(dossier.decisions.list)
    assert {d.decision_kind for d in decisions if d.authority.id == own} == set(DecisionKind)


def test_every_classification(dossier: Dossier) -> None:
    used: set[Classification] = set()
    for service in (dossier.sources, dossier.organisations, dossier.persons, dossier.ties,
                    dossier.meetings, dossier.actions, dossier.decisions, dossier.risk_notes):
        used |= {r.meta.classification for r in _all(service.list)}
    assert used == set(Classification)


def test_risks_in_every_level_with_residual_below_inherent(dossier: Dossier) -> None:
    notes = _all(dossier.risk_notes.list)
    assert {n.residual_level for n in notes} == set(RiskLevel)
    for note in notes:
        assert note.residual_score != note.inherent_score
        assert note.residual_score == note.current.residual_score
    assert any(len(n.assessments) >= 2 for n in notes), "one note was re-assessed"


def test_every_named_owner_is_visibly_fictional(dossier: Dossier) -> None:
    """Risk owners and action owners are free text; each name shown must carry the mark (#8)."""
    owners = [n.owner for n in _all(dossier.risk_notes.list) if n.owner]
    owners += [a.owner for a in _all(dossier.actions.list) if a.owner]
    assert owners
    for owner in owners:
        assert "(fictief)" in owner, owner


def test_overdue_action_and_review(dossier: Dossier) -> None:
    actions = _all(dossier.actions.list)
    assert any(a.status is ActionStatus.OPEN and a.due_on and a.due_on < TODAY for a in actions)
    assert any(a.status is ActionStatus.DONE for a in actions)
    overdue = dossier.actions.list(ListQuery(filters={"overdue_on": TODAY})).items
    assert overdue
    reviews = dossier.risk_notes.list(ListQuery(filters={"review_due_on": TODAY})).items
    assert reviews
    board = dossier.overview.dashboard()
    assert board.overdue_actions >= 1
    assert board.overdue_reviews >= 1


def test_persons_names_and_positions(dossier: Dossier) -> None:
    persons: list[PersonRecord] = _all(dossier.persons.list)
    assert any(len(p.positions) >= 2 and any(pos.ends for pos in p.positions) for p in persons)
    assert any(p.hanzi and len(p.hanzi) == 2 for p in persons)

    def has_diacritic(text: str) -> bool:
        return any(ch.isalpha() and ord(ch) < 0x250 and unicodedata.decomposition(ch)
                   for ch in text)

    own = dossier.settings().own_authority.id
    officials = [p for p in persons
                 if any(pos.authority and pos.authority.id == own for pos in p.positions)]
    assert any(has_diacritic(" ".join(filter(None, (p.given_name, p.family_name))))
               for p in officials)


def test_made_up_meetings_are_never_in_a_real_place_of_a_real_tie(dossier: Dossier) -> None:
    meetings = _all(dossier.meetings.list)
    real_places = {cp.hanzi.rstrip("市省") for cp in COUNTERPARTS} | {
        cp.name_en for cp in COUNTERPARTS}
    for meeting in meetings:
        place = f"{meeting.place_text or ''} {meeting.place_label or ''}"
        assert not any(name in place for name in real_places), meeting.title
        assert meeting.place_adcode is None, meeting.title
    assert any(m.gift_value_cents for m in meetings)
    first = min(m.held_on for m in meetings)
    assert TODAY - dt.timedelta(days=731) <= first
    assert max(m.held_on for m in meetings) <= TODAY


def test_an_uncertain_date(dossier: Dossier) -> None:
    ties = _all(dossier.ties.list)
    dates = [d for t in ties for d in (t.starts, t.ends) if d is not None]
    assert any(d.uncertain for d in dates)
    assert any(d.circa for d in dates)


# -- fiction stays on fictional organisations ----------------------------------------------------


def test_contact_moments_involve_only_fictional_counterparts(dossier: Dossier) -> None:
    ties = {t.meta.id: t for t in _all(dossier.ties.list)}
    for meeting in _all(dossier.meetings.list):
        theirs = [p.party for p in meeting.participants if p.side is ParticipantSide.THEIRS]
        assert theirs, meeting.title
        for party in theirs:
            if party.kind is RecordKind.ORGANISATION:
                assert _is_fictional_organisation(party.label), meeting.title
            else:
                person = dossier.persons.get(party.id)
                assert all(pos.organisation and _is_fictional_organisation(pos.organisation.label)
                           for pos in person.positions), person.display_name
        for tie in meeting.ties:
            assert _is_fictional_organisation(ties[tie.id].organisation.label), meeting.title


def test_risk_notes_and_decisions_concern_only_fictional_subjects(dossier: Dossier) -> None:
    def fictional(ref_id: Any, kind: RecordKind) -> bool:
        if kind is RecordKind.ORGANISATION:
            return _is_fictional_organisation(dossier.organisations.get(ref_id).name_nl)
        if kind is RecordKind.TIE:
            tie: TieRecord = dossier.ties.get(ref_id)
            return _is_fictional_organisation(tie.organisation.label)
        if kind is RecordKind.PERSON:
            person = dossier.persons.get(ref_id)
            return all(pos.organisation is None
                       or _is_fictional_organisation(pos.organisation.label)
                       for pos in person.positions)
        meeting = dossier.meetings.get(ref_id)
        return all(p.party.kind is not RecordKind.ORGANISATION
                   or _is_fictional_organisation(p.party.label)
                   for p in meeting.participants if p.side is ParticipantSide.THEIRS)

    notes = _all(dossier.risk_notes.list)
    assert notes
    for note in notes:
        assert fictional(note.subject.id, note.subject.kind), note.title
    for decision in _all(dossier.decisions.list):
        assert decision.links
        for link in decision.links:
            assert fictional(link.id, link.kind), decision.title


# -- the real ties of DOMAIN.md §7 ---------------------------------------------------------------

#: DOMAIN.md §7 tie by tie: what it states, and nothing more (unstated type/status: unknown).
REAL_TIES = [
    # authority, Hanzi, type, status, starts, signed, ends, shown type, period, publisher
    ("GM0599", "上海", TieType.SISTER_CITY, TieStatus.UNKNOWN, "1979", None, None,
     "zusterstad", "sinds 1979", "VNG"),
    ("GM0363", "北京", TieType.FRIENDSHIP, TieStatus.UNKNOWN, None, "1994", None,
     "vriendschapsband", "overeenkomst 1994", "citego"),
    ("GM0014", "天津", TieType.UNKNOWN, TieStatus.UNKNOWN, "1985", None, None,
     "onbekend", "sinds ca. 1985", "OOG TV"),
    ("GM0935", "成都", TieType.CITY_PARTNERSHIP, TieStatus.UNKNOWN, "2012", None, None,
     "stedenband", "sinds 2012", "Provincie Limburg"),
    ("PV31", "四川", TieType.UNKNOWN, TieStatus.UNKNOWN, "2014", None, None,
     "onbekend", "sinds 2014", None),
    ("PV21", "四川", TieType.UNKNOWN, TieStatus.UNKNOWN, "2001", None, None,
     "onbekend", "sinds 2001", None),
    ("PV28", "河北", TieType.FRIENDSHIP, TieStatus.UNKNOWN, "1993", "2007", None,
     "vriendschapsband", "sinds 1993", "Provincie Zuid-Holland"),
    ("PV30", "江苏", TieType.SISTER_CITY, TieStatus.UNKNOWN, "1994", None, None,
     "zusterprovincie", "sinds 1994", "Omroep Brabant"),
    ("PV26", "广东", TieType.UNKNOWN, TieStatus.ENDED, "1995", None, "2022-11-16",
     "onbekend", "beëindigd op 16 november 2022", "NOS"),
    ("GM0202", "武汉", TieType.UNKNOWN, TieStatus.ENDED, None, None, "2021-07",
     "onbekend", "beëindigd in juli 2021", "NRC"),
    ("GM0758", "扬州", TieType.UNKNOWN, TieStatus.ENDED, "2009", None, "2023",
     "onbekend", "beëindigd in 2023", "Breda nieuws"),
    ("GM0772", "南京", TieType.UNKNOWN, TieStatus.ENDED, None, None, "2022-11",
     "onbekend", "beëindigd in november 2022", "AD"),
    ("GM0855", "常州", TieType.UNKNOWN, TieStatus.ENDED, "1997", None, "2022/2023",
     "onbekend", "beëindigd in 2022/23 (onzeker)", None),
    ("GM0988", "余杭", TieType.UNKNOWN, TieStatus.ENDED, "2008", None, None,
     "onbekend", "beëindigd, datum onbekend", None),
    ("GM0828", "泰州", TieType.UNKNOWN, TieStatus.UNKNOWN, None, None, None,
     "onbekend", "begindatum onbekend", None),
]


@pytest.mark.parametrize(
    ("code", "hanzi", "tie_type", "status", "starts", "signed", "ends", "shown_type", "period",
     "publisher"),
    REAL_TIES,
)
def test_real_tie(dossier: Dossier, code: str, hanzi: str, tie_type: TieType, status: TieStatus,
                  starts: str | None, signed: str | None, ends: str | None, shown_type: str,
                  period: str, publisher: str | None) -> None:
    matches = [t for t in _all(dossier.ties.list)
               if t.authority.display_no == code and hanzi in t.organisation.label]
    assert len(matches) == 1
    tie = matches[0]
    assert tie.tie_type is tie_type
    assert tie.status is status
    assert tie.meta.classification is Classification.PUBLIC
    assert (tie.starts.iso() if tie.starts else None) == starts
    assert (tie.signed.iso() if tie.signed else None) == signed
    assert (tie.ends.iso() if tie.ends else None) == ends
    kind = dossier.authorities.get(tie.authority.id).authority_kind
    assert tie_type_label(tie.tie_type, kind) == shown_type
    assert tie_period(tie.status, tie.starts, tie.signed, tie.ends) == period
    if publisher is not None:
        cited = [dossier.sources.get(s.source_id) for s in tie.meta.sources]
        assert [s.publisher for s in cited] == [publisher]
        assert all(s.meta.classification is Classification.PUBLIC for s in cited)
    organisation = dossier.organisations.get(tie.organisation.id)
    assert FICTIONAL not in organisation.name_nl


def test_terms_and_renewals_are_fields(dossier: Dossier) -> None:
    ties = {t.authority.display_no: t for t in _all(dossier.ties.list)
            if FICTIONAL not in t.organisation.label}
    hebei = ties["PV28"]
    assert hebei.term_starts is not None and hebei.term_starts.iso() == "2021"
    assert hebei.term_ends is not None and hebei.term_ends.iso() == "2025"
    jiangsu = ties["PV30"]
    assert jiangsu.renewed is not None and jiangsu.renewed.iso() == "2024"
    assert jiangsu.signed is None  # the renewal is not the signing


def test_uncertain_real_dates_are_marked(dossier: Dossier) -> None:
    ties = {t.authority.display_no: t for t in _all(dossier.ties.list)
            if FICTIONAL not in t.organisation.label}
    assert ties["GM0014"].starts is not None and ties["GM0014"].starts.circa
    assert ties["GM0855"].ends is not None and ties["GM0855"].ends.uncertain
    assert ties["GM0855"].ends.dutch() == "2022/23 (onzeker)"
    assert ties["GM0988"].ends is None  # ended, date unknown (DOMAIN.md §7): nothing invented
    assert ties["GM0828"].starts is None
    assert ties["GM0828"].description and "onzeker" in ties["GM0828"].description


def test_clingendael_report_is_a_source(dossier: Dossier) -> None:
    sources = _all(dossier.sources.list)
    report = [s for s in sources if s.title.startswith("Vriendschap winnen")]
    assert len(report) == 1
    assert report[0].published is not None and report[0].published.iso() == "2022-01"
    assert report[0].notes and "Ties Dams" in report[0].notes


# -- nothing invented passes as fact ---------------------------------------------------------------


def test_every_made_up_record_says_so_in_its_name(dossier: Dossier) -> None:
    made_up = [
        *(p.display_name for p in _all(dossier.persons.list)),
        *(m.title for m in _all(dossier.meetings.list)),
        *(a.what for a in _all(dossier.actions.list)),
        *(d.title for d in _all(dossier.decisions.list)),
        *(r.title for r in _all(dossier.risk_notes.list)),
    ]
    assert made_up and [text for text in made_up if FICTIONAL not in text] == []
    for decision in _all(dossier.decisions.list):
        assert decision.votes_for is None and decision.votes_against is None


def test_made_up_risks_never_cite_a_real_source(dossier: Dossier) -> None:
    real = {s.meta.id for s in _all(dossier.sources.list) if FICTIONAL not in s.title}
    for note in _all(dossier.risk_notes.list):
        assert not {s.source_id for s in note.meta.sources} & real, note.title


def test_no_record_links_to_a_higher_classification(dossier: Dossier) -> None:
    level: dict[Any, Classification] = {}
    everything: list[Any] = []
    for service in (dossier.organisations, dossier.persons, dossier.ties, dossier.meetings,
                    dossier.actions, dossier.decisions, dossier.risk_notes, dossier.sources):
        for record in _all(service.list):
            level[record.meta.id] = record.meta.classification
            everything.append(record)
    for record in everything:
        links = [s.source_id for s in record.meta.sources]
        for name in ("organisation", "subject"):
            ref = getattr(record, name, None)
            if ref is not None:
                links.append(ref.id)
        links += [p.party.id for p in getattr(record, "participants", ())]
        links += [t.id for t in getattr(record, "ties", ())]
        links += [link.id for link in getattr(record, "links", ())]
        links += [getattr(record, n, None) for n in ("meeting_id", "decision_id", "parent_id")]
        links += [pos.organisation.id for pos in getattr(record, "positions", ())
                  if pos.organisation is not None]
        higher = [i for i in links if i in level and level[i] > record.meta.classification]
        assert higher == [], record.meta.display_no


def test_a_today_before_the_latest_real_fact_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="echte banden noemen feiten tot 2024-01-01"):
        create_demo(tmp_path / "demo.cdos", today=dt.date(2023, 6, 1), actor=ACTOR)
    assert not (tmp_path / "demo.cdos").exists()


def test_every_field_the_audit_trail_names_has_a_label(demo: tuple[Path, DemoOutcome]) -> None:
    """The history in the detail pane names fields through labels.field_label (never raw)."""
    import json
    import sqlite3

    from chinadossier.domain import labels

    conn = sqlite3.connect(demo[0])
    try:
        names = {n for (f,) in conn.execute("SELECT fields FROM audit_entry")
                 for n in json.loads(f)}
    finally:
        conn.close()
    assert {"tags", "title", "classification"} <= names
    assert sorted(n for n in names if not labels.has_field_label(n)) == []
