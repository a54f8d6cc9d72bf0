"""Which backups a folder holds: the files whose name fits, newest first."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from chinadossier.db.backup.naming import _NAME_PATTERN, _STAMP_FORMAT


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file found in a folder; created and reason come from its name."""

    path: Path
    size: int
    created: dt.datetime
    reason: str
    case_file_prefix: str


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


#: Names of backups made before the current naming (`dossier-…`, `chinadossier-dossier…`,
#: any SQLite suffix); listed when the file is ours (its header says so).
_LEGACY_NAME = re.compile(r"^(?:chinadossier[-_])?dossier[-_.].*\.(?:sqlite3|sqlite|db|bak)$",
                          re.IGNORECASE)
_LEGACY_STAMP = re.compile(r"(\d{8})[T_-]?(\d{6})Z?")


def legacy_backups(dest_dir: Path) -> list[BackupInfo]:
    """Backups in dest_dir named before the current naming (see _LEGACY_NAME), newest first.

    When the name holds a time stamp (20240131T101500Z, 20240131-101500) that is the backup's
    time (UTC), else the file's modification time. Their reason is "onbekend" and they carry no
    case-file prefix: which case file they belong to is read from the file (file_identity).
    Files that are not Chinadossier files are left out.
    """
    from chinadossier.db import sqlite_file
    from chinadossier.domain.errors import ChinadossierError

    found: list[BackupInfo] = []
    try:
        entries = list(dest_dir.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        if _NAME_PATTERN.match(entry.name) or not _LEGACY_NAME.match(entry.name):
            continue
        try:
            if not entry.is_file():
                continue
            sqlite_file.read_header(entry, keep_open=False)
            stat = entry.stat()
        except (OSError, ChinadossierError):
            continue
        created = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
        stamp = _LEGACY_STAMP.search(entry.name)
        if stamp:
            try:
                created = dt.datetime.strptime(stamp[1] + stamp[2], "%Y%m%d%H%M%S").replace(
                    tzinfo=dt.UTC)
            except ValueError:
                pass
        found.append(BackupInfo(entry, stat.st_size, created, LEGACY_REASON, ""))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


#: The reason shown for a backup whose name does not say why it was made.
LEGACY_REASON = "onbekend"


def file_identity(path: Path) -> tuple[int, str | None] | None:
    """(schema version, case-file id) of a backup, read-only and cheap; the id is None when
    the file's schema has no readable one (an older schema). None for a file that is not ours
    or cannot be read."""
    from chinadossier.db import sqlite_file
    from chinadossier.domain.errors import ChinadossierError

    try:
        conn = sqlite_file.connect_existing(path, read_only=True)
    except (ChinadossierError, sqlite3.DatabaseError, OSError):
        return None
    try:
        version = sqlite_file.schema_version(conn)
        try:
            row = conn.execute("SELECT case_file_id FROM case_file").fetchone()
        except sqlite3.DatabaseError:
            row = None
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return version, None if row is None or row[0] is None else str(row[0])


def record_counts(path: Path) -> dict[str, int]:
    """Live (not deleted) records per kind in a backup or case file, read-only.

    Raises:
        FileRefused: the file cannot be opened as a Chinadossier file.
        sqlite3.DatabaseError: it is damaged.
    """
    from chinadossier.db import sqlite_file

    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        rows = conn.execute(
            "SELECT kind, count(*) FROM record WHERE deleted_at IS NULL GROUP BY kind"
        ).fetchall()
    finally:
        conn.close()
    return {str(kind): int(count) for kind, count in rows}


def backup_facts(path: Path) -> dict[str, object]:
    """What a backup's verification record holds, read-only from the file itself: its schema
    version, case-file id (None when an older schema has none), live records per kind, the
    row count of every table, and its last audit entry.

    Raises:
        FileRefused: the file cannot be opened as a Chinadossier file.
        sqlite3.DatabaseError: it is damaged.
    """
    from chinadossier.db import sqlite_file
    from chinadossier.db.backup.copy import snapshot_facts

    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        conn.execute("BEGIN")  # one snapshot for everything below
        schema = sqlite_file.schema_version(conn)
        facts = snapshot_facts(conn)
        try:
            kinds = conn.execute("SELECT kind, count(*) FROM record WHERE deleted_at IS NULL "
                                 "GROUP BY kind").fetchall()
        except sqlite3.DatabaseError:
            kinds = []
        try:
            head = conn.execute("SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC "
                                "LIMIT 1").fetchone()
        except sqlite3.DatabaseError:
            head = None
        conn.execute("COMMIT")
    finally:
        conn.close()
    return {
        "schema": schema,
        "case_file_id": facts.get("case_file_id"),
        "records": {str(kind): int(count) for kind, count in kinds},
        "tables": {key.removeprefix("rows:"): value for key, value in facts.items()
                   if key.startswith("rows:")},
        "audit_head": None if head is None else {"seq": int(head[0]), "hash": str(head[1])},
    }
