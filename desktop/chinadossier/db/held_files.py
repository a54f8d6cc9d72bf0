"""Reading a case file's first bytes without ever closing a descriptor on it.

SQLite keeps its locks on a database file as POSIX advisory locks, and POSIX drops *every* lock
a process holds on a file as soon as the process closes *any* descriptor on that file — also
one opened by plain Python (`open(path, "rb")`) that merely read the header. In WAL mode every
SQLite connection keeps a shared lock on the file for as long as it is open; that lock tells
another process that closes its last connection not to checkpoint and delete the -wal and -shm
files. With the lock silently gone (a second window, a start-up check or a backup read the
header while the first window's connections were open), a command-line import closing its
connection deleted the log under the desktop's connections, which then read pages from a
log index that no longer matched the file: "database disk image is malformed" in a long-lived
process, while the file itself was fine (docs/architecture.md, Hardening).

So a descriptor opened here on a case file is never closed: it is kept, one per file (device
and inode), and read with `pread` the next time. A replaced file (restore) gets a new inode and
thus one more kept descriptor; the old one keeps the replaced file's blocks until the process
ends. Only the main file needs this: SQLite takes no locks on the -wal file, and the -shm file
is never opened here.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

__all__ = ["held_count", "read_start"]

_HELD: dict[tuple[int, int], int] = {}
_LOCK = threading.Lock()
_POSIX = hasattr(os, "pread")


def read_start(path: Path, size: int, *, keep: bool = True) -> bytes:
    """Up to `size` bytes from the start of the file at `path`, read on a kept descriptor.

    `keep=False` for a file SQLite never keeps open in WAL mode in a long-lived process (a
    backup being listed or verified): its descriptor is closed again unless one is held already,
    so a folder of backups holds no descriptors and a removed backup frees its blocks.

    Raises what opening and reading the file raises (FileNotFoundError, IsADirectoryError,
    PermissionError, ...), like `path.open("rb").read(size)`.
    """
    with _LOCK:
        found = os.stat(path)
        if stat.S_ISDIR(found.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        fd = _HELD.get((found.st_dev, found.st_ino))
        if fd is None and (not keep or not _POSIX):
            # A backup; or Windows, which locks per handle (LockFileEx), not per file and
            # process, so closing a handle there drops no other lock.
            with open(path, "rb") as handle:
                return handle.read(size)
        if fd is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode):
                os.close(fd)  # not a file SQLite could hold locks on
                with open(path, "rb") as handle:  # the usual error (or bytes) for it
                    return handle.read(size)
            # Kept even when another descriptor is held for this inode already (the file was
            # swapped between stat and open): closing it would drop the process's locks.
            _HELD.setdefault((opened.st_dev, opened.st_ino), fd)
        return os.pread(fd, size, 0)


def held_count() -> int:
    """How many descriptors are kept (for tests)."""
    return len(_HELD)
