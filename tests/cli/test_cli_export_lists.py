"""`export --format csv|xlsx --type SOORT`: one list, filtered like `list`, audited (in-process)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.export_support import demo_copy

from chinadossier.cli import main
from chinadossier.services import maintenance


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    return demo_copy(tmp_path / "data" / "chinadossier.sqlite3")


def _run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _audited(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(
            "SELECT count(*) FROM audit_entry WHERE action = 'export'").fetchone()[0])
    finally:
        conn.close()


def test_csv_of_a_filtered_list_and_refusal_to_overwrite(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "contactmomenten.csv"
    code, stdout, _ = _run(demo_file, capsys, "export", "--format", "csv", "--type",
                           "contactmomenten", "--since", "01-01-2025", "--out", str(out))
    assert code == 0, stdout
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0].startswith("Hoogste classificatie: ")
    assert rows[1][:2] == ["Dossiernummer", "Datum"]
    days = [r[1] for r in rows[2:]]
    assert days and all(d[-4:] >= "2025" for d in days)
    assert f"{len(days)} contactmomenten geëxporteerd naar {out}" in stdout
    assert _audited(demo_file) == 1

    before = out.read_bytes()
    code, _, err = _run(demo_file, capsys, "export", "--format", "csv", "--type",
                        "contactmomenten", "--out", str(out))
    assert code == 1  # refused, like the JSON export
    assert "bestaat al" in err
    assert out.read_bytes() == before
    assert _audited(demo_file) == 1
    code, _, _ = _run(demo_file, capsys, "export", "--format", "csv", "--type",
                      "organisaties", "--out", str(out), "--force")
    assert code == 0
    assert b"\r\nDossiernummer;Naam;" in out.read_bytes()
    assert maintenance.check(demo_file).ok
    code, _, err = _run(demo_file, capsys, "export", "--format", "csv", "--type",
                        "organisaties", "--out", str(out), "--force", "--since", "31-02-2024")
    assert code == 2 and "31-02-2024" in err


def test_xlsx_filtered_by_a_record_number(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, listed, _ = _run(demo_file, capsys, "list", "banden", "--json")
    tie = json.loads(listed)["items"][0]["display_no"]
    out = tmp_path / "band.xlsx"
    code, stdout, _ = _run(demo_file, capsys, "export", "--format", "xlsx", "--type",
                           "contactmomenten", "--tie", tie, "--out", str(out))
    assert code == 0, stdout
    sheet = load_workbook(out).worksheets[0]
    assert sheet.title == "Contactmomenten"
    count = sheet.max_row - 1
    _, expected, _ = _run(demo_file, capsys, "list", "contactmomenten", "--tie", tie, "--json")
    assert count == json.loads(expected)["total"]


@pytest.mark.parametrize(("args", "message"), [
    (("--format", "csv"), "--type"),
    (("--format", "json", "--type", "personen"), "--type hoort bij een lijst"),
    (("--format", "csv", "--type", "personen", "--tie", "BAND-9999"), "geen record met nummer"),
    (("--format", "csv", "--type", "personen", "--overdue"), "--overdue kan alleen"),
    (("--format", "csv", "--type", "personen", "--classification", "geheim"), "Onbekende waarde"),
    (("--format", "csv", "--type", "bronnen", "--tie", "BAND-0001"), "kan bij deze lijst niet"),
])
def test_wrong_options_are_refused_in_dutch_and_write_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...], message: str,
) -> None:
    out = tmp_path / "x.csv"
    code, _, err = _run(demo_file, capsys, "export", *args, "--out", str(out))
    assert code == 2
    assert message in err
    assert not out.exists()
    assert _audited(demo_file) == 0
