"""A case file in a folder the user cannot write is opened read-only (issue 8, point 11).

SQLite needs its -shm index in the file's folder to read a WAL file with mode=ro; when it
cannot make one, the file alone is read (immutable=1) only if no -wal with content exists, so
no committed transaction is ever missed (docs/architecture.md, "Read-only case files").
The folder is made unwritable with fs_support.read_only (chattr +i, which binds root too).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import make_org

from chinadossier.cli import main
from chinadossier.db.sqlite_file import READ_FILE_ONLY, READ_THROUGH_LOG, read_only_open_mode
from chinadossier.domain.errors import FileRefused
from chinadossier.services import maintenance
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR
from fs_support import read_only


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(("works", "log", "expected"), [
    (True, None, READ_THROUGH_LOG),  # mode=ro works: always through the log
    (True, 8192, READ_THROUGH_LOG),
    (False, None, READ_FILE_ONLY),  # no -wal: everything committed is in the file
    (False, 0, READ_FILE_ONLY),  # an empty -wal holds nothing
    (False, 32, None),  # a -wal with content cannot be read: refused, not shown older
])
def test_the_open_mode_never_skips_a_log_with_content(works: bool, log: int | None,
                                                      expected: str | None) -> None:
    assert read_only_open_mode(works, log) == expected


@pytest.fixture
def closed_file(dossier: Dossier) -> Path:
    make_org(dossier, "Gemeente Nanjing (fictief)")
    path = dossier.path
    dossier.close()
    assert not path.with_name(path.name + "-wal").exists()  # closed cleanly: no log left
    return path


def test_read_commands_and_the_services_read_a_file_in_a_read_only_folder(
    closed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = closed_file.parent
    before = _state(folder)
    with read_only(folder):
        with Dossier.open(closed_file, read_only=True) as reading:
            assert reading.settings().own_authority.display_no == "GM0599"
            assert reading.organisations.count() == 1
            number = reading.organisations.list().items[0].meta.display_no
        db = ["--db", str(closed_file)]
        for args in (["overview"], ["search", "Nanjing"], ["list", "organisaties"],
                     ["show", number], ["check"]):
            assert main([*db, *args]) == 0, (args, capsys.readouterr().err)
            out = capsys.readouterr().out
            assert out.strip(), args
            if args[0] in ("search", "list", "show"):
                assert "Nanjing" in out, (args, out)
        # writing is refused in Dutch, never half done
        with pytest.raises(FileRefused) as caught:
            Dossier.open(closed_file, actor=TEST_ACTOR)
        assert "alleen-lezen" in caught.value.message
    assert _state(folder) == before


def test_a_log_with_content_in_a_read_only_folder_is_refused_not_skipped(
    closed_file: Path, tmp_path: Path
) -> None:
    # Given a copy taken while a writer had a committed change only in its -wal (no -shm)
    work = tmp_path / "werk"
    work.mkdir()
    live = work / "chinadossier.sqlite3"
    shutil.copy2(closed_file, live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE case_file SET council_seats = 45")  # committed, in the -wal only
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    copy = folder / "chinadossier.sqlite3"
    shutil.copy2(live, copy)
    shutil.copy2(live.with_name(live.name + "-wal"), copy.with_name(copy.name + "-wal"))
    conn.close()
    assert copy.with_name(copy.name + "-wal").stat().st_size > 0
    before = _state(folder)
    with read_only(folder):
        with pytest.raises(FileRefused) as caught:
            Dossier.open(copy, read_only=True)
        assert "logbestand (-wal)" in caught.value.message
        assert "niets gewijzigd" in caught.value.message
        assert not maintenance.check(copy).ok
    assert _state(folder) == before
    # with write access the same copy shows the change the log holds
    with Dossier.open(copy, read_only=True) as reading:
        assert reading.settings().council_seats == 45
