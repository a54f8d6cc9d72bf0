"""What the preview's progress hook costs: plan_import of 10,000 persons with progress=None and
with a Progress and listener (as the import wizard runs it), alternating, beside a bare anchor
(the standard library's csv module parsing the same file), all in one run.

Usage: python benchmarks/import_preview_progress.py CASE_FILE_COPY [--rounds N]
(e.g. a copy of /work/bench/big.sqlite3; the preview writes nothing). Prints CPU time
(time.process_time) and wall time, the minimum of N rounds, and the load average.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
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
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data = make_csv(10_000)
    table = importing.read_table(data, file_name="personen.csv")
    heard: list[str] = []
    times: dict[str, list[tuple[float, float]]] = {"none": [], "progress": [], "csv": []}
    actor = Actor(account="b.bench", domain="GEMEENTE", host="bench")
    with Dossier.open(args.case_file, clock=FixedClock.on(dt.date(2026, 11, 29)),
                      actor=actor) as dossier:
        importing.plan_import(dossier, table)  # warm caches
        for _ in range(args.rounds):
            for mode in times:
                cpu, wall = time.process_time(), time.perf_counter()
                if mode == "csv":
                    list(csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";"))
                else:
                    progress = (Progress(lambda _f, phase: heard.append(phase))
                                if mode == "progress" else None)
                    importing.plan_import(dossier, table, progress=progress)
                times[mode].append((time.process_time() - cpu, time.perf_counter() - wall))
    print(f"load average {os.getloadavg()}")
    print("| run | CPU s (min) | wall s (min) |\n|---|---|---|")
    for mode, runs in times.items():
        print(f"| {mode} | {min(r[0] for r in runs):.3f} | {min(r[1] for r in runs):.3f} |")
    print(f"reports per preview: {len(heard) // args.rounds}")


if __name__ == "__main__":
    main()
