"""Export the 100,000 contact moments of the benchmark file as a list (CSV, XLSX), beside anchors.

Usage: python benchmarks/list_export.py BIG.sqlite3 [anchor|pages|csv|xlsx|json ...]

Each scenario runs in its own process (CPU time and peak RSS of that child). The anchors: the
meeting rows read with raw sqlite3 and written with the csv module (nothing of ours); the same
with the columns the export has that need a join (participants' names, tags) joined in SQL; and
the whole case file to JSON (our streamed export, memory flat). Extra arguments pick scenarios
(the first anchor always runs). Prints a Markdown table. The file is opened for
writing (an export is audited), so use a copy.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_OURS = """
import sys
from pathlib import Path
from chinadossier.domain.codes import RecordKind
from chinadossier.services import exporting
from chinadossier.services.dossier import Dossier
with Dossier.open(Path(sys.argv[1])) as dossier:
    report = exporting.export_list(dossier, RecordKind.MEETING, Path(sys.argv[2]),
                                   fmt=sys.argv[3])
print(report.records)
"""

_PAGES = """
import sys
from pathlib import Path
from chinadossier.domain.queries import ListQuery
from chinadossier.services.dossier import Dossier
with Dossier.open(Path(sys.argv[1])) as dossier:
    cursor, n = None, 0
    while True:
        page = dossier.meetings.list(ListQuery(cursor=cursor, limit=500))
        n += len(page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
print(n)
"""

_RAW_CSV = """
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT r.display_no, m.held_on, m.start_time, m.meeting_kind, m.direction, m.title, "
    "m.place_text, m.summary, m.topics, m.gifts, m.gift_value_cents, r.classification "
    "FROM meeting m JOIN record r ON r.id = m.id WHERE r.deleted_at IS NULL "
    "ORDER BY m.held_on DESC, m.id DESC")
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as out:
    writer = csv.writer(out, delimiter=";")
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
print(n)
"""

_RAW_FULL = """
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT r.display_no, m.held_on, m.start_time, m.meeting_kind, m.direction, m.title, "
    "m.place_text, "
    "(SELECT group_concat(o.name_nl, '; ') FROM meeting_participant p JOIN organisation o "
    " ON o.id = p.organisation_id WHERE p.meeting_id = m.id), "
    "(SELECT group_concat(coalesce(x.hanzi || ' ' || x.pinyin, x.given_name || ' ' || "
    " x.family_name), '; ') FROM meeting_participant p JOIN person x ON x.id = p.person_id "
    " WHERE p.meeting_id = m.id), "
    "m.summary, m.topics, m.gifts, m.gift_value_cents, r.classification, "
    "(SELECT group_concat(t.name, '; ') FROM record_tag rt JOIN tag t ON t.id = rt.tag_id "
    " WHERE rt.record_id = m.id) "
    "FROM meeting m JOIN record r ON r.id = m.id WHERE r.deleted_at IS NULL "
    "ORDER BY m.held_on DESC, m.id DESC")
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as out:
    writer = csv.writer(out, delimiter=";")
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
print(n)
"""

_JSON = """
import sys
from pathlib import Path
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import SystemClock
from chinadossier.services import case_file_json
case_file_json.export_json(Path(sys.argv[1]), Path(sys.argv[2]), clock=SystemClock(),
                           actor=Actor.current())
"""


_PEAK = ("\nimport resource\nu = resource.getrusage(resource.RUSAGE_SELF)\n"
         "print(u.ru_utime + u.ru_stime, u.ru_maxrss)\n")


def _run(code: str, *args: str) -> tuple[float, float, float, str]:
    """Wall time, the child's CPU time, its own peak RSS in MB, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code + _PEAK, *args], check=True,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    *printed, cpu, peak = done.stdout.split()
    return wall, float(cpu), int(peak) / 1024, " ".join(printed)


def main() -> int:
    big = Path(sys.argv[1])
    only = set(sys.argv[2:])  # e.g. "csv" to leave out the slow XLSX and JSON scenarios
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as work:
        out = Path(work)
        scenarios = [
            ("anchor", "raw sqlite3 + csv module, 100,000 meetings (anchor)",
             lambda: _run(_RAW_CSV, str(big), str(out / "raw.csv"))),
            ("full", "raw sqlite3 + csv module, the same columns as the export (participants' "
             "names and tags joined in SQL; second anchor)",
             lambda: _run(_RAW_FULL, str(big), str(out / "raw-full.csv"))),
            ("pages", "list API, every page of 500 (no file)", lambda: _run(_PAGES, str(big))),
            ("csv", "export list to CSV",
             lambda: _run(_OURS, str(big), str(out / "cm.csv"), "csv")),
            ("xlsx", "export list to XLSX",
             lambda: _run(_OURS, str(big), str(out / "cm.xlsx"), "xlsx")),
            ("json", "whole case file to JSON (anchor for memory)",
             lambda: _run(_JSON, str(big), str(out / "all.json"))),
        ]
        results = [(name, run()) for key, name, run in scenarios
                   if not only or key in only or key == "anchor"]
    anchor_wall, anchor_cpu = results[0][1][0], results[0][1][1]
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    print("| scenario | wall | × raw csv | CPU | × raw csv | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (wall, cpu, peak, _out) in results:
        print(f"| {name} | {wall:.1f} s | {wall / anchor_wall:.1f}× | {cpu:.1f} s | "
              f"{cpu / anchor_cpu:.1f}× | {peak:.0f} MB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
