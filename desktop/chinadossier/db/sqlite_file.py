"""The case file on disk: read the header before SQLite touches it; create beside, then move in."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

from chinadossier.domain.errors import FileRefused

#: "CDOS" — marks a SQLite file as a Chinadossier case file (PRAGMA application_id).
APPLICATION_ID = 0x43444F53
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class Header:
    """What the first 100 bytes of a SQLite file say."""

    application_id: int
    user_version: int
    page_size: int


def read_header(path: Path) -> Header:
    """Read a file's SQLite header without opening it with SQLite; refuse what is not ours.

    Raises FileRefused (Dutch message) for a missing, empty, non-SQLite or foreign file.
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(100)
    except FileNotFoundError as exc:
        raise FileRefused(f"Het dossierbestand {path} bestaat niet.") from exc
    except IsADirectoryError as exc:
        raise FileRefused(f"{path} is een map, geen dossierbestand.") from exc
    except OSError as exc:
        raise FileRefused(
            f"Het dossierbestand {path} kan niet worden gelezen: {dutch_error(exc)}."
        ) from exc
    if not raw:
        raise FileRefused(
            f"{path} is leeg; dit is geen Chinadossier-bestand. Het is niet gewijzigd."
        )
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        raise FileRefused(
            f"{path} is geen Chinadossier-bestand (geen SQLite-database). Het is niet gewijzigd."
        )
    page_size = struct.unpack(">H", raw[16:18])[0]
    user_version = struct.unpack(">I", raw[60:64])[0]
    application_id = struct.unpack(">I", raw[68:72])[0]
    if application_id != APPLICATION_ID:
        raise FileRefused(
            f"{path} is een database van een ander programma, geen Chinadossier-bestand. "
            "Het is niet gewijzigd."
        )
    return Header(application_id, user_version, 65536 if page_size == 1 else page_size)


def _sqlite_uri(path: Path, mode: str) -> str:
    quoted = path.resolve().as_posix().replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{quoted}?mode={mode}"


def connect_existing(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """Open an existing file (never creates one) in autocommit mode; transactions are explicit."""
    mode = "ro" if read_only else "rw"
    try:
        conn = sqlite3.connect(
            _sqlite_uri(path, mode),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=10.0,
        )
    except sqlite3.OperationalError as exc:
        raise FileRefused(
            f"Het dossierbestand {path} kan niet worden geopend: {dutch_error(exc)}."
        ) from exc
    try:
        apply_pragmas(conn)
    except sqlite3.DatabaseError as exc:
        # Close now: a connection left to the garbage collector keeps its lock on a WAL file.
        conn.close()
        raise FileRefused(
            f"Het dossierbestand {path} is beschadigd of geen database ({dutch_error(exc)}). "
            "Het is niet gewijzigd; zet zo nodig een back-up terug."
        ) from exc
    return conn


def apply_pragmas(conn: sqlite3.Connection) -> None:
    """Settings every connection needs; some are per connection, so they are set every time."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA trusted_schema = OFF")


def schema_version(conn: sqlite3.Connection) -> int:
    """The migration ordinal stored in PRAGMA user_version."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def new_file_beside(target: Path) -> Path:
    """A fresh, empty SQLite file next to target, prepared as a Chinadossier file (not yet ours)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    conn = sqlite3.connect(str(temp), isolation_level=None)
    try:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return temp


def checkpoint(path: Path) -> None:
    """Write every committed page into the main file and empty the WAL (before it is moved).

    Raises:
        FileRefused: the WAL could not be emptied (a connection is still open on the file).
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise FileRefused(f"{path} is nog in gebruik; het nieuwe dossier is niet geplaatst.")


def move_into_place(temp: Path, target: Path) -> None:
    """Move a finished file to its final name; never replaces an existing file.

    A hard link fails when the target exists, so two processes cannot overwrite each other; on
    file systems without hard links the rename is preceded by an existence check.
    """
    for suffix in ("-wal", "-shm"):
        leftover = temp.with_name(temp.name + suffix)
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()
    _fsync_file(temp)
    try:
        os.link(temp, target)
    except FileExistsError as exc:
        temp.unlink()
        raise FileRefused(f"{target} bestaat al en wordt niet overschreven.") from exc
    except OSError:
        if target.exists():
            temp.unlink()
            raise FileRefused(f"{target} bestaat al en wordt niet overschreven.") from None
        os.rename(temp, target)
    else:
        temp.unlink()
    _fsync_dir(target.parent)


def discard(temp: Path) -> None:
    """Remove a half-made file and its journals."""
    for path in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def dutch_error(exc: BaseException) -> str:
    """SQLite's English error as a Dutch phrase an official can act on."""
    text = str(exc).lower()
    if "malformed" in text or "corrupt" in text:
        return "het bestand is beschadigd (zet een back-up terug met: chinadossier restore)"
    if "not a database" in text or "file is encrypted" in text:
        return "het is geen leesbaar databasebestand"
    if "locked" in text or "busy" in text:
        return "het bestand is in gebruik door een ander programma"
    if "disk i/o" in text or "unable to open" in text:
        return "het bestand kan niet van schijf worden gelezen"
    return "het bestand kan niet worden gelezen"
