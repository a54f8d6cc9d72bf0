"""The desktop's case-file lock, read without Qt (chinadossier.desktop_lock).

The lock is made here as Qt makes it on Unix: "pid\\napplication\\nhost\\n" in a file held with an
exclusive flock(); tests/ui/test_case_file_lock.py checks the same against a real QLockFile.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from chinadossier.desktop_lock import (
    CaseFileInUse,
    Holder,
    desktop_holder,
    lock_path,
    refuse_if_open,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock() is Unix-only")


@contextmanager
def held_as_qt_does(
    case_file: Path, *, pid: int | None = None, host: str | None = None
) -> Iterator[Path]:
    """A lock file as a desktop window holds it (Unix), released at the end."""
    import fcntl

    lock = lock_path(case_file)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        pid_text = str(os.getpid() if pid is None else pid)
        os.write(fd, f"{pid_text}\nchinadossier\n{host or socket.gethostname()}\n".encode())
        yield lock
    finally:
        os.close(fd)
        lock.unlink(missing_ok=True)


def test_no_lock_file_is_free(tmp_path: Path) -> None:
    case_file = tmp_path / "chinadossier.sqlite3"
    assert lock_path(case_file) == tmp_path / "chinadossier.sqlite3.lock"
    assert desktop_holder(case_file) is None
    refuse_if_open(case_file)  # nothing raised


def test_a_held_lock_names_the_process_on_this_computer(tmp_path: Path) -> None:
    case_file = tmp_path / "chinadossier.sqlite3"
    with held_as_qt_does(case_file):
        assert desktop_holder(case_file) == Holder(
            os.getpid(), "chinadossier", socket.gethostname()
        )
        with pytest.raises(CaseFileInUse) as refused:
            refuse_if_open(case_file)
    assert refused.value.exit_code == 1
    assert refused.value.message == (
        f"Het dossier is geopend in Chinadossier op deze computer (proces {os.getpid()}); "
        "sluit het programma eerst. Er is niets gewijzigd."
    )
    assert desktop_holder(case_file) is None  # released


def test_a_lock_of_another_computer_says_so(tmp_path: Path) -> None:
    case_file = tmp_path / "chinadossier.sqlite3"
    with (
        held_as_qt_does(case_file, host="laptop-elders"),
        pytest.raises(CaseFileInUse, match=r"op een andere computer \(laptop-elders\)"),
    ):
        refuse_if_open(case_file)


def test_a_lock_left_by_a_crash_is_free(tmp_path: Path) -> None:
    case_file = tmp_path / "chinadossier.sqlite3"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_path(case_file).write_text(
        f"{gone.stdout.strip()}\nchinadossier\n{socket.gethostname()}\n", encoding="utf-8"
    )
    assert desktop_holder(case_file) is None  # nobody holds the flock()
    refuse_if_open(case_file)
