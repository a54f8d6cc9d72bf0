"""List export: every list to Dutch CSV and typed XLSX, filtered, audited, re-importable."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.export_support import ACTOR, TODAY, demo_copy

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.progress import Cancelled, Progress
from chinadossier.domain.queries import Filter, ListQuery
from chinadossier.interchange.columns import ImportKind
from chinadossier.services import exporting, importing, maintenance
from chinadossier.services.dossier import Dossier


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Dossier]:
    path = demo_copy(tmp_path / "demo" / "chinadossier.sqlite3")
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=ACTOR) as opened:
        yield opened


def _exports(path: Path) -> list[dict[str, object]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT e.actor, p.payload FROM audit_entry e JOIN audit_payload p "
            "ON p.entry_seq = e.seq WHERE e.action = 'export' ORDER BY e.seq"
        ).fetchall()
    finally:
        conn.close()
    return [{"actor": actor, **json.loads(payload)} for actor, payload in rows]


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


@pytest.mark.parametrize("kind", list(exporting.LISTS))
def test_every_list_exports_to_csv_and_xlsx_with_all_its_records(
    demo: Dossier, tmp_path: Path, kind: RecordKind
) -> None:
    service = getattr(demo, exporting.LISTS[kind].service)
    expected = service.list_all()
    assert expected, f"the demo has no {kind.value}"
    numbers = sorted(r.meta.display_no for r in expected)
    highest = max(r.meta.classification for r in expected)

    out_csv = tmp_path / "lijst.csv"
    report = exporting.export_list(demo, kind, out_csv, fmt="csv")
    assert report.records == len(expected)
    assert report.marking is highest
    rows = _csv_rows(out_csv)
    assert rows[0] == [f"Hoogste classificatie: {_label(highest)}"]
    assert tuple(rows[1]) == exporting.headers(kind)
    assert sorted(r[0] for r in rows[2:]) == numbers

    out_xlsx = tmp_path / "lijst.xlsx"
    exporting.export_list(demo, kind, out_xlsx, fmt="xlsx")
    book = load_workbook(out_xlsx)
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert tuple(c.value for c in sheet[1]) == exporting.headers(kind)
    assert sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True)) == numbers
    assert book.properties.keywords == _label(highest)
    about = dict(book["Over deze export"].iter_rows(min_row=2, values_only=True))
    assert about["Hoogste classificatie"] == _label(highest)
    assert about["Aantal records"] == len(expected)
    assert about["Door"] == ACTOR.who


def _label(level: Classification) -> str:
    return {"public": "Openbaar", "internal": "Intern", "confidential": "Vertrouwelijk"}[level]


def test_xlsx_cells_are_typed_and_csv_dates_are_dutch(demo: Dossier, tmp_path: Path) -> None:
    meetings = demo.meetings.list_all()
    first = max(meetings, key=lambda m: (m.held_on, m.meta.id))
    out = tmp_path / "cm.xlsx"
    exporting.export_list(demo, RecordKind.MEETING, out, fmt="xlsx")
    sheet = load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == first.meta.display_no)
    date_cell = row[header.index("Datum")]
    assert date_cell.value == dt.datetime.combine(first.held_on, dt.time())
    assert date_cell.number_format == "dd-mm-yyyy"
    assert sheet.column_dimensions["F"].width == 40  # Onderwerp

    out_csv = tmp_path / "cm.csv"
    exporting.export_list(demo, RecordKind.MEETING, out_csv, fmt="csv")
    rows = _csv_rows(out_csv)
    line = next(r for r in rows[2:] if r[0] == first.meta.display_no)
    assert line[rows[1].index("Datum")] == first.held_on.strftime("%d-%m-%Y")


def test_the_start_time_is_a_time_cell_and_the_gift_value_a_euro_amount(
    demo: Dossier, tmp_path: Path
) -> None:
    meeting = next(m for m in demo.meetings.list_all()
                   if m.start_time is not None and m.gift_value_cents)
    out = tmp_path / "cm.xlsx"
    exporting.export_list(demo, RecordKind.MEETING, out, fmt="xlsx")
    sheet = load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == meeting.meta.display_no)
    time = row[header.index("Tijd")]
    assert time.value == meeting.start_time.replace(second=0)
    assert time.number_format == "hh:mm"
    value = row[header.index("Waarde geschenk")]
    assert value.value == meeting.gift_value_cents / 100
    assert "€" in value.number_format
    out_csv = tmp_path / "cm.csv"
    exporting.export_list(demo, RecordKind.MEETING, out_csv, fmt="csv")
    rows = _csv_rows(out_csv)
    line = next(r for r in rows[2:] if r[0] == meeting.meta.display_no)
    assert line[rows[1].index("Tijd")] == f"{meeting.start_time:%H:%M}"
    euros, cents = divmod(meeting.gift_value_cents, 100)
    assert line[rows[1].index("Waarde geschenk")] == f"{euros},{cents:02d}"


def test_risk_notes_export_the_gross_and_net_score_and_level(
    demo: Dossier, tmp_path: Path
) -> None:
    note = demo.risk_notes.list_all()[0]
    now = note.current
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"risicos.{fmt}"
        exporting.export_list(demo, RecordKind.RISK_NOTE, out, fmt=fmt)
        if fmt == "csv":
            rows = _csv_rows(out)
            header, lines = rows[1], rows[2:]
        else:
            sheet = load_workbook(out).worksheets[0]
            values = [[c for c in r] for r in sheet.iter_rows(values_only=True)]
            header, lines = values[0], values[1:]
        line = next(r for r in lines if r[0] == note.meta.display_no)
        got = {name: line[header.index(name)] for name in
               ("Score bruto", "Niveau bruto", "Score netto", "Niveau netto")}
        scores = (now.inherent_score, now.residual_score)
        if fmt == "csv":
            assert (got["Score bruto"], got["Score netto"]) == tuple(str(s) for s in scores)
        else:
            assert (got["Score bruto"], got["Score netto"]) == scores
        assert got["Niveau bruto"] == _level(now.inherent_level)
        assert got["Niveau netto"] == _level(now.residual_level)
    assert exporting.headers(RecordKind.RISK_NOTE)[7:15] == (
        "Kans bruto", "Impact bruto", "Score bruto", "Niveau bruto",
        "Kans netto", "Impact netto", "Score netto", "Niveau netto")


def _level(level: object) -> str:
    from chinadossier.domain.labels import label

    return label(level)  # type: ignore[arg-type]


def test_rough_dates_stay_text_and_exact_ones_become_dates() -> None:
    from chinadossier.domain.partial_date import PartialDate

    assert exporting.rough(PartialDate.day(dt.date(2022, 11, 16))) == dt.date(2022, 11, 16)
    assert exporting.rough(PartialDate.month(2022, 11)) == "november 2022"
    assert exporting.rough(PartialDate.year(1985, circa=True)) == "ca. 1985"
    assert exporting.rough(PartialDate.day(dt.date(2022, 1, 2), uncertain=True)) == (
        "2 januari 2022 (onzeker)")


def test_a_filtered_list_exports_only_what_the_filter_shows_and_is_audited(
    demo: Dossier, tmp_path: Path
) -> None:
    since = dt.date(2025, 1, 1)
    query = ListQuery(where=Filter(since=since, classification=Classification.INTERNAL))
    expected = []
    cursor = None
    while True:
        page = demo.meetings.list(ListQuery(where=query.where, cursor=cursor, limit=500))
        expected.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert 0 < len(expected) < len(demo.meetings.list_all())
    out = tmp_path / "gefilterd.csv"
    report = exporting.export_list(demo, RecordKind.MEETING, out, fmt="csv", query=query)
    rows = _csv_rows(out)
    assert rows[0] == ["Hoogste classificatie: Intern"]
    # In the list's own order (newest first), every row as the list shows it.
    assert [r[0] for r in rows[2:]] == [m.meta.display_no for m in expected]
    assert report.records == len(expected)

    (entry,) = _exports(demo.path)
    assert entry["actor"] == ACTOR.who
    assert entry["format"] == "csv"
    assert entry["kind"] == "meeting"
    assert entry["records"] == len(expected)
    assert entry["filter"] == {"classification": "internal", "since": "01-01-2025"}
    assert entry["file"] == "gefilterd.csv"
    assert maintenance.check(demo.path).ok


def test_a_filter_on_a_linked_record_is_audited_by_its_number(
    demo: Dossier, tmp_path: Path
) -> None:
    tie = demo.ties.list_all()[0]
    query = ListQuery(where=Filter(tie_id=tie.meta.id))
    exporting.export_list(demo, RecordKind.MEETING, tmp_path / "band.xlsx", fmt="xlsx",
                          query=query)
    (entry,) = _exports(demo.path)
    assert entry["filter"] == {"tie_id": tie.meta.display_no}


@pytest.mark.parametrize("kind", [
    RecordKind.ORGANISATION,
    RecordKind.PERSON,
    RecordKind.TIE,
    RecordKind.MEETING,
    RecordKind.DECISION,
    RecordKind.RISK_NOTE,
])
def test_export_then_import_finds_everything_already_there(
    demo: Dossier, tmp_path: Path, kind: RecordKind
) -> None:
    import_kind = {
        RecordKind.ORGANISATION: ImportKind.ORGANISATIONS,
        RecordKind.PERSON: ImportKind.PERSONS,
        RecordKind.TIE: ImportKind.TIES,
        RecordKind.MEETING: ImportKind.MEETINGS,
        RecordKind.DECISION: ImportKind.DECISIONS,
        RecordKind.RISK_NOTE: ImportKind.RISKS,
    }[kind]
    if import_kind not in importing.SUPPORTED:
        pytest.skip(f"the importer does not read {import_kind.value} yet")
    for fmt in exporting.FORMATS:
        out = tmp_path / f"terug.{fmt}"
        report = exporting.export_list(demo, kind, out, fmt=fmt)
        table = importing.read_table(out.read_bytes(), file_name=out.name)
        assert table.header == exporting.headers(kind)
        plan = importing.plan_import(demo, table)
        assert plan.kind is import_kind
        assert len(plan.rows) == report.records
        others = [(r.number, r.outcome, r.label, r.errors, r.changes) for r in plan.rows
                  if r.outcome != "exists"]
        assert others == []
    if kind is RecordKind.RISK_NOTE:
        # The demo has risk notes about a contact moment: they too are found, not rejected.
        assert any(r.subject.kind is RecordKind.MEETING for r in demo.risk_notes.list_all())


def test_an_existing_file_is_refused_unless_overwrite(demo: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "bestaat.csv"
    out.write_bytes(b"oud")
    with pytest.raises(FileRefused, match="bestaat al"):
        exporting.export_list(demo, RecordKind.ORGANISATION, out, fmt="csv")
    assert out.read_bytes() == b"oud"
    assert _exports(demo.path) == []
    exporting.export_list(demo, RecordKind.ORGANISATION, out, fmt="csv", overwrite=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cancel_leaves_no_file_and_no_audit_entry(demo: Dossier, tmp_path: Path) -> None:
    progress = Progress()

    def cancel_after_first_page(fraction: float, phase: str) -> None:
        if "van" in phase:
            progress.cancel()

    progress = Progress(cancel_after_first_page)
    out = tmp_path / "afgebroken.xlsx"
    with pytest.raises(Cancelled):
        exporting.export_list(demo, RecordKind.ORGANISATION, out, fmt="xlsx", progress=progress)
    assert list(tmp_path.iterdir()) == [tmp_path / "demo"]
    assert _exports(demo.path) == []


def test_a_read_only_case_file_does_not_export_unaudited(tmp_path: Path) -> None:
    path = demo_copy(tmp_path / "ro" / "chinadossier.sqlite3")
    with Dossier.open(path, read_only=True) as opened:
        with pytest.raises(FileRefused, match="alleen-lezen"):
            exporting.export_list(opened, RecordKind.PERSON, tmp_path / "p.csv", fmt="csv")
    assert not (tmp_path / "p.csv").exists()


def _list_cells(dossier: Dossier, kind: RecordKind, query: ListQuery) -> list[list[object]]:
    """The export's cells of every record the list API gives, page by page (small pages, so
    the keyset cursor is exercised), built from the full records."""
    service = getattr(dossier, exporting.LISTS[kind].service)
    cells: list[list[object]] = []
    cursor = None
    while True:
        page = service.list(ListQuery(sort=query.sort, where=query.where, cursor=cursor,
                                      limit=7))
        lookup = exporting._lookup(dossier, kind, page.items)  # noqa: SLF001
        cells += [[c.value(r, lookup) for c in exporting.COLUMNS[kind]] for r in page.items]
        cursor = page.next_cursor
        if cursor is None:
            return cells


@pytest.mark.parametrize("kind", list(exporting.LISTS))
def test_the_export_reads_what_the_list_shows_in_the_lists_order(
        demo: Dossier, kind: RecordKind) -> None:
    """The export's one-pass reading (light rows for contact moments) gives exactly the cells
    the list's own pages give, in the same order, for every sort and with a filter."""
    service = getattr(demo, exporting.LISTS[kind].service)
    queries = [ListQuery(sort=sort) for sort in service.sorts()]
    queries.append(ListQuery(where=Filter(classification=Classification.INTERNAL)))
    for query in queries:
        expected = _list_cells(demo, kind, query)
        got: list[list[object]] = []
        for chunk in service.export_chunks(query, 5):
            lookup = exporting._lookup(demo, kind, chunk)  # noqa: SLF001
            got += [[c.value(r, lookup) for c in exporting.COLUMNS[kind]] for r in chunk]
        assert got == expected, (kind, query.sort)
        if query.where.classification is None:
            assert len(got) == service.count(ListQuery())
    if kind is RecordKind.MEETING:  # the demo's contact moments have participants
        people = exporting.headers(kind).index("Personen")
        assert any(row[people] for row in _list_cells(demo, kind, ListQuery()))


def test_a_record_above_the_files_marking_stops_the_export_and_leaves_nothing(
        demo: Dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The marking is counted before the rows are read; a record classified higher than it
    (one added or raised in between, simulated by a lower count) refuses the whole export."""
    levels = {r.meta.classification for r in demo.meetings.list_all()}
    assert {Classification.INTERNAL, Classification.CONFIDENTIAL} <= levels
    monkeypatch.setattr(exporting, "_highest", lambda _service, _query: Classification.INTERNAL)
    out = tmp_path / "lijst.csv"
    with pytest.raises(FileRefused, match="veranderde tijdens de export"):
        exporting.export_list(demo, RecordKind.MEETING, out, fmt="csv")
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "demo"]
    assert _exports(demo.path) == []


def test_a_province_sister_tie_exports_as_zusterprovincie_and_the_sheet_says_the_filter_in_words(
    demo: Dossier, tmp_path: Path
) -> None:
    from chinadossier.domain.codes import OrganisationKind, TieStatus, TieType
    from chinadossier.domain.drafts import OrganisationDraft, TieDraft

    province = demo.authorities.by_code("PV28").meta.id
    jiangsu = demo.organisations.create(OrganisationDraft(
        name_nl="Jiangsu (provincie, fictief)", org_kind=OrganisationKind.GOVERNMENT)).record
    tie = demo.ties.create(TieDraft(
        authority_id=province, organisation_id=jiangsu.meta.id, tie_type=TieType.SISTER_CITY,
        status=TieStatus.ACTIVE, title="Zuid-Holland – Jiangsu (fictief)")).record
    out = tmp_path / "banden.xlsx"
    query = ListQuery(where=Filter(text="Jiangsu"))
    exporting.export_list(demo, RecordKind.TIE, out, fmt="xlsx", query=query)
    book = load_workbook(out)
    sheet = book.worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(min_row=1, max_row=3)) if c.value]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    (row,) = [r for r in rows if r and r[0] == tie.meta.display_no]
    names = next(r for r in rows if r and r[0] == "Dossiernummer")
    assert row[names.index("Soort")] == "zusterprovincie", header
    about = dict(book["Over deze export"].iter_rows(min_row=2, values_only=True))
    assert about["Filter"] == "Tekst: Jiangsu"
    assert str(demo.path) in about["Dossier"]
    assert demo.settings().own_authority.label in about["Dossier"]
