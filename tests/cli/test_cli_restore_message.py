"""`restore` says which moment the case file is at now: the backup's."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from chinadossier.cli import main
from chinadossier.domain.backup_rotation import AMSTERDAM


def test_restore_says_the_date_of_the_backup_now_loaded(
        case_file_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(case_file_template, data / "chinadossier.sqlite3")
    assert main(["--data-dir", str(data), "backup"]) == 0
    [made] = list((data / "backups").glob("*.sqlite3"))
    capsys.readouterr()
    assert main(["--data-dir", str(data), "restore", str(made)]) == 0
    said = capsys.readouterr().out
    # The backup's name says when it was made (UTC); the message shows Dutch local time.
    stamp = dt.datetime.strptime(made.name.split("-")[2], "%Y%m%dT%H%M%SZ")
    shown = stamp.replace(tzinfo=dt.UTC).astimezone(AMSTERDAM).strftime("%d-%m-%Y om %H:%M")
    assert f"Het dossier is nu zoals het was op {shown}" in said
