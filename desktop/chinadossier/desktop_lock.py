"""The desktop's lock on a case file, readable without Qt (for the command line).

The desktop holds a `QLockFile` beside the case file (`chinadossier.sqlite3.lock`, see
`ui.case_file_lock`) while its window is open. Commands that replace or rewrite the case file
as a whole (`restore`, `upgrade`, `demo --reset`) must not run then: a restore renames a new
file into place, and the running desktop keeps writing into the old, unlinked one, so those
writes are lost. This module lets the command line see the lock without importing Qt.

What Qt writes and holds (Qt 6): the file is created with O_EXCL and holds
"pid\\napplication\\nhost\\n…" (machine and boot ids follow); while it is held, Qt keeps an
exclusive `flock()` on it (Unix) or keeps it open without write sharing (Windows). A lock
file left by a program that crashed has no such holder: it counts as free here (and Qt takes
it over at the next start). Only `flock()` is used here, never `fcntl()` locks, which a
process would drop on every close of any descriptor on the file.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from chinadossier.domain.errors import FileRefused

__all__ = ["CaseFileInUse", "Holder", "desktop_holder", "lock_path", "refuse_if_open"]


def lock_path(case_file: Path) -> Path:
    """The lock file of a case file (beside it, in the data folder)."""
    return case_file.with_name(case_file.name + ".lock")


@dataclass(frozen=True, slots=True)
class Holder:
    """The program that holds the lock (what the lock file says; pid 0 when unreadable)."""

    pid: int
    application: str
    host: str

    @property
    def here(self) -> bool:
        """True when the holder runs on this computer (or its host is unknown)."""
        return not self.host or self.host == socket.gethostname()


class CaseFileInUse(FileRefused):
    """The desktop has the case file open; a command that replaces it refuses (exit 1)."""


def _held(lock: Path) -> bool | None:
    """Whether a live program holds the lock file; None when that cannot be told here."""
    if sys.platform == "win32":
        try:  # Qt keeps it open without write sharing while it is held
            with open(lock, "r+b"):
                return False
        except PermissionError:
            return True
        except OSError:
            return None
    import fcntl

    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:  # no flock() on this file system
        return None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (Unix; never signals it)."""
    if pid <= 0 or sys.platform == "win32":
        return pid > 0
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read(lock: Path) -> Holder:
    try:
        lines = lock.read_bytes().decode("utf-8", "replace").split("\n")
    except OSError:
        lines = []
    pid = 0
    with contextlib.suppress(ValueError, IndexError):
        pid = int(lines[0])
    application = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    return Holder(pid, application, host)


def desktop_holder(case_file: Path) -> Holder | None:
    """Who has the case file open in the desktop, or None when nobody does.

    A lock file without a live holder (left by a crash) is None. Where the holder cannot be
    tested (no `flock()`), a lock of this computer counts when its process still runs, and one
    of another computer counts always.
    """
    lock = lock_path(case_file)
    if not lock.exists():
        return None
    held = _held(lock)
    if held is False:
        return None
    holder = _read(lock)
    if held is None and holder.here and not _alive(holder.pid):
        return None
    return holder


def refuse_if_open(case_file: Path) -> None:
    """Refuse a command that replaces or rewrites the whole case file while the desktop has
    it open.

    Raises:
        CaseFileInUse: the desktop holds the case file's lock; nothing was changed.
    """
    holder = desktop_holder(case_file)
    if holder is None:
        return
    if holder.here:
        where = "op deze computer"
        who = f"proces {holder.pid}" if holder.pid else ""
    else:
        where = "op een andere computer"
        who = holder.host
    detail = f" ({who})" if who else ""
    raise CaseFileInUse(
        f"Het dossier is geopend in Chinadossier {where}{detail}; sluit het programma eerst. "
        "Er is niets gewijzigd."
    )
