"""`list`, `show` and what search says when it cuts or misses (in-process, on a small file)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from chinadossier.cli import main
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import (
    ActionStatus,
    MeetingKind,
    OrganisationKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import ActionDraft, MeetingDraft, OrganisationDraft, TieDraft
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.dossier import Dossier

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop")


@pytest.fixture(scope="module")
def small_file(case_file_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Rotterdam with Shanghai, twelve organisations, a tie and an overdue action."""
    path = tmp_path_factory.mktemp("records") / "chinadossier.sqlite3"
    shutil.copyfile(case_file_template, path)
    with Dossier.open(path, clock=FixedClock.on(dt.date(2026, 11, 29)), actor=ACTOR) as d:
        own = d.authorities.by_code("GM0599").meta.id
        shanghai = d.organisations.create(OrganisationDraft(
            name_nl="Shanghai (stad)", org_kind=OrganisationKind.GOVERNMENT, hanzi="上海市",
        )).record.meta.id
        for n in range(11):
            d.organisations.create(OrganisationDraft(
                name_nl=f"Bedrijf {n:02d}", org_kind=OrganisationKind.PRIVATE_COMPANY))
        d.ties.create(TieDraft(
            authority_id=own, organisation_id=shanghai, tie_type=TieType.SISTER_CITY,
            status=TieStatus.UNKNOWN, title="Rotterdam – Shanghai", starts=PartialDate.year(1979),
        ))
        d.actions.create(ActionDraft(
            what="Raadsvragen beantwoorden", due_on=dt.date(2026, 1, 5),
            status=ActionStatus.OPEN,
        ))
        d.meetings.create(MeetingDraft(
            held_on=dt.date(2024, 3, 1), meeting_kind=MeetingKind.RECEPTION,
            title="Bezoek delegatie", gifts="Vaas", gift_value_cents=125050,
        ))
    return path


def _run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_and_show(small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(small_file, capsys, "list", "banden")
    assert code == 0
    assert "BAND-0001" in out and "zusterstad" in out and "sinds 1979" in out
    code, out, _ = _run(small_file, capsys, "list", "organisaties", "--limit", "5")
    assert "5 van 12 getoond; gebruik --limit" in out
    code, out, _ = _run(small_file, capsys, "list", "acties", "--overdue", "--json")
    data = json.loads(out)
    assert data["total"] == 1
    assert {"id", "kind", "display_no", "label"} <= set(data["items"][0])
    code, out, _ = _run(small_file, capsys, "list", "banden", "--organisation", "ORG-0001")
    assert "Rotterdam – Shanghai" in out
    code, out, _ = _run(small_file, capsys, "show", "band-0001")
    assert code == 0
    assert "soort band: zusterstad" in out and "begindatum: 1979" in out
    code, out, _ = _run(small_file, capsys, "show", "BAND-0001", "--json")
    assert json.loads(out)["fields"]["starts"]["date"] == "1979"
    code, _, err = _run(small_file, capsys, "show", "BAND-0999")
    assert code == 1 and "geen record met nummer BAND-0999" in err
    code, _, err = _run(small_file, capsys, "list", "dingen")
    assert code == 2 and "kies uit: banden" in err


def test_show_formats_money_in_euros(small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(small_file, capsys, "show", "CM-2024-0001")
    assert code == 0
    assert "waarde geschenk: € 1.250,50" in out and "125050" not in out


def test_search_says_when_it_cuts_or_misses(
    small_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(small_file, capsys, "search", "bedrijf", "--json")
    total = len(json.loads(out))
    assert total >= 11
    _, out, _ = _run(small_file, capsys, "search", "bedrijf", "--limit", "3")
    assert f"3 van {total} getoond; gebruik --limit" in out
    _, out, _ = _run(small_file, capsys, "search", "Shanhai")
    assert "Bedoelde u: Shanghai?" in out
    _, out, _ = _run(small_file, capsys, "search", "gemeente", "Rotterdam")
    assert out.splitlines()[1].split()[:2] == ["GM0599", "gemeente"]


def test_messages_name_the_real_cause(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "geen-map"
    a_file.write_text("x")
    assert main(["--data-dir", str(a_file), "overview"]) == 2
    assert "is een bestand, geen map" in capsys.readouterr().err
    if Path("/proc").is_dir():
        assert main(["--db", str(small_file), "backup", "--out", "/proc"]) == 2
        err = capsys.readouterr().err
        assert "In /proc kan geen bestand worden aangemaakt" in err and ".tmp" not in err


def test_demo_without_a_data_dir_goes_to_its_own_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from chinadossier.cli import _paths
    from chinadossier.cli.parser import build_parser
    from chinadossier.paths import DATA_DIR_ENV, resolve_paths

    monkeypatch.delenv("CHINADOSSIER_DEMO_DIR", raising=False)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    real = resolve_paths(None, {}).case_file
    demo = _paths(build_parser().parse_args(["demo"])).case_file
    assert demo != real and demo.parent.name == "demo"
    assert _paths(build_parser().parse_args(["overview"])).case_file == real


def test_sqlite_errors_are_dutch() -> None:
    import sqlite3

    from chinadossier.db.sqlite_errors import dutch

    text = dutch(sqlite3.DatabaseError("database disk image is malformed"))
    assert "beschadigd" in text and "malformed" not in text


def test_show_names_linked_records_and_times(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(small_file, path)
    with Dossier.open(path, clock=FixedClock.on(dt.date(2026, 11, 29)), actor=ACTOR) as d:
        meeting = d.meetings.create(MeetingDraft(
            held_on=dt.date(2026, 3, 1), meeting_kind=MeetingKind.RECEPTION,
            title="Ontvangst", start_time=dt.time(10, 0), place_text="Stadhuis",
        )).record
        d.actions.create(ActionDraft(
            what="Verslag rondsturen", meeting_id=meeting.meta.id, status=ActionStatus.OPEN,
        ))
    code, out, _ = _run(path, capsys, "show", meeting.meta.display_no)
    assert code == 0
    assert "begintijd: 10:00\n" in out and "10:00:00" not in out
    assert "  onderwerp: Ontvangst\n" in out and "titel:" not in out  # as the form says
    assert out.count("plaats:") == 1 and "plaats: Stadhuis" in out
    code, out, _ = _run(path, capsys, "show", "ACT-0002")
    assert code == 0
    assert f"contactmoment: {meeting.meta.display_no} Ontvangst" in out
    assert str(meeting.meta.id) not in out


def test_memo_accepts_a_dutch_date(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(small_file, path)
    out_file = tmp_path / "m.pdf"
    code, out, err = _run(path, capsys, "memo", "--classification", "intern",
                          "--from", "01-01-2026", "--to", "29-11-2026", "--out", str(out_file))
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF")


def test_show_lists_sources_follow_up_actions_and_one_term_end(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` named no sources, no follow-up actions of a contact moment, and "einde looptijd"
    twice for a tie with a term."""
    from chinadossier.domain.drafts import Common, SourceDraft, SourceLink

    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(small_file, path)
    with Dossier.open(path, clock=FixedClock.on(dt.date(2026, 11, 29)), actor=ACTOR) as d:
        source = d.sources.create(SourceDraft(title="Raadsbrief over Shanghai")).record
        own = d.authorities.by_code("GM0599").meta.id
        org = d.organisations.create(OrganisationDraft(
            name_nl="Jinhai (stad)", org_kind=OrganisationKind.GOVERNMENT)).record.meta.id
        tie = d.ties.create(TieDraft(
            authority_id=own, organisation_id=org, tie_type=TieType.MOU,
            status=TieStatus.ACTIVE, title="MoU Jinhai", starts=PartialDate.day(
                dt.date(2024, 4, 7)), term_ends=PartialDate.day(dt.date(2028, 4, 7)),
            common=Common(sources=(SourceLink(source.meta.id, "p. 3"),)),
        )).record
        meeting = d.meetings.create(MeetingDraft(
            held_on=dt.date(2026, 3, 1), meeting_kind=MeetingKind.VIDEO_CALL, title="Overleg",
        )).record
        action = d.actions.create(ActionDraft(
            what="Nota sturen", meeting_id=meeting.meta.id, due_on=dt.date(2026, 12, 15),
        )).record
    code, out, _ = _run(path, capsys, "show", tie.meta.display_no)
    assert code == 0
    assert f"bronnen: {source.meta.display_no} Raadsbrief over Shanghai (p. 3)" in out
    assert out.count("einde looptijd") == 1 and "einde looptijd: 7 april 2028" in out
    code, out, _ = _run(path, capsys, "show", meeting.meta.display_no)
    assert code == 0
    assert "vervolgacties:" in out
    assert f"{action.meta.display_no} Nota sturen (open, uiterlijk 15 december 2026)" in out
    code, out, _ = _run(path, capsys, "show", meeting.meta.display_no, "--json")
    assert [a["display_no"] for a in json.loads(out)["actions"]] == [action.meta.display_no]
