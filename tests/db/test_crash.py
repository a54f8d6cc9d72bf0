"""Issue 7.9: kill -9 during writes loses no committed record and never fails `check`.

Bounded for the suite: 20 kills of a forked writer at random moments (the full 200-kill run
is tools/crash_run.py). A forked child opens its own connection after the fork; the parent
holds none while children write.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from chinadossier.services import maintenance

sys.path.insert(0, str(Path(__file__).parent))
from crash_writer import write_until_killed  # noqa: E402

KILLS = 20


def kill_a_writer(path: Path, rng: random.Random, seed: int) -> dict[str, int]:
    """Fork a writer, kill -9 it at a random moment after its first commit; return what it
    reported as committed (id → version)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed
        os.close(read_end)
        try:
            write_until_killed(path, write_end, seed)
        finally:
            os._exit(1)
    os.close(write_end)
    buffer = b""
    while b"\n" not in buffer:  # wait for the first commit
        chunk = os.read(read_end, 4096)
        if not chunk:
            break
        buffer += chunk
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        buffer += chunk
    os.close(read_end)
    reported: dict[str, int] = {}
    for line in buffer.decode().splitlines():
        parts = line.split()
        if len(parts) == 2:  # a line cut by the kill is not a report
            reported[parts[0]] = int(parts[1])
    return reported


def stored_versions(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {str(row[0]): int(row[1]) for row in conn.execute("SELECT id, version FROM record")}
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_kill_9_during_writes_loses_nothing_committed(case_file: Path) -> None:
    rng = random.Random(7)
    committed: dict[str, int] = {}
    for seed in range(KILLS):
        committed.update(kill_a_writer(case_file, rng, seed))
        stored = {i.replace("-", ""): v for i, v in stored_versions(case_file).items()}
        for record_id, version in committed.items():
            assert stored.get(record_id.replace("-", ""), -1) >= version, record_id
    assert len(committed) >= KILLS
    report = maintenance.check(case_file)
    assert report.ok, [f"{i.name}: {i.message}" for i in report.items if not i.ok]
