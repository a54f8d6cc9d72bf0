"""How a backup is put back: verified first, the current state kept safe even when it is damaged."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from chinadossier.db import held_files, sqlite_errors, sqlite_file
from chinadossier.db.backup.copy import backup, verify_backup
from chinadossier.db.backup.naming import (
    _MAX_SEQUENCE,
    BACKUP_SUFFIX,
    DAMAGED_SUFFIX,
    SAFETY_REASON,
    backup_name,
)
from chinadossier.db.backup.transfer import (
    _LOCK_WAIT_SECONDS,
    _busy,
    _copy_pages,
    _exclusive_temp,
    _FileBusy,
    _is_busy,
)
from chinadossier.db.engine import open_database
from chinadossier.db.migrate import head_ordinal, upgrade
from chinadossier.domain.clock import Clock
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.progress import Phase, Progress

_COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What restore() did: where the old state was saved and which schema the file now has."""

    safety_copy: Path | None  # None when there was no case file to save first
    restored_version: int
    migrated_to: int | None


def restore(
    database_path: Path,
    backup_path: Path,
    *,
    safety_dir: Path,
    clock: Clock,
    case_file_id: str,
    progress: Progress | None = None,
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
    progress = progress or Progress()
    progress.report(0.0, Phase.VERIFYING_BACKUP)
    restored_version = verify_backup(backup_path)
    if not database_path.exists() and not database_path.is_symlink():
        progress.point_of_no_return(Phase.RESTORING)
        return _restore_as_new(database_path, backup_path, restored_version)
    _refuse_target(database_path, backup_path)
    reason = sqlite_file.read_only_reason(database_path, folder=True)
    if reason is not None:  # a healthy read-only file is not a damaged one (issue 7.4)
        raise FileRefused(sqlite_file.read_only_message(database_path, reason)
                          + " Er is niets teruggezet.")
    dst = _connect_current(database_path)
    try:
        damaged = dst is None or not _lock_for_writing(dst, database_path)
        progress.report(0.2, Phase.SAFETY_COPY)
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
        # The last chance to stop: from here the case file is being written.
        progress.point_of_no_return(Phase.RESTORING)
        dst = _copy_backup_into(backup_path, dst, database_path, safety_copy, damaged=damaged)
    finally:
        if dst is not None:
            dst.close()
    return RestoreReport(safety_copy, restored_version,
                         _migrate_if_older(database_path, restored_version))


def _refuse_target(database_path: Path, backup_path: Path) -> None:
    """Refuse a current file that is missing, the backup itself, another program's, or newer."""
    if not database_path.is_file():
        raise FileRefused(
            f"Het dossierbestand {database_path} bestaat niet; er is niets teruggezet.")
    if database_path.samefile(backup_path):
        raise FileRefused(
            "De back-up en het dossierbestand zijn hetzelfde bestand; er is niets teruggezet."
        )
    raw = held_files.read_start(database_path, 100)  # never closed: see db.held_files
    if len(raw) < 100 or not raw.startswith(sqlite_file.SQLITE_MAGIC):
        return  # no readable header: damaged; its bytes are kept before anything is written
    application_id = struct.unpack(">I", raw[68:72])[0]
    user_version = struct.unpack(">I", raw[60:64])[0]
    if application_id != sqlite_file.APPLICATION_ID:
        raise FileRefused(
            f"{database_path} is een database van een ander programma, geen Chinadossier-"
            "bestand; er is niets teruggezet en het bestand is niet gewijzigd."
        )
    head = head_ordinal()
    if user_version > head:
        raise FileRefused(
            f"{database_path} is gemaakt met een nieuwere versie van Chinadossier (schema "
            f"{user_version}, deze versie kent t/m {head}); er is niets teruggezet. Installeer de "
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
        "er is niets teruggezet."
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
    write pages into is replaced as a whole: the backup is first copied completely into a new
    file beside it, then that file is renamed over the damaged one (one atomic step, so a kill
    at any moment leaves either the damaged file or the restored one; the damaged bytes and WAL
    are already safe in the ".beschadigd" copy).
    """
    src = sqlite_file.connect_existing(backup_path, read_only=True)
    try:
        if dst is not None:
            try:
                _copy_pages(src, dst, path)
            except sqlite3.DatabaseError as exc:
                if not damaged or _is_busy(exc):
                    raise FileRefused(
                        f"Het herstel in {path} is mislukt ({sqlite_errors.dutch(exc)}); het "
                        f"dossier is niet gewijzigd. Veiligheidskopie: {safety_copy}."
                    ) from exc
                dst.close()
                dst = None
        if dst is None:
            fresh = _complete_copy(backup_path, path)
            for suffix in ("-wal", "-shm"):  # the damaged file's journals must not be replayed
                with contextlib.suppress(FileNotFoundError):
                    path.with_name(path.name + suffix).unlink()
            os.replace(fresh, path)
            dst = sqlite_file.connect_existing(path, read_only=False)
        dst.execute("PRAGMA journal_mode = WAL")
        with contextlib.suppress(sqlite3.OperationalError):
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return dst
    finally:
        src.close()


def _restore_as_new(database_path: Path, backup_path: Path, version: int) -> RestoreReport:
    """No case file (lost or never made here): copy the verified backup in as a new one.

    Built beside the target and moved into place like a new case file: nothing is overwritten,
    and a failure leaves no file under the real name.
    """
    temp = _complete_copy(backup_path, database_path)
    try:
        sqlite_file.move_into_place(temp, database_path)
    except BaseException:
        sqlite_file.discard(temp)
        raise
    return RestoreReport(None, version, _migrate_if_older(database_path, version))


def _complete_copy(backup_path: Path, beside: Path) -> Path:
    """A finished, checkpointed WAL-mode copy of the backup in a new file next to `beside`."""
    temp = sqlite_file.new_file_beside(beside)
    try:
        source = sqlite_file.connect_existing(backup_path, read_only=True)
        target = sqlite3.connect(str(temp), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
            source.close()
        sqlite_file.checkpoint(temp)
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        sqlite_file.discard(temp)
        raise
    return temp


def _migrate_if_older(database_path: Path, version: int) -> int | None:
    """Bring a just-restored file of an older schema to the head; returns the new version."""
    if version >= head_ordinal():
        return None
    database = open_database(database_path)
    try:
        return upgrade(database.engine)
    finally:
        database.close()
