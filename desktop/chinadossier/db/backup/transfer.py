"""How bytes move safely: page copies that give up on a held lock, and exclusive temporary files."""

from __future__ import annotations

import os
import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from chinadossier.domain.errors import FileRefused

#: How long a page copy may wait for a lock before it gives up (as PRAGMA busy_timeout).
_LOCK_WAIT_SECONDS = 10.0


class _FileBusy(FileRefused):
    """Another connection holds a lock for too long; nothing was changed."""


class _LockWaitExpired(Exception):
    """Raised from the backup progress callback to stop Python's endless busy retry loop."""


#: Pages a stepped copy copies per step at least (4 MB of 4 KB pages), and the steps it aims at.
_MIN_STEP_PAGES = 1024
_STEPS = 100


def _copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, busy_file: Path,
                moved: Callable[[float], None] | None = None) -> None:
    """Copy all pages of src into dst (one snapshot of src, one transaction on dst).

    Without `moved` in one step. With it in steps of about a hundredth of the file (at least
    _MIN_STEP_PAGES), calling `moved(fraction copied)` after each: that may raise (a cancel)
    to stop the copy between two steps, dst then holds an unfinished copy for the caller to
    discard. A caller inside a read transaction on src gets that transaction's snapshot in
    every step (SQLite keeps an open read transaction of the source for the whole backup), so
    a stepped copy is as consistent as a single one.

    Python retries a busy step forever; the progress callback ends that after a while and
    FileRefused names busy_file as in use.
    """
    deadline = time.monotonic() + _LOCK_WAIT_SECONDS

    def progress(status: int, remaining: int, total: int) -> None:
        busy = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        if busy and time.monotonic() > deadline:
            raise _LockWaitExpired
        if moved is not None and total:
            moved(1.0 - remaining / total)

    pages = -1
    if moved is not None:
        total = int(src.execute("PRAGMA page_count").fetchone()[0])
        pages = max(_MIN_STEP_PAGES, total // _STEPS)
    try:
        src.backup(dst, pages=pages, progress=progress)
    except _LockWaitExpired as exc:
        raise _busy(busy_file) from exc


def _exclusive_temp(target: Path) -> Path:
    """A new empty 0600 file beside target (O_EXCL: never an existing one).

    Its name carries this process's id, so a later run can tell a file left by a killed
    process (removed by sweep_stale_temps) from one another process is still writing.
    """
    temp = temp_name(target)
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    return temp


def temp_name(target: Path) -> Path:
    """The name of a temporary file beside target: ".<name>.<pid>-<random>.tmp"."""
    return target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex}.tmp")


_TEMP = re.compile(r"^\..+\.(?:(?P<pid>\d+)-)?[0-9a-f]{32}\.tmp(?:-journal|-wal|-shm)?$")

#: A temporary file without a process id (made by an older version), or of a process that
#: cannot be asked (Windows), is removed once it is this old.
_STALE_AFTER_SECONDS = 24 * 3600


def sweep_stale_temps(folder: Path) -> int:
    """Remove temporary files that a killed backup, restore or create left in folder.

    Only names this program makes are considered; a file is removed when the process named
    in it no longer runs (or, without a process to ask, when it is a day old). A running
    backup in this or another process is never touched. Returns how many files were removed.
    """
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None:
            continue
        alive = _alive(int(match["pid"])) if match["pid"] else None
        try:
            if alive or (alive is None and now - entry.stat().st_mtime < _STALE_AFTER_SECONDS):
                continue
            entry.unlink()
            removed += 1
        except OSError:
            continue  # gone meanwhile, or not ours to remove: leave it
    return removed


def _alive(pid: int) -> bool | None:
    """Whether a process runs (None: cannot be told on this system)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _busy(path: Path) -> _FileBusy:
    return _FileBusy(
        f"{path} is in gebruik door een ander venster of programma; sluit dat eerst en probeer "
        "het opnieuw. Er is niets gewijzigd."
    )
