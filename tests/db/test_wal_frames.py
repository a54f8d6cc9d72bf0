"""A write-ahead log is judged by the frames SQLite would replay (wal.c's rules): a transaction
cut off by a crash must not make a case file's own log look like another database's."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from chinadossier.db import sqlite_file
from chinadossier.db.wal_frames import FRAME_HEADER, HEADER, replayed_frames


def _log_with_commits(tmp_path: Path, commits: int) -> tuple[Path, int]:
    """A copy of a live -wal with `commits` committed transactions (one frame each) and its
    page size."""
    db = tmp_path / "t.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for i in range(commits):
        conn.execute("INSERT INTO t VALUES (?)", (i,))
    copy = tmp_path / "copy-wal"
    shutil.copy2(db.with_name(db.name + "-wal"), copy)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    return copy, page_size


def _frames(wal: Path, page_size: int) -> int:
    return (wal.stat().st_size - HEADER) // (FRAME_HEADER + page_size)


def _append_torn_frame(wal: Path, page_size: int, page_no: int, page: bytes) -> None:
    """A frame with the log's salts and a commit mark but a checksum that cannot be right: what
    a write cut off by kill -9 can leave."""
    salts = wal.read_bytes()[16:24]
    frame = struct.pack(">II", page_no, 1) + salts + b"\x00" * 8
    with wal.open("ab") as handle:
        handle.write(frame + page.ljust(page_size, b"\x00"))


def test_every_committed_frame_counts(tmp_path: Path) -> None:
    wal, page_size = _log_with_commits(tmp_path, 5)
    assert _frames(wal, page_size) == 5
    assert replayed_frames(wal) == 5


def test_a_frame_with_a_broken_checksum_and_all_after_it_do_not_count(tmp_path: Path) -> None:
    wal, page_size = _log_with_commits(tmp_path, 5)
    data = bytearray(wal.read_bytes())
    third_page = HEADER + 2 * (FRAME_HEADER + page_size) + FRAME_HEADER
    data[third_page + 100] ^= 0xFF
    wal.write_bytes(bytes(data))
    assert replayed_frames(wal) == 2
    _append_torn_frame(wal, page_size, 1, b"")
    assert replayed_frames(wal) == 2


def test_no_log_or_a_short_one_replays_nothing(tmp_path: Path) -> None:
    assert replayed_frames(tmp_path / "missing-wal") == 0
    short = tmp_path / "short-wal"
    short.write_bytes(b"\x37\x7f\x06\x82")
    assert replayed_frames(short) == 0


def test_a_torn_frame_of_the_settings_page_does_not_make_the_log_foreign(
        case_file: Path) -> None:
    conn = sqlite3.connect(case_file, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE case_file SET reference_version = 'x'")  # lands in the -wal
    wal = case_file.with_name(case_file.name + "-wal")
    assert wal.stat().st_size > 0
    saved = wal.read_bytes()
    conn.close()  # the last connection checkpoints and removes the log: put it back
    wal.write_bytes(saved)
    identity = sqlite_file._main_identity(case_file)
    assert identity is not None
    page_size, settings_page, _case_id = identity
    assert settings_page is not None
    sqlite_file.refuse_foreign_wal(case_file)  # the log as SQLite wrote it: not foreign
    _append_torn_frame(wal, page_size, settings_page, b"half written")
    sqlite_file.refuse_foreign_wal(case_file)  # SQLite would never apply that frame
