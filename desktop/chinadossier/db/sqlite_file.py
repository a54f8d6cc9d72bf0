"""The case file on disk: read the header before SQLite touches it; create beside, then move in."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from chinadossier.db import held_files, sqlite_errors, wal_frames
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


def read_header(path: Path, *, keep_open: bool = True) -> Header:
    """Read a file's SQLite header without opening it with SQLite; refuse what is not ours.

    The descriptor stays open (db.held_files) unless `keep_open=False` (a backup file).

    Raises FileRefused (Dutch message) for a missing, empty, non-SQLite or foreign file.
    """
    try:
        # Never `open()` and close: that drops this process's SQLite locks on the file (see
        # db.held_files), e.g. when a second window opens the file a first one has open.
        raw = held_files.read_start(path, 100, keep=keep_open)
    except FileNotFoundError as exc:
        raise FileRefused(f"Het dossierbestand {path} bestaat niet.") from exc
    except IsADirectoryError as exc:
        raise FileRefused(f"{path} is een map, geen dossierbestand.") from exc
    except OSError as exc:
        raise FileRefused(
            f"Het dossierbestand {path} kan niet worden gelezen: {sqlite_errors.dutch(exc)}. "
            "Het is niet gewijzigd."
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
    """Open an existing file (never creates one) in autocommit mode; transactions are explicit.

    Read-only, the file is opened with SQLite's mode=ro; when that cannot work because the
    folder cannot be written (SQLite needs its -shm index there), see `read_only_open_mode`.
    """
    if read_only:
        return _connect_read_only(path)
    return _connect(path, "rw")


#: How a read-only connection opens the file: through the write-ahead log, or the file alone.
READ_THROUGH_LOG = "ro"
READ_FILE_ONLY = "ro&immutable=1"


def read_only_open_mode(mode_ro_works: bool, log_bytes: int | None) -> str | None:
    """How to open a case file for reading; None when it cannot be read without losing data.

    `mode=ro` reads through the write-ahead log and takes SQLite's usual locks, so it is always
    the first choice. It needs the -shm index, which SQLite must be able to create (or find)
    in the file's folder. When it cannot, the file alone may be read with `immutable=1`
    (no locks, no log) only if no -wal file with content exists (`log_bytes` None or 0): then
    every committed transaction is in the main file. A -wal with content can hold committed
    transactions not yet copied into the file; reading without it would show an older state,
    so that case is refused (None) rather than shown incomplete.
    """
    if mode_ro_works:
        return READ_THROUGH_LOG
    if not log_bytes:
        return READ_FILE_ONLY
    return None


def _log_bytes(path: Path) -> int | None:
    try:
        return path.with_name(path.name + "-wal").stat().st_size
    except FileNotFoundError:
        return None


def _connect_read_only(path: Path) -> sqlite3.Connection:
    try:
        conn = _connect(path, READ_THROUGH_LOG)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # reads page 1, opens the log
        except sqlite3.OperationalError:
            conn.close()
            raise
        return conn
    except (FileRefused, sqlite3.OperationalError) as exc:
        if read_only_reason(path, folder=True) is None:
            raise  # not a folder SQLite cannot write in: the usual messages apply
        mode = read_only_open_mode(False, _log_bytes(path))
        if mode is None:
            raise FileRefused(
                f"{path} staat in een map waarin uw account niet mag schrijven, en naast het "
                "dossier staat een logbestand (-wal) met wijzigingen die nog niet in het dossier "
                "zelf staan. Zonder schrijfrechten kan SQLite dat logbestand niet lezen; het "
                "dossier is daarom niet geopend (u zou een oudere stand zien). Er is niets "
                "gewijzigd. Open het eenmaal met schrijfrechten, of kopieer het dossier met het "
                "-wal-bestand naar een map waarin u mag schrijven."
            ) from exc
        return _connect(path, mode)


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            _sqlite_uri(path, mode),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=10.0,
        )
    except sqlite3.OperationalError as exc:
        raise _refusal(path, exc) from exc
    try:
        apply_pragmas(conn)
    except sqlite3.DatabaseError as exc:
        # Close now: a connection left to the garbage collector keeps its lock on a WAL file.
        conn.close()
        if "unable to open" in str(exc) or "readonly" in str(exc):
            raise _refusal(path, exc) from exc
        raise FileRefused(
            f"Het dossierbestand {path} is beschadigd of geen database "
            f"({sqlite_errors.dutch(exc)}). "
            "Het is niet gewijzigd; zet zo nodig een back-up terug."
        ) from exc
    return conn


def _refusal(path: Path, exc: sqlite3.Error) -> FileRefused:
    """Why SQLite could not open an existing file, in Dutch: read-only says so (issue 7.4)."""
    reason = read_only_reason(path, folder=True)
    if reason is not None:
        return FileRefused(read_only_message(path, reason))
    return FileRefused(
        f"Het dossierbestand {path} kan niet worden geopend: {sqlite_errors.dutch(exc)}. "
        "Het is niet gewijzigd."
    )


def read_only_reason(path: Path, *, folder: bool = False) -> str | None:
    """Why the file (or with folder=True also its folder) cannot be written; None if it can.

    The file's permission is asked of the system (os.access: also a read-only file system or
    an immutable file); the folder test makes and removes an
    empty temporary file (SQLite needs the folder for its -wal and -shm files). Only asked
    when something already failed, or before a write.
    """
    # Asked of the system, not by opening the file for writing: closing any descriptor on the
    # file would drop this process's SQLite locks on it (see db.held_files).
    if path.is_file() and not os.access(path, os.W_OK):
        return "het bestand is alleen-lezen"
    if folder:
        try:
            fd, name = tempfile.mkstemp(prefix=".chinadossier-probe-", dir=path.parent)
        except OSError as exc:
            if sqlite_errors.is_read_only(exc):
                return "de map is alleen-lezen"
        else:
            os.close(fd)
            os.unlink(name)
    return None


def read_only_message(path: Path, reason: str) -> str:
    """The Dutch message for a case file that cannot be written."""
    return (
        f"{path} kan niet worden gebruikt: {reason} voor uw account. Er is niets gewijzigd; het "
        "bestand is niet beschadigd. Geef uw account schrijfrechten, of kopieer het dossier naar "
        "een map waarin u mag schrijven (SQLite heeft daar ook een -wal- en -shm-bestand nodig)."
    )


def refuse_foreign_wal(path: Path) -> None:
    """Refuse a file whose write-ahead log (-wal) belongs to another database (issue 7.4).

    SQLite replays any -wal file with valid checksums beside a database, whichever database
    wrote it (e.g. a case file copied over another while the old -wal stayed), and a read-only
    connection cannot be trusted to show what it would replay. So the log is read here, as
    bytes: its page size must be the file's, a copy of page 1 in it must carry our application
    id, and every copy of the settings page in it must hold this case file's id (which never
    changes). The file itself is read with SQLite's immutable=1 (which ignores the log).
    Nothing is written. A log of an older copy of the same case file cannot be told apart this
    way (see docs/architecture.md, Hardening).
    """
    wal = path.with_name(path.name + "-wal")
    try:
        with wal.open("rb") as handle:
            header = handle.read(_WAL_HEADER)
            if len(header) < _WAL_HEADER or int.from_bytes(header[:4], "big") not in _WAL_MAGIC:
                return  # empty, or no log SQLite would replay
            found = _main_identity(path)
            if found is None:
                return  # the file itself is unreadable: the usual checks report it
            page_size, settings_page, case_id = found
            foreign = int.from_bytes(header[8:12], "big") != page_size
            salts = header[16:24]
            frames = 0
            while not foreign:
                frame = handle.read(_WAL_FRAME_HEADER)
                if len(frame) < _WAL_FRAME_HEADER or frame[8:16] != salts:
                    break  # the end, or frames left from an earlier use of the log
                number = int.from_bytes(frame[:4], "big")
                if number == 1:
                    page = handle.read(page_size)
                    foreign = page[68:72] != APPLICATION_ID.to_bytes(4, "big")
                elif number == settings_page and case_id is not None:
                    foreign = case_id not in handle.read(page_size)
                else:
                    handle.seek(page_size, os.SEEK_CUR)  # only two pages are of interest
                frames += 1
            if foreign and frames and frames > wal_frames.replayed_frames(wal):
                # That frame would never be applied: a transaction cut off by a crash (its
                # checksum fails or no commit follows), not a log of another database.
                foreign = False
    except OSError:
        return
    if foreign:
        raise FileRefused(
            f"Het logbestand {wal} hoort bij een andere database dan {path} (het is er "
            "waarschijnlijk bij blijven staan toen een ander bestand over het dossier werd "
            "gekopieerd). Er is niets gewijzigd en het dossier is niet geopend: SQLite zou het "
            "logbestand anders in het dossier verwerken. Zet het logbestand opzij (niet "
            "verwijderen) of zet een back-up terug."
        )


_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_WAL_FRAME_HEADER = 24


def _main_identity(path: Path) -> tuple[int, int | None, bytes | None] | None:
    """(page size, settings page number, case-file id) of the file without its log."""
    quoted = path.resolve().as_posix().replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    try:
        conn = sqlite3.connect(f"file:{quoted}?immutable=1", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'case_file'"
        ).fetchone()
        case = conn.execute("SELECT case_file_id FROM case_file").fetchone() if root else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return (page_size, int(root[0]) if root else None,
            str(case[0]).encode("utf-8") if case else None)


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
    temp = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex}.tmp")
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
