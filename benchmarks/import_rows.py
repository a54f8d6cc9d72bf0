"""Import 10,000 rows from an Excel-style CSV, beside bare anchors, in one run.

Usage: python benchmarks/import_rows.py [--rows N] [--work DIR] [--profile FILE]

The file is what the issue describes: a Windows-1252 semicolon CSV of persons, each with a
function at one of 200 organisations (new to the case file) and a "laatste contact", so every
row becomes a person, a position and a contact moment (20,200 records). Ours is
`plan_import` + `commit_import` in a child process on a new, empty case file (no backup, which
is the same file copy for any import). The anchors, in the same run:

- "csv": parsing the same file with the standard library's csv module alone;
- "raw": the same 20,200 rows written with raw sqlite3 `executemany` into a two-table schema
  (record + a JSON payload), in one transaction (no validation, audit or search index).

Prints a Markdown table; `--profile FILE` writes a cProfile of ours.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
           "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo"]
_GIVEN = ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Hua", "Ping", "Gang", "Qiang",
          "Xiu", "Ying", "Hong", "Bo", "Tao", "Li", "Ming", "Chao", "Hui"]


def make_csv(rows: int) -> bytes:
    """Persons with a function at one of 200 organisations and a last-contact date."""
    lines = ["Naam;Organisatie;Functie;E-mailadres;Laatste contact;Opmerkingen"]
    for i in range(rows):
        family = _FAMILY[i % len(_FAMILY)]
        given = _GIVEN[(i // len(_FAMILY)) % len(_GIVEN)]
        org = f"Handelsbureau {i % 200:03d} (fictief)"
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        lines.append(f"{family} {given} {i:05d} (fictief);{org};adviseur;p{i}@example.cn;"
                     f"{day}-{month}-2024;geïnformeerd over bezoek")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


_OURS = """
import sys, cProfile, pstats
from pathlib import Path
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import SystemClock
from chinadossier.services import importing
from chinadossier.services.dossier import Dossier
import gc, os
if os.environ.get("NOGC"): gc.disable()
path, data_path, profile = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
def run():
    with Dossier.open(path, clock=SystemClock(), actor=Actor.current()) as dossier:
        table = importing.read_table(data_path.read_bytes(), file_name=data_path.name)
        plan = importing.plan_import(dossier, table)
        assert not plan.rejected, plan.rejected[:3]
        result = importing.commit_import(dossier, plan)
        print(result.created, file=sys.stderr)
if profile:
    cProfile.run("run()", profile)
else:
    run()
"""

_CSV_ANCHOR = """
import csv, io, sys
rows = list(csv.reader(io.StringIO(open(sys.argv[1], "rb").read().decode("cp1252")),
                       delimiter=";"))
"""

_RAW_ANCHOR = """
import csv, io, json, sqlite3, sys, uuid
rows = list(csv.reader(io.StringIO(open(sys.argv[1], "rb").read().decode("cp1252")),
                       delimiter=";"))[1:]
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("CREATE TABLE record (id BLOB PRIMARY KEY, kind TEXT, display_no TEXT UNIQUE, "
             "payload TEXT)")
conn.execute("BEGIN")
orgs = {name: uuid.uuid4().bytes for name in {r[1] for r in rows}}
conn.executemany("INSERT INTO record VALUES (?, 'organisation', ?, ?)",
                 [(oid, f"ORG-{i:05d}", json.dumps({"name": n})) for i, (n, oid)
                  in enumerate(orgs.items())])
persons = [(uuid.uuid4().bytes, "person", f"PER-{i:05d}",
            json.dumps({"name": r[0], "org": orgs[r[1]].hex(), "title": r[2], "email": r[3]}))
           for i, r in enumerate(rows)]
conn.executemany("INSERT INTO record VALUES (?, ?, ?, ?)", persons)
conn.executemany("INSERT INTO record VALUES (?, 'meeting', ?, ?)",
                 [(uuid.uuid4().bytes, f"CM-{i:05d}", json.dumps({"on": r[4], "p": p[0].hex()}))
                  for i, (r, p) in enumerate(zip(rows, persons))])
conn.execute("COMMIT")
"""


def _timed(code: str, *args: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, after.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--profile", default="")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="cd-import-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / "personen.csv"
    data.write_bytes(make_csv(args.rows))

    from chinadossier.domain.actor import Actor
    from chinadossier.domain.clock import SystemClock
    from chinadossier.services.setup import new_case_file

    case_file = work / "case" / "chinadossier.sqlite3"
    case_file.parent.mkdir(exist_ok=True)
    if case_file.exists():
        case_file.unlink()
    new_case_file(case_file, authority_code="GM0599", clock=SystemClock(), actor=Actor.current())

    csv_s, csv_cpu, _ = _timed(_CSV_ANCHOR, str(data))
    raw_db = work / "raw.sqlite3"
    raw_db.unlink(missing_ok=True)
    raw_s, raw_cpu, _ = _timed(_RAW_ANCHOR, str(data), str(raw_db))
    ours_s, ours_cpu, ours_mb = _timed(_OURS, str(case_file), str(data), args.profile)

    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.processor() or platform.machine()}; {args.rows} rows; "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| scenario | wall s | CPU s | ours / anchor (wall) |")
    print("|---|---:|---:|---:|")
    print(f"| ours: read + preview + commit (peak RSS {ours_mb:.0f} MB) | {ours_s:.2f} | "
          f"{ours_cpu:.2f} | |")
    print(f"| anchor: csv module parse only | {csv_s:.2f} | {csv_cpu:.2f} | "
          f"{ours_s / csv_s:.0f}× |")
    print(f"| anchor: raw sqlite3 executemany of the same records | {raw_s:.2f} | "
          f"{raw_cpu:.2f} | {ours_s / raw_s:.1f}× |")


if __name__ == "__main__":
    main()
