"""Each phase's share of the import preview's CPU time, for the bar's weights
(services.importing.plan_progress.WEIGHTS): plan_import of N persons (default 10,000) with a
Progress listener that notes the CPU time at each change of phase.

With --commit it then writes the last preview (commit_import, after the wizard's verified
backup) and prints the same for writing (plan_progress.WRITE_ROWS_SPAN) and the backup's time.

Usage: python benchmarks/import_preview_phases.py CASE_FILE_COPY [--rows N] [--rounds N]
[--commit] (a copy of /work/bench/big.sqlite3: --commit WRITES to it). Prints per round the
share of each phase, the total CPU seconds and the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from import_rows import make_csv  # noqa: E402

from chinadossier.domain.actor import Actor  # noqa: E402
from chinadossier.domain.clock import FixedClock  # noqa: E402
from chinadossier.domain.progress import Progress  # noqa: E402
from chinadossier.services import importing  # noqa: E402
from chinadossier.services.dossier import Dossier  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("case_file", type=Path)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--commit", action="store_true")
    args = parser.parse_args()
    table = importing.read_table(make_csv(args.rows), file_name="personen.csv")
    actor = Actor(account="b.bench", domain="GEMEENTE", host="bench")
    with Dossier.open(args.case_file, clock=FixedClock.on(dt.date(2026, 11, 29)),
                      actor=actor) as dossier:
        importing.plan_import(dossier, table)  # warm caches
        for _ in range(args.rounds):
            marks: list[tuple[float, str]] = []
            progress = Progress(lambda _f, phase, marks=marks: marks.append(
                (time.process_time(), phase.split(":")[0])))
            plan = importing.plan_import(dossier, table, progress=progress)
            _shares(marks)
        if args.commit:
            from chinadossier.services import backups

            backup = backups.backup_step(args.case_file, backups.desktop_place(args.case_file),
                                         backups.REASON_IMPORT, clock=dossier.ctx.clock,
                                         actor=actor)
            cpu, wall = time.process_time(), time.perf_counter()
            backup()
            print(f"backup: CPU {time.process_time() - cpu:.2f} s, wall "
                  f"{time.perf_counter() - wall:.2f} s")
            marks = []
            progress = Progress(lambda _f, phase: marks.append(
                (time.process_time(), phase.split(":")[0])))
            importing.commit_import(dossier, plan, accept_partial=True, progress=progress)
            _shares(marks)


def _shares(marks: list[tuple[float, str]]) -> None:
    marks.append((time.process_time(), "end"))
    starts: dict[str, float] = {}
    for when, phase in marks:
        starts.setdefault(phase, when)
    names = list(starts)
    total = marks[-1][0] - marks[0][0]
    shares = ", ".join(f"{name} {100 * (starts[names[i + 1]] - starts[name]) / total:.1f} %"
                       for i, name in enumerate(names[:-1]))
    print(f"{shares}; CPU {total:.2f} s; load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
