"""Opening refuses what is not a (current) Chinadossier file and leaves it byte for byte as it was.

read_header, inspect_file and open_database all refuse: a text file, an empty file, a missing
file, a folder, another program's SQLite database and a case file from a newer version. Except
for the newer-in-the-WAL case, the header alone decides, so SQLite never opens the file and no
-wal/-shm files appear beside it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from chinadossier.db import sqlite_file
from chinadossier.db.engine import inspect_file, open_database
from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.errors import FileRefused

Refuser = Callable[[Path], object]


def _open(path: Path) -> object:
    database = open_database(path)
    database.close()  # only reached when the file was wrongly accepted
    return database


def _open_read_only(path: Path) -> object:
    database = open_database(path, read_only=True)
    database.close()
    return database


REFUSERS: dict[str, Refuser] = {
    "read_header": sqlite_file.read_header,
    "inspect_file": inspect_file,
    "open_database": _open,
    "open_database_read_only": _open_read_only,
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(folder: Path) -> dict[str, str]:
    """Every entry of a folder with the hash of its bytes (folders marked as such)."""
    return {
        entry.name: "<map>" if entry.is_dir() else _sha256(entry) for entry in folder.iterdir()
    }


def _set_user_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


# -- files the header refuses -------------------------------------------------------------------


def _text_file(folder: Path, case_file: Path) -> Path:
    path = folder / "notities.sqlite3"
    path.write_text("Dit is een notitie, geen dossier.\n" * 20, encoding="utf-8")
    return path


def _empty_file(folder: Path, case_file: Path) -> Path:
    path = folder / "leeg.sqlite3"
    path.write_bytes(b"")
    return path


def _short_sqlite_file(folder: Path, case_file: Path) -> Path:
    path = folder / "afgebroken.sqlite3"
    path.write_bytes(sqlite_file.SQLITE_MAGIC + b"\x10\x00")
    return path


def _other_program(folder: Path, case_file: Path) -> Path:
    path = folder / "adressen.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, naam TEXT)")
        conn.execute("INSERT INTO contact (naam) VALUES ('Jansen')")
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    finally:
        conn.close()
    return path


def _newer_case_file(folder: Path, case_file: Path) -> Path:
    path = folder / "nieuwer.sqlite3"
    shutil.copy2(case_file, path)
    _set_user_version(path, 99)
    return path


HEADER_REFUSED: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "text": (_text_file, "geen SQLite-database"),
    "empty": (_empty_file, "is leeg"),
    "short_sqlite": (_short_sqlite_file, "geen SQLite-database"),
    "other_program": (_other_program, "ander programma"),
    "newer_schema": (_newer_case_file, "nieuwere versie"),
}


#: read_header only refuses what is not ours; a newer version is refused by inspect_file.
CASES = [
    pytest.param(make, refuser, id=f"{make}-{name}")
    for make in HEADER_REFUSED
    for name, refuser in REFUSERS.items()
    if not (make == "newer_schema" and name == "read_header")
]


@pytest.mark.parametrize(("make", "refuser"), CASES)
def test_header_refuses_without_sqlite_opening_the_file(
    make: str, refuser: Refuser, case_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a file that is not a current Chinadossier file, alone in its folder
    folder = tmp_path / "map"
    folder.mkdir()
    build, wording = HEADER_REFUSED[make]
    path = build(folder, case_file)
    before = _snapshot(folder)
    assert list(before) == [path.name]
    opened: list[object] = []

    def no_sqlite(*args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(args)
        raise AssertionError("SQLite opened a file the header should have refused")

    monkeypatch.setattr(sqlite3, "connect", no_sqlite)

    # When it is read, inspected or opened
    with pytest.raises(FileRefused) as refused:
        refuser(path)

    # Then it is refused in Dutch, SQLite never saw it, and the folder is exactly as it was
    message = str(refused.value)
    assert "niet gewijzigd" in message
    assert wording in message
    assert opened == []
    assert _snapshot(folder) == before


def test_the_header_of_a_newer_case_file_says_so(case_file: Path, tmp_path: Path) -> None:
    # Given a case file stamped with schema 99 by a newer version
    path = _newer_case_file(tmp_path, case_file)
    before = _sha256(path)

    # When only its header is read
    header = sqlite_file.read_header(path)

    # Then it is recognised as ours, its version is reported, and nothing changed
    assert header.application_id == sqlite_file.APPLICATION_ID
    assert header.user_version == 99
    assert header.page_size == 4096
    assert _sha256(path) == before


@pytest.mark.parametrize("refuser", REFUSERS.values(), ids=list(REFUSERS))
def test_a_missing_file_is_refused_and_not_created(refuser: Refuser, tmp_path: Path) -> None:
    # Given a path where no file exists
    path = tmp_path / "bestaat-niet.sqlite3"

    # When it is read, inspected or opened
    with pytest.raises(FileRefused) as refused:
        refuser(path)

    # Then it is refused and nothing was created (no file, no journals)
    assert "bestaat niet" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("refuser", REFUSERS.values(), ids=list(REFUSERS))
def test_a_folder_is_refused_and_left_alone(refuser: Refuser, tmp_path: Path) -> None:
    # Given a folder named like a case file, with something in it
    path = tmp_path / "dossier.sqlite3"
    path.mkdir()
    (path / "inhoud.txt").write_text("blijft", encoding="utf-8")

    # When it is read, inspected or opened
    with pytest.raises(FileRefused) as refused:
        refuser(path)

    # Then it is refused as a folder and neither it nor its parent changed
    assert "is een map" in str(refused.value)
    assert _snapshot(path) == {"inhoud.txt": _sha256(path / "inhoud.txt")}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.sqlite3"]


def test_another_programs_database_keeps_its_rows(tmp_path: Path) -> None:
    # Given another program's SQLite database
    path = _other_program(tmp_path, tmp_path)

    # When Chinadossier tries to open it
    with pytest.raises(FileRefused):
        open_database(path)

    # Then its data is untouched and it did not become ours
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT naam FROM contact").fetchall() == [("Jansen",)]
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        conn.close()


# -- newer schema hidden in the WAL -------------------------------------------------------------


def _newer_only_in_wal(case_file: Path, folder: Path) -> Path:
    """A case file whose main file says schema 1 but whose WAL commits user_version 99.

    A writer with auto-checkpoint off commits the change to the WAL; the main file and the WAL
    are copied while that writer is still open, so the copy keeps the un-checkpointed WAL.
    """
    folder.mkdir()
    target = folder / case_file.name
    conn = sqlite3.connect(case_file, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("PRAGMA user_version = 99")
        wal = case_file.with_name(case_file.name + "-wal")
        assert wal.stat().st_size > 0
        shutil.copyfile(case_file, target)
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    finally:
        conn.close()
    return target


@pytest.mark.parametrize("refuser", [inspect_file, _open, _open_read_only],
                         ids=["inspect_file", "open_database", "open_database_read_only"])
def test_a_newer_schema_in_the_wal_is_refused_and_the_file_kept(
    refuser: Refuser, case_file: Path, tmp_path: Path
) -> None:
    # Given a case file whose header is current but whose WAL holds schema 99
    path = _newer_only_in_wal(case_file, tmp_path / "wal")
    wal = path.with_name(path.name + "-wal")
    assert sqlite_file.read_header(path).user_version == head_ordinal()
    main_before, wal_before = _sha256(path), _sha256(wal)

    # When it is inspected or opened
    with pytest.raises(FileRefused) as refused:
        refuser(path)

    # Then it is refused as newer; the main file and the WAL are unchanged (a read-only
    # connection may leave a -shm wal-index beside them, which holds no data)
    message = str(refused.value)
    assert "nieuwere versie" in message
    assert "schema 99" in message
    assert "niet gewijzigd" in message
    assert _sha256(path) == main_before
    assert _sha256(wal) == wal_before
    assert {p.name for p in path.parent.iterdir()} <= {
        path.name, wal.name, path.name + "-shm"
    }
    # and the newer version is still there for the newer program to find
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    finally:
        conn.close()


# -- a good case file ---------------------------------------------------------------------------


def test_inspecting_a_good_case_file_changes_no_byte(case_file: Path) -> None:
    # Given a current case file
    before = _sha256(case_file)

    # When it is inspected
    version = inspect_file(case_file)

    # Then its version is the head and the main file is byte-identical
    assert version == head_ordinal()
    assert _sha256(case_file) == before


def test_reading_a_read_only_case_file_changes_no_byte(case_file: Path) -> None:
    # Given a current case file, alone in its folder
    folder = case_file.parent
    assert [p.name for p in folder.iterdir()] == [case_file.name]
    before = _sha256(case_file)

    # When it is opened read-only and read
    database = open_database(case_file, read_only=True)
    try:
        with database.read_session() as session:
            records = session.execute(text("SELECT count(*) FROM record")).scalar_one()
            settings = session.execute(text("SELECT count(*) FROM case_file")).scalar_one()
        with pytest.raises(FileRefused) as refused:
            database.write_session()
        with database.raw() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO display_counter (prefix, last_value) VALUES ('X', 1)")
    finally:
        database.close()

    # Then the data was there, writing was refused, and the main file is byte-identical;
    # SQLite's read-only WAL connection may leave an empty -wal and a -shm index behind
    assert records > 0
    assert settings == 1
    assert "alleen-lezen" in str(refused.value)
    assert _sha256(case_file) == before
    leftovers = {p.name for p in folder.iterdir()} - {case_file.name}
    assert leftovers <= {case_file.name + "-wal", case_file.name + "-shm"}
    wal = case_file.with_name(case_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_inspecting_leaves_no_journal_with_content(case_file: Path) -> None:
    # Given a current case file, alone in its folder
    folder = case_file.parent

    # When it is inspected
    inspect_file(case_file)

    # Then nothing beside it holds data (a read-only WAL open may leave an empty -wal/-shm)
    leftovers = {p.name for p in folder.iterdir()} - {case_file.name}
    assert leftovers <= {case_file.name + "-wal", case_file.name + "-shm"}
    wal = case_file.with_name(case_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("read_only", [False, True], ids=["read_write", "read_only"])
def test_a_case_file_in_a_folder_with_uri_characters_opens(
    case_file: Path, tmp_path: Path, read_only: bool
) -> None:
    # Given a case file in a folder whose name holds characters that mean something in a URI
    folder = tmp_path / "Dossiers #1 ?50% ë&x=y"
    folder.mkdir()
    path = folder / "dossier ?mode=memory.sqlite3"
    shutil.copy2(case_file, path)

    # When it is opened and read
    database = open_database(path, read_only=read_only)
    try:
        with database.read_session() as session:
            settings = session.execute(text("SELECT count(*) FROM case_file")).scalar_one()
        with database.raw() as conn:
            files = [row[2] for row in conn.execute("PRAGMA database_list")]
    finally:
        database.close()

    # Then that very file was opened, and no file appeared anywhere else
    assert settings == 1
    assert files == [str(path.resolve())]
    assert {p.name for p in tmp_path.iterdir()} == {case_file.name, folder.name}
