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
