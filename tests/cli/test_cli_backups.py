"""Issue 10.4: `backup --out` takes a folder or a file name; `backups` lists what is there."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from chinadossier.cli import main


@pytest.fixture
def data(case_file_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(case_file_template, folder / "chinadossier.sqlite3")
    return folder


def _ok(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_out_with_a_file_name_makes_that_file(data: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "b.db"
    assert main(["--data-dir", str(data), "backup", "--out", str(target)]) == 0
    assert target.is_file() and _ok(target)
    assert str(target) in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".", "chinadossier"))] == []
    before = target.read_bytes()
    assert main(["--data-dir", str(data), "backup", "--out", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert main(["--data-dir", str(data), "backup", "--out", str(target), "--force"]) == 0
    assert _ok(target)


def test_out_with_a_folder_makes_a_named_backup_in_it(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kopieen"
    assert main(["--data-dir", str(data), "backup", "--out", str(folder)]) == 0
    [made] = list(folder.glob("chinadossier-*.sqlite3"))
    assert _ok(made)


def test_backups_lists_date_size_counts_verified_and_slot(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "backup"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "backups", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["folder"] == str(data / "backups")
    [entry] = listing["backups"]
    assert entry["verified"] is True and entry["kept_as"] == ["manual"]
    assert entry["records"]["authority"] > 0 and entry["size"] > 0
    assert main(["--data-dir", str(data), "backups"]) == 0
    out = capsys.readouterr().out
    assert "gecontroleerd" in out and "handmatig (wordt niet opgeruimd)" in out


def test_restore_keeps_a_verified_safety_copy_and_refuses_a_missing_share(
        data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from chinadossier.services import backups

    assert main(["--data-dir", str(data), "backup"]) == 0
    [made] = list((data / "backups").glob("*.sqlite3"))
    capsys.readouterr()
    share = tmp_path / "share" / "back-ups"
    backups.save_place(data, share)
    before = (data / "chinadossier.sqlite3").read_bytes()
    assert main(["--data-dir", str(data), "restore", str(made)]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not share.parent.exists()
    assert (data / "chinadossier.sqlite3").read_bytes() == before
    backups.save_place(data, None)
    assert main(["--data-dir", str(data), "restore", str(made)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "backups", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)["backups"]
    safety = [b for b in listing if b["reason"] == "voor-herstel"]
    assert len(safety) == 1 and safety[0]["verified"] is True


def _manifest(path: Path) -> dict[str, object]:
    data = json.loads(path.with_name(path.name + ".json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _case_file_id(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT case_file_id FROM case_file").fetchone()[0])
    finally:
        conn.close()


def test_out_folder_and_out_file_write_the_same_verification_record_and_are_listed(
        data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_file = data / "chinadossier.sqlite3"
    folder = tmp_path / "kopieen"
    assert main(["--data-dir", str(data), "backup", "--out", str(folder)]) == 0
    assert main(["--data-dir", str(data), "backup", "--out", str(folder / "stand.db")]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    [named] = list(folder.glob("chinadossier-*.sqlite3"))
    [automatic] = list((data / "backups").glob("chinadossier-*.sqlite3"))
    records = [_manifest(p) for p in (named, folder / "stand.db", automatic)]
    for record, path in zip(records, (named, folder / "stand.db", automatic), strict=True):
        assert record["integrity_check"] == "ok"
        assert record["size"] == path.stat().st_size
        assert record["case_file_id"] == _case_file_id(case_file)
        assert record["reason"] == "handmatig"
        tables = record["tables"]
        assert isinstance(tables, dict) and tables["record"] > 0
    # The same facts whichever way the backup was made (nothing changed in between but the
    # audit notes of the backups themselves).
    assert records[0]["records"] == records[1]["records"] == records[2]["records"]
    capsys.readouterr()
    assert main(["--data-dir", str(data), "backups", "--in", str(folder), "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["folder"] == str(folder)
    shown = {Path(b["path"]).name: b for b in listing["backups"]}
    assert set(shown) == {named.name, "stand.db"}
    assert all(b["verified"] and b["kept_as"] == ["manual"] for b in shown.values())
    assert all(b["records"]["authority"] > 0 for b in shown.values())


def _older(source: Path, target: Path) -> Path:
    """A copy of a case file marked as an older schema (PRAGMA user_version 0, as before the
    first migration was stamped)."""
    shutil.copy2(source, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    return target


def test_backups_of_an_older_schema_and_naming_are_listed_and_restored_via_upgrade(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_file = data / "chinadossier.sqlite3"
    folder = data / "backups"
    folder.mkdir()
    fallback = _older(case_file, folder / "chinadossier-dossier-20240131T101500Z-voor-upgrade"
                                         ".sqlite3")
    legacy = _older(case_file, folder / "dossier-20230615-083000.sqlite3")
    (folder / "dossier-notities.sqlite3").write_text("geen database", "utf-8")
    other = _older(case_file, folder / "dossier-ander.sqlite3")
    conn = sqlite3.connect(other)
    conn.execute("UPDATE case_file SET case_file_id = 'ander-dossier'")
    conn.commit()
    conn.close()

    assert main(["--data-dir", str(data), "backups", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)["backups"]
    assert [Path(b["path"]).name for b in listing] == [fallback.name, legacy.name]
    for entry in listing:
        assert entry["older_schema"] is True and entry["schema"] == 0
        assert entry["records"]["authority"] > 0 and entry["size"] > 0
        assert entry["kept_as"] == ["outside"]
    assert listing[1]["created"] == "2023-06-15T08:30:00+00:00"
    assert listing[1]["reason"] == "onbekend"
    assert main(["--data-dir", str(data), "backups"]) == 0
    out = capsys.readouterr().out
    assert out.count("ouder schema") == 2 and "15-06-2023 10:30" in out

    # Restoring one: the current file is kept aside first, the backup is upgraded.
    assert main(["--data-dir", str(data), "restore", str(legacy)]) == 0
    out = capsys.readouterr().out
    assert "De back-up had schema 0 en is bijgewerkt naar schema" in out
    assert "Het dossier van vóór het terugzetten is bewaard als" in out
    assert [s.name for s in folder.glob("*voor-herstel*.sqlite3")]
    conn = sqlite3.connect(case_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] > 0
    finally:
        conn.close()
    assert main(["--data-dir", str(data), "check"]) == 0


def test_backups_in_a_missing_folder_is_a_usage_error(
        data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "backups", "--in", str(tmp_path / "nergens")]) == 2
    assert "bestaat niet of is geen map" in capsys.readouterr().err
