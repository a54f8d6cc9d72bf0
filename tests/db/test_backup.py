"""Backups: new private verified files, never overwritten; restore keeps the old state safe."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from chinadossier.db import backup as backup_module
from chinadossier.db import sqlite_file
from chinadossier.db.backup import (
    BackupInfo,
    backup,
    backup_name,
    list_backups,
    restore,
    sanitise_reason,
    verify_backup,
)
from chinadossier.db.create import create_case_file
from chinadossier.db.engine import Database, open_database
from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.errors import FileRefused

CASE_ID = "0190f3a2-7b1c-7d4e-9f00-123456789abc"
NOON = dt.datetime(2026, 3, 14, 12, 30, 5, tzinfo=dt.UTC)


def _seed(prefix: str, value: int = 1) -> Callable[[Database], None]:
    def seed(database: Database) -> None:
        with database.write_session() as session, session.begin():
            session.execute(
                text("INSERT INTO display_counter(prefix, last_value) VALUES (:p, :v)"),
                {"p": prefix, "v": value},
            )

    return seed


def _counters(path: Path) -> list[tuple[str, int]]:
    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        rows = conn.execute("SELECT prefix, last_value FROM display_counter ORDER BY prefix")
        return [(str(p), int(v)) for p, v in rows.fetchall()]
    finally:
        conn.close()


def _insert_counter(path: Path, prefix: str, value: int) -> None:
    conn = sqlite_file.connect_existing(path, read_only=False)
    try:
        conn.execute(
            "INSERT INTO display_counter(prefix, last_value) VALUES (?, ?)", (prefix, value)
        )
    finally:
        conn.close()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOON)


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    return create_case_file(tmp_path / "dossier.chinadossier", _seed("CM-2026", 7))


@pytest.fixture
def database(case_file: Path) -> Iterator[Database]:
    db = open_database(case_file)
    yield db
    db.close()


def _make_backup(
    database: Database, folder: Path, clock: FixedClock, reason: str = "handmatig"
) -> Path:
    return backup(database, folder, reason=reason, clock=clock, case_file_id=CASE_ID)


# --- backup ----------------------------------------------------------------------------------


def test_backup_is_a_new_private_verified_copy(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "kopieen" / "nieuw"
    path = _make_backup(database, folder, clock, reason="Handmatig")

    assert path.parent == folder
    assert path.name == "chinadossier-56789abc-20260314T123005Z-handmatig.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no temp or journal left
    assert verify_backup(path) == head_ordinal()
    assert _counters(path) == _counters(database.path) == [("CM-2026", 7)]
    header = path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # journal_mode=DELETE: one self-contained file


def test_backup_includes_committed_data_still_in_the_wal(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    writer = sqlite_file.connect_existing(database.path, read_only=False)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("INSERT INTO display_counter(prefix, last_value) VALUES ('WAL', 3)")
        path = _make_backup(database, tmp_path / "kopieen", clock)
    finally:
        writer.close()
    assert ("WAL", 3) in _counters(path)


def test_two_backups_in_one_second_get_distinct_names(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "kopieen"
    first = _make_backup(database, folder, clock)
    second = _make_backup(database, folder, clock)
    third = _make_backup(database, folder, clock)

    assert first.name.endswith("-handmatig.sqlite3")
    assert second.name.endswith("-handmatig-2.sqlite3")
    assert third.name.endswith("-handmatig-3.sqlite3")
    for path in (first, second, third):
        assert verify_backup(path) == head_ordinal()


def test_backup_never_overwrites_an_existing_file(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "kopieen"
    folder.mkdir()
    taken = folder / backup_name(CASE_ID, clock.now(), "handmatig")
    taken.write_text("van iemand anders\n")
    before = _sha256(taken)

    path = _make_backup(database, folder, clock)

    assert path != taken
    assert path.name.endswith("-handmatig-2.sqlite3")
    assert _sha256(taken) == before


def test_backup_leaves_out_uncommitted_work_of_another_connection(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    writer = sqlite_file.connect_existing(database.path, read_only=False)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO display_counter(prefix, last_value) VALUES ('OPEN', 1)")
        path = _make_backup(database, tmp_path / "kopieen", clock)
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert _counters(path) == [("CM-2026", 7)]
    assert ("OPEN", 1) in _counters(database.path)


def test_backup_leaves_out_an_open_write_session_of_the_same_database(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    with database.write_session() as session, session.begin():
        session.execute(text("INSERT INTO display_counter(prefix, last_value) VALUES ('MINE', 1)"))
        path = _make_backup(database, tmp_path / "kopieen", clock)
    assert _counters(path) == [("CM-2026", 7)]


def test_backup_time_is_utc_in_the_name(database: Database, tmp_path: Path) -> None:
    amsterdam_morning = FixedClock.on(dt.date(2026, 7, 1), hour=1)  # 23:00 UTC the day before
    path = backup(
        database,
        tmp_path / "kopieen",
        reason="Vóór bijwerking!",
        clock=amsterdam_morning,
        case_file_id=CASE_ID,
    )
    assert path.name == "chinadossier-56789abc-20260630T230000Z-voor-bijwerking.sqlite3"


# --- verify_backup ---------------------------------------------------------------------------


def _text_file(path: Path) -> None:
    path.write_text("Dit is een boodschappenlijst.\n" * 20, encoding="utf-8")


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('niet van ons')")
    conn.commit()
    conn.close()


def _newer_version(path: Path, source: Path) -> None:
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("text", "geen Chinadossier-bestand"),
        ("other", "ander programma"),
        ("newer", "gemaakt met een nieuwere versie"),
        ("empty", "leeg"),
    ],
)
def test_verify_refuses_what_is_not_a_usable_backup_and_leaves_it_alone(
    kind: str, words: str, tmp_path: Path, database: Database, clock: FixedClock
) -> None:
    path = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        _text_file(path)
    elif kind == "other":
        _other_program(path)
    elif kind == "newer":
        _newer_version(path, _make_backup(database, tmp_path / "kopieen", clock))
    else:
        path.write_bytes(b"")
    before = _sha256(path)

    with pytest.raises(FileRefused, match=words):
        verify_backup(path)

    assert _sha256(path) == before


def test_verify_refuses_a_damaged_backup(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    good = _make_backup(database, tmp_path / "kopieen", clock)
    damaged = tmp_path / "beschadigd.sqlite3"
    data = bytearray(good.read_bytes())
    page_size = 4096
    pages = len(data) // page_size
    assert pages > 3
    for page in range(2, pages):  # keep page 1 (header + schema), scramble the rest
        start = page * page_size
        data[start : start + page_size] = bytes([0xA5]) * page_size
    damaged.write_bytes(bytes(data))
    before = _sha256(damaged)

    with pytest.raises(FileRefused, match="beschadigd"):
        verify_backup(damaged)

    assert _sha256(damaged) == before


def _break_a_reference(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO cn_division(adcode, level, parent_adcode, hanzi, pinyin, name_en, "
        "user_edited) VALUES ('110101', 'province', '999999', '东城', 'Dongcheng', "
        "'Dongcheng', 0)"
    )
    conn.close()


def test_verify_refuses_a_backup_with_broken_references(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    path = _make_backup(database, tmp_path / "kopieen", clock)
    _break_a_reference(path)
    before = _sha256(path)

    with pytest.raises(FileRefused, match="bevat 1 verbroken verwijzing en wordt niet gebruikt"):
        verify_backup(path)

    assert _sha256(path) == before


# --- restore ---------------------------------------------------------------------------------


def test_restore_puts_the_backup_back_in_the_same_file(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    database.close()
    _insert_counter(case_file, "LATER", 2)
    assert ("LATER", 2) in _counters(case_file)
    inode = os.stat(case_file).st_ino

    clock.advance(dt.timedelta(minutes=5))
    report = restore(
        case_file, saved, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID
    )

    assert os.stat(case_file).st_ino == inode
    assert _counters(case_file) == [("CM-2026", 7)]
    assert report.restored_version == head_ordinal()
    assert report.migrated_to is None
    assert report.safety_copy.parent == tmp_path / "veilig"
    assert report.safety_copy.name == "chinadossier-56789abc-20260314T123505Z-voor-herstel.sqlite3"
    assert ("LATER", 2) in _counters(report.safety_copy)
    assert verify_backup(report.safety_copy) == head_ordinal()
    assert stat.S_IMODE(report.safety_copy.stat().st_mode) == 0o600
    reopened = open_database(case_file)  # still a healthy, current case file
    try:
        assert reopened.is_current
        with reopened.raw() as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()


def test_restore_is_seen_by_a_connection_that_stayed_open(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    _insert_counter(case_file, "LATER", 2)
    restore(case_file, saved, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID)
    with database.read_session() as session:
        rows = session.execute(text("SELECT prefix FROM display_counter")).scalars().all()
    assert rows == ["CM-2026"]


@pytest.mark.parametrize("kind", ["text", "other", "newer"])
def test_restoring_a_refused_backup_changes_nothing(
    kind: str, case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    bad = tmp_path / "slecht.sqlite3"
    if kind == "text":
        _text_file(bad)
    elif kind == "other":
        _other_program(bad)
    else:
        _newer_version(bad, _make_backup(database, tmp_path / "kopieen", clock))
    database.close()
    before = _sha256(case_file)
    bad_before = _sha256(bad)

    with pytest.raises(FileRefused):
        restore(case_file, bad, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID)

    assert _sha256(case_file) == before
    assert _sha256(bad) == bad_before
    assert not (tmp_path / "veilig").exists()


def test_restore_refuses_a_current_file_of_another_program(
    tmp_path: Path, database: Database, clock: FixedClock
) -> None:
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    other = tmp_path / "ander.db"
    _other_program(other)
    before = _sha256(other)

    with pytest.raises(FileRefused, match="ander programma"):
        restore(other, saved, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID)

    assert _sha256(other) == before


def test_restore_into_a_missing_case_file_makes_it_anew(
    tmp_path: Path, database: Database, clock: FixedClock
) -> None:
    # Given a verified backup and a case file that was lost
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    missing = tmp_path / "weg.chinadossier"
    # When the backup is restored there
    report = restore(missing, saved, safety_dir=tmp_path / "veilig", clock=clock,
                     case_file_id=CASE_ID)
    # Then the backup is the case file (no safety copy: there was nothing to save), in WAL mode,
    # with no temporary files left beside it
    assert report.safety_copy is None and missing.is_file()
    assert verify_backup(missing) == report.restored_version
    with sqlite3.connect(missing) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not list(tmp_path.glob(".weg.chinadossier.*"))
    assert not (tmp_path / "veilig").exists()


def test_restore_of_a_damaged_case_file_keeps_its_bytes(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    database.close()
    garbage = b"\x00" * 4096 + b"kapot" * 2000
    case_file.write_bytes(garbage)  # header and all: destroyed

    report = restore(
        case_file, saved, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID
    )

    assert report.safety_copy.name.endswith("-voor-herstel.beschadigd")
    assert report.safety_copy.read_bytes() == garbage
    assert stat.S_IMODE(report.safety_copy.stat().st_mode) == 0o600
    # replaced as a whole (atomic rename of a finished copy), no temporary file left behind
    assert not list(case_file.parent.glob(f".{case_file.name}.*"))
    assert _counters(case_file) == [("CM-2026", 7)]
    assert open_database(case_file).is_current


def test_restore_of_a_case_file_with_damaged_pages_keeps_its_bytes(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    database.close()
    conn = sqlite_file.connect_existing(case_file, read_only=False)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(case_file.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 : (page + 1) * 4096] = bytes([0x5A]) * 4096
    with case_file.open("r+b") as handle:
        handle.write(bytes(data))
    damaged = bytes(data)

    report = restore(
        case_file, saved, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID
    )

    assert report.safety_copy.name.endswith(".beschadigd")
    assert report.safety_copy.read_bytes() == damaged
    assert _counters(case_file) == [("CM-2026", 7)]
    assert list(os.listdir(tmp_path / "veilig")) == [report.safety_copy.name]


def test_restore_migrates_an_older_backup(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    database.close()
    older = tmp_path / "oud.sqlite3"
    sqlite_file.move_into_place(sqlite_file.new_file_beside(older), older)  # schema version 0
    assert verify_backup(older) == 0

    report = restore(
        case_file, older, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID
    )

    assert report.restored_version == 0
    assert report.migrated_to == head_ordinal()
    assert _counters(case_file) == []
    assert ("CM-2026", 7) in _counters(report.safety_copy)
    assert open_database(case_file).is_current


# --- names and listing -----------------------------------------------------------------------


def test_sanitise_reason() -> None:
    assert sanitise_reason("Vóór Herstel!") == "voor-herstel"
    assert sanitise_reason("  ../../etc/passwd ") == "etc-passwd"
    assert sanitise_reason("stap-2") == "stap2"
    assert sanitise_reason("***") == "kopie"


def test_list_backups_newest_first_and_ignores_other_files(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "kopieen"
    first = _make_backup(database, folder, clock, reason="dagelijks")
    second = _make_backup(database, folder, clock, reason="dagelijks")
    clock.advance(dt.timedelta(hours=1))
    latest = _make_backup(database, folder, clock, reason="voor-herstel")
    (folder / "notities.txt").write_text("x")
    (folder / "chinadossier-kapot.sqlite3").write_text("x")
    (folder / "chinadossier-0190f3a2-20261399T000000Z-x.sqlite3").write_text("x")
    (folder / ("." + first.name + ".abc.tmp")).write_text("x")
    (folder / "chinadossier-0190f3a2-20260101T000000Z-map.sqlite3").mkdir()

    found = list_backups(folder)

    assert [info.path for info in found] == [latest, second, first]
    assert found[0] == BackupInfo(
        latest,
        latest.stat().st_size,
        NOON + dt.timedelta(hours=1),
        "voor-herstel",
        "56789abc",
    )
    assert [info.reason for info in found] == ["voor-herstel", "dagelijks", "dagelijks"]
    assert all(info.created.tzinfo is not None for info in found)
    assert list_backups(tmp_path / "bestaat-niet") == []


def test_restore_into_a_busy_case_file_gives_up_and_changes_nothing(
    case_file: Path,
    database: Database,
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    _insert_counter(case_file, "LATER", 2)
    monkeypatch.setattr("chinadossier.db.backup.transfer._LOCK_WAIT_SECONDS", 0.3)
    dst = sqlite_file.connect_existing(case_file, read_only=False)
    dst.execute("PRAGMA busy_timeout = 50")  # each step gives up fast; the deadline ends the loop
    holder = sqlite_file.connect_existing(case_file, read_only=False)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO display_counter(prefix, last_value) VALUES ('HELD', 1)")
        with pytest.raises(FileRefused, match="in gebruik"):
            backup_module._copy_backup_into(saved, dst, case_file, saved, damaged=False)
        holder.execute("COMMIT")
    finally:
        holder.close()
        dst.close()
    assert _counters(case_file) == [("CM-2026", 7), ("HELD", 1), ("LATER", 2)]


def test_backup_of_a_case_file_that_fails_the_checks_leaves_nothing_behind(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    _break_a_reference(case_file)
    folder = tmp_path / "kopieen"
    with pytest.raises(FileRefused, match="geen back-up gemaakt"):
        _make_backup(database, folder, clock)
    assert list(folder.iterdir()) == []


def test_restore_keeps_the_bytes_and_wal_of_a_file_that_cannot_be_backed_up(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    saved = _make_backup(database, tmp_path / "kopieen", clock)
    database.close()
    keeper = sqlite_file.connect_existing(case_file, read_only=True)  # keeps the WAL alive
    try:
        keeper.execute("SELECT 1").fetchone()
        _break_a_reference(case_file)
        assert (tmp_path / (case_file.name + "-wal")).stat().st_size > 0
        inode = os.stat(case_file).st_ino

        report = restore(
            case_file, saved, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID
        )
    finally:
        keeper.close()

    assert report.safety_copy.name.endswith("-voor-herstel.beschadigd")
    assert report.safety_copy.with_name(report.safety_copy.name + "-wal").exists()
    kept = sqlite3.connect(report.safety_copy)  # finds its "-wal" beside it, as SQLite names it
    try:
        assert kept.execute("SELECT parent_adcode FROM cn_division").fetchall() == [("999999",)]
    finally:
        kept.close()
    assert os.stat(case_file).st_ino == inode
    assert _counters(case_file) == [("CM-2026", 7)]
    assert verify_backup(case_file) == head_ordinal()


def test_restore_refuses_the_case_file_as_its_own_backup(
    case_file: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    database.close()
    before = _sha256(case_file)
    with pytest.raises(FileRefused, match="hetzelfde bestand"):
        restore(
            case_file, case_file, safety_dir=tmp_path / "veilig", clock=clock, case_file_id=CASE_ID
        )
    assert _sha256(case_file) == before
