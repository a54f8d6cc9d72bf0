"""Which backups a folder holds: the files whose name fits, newest first."""

from __future__ import annotations

import datetime as dt
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
