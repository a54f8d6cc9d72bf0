"""How bytes move safely: page copies that give up on a held lock, and exclusive temporary files."""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from pathlib import Path

from chinadossier.domain.errors import FileRefused

#: How long a page copy may wait for a lock before it gives up (as PRAGMA busy_timeout).
_LOCK_WAIT_SECONDS = 10.0


class _FileBusy(FileRefused):
    """Another connection holds a lock for too long; nothing was changed."""


class _LockWaitExpired(Exception):
    """Raised from the backup progress callback to stop Python's endless busy retry loop."""


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


def _exclusive_temp(target: Path) -> Path:
    """A new empty 0600 file beside target (O_EXCL: never an existing one)."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    return temp


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _busy(path: Path) -> _FileBusy:
    return _FileBusy(
        f"{path} is in gebruik door een ander venster of programma; sluit dat eerst en probeer "
        "het opnieuw. Er is niets gewijzigd."
    )
