"""Commands that replace the whole case file refuse while the desktop has it open.

A restore renames a new file into place; a desktop with the file open kept writing into the old,
unlinked one, and those writes were lost. Ordinary writes (import, …) go through SQLite's own
locking and still run.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from tests.test_desktop_lock import held_as_qt_does

from chinadossier.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock() is Unix-only")

REFUSED = (
    "Het dossier is geopend in Chinadossier op deze computer (proces {pid}); sluit het "
    "programma eerst. Er is niets gewijzigd."
)


def _data(case_file_template: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(case_file_template, data / "chinadossier.sqlite3")
    return data


def test_restore_refuses_while_the_desktop_has_the_file_open(
    case_file_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data(case_file_template, tmp_path)
    case_file = data / "chinadossier.sqlite3"
    assert main(["--data-dir", str(data), "backup"]) == 0
    [made] = list((data / "backups").glob("*.sqlite3"))
    before = (case_file.stat().st_ino, case_file.read_bytes())
    backups_before = sorted(p.name for p in (data / "backups").iterdir())
    capsys.readouterr()
    with held_as_qt_does(case_file):
        assert main(["--data-dir", str(data), "restore", str(made)]) == 1
        said = capsys.readouterr()
        assert REFUSED.format(pid=os.getpid()) in said.err
        assert "teruggezet" not in said.out
        assert (case_file.stat().st_ino, case_file.read_bytes()) == before  # not replaced
        assert sorted(p.name for p in (data / "backups").iterdir()) == backups_before
    assert main(["--data-dir", str(data), "restore", str(made)]) == 0  # closed: it runs


def test_demo_reset_and_upgrade_refuse_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "demo"
    assert main(["--data-dir", str(data), "demo", "--today", "2026-11-29"]) == 0
    case_file = data / "chinadossier.sqlite3"
    before = (case_file.stat().st_ino, case_file.read_bytes())
    capsys.readouterr()
    with held_as_qt_does(case_file):
        assert main(["--data-dir", str(data), "demo", "--reset", "--today", "2026-11-29"]) == 1
        assert REFUSED.format(pid=os.getpid()) in capsys.readouterr().err
        assert main(["--data-dir", str(data), "upgrade"]) == 1
        assert REFUSED.format(pid=os.getpid()) in capsys.readouterr().err
        assert (case_file.stat().st_ino, case_file.read_bytes()) == before


def test_ordinary_writes_still_run_while_the_desktop_has_the_file_open(
    case_file_template: Path, tmp_path: Path
) -> None:
    data = _data(case_file_template, tmp_path)
    rows = tmp_path / "organisaties.csv"
    rows.write_text("naam;land\nVoorbeeld Handelskamer;China\n", encoding="utf-8")
    with held_as_qt_does(data / "chinadossier.sqlite3"):
        assert main(["--data-dir", str(data), "import", str(rows), "--type", "organisaties"]) == 0
        assert main(["--data-dir", str(data), "backup"]) == 0
