"""Making a file or folder read-only in a test, also when the tests run as root.

Root ignores permission bits, so the immutable attribute (chattr +i) is used where it works;
otherwise the permission bits (for an ordinary account). Where neither makes the path
unwritable, the test is skipped with the reason: it cannot be tested on that machine.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _chattr(flag: str, path: Path) -> bool:
    tool = shutil.which("chattr")
    if tool is None:
        return False
    done = subprocess.run([tool, flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """While inside, path (a file or a folder) cannot be written, not even by root."""
    if _chattr("+i", path):
        try:
            yield
        finally:
            _chattr("-i", path)
        return
    if os.geteuid() == 0:
        pytest.skip("as root, a read-only path needs chattr +i, which this file system refuses")
    mode = path.stat().st_mode
    path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield
    finally:
        path.chmod(mode)
