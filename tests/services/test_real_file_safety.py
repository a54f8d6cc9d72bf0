"""Issue 7.4: nothing destroys a real case file."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import make_org

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.errors import FileRefused
from chinadossier.services import maintenance
from chinadossier.services.demo import create_demo
from chinadossier.services.dossier import Dossier
from chinadossier.services.setup import new_case_file
from conftest import TEST_ACTOR, TODAY
from fs_support import read_only


def _files(folder: Path) -> dict[str, bytes]:
    """The files of a folder; SQLite's -shm index and an empty -wal (made by any reader) aside."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()
            and not p.name.endswith("-shm") and not (p.name.endswith("-wal")
                                                     and p.stat().st_size == 0)}


def test_demo_reset_refuses_a_demo_file_in_real_use(tmp_path: Path) -> None:
    path = new_case_file(tmp_path / "chinadossier.sqlite3", authority_code="GM0599",
                         clock=FixedClock.on(TODAY), actor=TEST_ACTOR, is_demo=True)
    with Dossier.open(path, clock=FixedClock.on(TODAY + dt.timedelta(days=3)),
                      actor=TEST_ACTOR) as dossier:
        make_org(dossier, "Echte partner")
    before = _files(tmp_path)
    with pytest.raises(FileRefused) as caught:
        create_demo(path, today=TODAY, actor=TEST_ACTOR, reset=True)
    assert "echt dossier" in caught.value.message
    assert "(1 wijziging na het maken van de demo; 1 record dat niet door de demo is gemaakt)" \
        in caught.value.message
    assert _files(tmp_path) == before


def test_a_read_only_file_is_reported_as_read_only_not_damaged(
    case_file: Path, clock: FixedClock
) -> None:
    with read_only(case_file):
        before = case_file.read_bytes()
        with Dossier.open(case_file, read_only=True) as reading:  # reading still works
            assert reading.settings().own_authority.display_no == "GM0599"
        for attempt in (
            lambda: Dossier.open(case_file, clock=clock, actor=TEST_ACTOR),
            lambda: maintenance.rebuild_search_index(case_file, clock=clock, actor=TEST_ACTOR),
        ):
            with pytest.raises(FileRefused) as caught:
                attempt()
            assert "alleen-lezen" in caught.value.message
            assert "beschadigd" not in caught.value.message.replace("niet beschadigd", "")
        assert case_file.read_bytes() == before


def test_a_healthy_read_only_file_is_not_restored_over(
    case_file: Path, tmp_path: Path, clock: FixedClock
) -> None:
    backup = maintenance.backup(case_file, out_dir=tmp_path / "kopie", reason="x", clock=clock,
                                actor=TEST_ACTOR)
    with read_only(case_file):
        before = case_file.read_bytes()
        with pytest.raises(FileRefused) as caught:
            maintenance.restore(case_file, backup, safety_dir=tmp_path / "veilig", clock=clock,
                                actor=TEST_ACTOR)
        assert "alleen-lezen" in caught.value.message
        assert case_file.read_bytes() == before
    assert not (tmp_path / "veilig").exists()


def test_a_read_only_folder_is_checked_read_only(case_file: Path) -> None:
    # Issue 8: a case file in a folder the user cannot write is read (and so checked) without
    # the -shm index SQLite would need there; writing is refused with the read-only message.
    for suffix in ("-wal", "-shm"):
        case_file.with_name(case_file.name + suffix).unlink(missing_ok=True)
    with read_only(case_file.parent):
        report = maintenance.check(case_file)
        assert report.ok, [item.message for item in report.items if not item.ok]
        with pytest.raises(FileRefused) as caught:
            Dossier.open(case_file, actor=TEST_ACTOR)
        assert "alleen-lezen" in caught.value.message


@pytest.mark.parametrize("command", ["reindex", "upgrade"])
def test_reindex_and_upgrade_refuse_a_broken_file(
    dossier: Dossier, tmp_path: Path, clock: FixedClock, command: str
) -> None:
    make_org(dossier)
    path = dossier.path
    dossier.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE organisation SET notes = 'buiten het programma om'")
    conn.commit()
    conn.close()
    before = _files(path.parent)
    with pytest.raises(FileRefused) as caught:
        if command == "reindex":
            maintenance.rebuild_search_index(path, clock=clock, actor=TEST_ACTOR)
        else:
            maintenance.upgrade(path, backups_dir=tmp_path / "b", clock=clock, actor=TEST_ACTOR)
    assert "ORG-0001" in caught.value.message
    assert f"chinadossier {command}" in caught.value.message
    assert _files(path.parent) == before


def test_a_write_ahead_log_of_another_database_is_refused(
    case_file: Path, tmp_path: Path, clock: FixedClock
) -> None:
    other = tmp_path / "ander" / "chinadossier.sqlite3"
    other.parent.mkdir()
    shutil.copy2(case_file, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("UPDATE case_file SET case_file_id = 'anders'")  # another case file
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE case_file SET reference_version = 'x'")  # lands in its -wal only
    stray = other.with_name(other.name + "-wal")
    assert stray.stat().st_size > 0
    shutil.copy2(stray, case_file.with_name(case_file.name + "-wal"))
    conn.close()
    before = case_file.read_bytes()
    for read_only_open in (True, False):
        with pytest.raises(FileRefused) as caught:
            Dossier.open(case_file, clock=clock, actor=TEST_ACTOR, read_only=read_only_open)
        assert "hoort bij een andere database" in caught.value.message
    assert case_file.read_bytes() == before
