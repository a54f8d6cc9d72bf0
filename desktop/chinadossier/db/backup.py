"""Backups: what a good backup is, how one is named and made, and how one is put back safely."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import re
import sqlite3
import struct
import time
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from chinadossier.db import sqlite_file
from chinadossier.db.engine import Database, open_database
from chinadossier.db.migrate import head_ordinal, upgrade
from chinadossier.domain.clock import Clock
from chinadossier.domain.errors import FileRefused

#: Suffix of a backup file; a backup is one self-contained SQLite file (journal_mode=DELETE).
BACKUP_SUFFIX = ".sqlite3"
#: Suffix of a byte-for-byte copy of a case file that SQLite could not copy (damaged).
DAMAGED_SUFFIX = ".beschadigd"
#: Reason used for the safety copy that restore() takes of the current case file.
SAFETY_REASON = "voor-herstel"

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_MAX_SEQUENCE = 1000
_MAX_REASON_LENGTH = 48
_NAME_PATTERN = re.compile(
    r"^chinadossier-(?P<case>[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?)"
    r"-(?P<stamp>\d{8}T\d{6}Z)"
    r"-(?P<reason>[a-z0-9](?:[a-z0-9-]*?[a-z0-9])??)"
    r"(?:-(?P<sequence>[1-9]\d*))?" + re.escape(BACKUP_SUFFIX) + r"$"
)
_COPY_CHUNK = 1024 * 1024
#: How long a page copy may wait for a lock before it gives up (as PRAGMA busy_timeout).
_LOCK_WAIT_SECONDS = 10.0


class _FileBusy(FileRefused):
    """Another connection holds a lock for too long; nothing was changed."""


class _LockWaitExpired(Exception):
    """Raised from the backup progress callback to stop Python's endless busy retry loop."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file found in a folder; created and reason come from its name."""

    path: Path
    size: int
    created: dt.datetime
    reason: str
    case_file_prefix: str


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What restore() did: where the old state was saved and which schema the file now has."""

    safety_copy: Path
    restored_version: int
    migrated_to: int | None


def sanitise_reason(reason: str) -> str:
    """The reason as it appears in a file name: lower-case a-z, 0-9 and single hyphens.

    Accents are dropped ("vóór" -> "voor"), anything else becomes a hyphen. A trailing "-<number>"
    loses its hyphen ("stap-2" -> "stap2"), so a trailing "-<number>" in a file name is always
    the same-second counter. An empty result becomes "kopie".
    """
    cleaned = _slug(reason)[:_MAX_REASON_LENGTH].strip("-")
    cleaned = re.sub(r"-(\d+)$", r"\1", cleaned)
    return cleaned or "kopie"


def backup_name(case_file_id: str, created: dt.datetime, reason: str, sequence: int = 1) -> str:
    """The file name of a backup; sequence 2, 3, … is added for backups in the same second."""
    prefix = _case_prefix(case_file_id)
    stamp = _stamp(created)
    counter = f"-{sequence}" if sequence > 1 else ""
    return f"chinadossier-{prefix}-{stamp}-{sanitise_reason(reason)}{counter}{BACKUP_SUFFIX}"


def backup(
    database: Database, dest_dir: Path, *, reason: str, clock: Clock, case_file_id: str
) -> Path:
    """Copy the live case file into a new, verified backup file in dest_dir and return its path.

    The copy is made with SQLite's online backup API from a fresh read-only connection, so it is
    one consistent snapshot of what was committed (uncommitted work of any connection, including
    this process's own sessions, is not in it; the WAL is included). It is written to an
    exclusive 0600 temporary file beside the target, switched to journal_mode=DELETE, verified
    and only then moved to its name. Nothing is ever overwritten: a name already taken gets
    "-2", "-3", … dest_dir is created (0700) when missing.

    Raises:
        FileRefused: the copy did not pass verify_backup (e.g. the case file is damaged); no
            file is left behind.
        OSError: the folder cannot be written.
    """
    dest_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    created = clock.now()
    for sequence in range(1, _MAX_SEQUENCE + 1):
        target = dest_dir / backup_name(case_file_id, created, reason, sequence)
        if os.path.lexists(target):
            continue
        temp = _copy_to_temp(database.path, target)
        try:
            sqlite_file.move_into_place(temp, target)
        except FileRefused:
            # Another writer took the name between the check and the move; the temporary file
            # is already gone. Make a fresh copy under the next name.
            if os.path.lexists(target):
                continue
            raise
        except BaseException:
            sqlite_file.discard(temp)
            raise
        return target
    raise FileRefused(
        f"In {dest_dir} zijn al {_MAX_SEQUENCE} reservekopieën met dezelfde naam en tijd; "
        "er is geen nieuwe gemaakt."
    )


def verify_backup(path: Path) -> int:
    """Check that path is a whole, consistent Chinadossier backup and return its schema version.

    The header is read before SQLite opens the file; the file is then only opened read-only.
    Checks: ours (application_id), not newer than this code, PRAGMA integrity_check exactly
    "ok", PRAGMA foreign_key_check empty.

    Raises:
        FileRefused: with a Dutch message; the file is not changed.
    """
    try:
        header = sqlite_file.read_header(path)
    except FileRefused as exc:
        raise FileRefused(f"Deze reservekopie wordt niet gebruikt. {exc.message}") from exc
    head = head_ordinal()
    if header.user_version > head:
        raise _too_new(path, header.user_version, head)
    try:
        conn = sqlite_file.connect_existing(path, read_only=True)
    except FileRefused as exc:
        raise FileRefused(f"Deze reservekopie wordt niet gebruikt. {exc.message}") from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        broken_links = conn.execute("PRAGMA foreign_key_check").fetchall()
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = sqlite_file.schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    finally:
        conn.close()
    if integrity != ["ok"]:
        detail = "; ".join(str(line) for line in integrity[:3])
        raise _damaged(path, detail or "geen uitslag van de controle")
    if broken_links:
        raise FileRefused(
            f"De reservekopie {path} bevat {len(broken_links)} verbroken verwijzing(en) en wordt "
            "niet gebruikt. Het bestand is niet gewijzigd."
        )
    if app_id != sqlite_file.APPLICATION_ID:
        raise FileRefused(
            f"{path} is geen reservekopie van Chinadossier en wordt niet gebruikt. "
            "Het bestand is niet gewijzigd."
        )
    if version > head:
        raise _too_new(path, version, head)
    return version


def restore(
    database_path: Path,
    backup_path: Path,
    *,
    safety_dir: Path,
    clock: Clock,
    case_file_id: str,
) -> RestoreReport:
    """Put a backup back into the case file at database_path, keeping the current state safe.

    Order: the backup is verified (a bad backup changes nothing); the current case file is
    write-locked and a safety copy of it is taken into safety_dir (reason "voor-herstel"; if
    SQLite cannot copy it because it is damaged, its bytes and WAL are copied as-is to a
    ".beschadigd" file); then the backup is copied INTO the current file with SQLite's backup
    API (same file, same inode, WAL-safe for other connections); an older schema is migrated
    to the head afterwards. Other connections to the case file should be closed first: a
    change committed in the instant between the safety copy and the restore is not in either.

    Raises:
        FileRefused: the backup is refused, the current file is missing, of another program,
            newer than this code, or busy; nothing was changed.
        MigrationFailed: the restored file could not be migrated; it holds the backup's
            (older) schema and data and the safety copy holds the state before the restore.
    """
    restored_version = verify_backup(backup_path)
    _refuse_target(database_path, backup_path)
    dst = _connect_current(database_path)
    try:
        damaged = dst is None or not _lock_for_writing(dst, database_path)
        try:
            safety_copy = (
                None if damaged else _safety_backup(database_path, safety_dir, clock, case_file_id)
            )
            if safety_copy is None:
                damaged = True
                safety_copy = _copy_damaged(database_path, safety_dir, clock, case_file_id)
        finally:
            if dst is not None and dst.in_transaction:
                dst.execute("ROLLBACK")
        if damaged:
            # A connection whose opening failed (connect_existing does not close it) may still
            # hold a shared lock on the WAL file; collect it before writing into the file.
            gc.collect()
        dst = _copy_backup_into(backup_path, dst, database_path, safety_copy, damaged=damaged)
    finally:
        if dst is not None:
            dst.close()
    migrated_to: int | None = None
    if restored_version < head_ordinal():
        database = open_database(database_path)
        try:
            migrated_to = upgrade(database.engine)
        finally:
            database.close()
    return RestoreReport(safety_copy, restored_version, migrated_to)


def list_backups(dest_dir: Path) -> list[BackupInfo]:
    """Backup files in dest_dir, newest first; files whose name does not fit are ignored."""
    found: list[tuple[dt.datetime, int, BackupInfo]] = []
    try:
        entries = list(dest_dir.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME_PATTERN.match(entry.name)
        if match is None:
            continue
        try:
            created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)
            stat = entry.stat()
        except (ValueError, OSError):
            continue
        if not entry.is_file():
            continue
        sequence = int(match["sequence"] or 1)
        info = BackupInfo(entry, stat.st_size, created, match["reason"], match["case"])
        found.append((created, sequence, info))
    found.sort(key=lambda item: (item[0], item[1], item[2].path.name), reverse=True)
    return [info for _, _, info in found]


# --- making a backup -------------------------------------------------------------------------


def _copy_to_temp(source: Path, target: Path) -> Path:
    """A verified, self-contained copy of source in an exclusive temporary file beside target."""
    temp = _exclusive_temp(target)
    try:
        src = sqlite_file.connect_existing(source, read_only=True)
        try:
            dst = sqlite_file.connect_existing(temp, read_only=False)
            try:
                _copy_pages(src, dst, source)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        try:
            verify_backup(temp)
        except FileRefused as exc:
            raise FileRefused(
                f"Er is geen reservekopie gemaakt: de kopie van {source} doorstond de controle "
                f"niet. {exc.message}"
            ) from exc
        _fsync(temp)
    except BaseException:
        sqlite_file.discard(temp)
        raise
    return temp


def _exclusive_temp(target: Path) -> Path:
    """A new empty 0600 file beside target (O_EXCL: never an existing one)."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    return temp


# --- restoring -------------------------------------------------------------------------------


def _refuse_target(database_path: Path, backup_path: Path) -> None:
    """Refuse a current file that is missing, the backup itself, another program's, or newer."""
    if not database_path.is_file():
        raise FileRefused(f"Het dossierbestand {database_path} bestaat niet; er is niets hersteld.")
    if database_path.samefile(backup_path):
        raise FileRefused(
            "De reservekopie en het dossierbestand zijn hetzelfde bestand; er is niets hersteld."
        )
    with database_path.open("rb") as handle:
        raw = handle.read(100)
    if len(raw) < 100 or not raw.startswith(sqlite_file.SQLITE_MAGIC):
        return  # no readable header: damaged; its bytes are kept before anything is written
    application_id = struct.unpack(">I", raw[68:72])[0]
    user_version = struct.unpack(">I", raw[60:64])[0]
    if application_id != sqlite_file.APPLICATION_ID:
        raise FileRefused(
            f"{database_path} is een database van een ander programma, geen Chinadossier-"
            "bestand; er is niets hersteld en het bestand is niet gewijzigd."
        )
    head = head_ordinal()
    if user_version > head:
        raise FileRefused(
            f"{database_path} is gemaakt met een nieuwere versie van Chinadossier (schema "
            f"{user_version}, deze versie kent t/m {head}); er is niets hersteld. Installeer de "
            "nieuwste versie."
        )


def _connect_current(path: Path) -> sqlite3.Connection | None:
    """A read-write connection to the current file, or None when SQLite cannot read it.

    A probe connection that is always closed reads the header and schema first: a connection
    left behind by a failed open would keep a shared lock on a WAL file until collected.
    """
    quoted = path.resolve().as_posix().replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    probe = sqlite3.connect(
        f"file:{quoted}?mode=rw", uri=True, isolation_level=None, timeout=_LOCK_WAIT_SECONDS
    )
    try:
        probe.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise _busy(path) from exc
        return None
    except sqlite3.DatabaseError:
        return None
    finally:
        probe.close()
    try:
        return sqlite_file.connect_existing(path, read_only=False)
    except sqlite3.DatabaseError:
        return None


def _lock_for_writing(dst: sqlite3.Connection, path: Path) -> bool:
    """Take the write lock on the current file; False when SQLite cannot read it (damaged)."""
    try:
        dst.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise _busy(path) from exc
        return False
    except sqlite3.DatabaseError:
        return False
    return True


def _safety_backup(path: Path, safety_dir: Path, clock: Clock, case_file_id: str) -> Path | None:
    """A normal verified backup of the current file, or None when it is damaged."""
    try:
        database = open_database(path, read_only=True)
    except (FileRefused, sqlite3.DatabaseError):
        return None
    try:
        return backup(
            database, safety_dir, reason=SAFETY_REASON, clock=clock, case_file_id=case_file_id
        )
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise _busy(path) from exc
        return None
    except _FileBusy:
        raise
    except (FileRefused, sqlite3.DatabaseError):
        return None
    finally:
        database.close()


def _copy_damaged(path: Path, safety_dir: Path, clock: Clock, case_file_id: str) -> Path:
    """Copy the bytes of a damaged case file (and its WAL) to a new ".beschadigd" file."""
    safety_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    created = clock.now()
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.is_file() and wal.stat().st_size > 0
    for sequence in range(1, _MAX_SEQUENCE + 1):
        stem = backup_name(case_file_id, created, SAFETY_REASON, sequence)
        target = safety_dir / (stem.removesuffix(BACKUP_SUFFIX) + DAMAGED_SUFFIX)
        wal_target = target.with_name(target.name + "-wal")
        if os.path.lexists(target) or os.path.lexists(wal_target):
            continue
        try:
            _copy_bytes(path, target)
        except FileRefused:
            if os.path.lexists(target):
                continue
            raise
        if has_wal:
            _copy_bytes(wal, wal_target)
        return target
    raise FileRefused(
        f"In {safety_dir} kon geen veiligheidskopie van het beschadigde dossier worden gemaakt; "
        "er is niets hersteld."
    )


def _copy_bytes(source: Path, target: Path) -> None:
    """Copy a file byte for byte into a new 0600 file; refuses an existing target."""
    temp = _exclusive_temp(target)
    try:
        with source.open("rb") as reader, temp.open("wb") as writer:
            while chunk := reader.read(_COPY_CHUNK):
                writer.write(chunk)
        sqlite_file.move_into_place(temp, target)
    except BaseException:
        sqlite_file.discard(temp)
        raise


def _copy_backup_into(
    backup_path: Path,
    dst: sqlite3.Connection | None,
    path: Path,
    safety_copy: Path,
    *,
    damaged: bool,
) -> sqlite3.Connection:
    """Copy every page of the backup into the current file (one transaction); return dst.

    dst is None when SQLite could not open the current file. A damaged file that SQLite cannot
    write pages into is emptied in place (same inode; its bytes are safe in the ".beschadigd"
    copy) and copied into through a fresh connection.
    """
    src = sqlite_file.connect_existing(backup_path, read_only=True)
    try:
        if dst is not None:
            try:
                _copy_pages(src, dst, path)
            except sqlite3.DatabaseError as exc:
                if not damaged or _is_busy(exc):
                    raise FileRefused(
                        f"Het herstel in {path} is mislukt ({exc}); het dossier is niet "
                        f"gewijzigd. Veiligheidskopie: {safety_copy}."
                    ) from exc
                dst.close()
                dst = None
        if dst is None:
            os.truncate(path, 0)
            dst = sqlite_file.connect_existing(path, read_only=False)
            _copy_pages(src, dst, path)
        dst.execute("PRAGMA journal_mode = WAL")
        with contextlib.suppress(sqlite3.OperationalError):
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return dst
    finally:
        src.close()


# --- helpers ---------------------------------------------------------------------------------


def _copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, busy_file: Path) -> None:
    """Copy all pages in one step (one snapshot of src, one transaction on dst).

    Python retries a busy step forever; the progress callback ends that after a while and
    FileRefused names busy_file as in use.
    """
    deadline = time.monotonic() + _LOCK_WAIT_SECONDS

    def progress(status: int, remaining: int, total: int) -> None:
        busy = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        if busy and time.monotonic() > deadline:
            raise _LockWaitExpired

    try:
        src.backup(dst, progress=progress)
    except _LockWaitExpired as exc:
        raise _busy(busy_file) from exc


def _slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def _case_prefix(case_file_id: str) -> str:
    # The LAST characters: a UUIDv7 starts with its creation time, so the first eight would be
    # the same for every case file made within about seven weeks.
    prefix = _slug(case_file_id)[-8:].strip("-")
    if not prefix:
        raise ValueError(f"case_file_id {case_file_id!r} has no usable characters")
    return prefix


def _stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a backup time must be an aware datetime")
    return moment.astimezone(dt.UTC).strftime(_STAMP_FORMAT)


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _busy(path: Path) -> _FileBusy:
    return _FileBusy(
        f"{path} is in gebruik door een ander venster of programma; sluit dat eerst en probeer "
        "het opnieuw. Er is niets gewijzigd."
    )


def _damaged(path: Path, detail: str) -> FileRefused:
    return FileRefused(
        f"De reservekopie {path} is beschadigd ({detail}) en wordt niet gebruikt. "
        "Het bestand is niet gewijzigd."
    )


def _too_new(path: Path, version: int, head: int) -> FileRefused:
    return FileRefused(
        f"De reservekopie {path} is gemaakt met een nieuwere versie van Chinadossier (schema "
        f"{version}, deze versie kent t/m {head}). Installeer de nieuwste versie; het bestand is "
        "niet gewijzigd."
    )
