"""`chinadossier import` end to end: exit codes, --json, --accept-partial, broken inputs.

Each broken input gets one Dutch message and leaves the case file's rows and audit trail as they
were. Fixtures are made the way Excel makes them: "CSV (puntkomma)" in Windows-1252 with Dutch
diacritics, UTF-8 with a BOM and Hanzi, and XLSX written with openpyxl (date cells, a prose
sheet, a formula without a stored result, a merged cell).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from chinadossier.cli import main
from chinadossier.domain.clock import FixedClock
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR

ENGLISH = re.compile(r"\b(error|traceback|exception|invalid|usage|codec|decode|unicode)\b", re.I)

PERSONS_1252 = (
    "Naam;Organisatie;Functie;E-mailadres;Laatste contact;Opmerkingen\r\n"
    "Jansen, Piet;Gemeente Rotterdam;wethouder (fictief);p.jansen@example.nl;3-2-2024;"
    "geïnformeerd over de reünie\r\n"
    "Zhou Min (fictief);Xinghe Havengroep (fictief);directeur;;31-12-2024;café\r\n"
).encode("cp1252")

PERSONS_BOM = ("\ufeffNaam;Chinese naam;Organisatie;Functie\r\n"
               "Wang Wei (fictief);王伟;Xinghe Havengroep (fictief);总经理\r\n").encode()


@pytest.fixture
def db(case_file: Path) -> Path:
    return case_file


def _counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM record").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


def _backups() -> list[Path]:
    return list((Path(os.environ["CHINADOSSIER_DATA_DIR"]) / "backups").glob("*.sqlite3"))


def _run(db: Path, source: Path, *extra: str) -> int:
    return main(["--db", str(db), "import", str(source), *extra])


def _xlsx(fill) -> bytes:
    book = Workbook()
    book.active.title = "Toelichting"
    book.active["A1"] = "Contactpersonen van de gemeente (fictief); bijgewerkt door de griffie."
    sheet = book.create_sheet("Contacten")
    sheet.append(["Naam", "Chinese naam", "Organisatie", "Laatste contact"])
    fill(sheet)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _formula(sheet) -> None:
    sheet.append(["Li Na (fictief)", "李娜", "Xinghe Havengroep (fictief)",
                  dt.datetime(2024, 5, 6)])
    sheet["D2"] = "=TODAY()"  # a formula with no stored result: openpyxl writes none


def _merged(sheet) -> None:
    sheet.append(["Li Na (fictief)", "李娜", "Xinghe Havengroep (fictief)",
                  dt.datetime(2024, 5, 6)])
    sheet.append(["Chen Jie (fictief)", None, None, dt.datetime(2024, 5, 7)])
    sheet.merge_cells("C2:C3")


BROKEN = [
    # (file bytes, extra arguments, exit code, words the message must hold)
    (PERSONS_1252, ["--encoding", "utf-8"], 2, "UTF-8"),
    (b"", [], 2, "leeg"),
    (b"Naam;Organisatie;Functie\r\n", [], 2, "geen rijen"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, [], 2, "tekstbestand"),
    (b"Onderwerp;Soort\r\nBezoek (fictief);werkbezoek\r\n", ["--type", "contactmomenten"], 2,
     "Datum"),
    (bytes(range(256)) * (10 * 1024 * 1024 // 256), [], 2, "bestand"),
    (PERSONS_1252.replace(b"3-2-2024", b"31-02-2024"), [], 1, "29 dagen"),
    (_xlsx(_formula), [], 1, "formule"),
    (_xlsx(_merged), [], 1, "samengevoegd"),
]


@pytest.mark.parametrize(("data", "extra", "code", "word"), BROKEN,
                         ids=["encoding", "empty", "header-only", "binary", "missing-column",
                              "10MB-garbage", "impossible-date", "formula", "merged"])
def test_broken_inputs_say_why_in_dutch_and_write_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes,
    extra: list[str], code: int, word: str,
) -> None:
    source = tmp_path / ("lijst.xlsx" if data.startswith(b"PK") else "lijst.csv")
    source.write_bytes(data)
    before = _counts(db)
    assert _run(db, source, *extra) == code
    captured = capsys.readouterr()
    said = captured.err + captured.out
    assert word.lower() in said.lower(), said
    assert not ENGLISH.search(said), said
    assert _counts(db) == before
    assert not _backups(), "no backup when nothing is written"


def test_excel_csv_imports_with_exit_0_and_twice_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "contacten.csv"
    source.write_bytes(PERSONS_1252)
    before = _counts(db)
    assert _run(db, source) == 0
    out = capsys.readouterr().out
    # 2 persons, 1 organisation, 1 contact moment: the wethouder of the own municipality is
    # no Chinese party, so his "Laatste contact" is no contact moment (and the preview says so).
    assert "4 records geïmporteerd" in out
    assert "daarbij nieuw: 1 contactmoment uit de kolom 'Laatste contact'" in out
    assert ("let op: bij 1 rij is 'Laatste contact' niet als contactmoment vastgelegd: "
            "medewerker van een Nederlandse overheid") in out
    assert ("rij 2: Laatste contact niet als contactmoment vastgelegd: medewerker van een "
            "Nederlandse overheid (Gemeente Rotterdam) — Piet Jansen") in out
    assert "nieuwe organisaties (1)" in out
    after = _counts(db)
    assert after[0] == before[0] + 4
    assert len(_backups()) == 1  # taken before writing
    assert _run(db, source) == 0
    assert "0 records geïmporteerd" in capsys.readouterr().out
    assert _counts(db) == after
    bom = tmp_path / "hanzi.csv"
    bom.write_bytes(PERSONS_BOM)
    assert _run(db, bom, "--json", "--dry-run") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["new"] == 1
    assert report["rows"] == []  # only rows that are not new are listed
    assert _counts(db) == after
    assert _run(db, bom) == 0
    assert "王伟" in json.dumps(_persons(db), ensure_ascii=False)


def _persons(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT hanzi FROM person WHERE hanzi IS NOT NULL")]
    finally:
        conn.close()


def test_json_report_and_accept_partial(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "contacten.csv"
    source.write_bytes(PERSONS_1252.replace(b"3-2-2024", b"31-02-2024"))
    before = _counts(db)
    assert _run(db, source, "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["kind"] == "personen" and report["encoding"] == "cp1252"
    assert report["counts"] == {"new": 1, "update": 0, "exists": 0, "duplicate": 0,
                                "similar": 0, "rejected": 1}
    assert report["rejected"] == [{"row": 2, "column": "Laatste contact",
                                   "reason": report["rejected"][0]["reason"]}]
    assert "29 dagen" in report["rejected"][0]["reason"]
    assert _counts(db) == before
    assert _run(db, source, "--accept-partial") == 1
    captured = capsys.readouterr()
    assert "afgewezen" in captured.err
    # Zhou Min, the new organisation and the contact moment of his "laatste contact"
    assert _counts(db)[0] == before[0] + 3


def test_title_row_header_row_option_and_json_errors(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "titel.csv"
    source.write_bytes(b"Contactenlijst Team IZ;;\r\n;;\r\nNaam;Organisatie;Functie\r\n"
                       b"Kees Smit;Gemeente Rotterdam;Adviseur\r\n")
    assert _run(db, source, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "1 rij personen" in out and "de kopregel is rij 3" in out
    assert _run(db, source, "--dry-run", "--json") == 0
    assert json.loads(capsys.readouterr().out)["header_row"] == 3
    assert _run(db, source, "--dry-run", "--json", "--header-row", "1") == 2
    error = json.loads(capsys.readouterr().out)
    assert error["exit_code"] == 2 and "--type" in error["error"]
    assert _run(db, source, "--header-row", "0") == 2
    assert "geen rijnummer" in capsys.readouterr().err


def test_a_row_not_imported_never_exits_0(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "same.csv"
    source.write_bytes(b"Naam;Organisatie;Functie;E-mailadres\r\n"
                       b"Li Qiang;Suzhou Industrial Park (fictief);Directeur;lq@sip.example\r\n"
                       b"Li Qiang;Nanjing Foreign Affairs Office (fictief);Tolk;lq@wb.example\r\n")
    assert _run(db, source, "--dry-run") == 1
    assert "rij 3: mogelijk dubbel (rij 2)" in capsys.readouterr().out
    before = _counts(db)
    assert _run(db, source) == 1
    captured = capsys.readouterr()
    # Li Qiang of row 2 and his organisation; row 3 waits for the user.
    assert "2 records geïmporteerd" in captured.out
    assert "Niet geïmporteerd: 1 mogelijk dubbele rij overgeslagen." in captured.err
    assert "Beoordeel elke mogelijk dubbele rij" in captured.err
    assert _counts(db)[0] == before[0] + 2


def test_a_row_naming_two_records_as_one_is_reported_with_the_merge_command(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "organisaties.csv"
    first.write_bytes("Naam;Chinese naam\r\nHavenbedrijf Xinghe (fictief);星河港务集团\r\n"
                      "Xinghe Port Group (fictief);\r\n".encode())
    assert _run(db, first, "--type", "organisaties") == 0
    capsys.readouterr()
    second = tmp_path / "tweede.csv"
    second.write_bytes("Naam;Chinese naam\r\nXinghe Port Group (fictief);星河港务集团\r\n".encode())
    before = _counts(db)
    assert _run(db, second, "--dry-run", "--type", "organisaties") == 0
    text = capsys.readouterr().out
    assert re.search(r"Rij 2 noemt ORG-\d+ \(de naam 'Xinghe Port Group \(fictief\)'\) en "
                     r"ORG-\d+ \(de Chinese naam '星河港务集团'\): "
                     r"waarschijnlijk één organisatie\. "
                     r"Samenvoegen: chinadossier merge ORG-\d+ ORG-\d+", text), text
    assert _run(db, second, "--json", "--type", "organisaties") == 0
    (found,) = json.loads(capsys.readouterr().out)["records_as_one"]
    assert found["row"] == 2 and found["a"] != found["b"]
    assert _counts(db) == before



HAVEN = "Naam;Website\r\nHavenbedrijf Xinghe (fictief);\r\n"
HAVEN_ROW = "Naam;Website\r\nHavenbedrijf Xinghee (fictief);https://haven.example.cn\r\n"


def _organisations(db: Path) -> list[tuple[str, str | None]]:
    with Dossier.open(db, clock=FixedClock.on(dt.date(2026, 11, 29)), actor=TEST_ACTOR) as d:
        return sorted((o.name_nl, o.website) for o in d.organisations.list_all())


@pytest.mark.parametrize(("option", "exit_code", "expected"), [
    ((), 1, [("Havenbedrijf Xinghe (fictief)", None)]),
    (("--duplicates", "overslaan"), 1, [("Havenbedrijf Xinghe (fictief)", None)]),
    (("--duplicates", "nieuw"), 0, [("Havenbedrijf Xinghe (fictief)", None),
                                    ("Havenbedrijf Xinghee (fictief)", "https://haven.example.cn")]),
    # Samenvoegen as the wizard proposes it: the record keeps its name, gains the website.
    (("--duplicates", "samenvoegen"), 0, [("Havenbedrijf Xinghe (fictief)",
                                           "https://haven.example.cn")]),
])
def test_duplicates_option_decides_every_probable_duplicate_row(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], option: tuple[str, ...],
    exit_code: int, expected: list[tuple[str, str | None]],
) -> None:
    first, second = tmp_path / "eerst.csv", tmp_path / "lijst.csv"
    first.write_bytes(HAVEN.encode())
    second.write_bytes(HAVEN_ROW.encode())
    assert _run(db, first, "--type", "organisaties") == 0
    capsys.readouterr()
    before = _counts(db)
    assert _run(db, second, "--dry-run", "--type", "organisaties", *option) == exit_code
    assert _counts(db) == before  # a dry run writes nothing, whatever the choice
    assert _run(db, second, "--type", "organisaties", *option) == exit_code
    captured = capsys.readouterr()
    assert _organisations(db) == expected
    assert not ENGLISH.search(captured.out + captured.err)
    if exit_code:
        assert "kies --duplicates samenvoegen" in captured.err
    else:
        how = "samenvoegen" if "samenvoegen" in option else "als nieuw toevoegen"
        assert f"mogelijk dubbel: 1 rij {how} (--duplicates)" in captured.out
        # Twice changes nothing the second time.
        after = _counts(db)
        assert _run(db, second, "--type", "organisaties", *option) == 0
        assert _counts(db) == after


def test_duplicates_option_is_checked_and_explained_in_dutch(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "lijst.csv"
    source.write_bytes(HAVEN_ROW.encode())
    assert _run(db, source, "--duplicates", "merge") == 2
    assert "--duplicates" in capsys.readouterr().err
    assert main(["import", "--help"]) == 0
    assert "mogelijk dubbel" in capsys.readouterr().out


def test_a_function_without_an_organisation_is_a_notice_on_the_command_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "rollen.csv"
    source.write_bytes(b"Naam;Functie\r\nZhang Min (fictief);Adviseur\r\n")
    assert _run(db, source, "--dry-run") == 0  # a notice, not a rejection
    assert ("let op: 1 rij zonder organisatie; de kolom 'Functie' komt daar in de opmerkingen "
            "(\"Functie: …\"), niet als functie") in capsys.readouterr().out


def test_the_summary_counts_every_row_not_imported_in_dutch(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "contacten.csv"
    source.write_bytes(b"Naam;Organisatie;Laatste contact\r\n"
                       b"Pieter Jansen;Xinghe Havengroep (fictief);\r\n"
                       b"Zhang Min;Xinghe Havengroep (fictief);31-02-2024\r\n"
                       b"Pieter Jansen;Xinghe Havengroep (fictief);\r\n"
                       b"Chen Jing;Xinghe Havengroep (fictief);2023\r\n")
    assert _run(db, source, "--accept-partial") == 1
    captured = capsys.readouterr()
    assert ("Niet geïmporteerd: 1 rij stond dubbel in het bestand, 2 rijen afgewezen."
            in captured.err)
    assert _run(db, source, "--accept-partial") == 1
    assert ("Niet geïmporteerd: 1 rij bestond al in het dossier, 1 rij stond dubbel in het "
            "bestand, 2 rijen afgewezen.") in capsys.readouterr().err


def test_json_names_the_last_contact_of_an_own_official_as_a_notice(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "contacten.csv"
    source.write_bytes(PERSONS_1252)
    assert _run(db, source, "--json", "--dry-run") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["notices"] == [{
        "row": 2, "column": "Laatste contact",
        "notice": "Laatste contact niet als contactmoment vastgelegd: medewerker van een "
                  "Nederlandse overheid (Gemeente Rotterdam)"}]


def test_probable_duplicates_left_by_the_duplicates_option_exit_1_and_say_why(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "lijst.csv"
    source.write_bytes(b"Naam;Organisatie\r\nLi Qiang;Fudan Universiteit\r\n"
                        b"Li Qiang;Tsinghua Universiteit\r\nLi Qiang;Peking Universiteit\r\n"
)
    for extra in (("--dry-run",), ()):
        capsys.readouterr()
        assert _run(db, source, "--duplicates", "samenvoegen", *extra) == 1
    err = capsys.readouterr().err
    assert "2 mogelijk dubbele rijen overgeslagen" in err
    assert "Afsluitcode 1: 2 rijen met dezelfde naam als een eerdere rij" in err
    assert "rij 3 (rij 2), rij 4 (rij 2)" in err
