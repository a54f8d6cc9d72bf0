"""Issue 7.5: backups tell the truth and clean up; a failing backup is not restored unasked."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_org

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.errors import FileRefused
from chinadossier.services import maintenance
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR
from fs_support import read_only


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _everything(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_a_backup_of_a_read_only_case_file_is_reported_as_made(
    case_file: Path, tmp_path: Path, clock: FixedClock
) -> None:
    out = tmp_path / "kopieen"
    with read_only(case_file):
        done = maintenance.make_backup(case_file, out_dir=out, reason="x", clock=clock,
                                       actor=TEST_ACTOR)
    assert done.path.is_file()
    assert not done.noted
    assert done.problem is not None and "alleen-lezen" in done.problem
    assert done.audit_head is not None
    assert maintenance.check(done.path).ok


def test_temporary_files_of_killed_backups_are_removed_by_the_next(
    case_file: Path, tmp_path: Path, clock: FixedClock
) -> None:
    out = tmp_path / "kopieen"
    out.mkdir()
    dead = _dead_pid()
    left = [out / f".chinadossier-x-20260101T000000Z-handmatig.sqlite3.{dead}-{'a' * 32}.tmp",
            out / f".chinadossier-x-20260101T000000Z-handmatig.sqlite3.{dead}-{'b' * 32}.tmp"
                  "-journal"]
    running = out / f".chinadossier-y.sqlite3.{os.getpid()}-{'c' * 32}.tmp"
    other = out / "notities.txt"
    for path in [*left, running, other]:
        path.write_bytes(b"x" * 10)
    made = maintenance.backup(case_file, out_dir=out, reason="x", clock=clock, actor=TEST_ACTOR)
    assert _everything(out) == {made.name, running.name, other.name}


def test_a_failed_backup_leaves_no_file(case_file: Path, tmp_path: Path,
                                        clock: FixedClock) -> None:
    with case_file.open("r+b") as handle:  # damage the pages behind the header
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096 * 4)
    out = tmp_path / "kopieen"
    with pytest.raises(FileRefused):
        maintenance.backup(case_file, out_dir=out, reason="x", clock=clock, actor=TEST_ACTOR)
    assert _everything(out) == set()


def test_a_backup_that_fails_the_check_is_not_restored_unless_accepted(
    dossier: Dossier, tmp_path: Path, clock: FixedClock
) -> None:
    make_org(dossier)
    path = dossier.path
    dossier.close()
    backup = maintenance.backup(path, out_dir=tmp_path / "kopieen", reason="x", clock=clock,
                                actor=TEST_ACTOR)
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE organisation SET notes = 'buiten het programma'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(FileRefused) as caught:
        maintenance.restore(path, backup, safety_dir=tmp_path / "veilig", clock=clock,
                            actor=TEST_ACTOR)
    assert "--accept-failed-check" in caught.value.message
    assert "ORG-0001" in caught.value.message
    assert path.read_bytes() == before
    assert _everything(tmp_path / "veilig") == set()
    done = maintenance.restore(path, backup, safety_dir=tmp_path / "veilig", clock=clock,
                               actor=TEST_ACTOR, accept_failed_check=True)
    assert not done.report.ok


def test_check_against_a_backup_finds_a_rollback(
    dossier: Dossier, tmp_path: Path, clock: FixedClock
) -> None:
    path = dossier.path
    early = maintenance.backup(path, out_dir=tmp_path / "a", reason="x", clock=clock,
                               actor=TEST_ACTOR)
    make_org(dossier)
    dossier.close()
    late = maintenance.backup(path, out_dir=tmp_path / "b", reason="y", clock=clock,
                              actor=TEST_ACTOR)
    assert maintenance.compare_with_backup(path, early).ok
    assert maintenance.compare_with_backup(path, late).ok
    # Rolled back to the early state (the restore's own safety copy taken first):
    maintenance.restore(path, early, safety_dir=tmp_path / "c", clock=clock, actor=TEST_ACTOR)
    item = maintenance.compare_with_backup(path, late)
    assert not item.ok
    assert "teruggezet" in item.message
