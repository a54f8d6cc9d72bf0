"""The full kill -9 run of issue 7.9: 200 kills of a writer, and interrupted backups.

    .venv/bin/python tools/crash_run.py [KILLS] [--folder DIR]

Each round forks a writer (tests/db/crash_writer.py) that commits organisations and edits as
fast as it can and reports each commit, and kills it with SIGKILL at a random moment. After
every round each reported record must be in the file with at least the reported version;
every 20 rounds, and at the end, `check` must pass. Then 10 backups are killed half-way: the
next backup must leave exactly one temporary file fewer than were lost — none. Prints the
figures recorded in docs/architecture.md (Hardening). POSIX only (fork).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "db"))

from crash_writer import ACTOR  # noqa: E402
from test_crash import kill_a_writer, stored_versions  # noqa: E402

from chinadossier.domain.clock import FixedClock  # noqa: E402
from chinadossier.services import maintenance  # noqa: E402
from chinadossier.services.setup import new_case_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kills", nargs="?", type=int, default=200)
    parser.add_argument("--folder", default=None)
    args = parser.parse_args()
    folder = Path(args.folder or tempfile.mkdtemp(prefix="crash-run-"))
    path = folder / "chinadossier.sqlite3"
    clock = FixedClock.on(dt.date(2026, 11, 29))
    new_case_file(path, authority_code="GM0599", clock=clock, actor=ACTOR)
    rng = random.Random(2026)
    committed: dict[str, int] = {}
    lost = checks = failed_checks = 0
    started = time.monotonic()
    for round_no in range(1, args.kills + 1):
        committed.update(kill_a_writer(path, rng, round_no))
        stored = {i.replace("-", ""): v for i, v in stored_versions(path).items()}
        lost += sum(1 for i, v in committed.items() if stored.get(i.replace("-", ""), -1) < v)
        if round_no % 20 == 0 or round_no == args.kills:
            checks += 1
            report = maintenance.check(path)
            if not report.ok:
                failed_checks += 1
                print([i.message for i in report.items if not i.ok])
    kill_seconds = time.monotonic() - started
    size = path.stat().st_size
    # Interrupted backups: grow the file (20,000 organisations, one bulk), time one backup,
    # then kill ten backups at a random moment within that time; the next backup sweeps.
    from crash_writer import OrganisationDraft, OrganisationKind  # the writer's drafts

    from chinadossier.services.bulk import Bulk
    from chinadossier.services.dossier import Dossier

    with Dossier.open(path, clock=clock, actor=ACTOR) as dossier, Bulk(dossier.ctx) as bulk:
        for n in range(20000):
            bulk.create(dossier.organisations,
                        OrganisationDraft(f"Groei {n}", OrganisationKind.OTHER, notes="y" * 400))
        bulk.commit()
    out = folder / "backups"
    out.mkdir()
    timing = folder / "timing"
    began = time.monotonic()
    maintenance.backup(path, out_dir=timing, reason="maat", clock=clock, actor=ACTOR)
    one_backup = time.monotonic() - began
    for _ in range(10):
        pid = os.fork()
        if pid == 0:
            try:
                maintenance.backup(path, out_dir=out, reason="onderbroken", clock=clock,
                                   actor=ACTOR)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.1, 0.9) * one_backup)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    left_behind = sum(1 for p in out.iterdir() if p.name.startswith("."))
    maintenance.backup(path, out_dir=out, reason="daarna", clock=clock, actor=ACTOR)
    after = sum(1 for p in out.iterdir() if p.name.startswith("."))
    print(f"kills: {args.kills}; records reported committed: {len(committed)}; "
          f"lost: {lost}; checks: {checks}, failed: {failed_checks}; "
          f"file: {size / 1e6:.1f} MB; {kill_seconds:.0f} s")
    print(f"backups killed: 10 (one backup of the {path.stat().st_size / 1e6:.0f} MB file "
          f"takes {one_backup:.2f} s); temporary files left by them: {left_behind}; "
          f"after the next backup: {after}")
    return 0 if lost == 0 and failed_checks == 0 and after == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
