"""Wrong files and wrong names for import-json, export and backup: exit 2, a Dutch reason,
nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from chinadossier.cli import main


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("content, reason", [
    (b"Naam;Organisatie\r\nLi Qiang;Suzhou\r\n", "geen geldig JSON"),
    (bytes(range(256)), "geen UTF-8"),
    (b'{"a": 1}', "geen export van Chinadossier"),
])
def test_import_json_of_what_is_not_an_export_exits_2_and_leaves_no_folders(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str) -> None:
    source = tmp_path / "lijst.json"
    source.write_bytes(content)
    before = _tree(tmp_path)
    assert main(["--data-dir", str(tmp_path / "nieuw" / "dossier"), "import-json",
                 str(source)]) == 2
    assert reason in capsys.readouterr().err
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("fmt, name", [("xlsx", "lijst.csv"), ("csv", "lijst.XLSX"),
                                       ("json", "dossier.csv"), ("csv", "dossier.json")])
def test_export_refuses_a_file_name_that_says_another_format(
        case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str,
        name: str) -> None:
    out = tmp_path / name
    extra = ["--type", "personen"] if fmt != "json" else []
    assert main(["--db", str(case_file), "export", "--format", fmt, *extra,
                 "--out", str(out)]) == 2
    said = capsys.readouterr().err
    assert f"eindigt op {out.suffix.lower()}" in said and f"--format is {fmt}" in said
    assert not out.exists()


def test_export_writes_under_a_matching_or_neutral_name(
        case_file: Path, tmp_path: Path) -> None:
    for name in ("lijst.xlsx", "lijst"):
        assert main(["--db", str(case_file), "export", "--format", "xlsx", "--type", "personen",
                     "--out", str(tmp_path / name)]) == 0
        assert (tmp_path / name).read_bytes().startswith(b"PK")


def test_backup_out_with_a_suffix_that_is_no_backup_makes_no_folder_of_it(
        case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bk" / "foo.txt"
    (tmp_path / "bk").mkdir()
    assert main(["--db", str(case_file), "backup", "--out", str(target)]) == 2
    said = capsys.readouterr().err
    assert "foo.sqlite3" in said and ".txt" in said
    assert _tree(tmp_path / "bk") == []
    # A name on .sqlite3 is the backup's file; a name without a suffix is a folder.
    assert main(["--db", str(case_file), "backup", "--out",
                 str(tmp_path / "bk" / "foo.sqlite3")]) == 0
    assert (tmp_path / "bk" / "foo.sqlite3").is_file()
    assert main(["--db", str(case_file), "backup", "--out", str(tmp_path / "bk" / "map")]) == 0
    assert (tmp_path / "bk" / "map").is_dir()


def test_counts_of_one_are_singular(case_file: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "een.csv"
    source.write_bytes(b"Naam;E-mailadres\r\nPiet Klaassen (fictief);piet@example.nl\r\n")
    assert main(["--db", str(case_file), "import", str(source), "--type", "personen"]) == 0
    out = capsys.readouterr().out
    assert "een.csv: 1 rij personen" in out and "1 record geïmporteerd" in out
    bad = tmp_path / "fout.csv"
    bad.write_bytes(b"Naam;E-mailadres\r\nJan (fictief);geen-adres\r\n")
    assert main(["--db", str(case_file), "import", str(bad), "--type", "personen"]) == 1
    assert "1 rij afgewezen" in capsys.readouterr().err
    out_file = tmp_path / "p.csv"
    assert main(["--db", str(case_file), "export", "--format", "csv", "--type", "personen",
                 "--out", str(out_file)]) == 0
    assert f"1 persoon geëxporteerd naar {out_file}" in capsys.readouterr().out
