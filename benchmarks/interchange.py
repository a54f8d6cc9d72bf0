"""Export the whole case file to JSON and load it into a new one, each beside a bare anchor.

Usage: python benchmarks/interchange.py BIG.sqlite3 [--work DIR]

The anchors do the same work with nothing of ours: the export anchor reads every row of the
same tables with raw sqlite3 and writes it with orjson; the load anchor inserts the same rows
with raw executemany into an empty file of the same schema (no checks, no search index).
Prints a Markdown table with wall time and peak memory (RSS of a child process) per scenario.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_EXPORT = """
import sys
from pathlib import Path
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import SystemClock
from chinadossier.services import case_file_json
case_file_json.export_json(Path(sys.argv[1]), Path(sys.argv[2]), clock=SystemClock(),
                           actor=Actor.current())
"""

_EXPORT_ANCHOR = """
import sqlite3, sys, orjson, base64
conn = sqlite3.connect(sys.argv[1])
tables = [r[0] for r in conn.execute(
    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
    "AND name NOT LIKE 'search%' AND name != 'alembic_version' ORDER BY name")]
with open(sys.argv[2], "wb") as out:
    for table in tables:
        cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        while batch := cur.fetchmany(2000):
            out.write(b"\\n".join(orjson.dumps([{"$b64": base64.b64encode(v).decode()}
                      if type(v) is bytes else v for v in row]) for row in batch) + b"\\n")
"""

_IMPORT = """
import sys
from pathlib import Path
from chinadossier.services import case_file_json
case_file_json.import_json(Path(sys.argv[1]), Path(sys.argv[2]))
"""

_IMPORT_ANCHOR = """
import sqlite3, sys
source = sqlite3.connect(sys.argv[1])
target = sqlite3.connect(sys.argv[2], isolation_level=None)
target.execute("PRAGMA foreign_keys=OFF")
target.execute("PRAGMA cache_size=-262144")
target.execute("BEGIN")
tables = [r[0] for r in source.execute(
    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
    "AND name NOT LIKE 'search%' AND name != 'alembic_version' ORDER BY name")]
for table in tables:
    target.execute(f'DELETE FROM "{table}"')
    cur = source.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
    width = len(cur.description)
    sql = f'INSERT INTO "{table}" VALUES ({", ".join("?" * width)})'
    while batch := cur.fetchmany(2000):
        target.executemany(sql, batch)
target.execute("COMMIT")
"""


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(code: str, *args: str) -> tuple[float, float]:
    """Wall time and the highest peak RSS of the children so far (MB); the child's CPU time is
    added to CPU (printed beside the wall times: on a shared machine it is the steadier one)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cpu_before = _cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True)
    elapsed = time.perf_counter() - start
    CPU.append(_cpu() - cpu_before)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


CPU: list[float] = []


def _empty_schema_copy(source: Path, target: Path) -> None:
    """An empty file with the source's schema (for the load anchor)."""
    shutil.copy2(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search%'")]
        conn.execute("BEGIN")
        for name in names:
            conn.execute(f'DELETE FROM "{name}"')
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="cd-interchange-"))
    work.mkdir(parents=True, exist_ok=True)
    source = work / "source.sqlite3"
    shutil.copy2(args.file, source)
    export_path = work / "export.json"
    rows = [("scenario", "ours (s)", "anchor (s)", "ratio", "ours peak RSS (MB)")]

    anchor_s, _ = _timed(_EXPORT_ANCHOR, str(source), str(work / "anchor.jsonl"))
    ours_s, ours_mb = _timed(_EXPORT, str(source), str(export_path))
    rows.append(("export to JSON", f"{ours_s:.1f}", f"{anchor_s:.1f}", f"{ours_s / anchor_s:.1f}×",
                 f"{ours_mb:.0f}"))

    empty = work / "empty.sqlite3"
    _empty_schema_copy(source, empty)
    anchor_s, _ = _timed(_IMPORT_ANCHOR, str(source), str(empty))
    target = work / "loaded" / "chinadossier.sqlite3"
    target.parent.mkdir()
    ours_s, ours_mb = _timed(_IMPORT, str(export_path), str(target))
    rows.append(("load JSON into a new case file (with search index and check)",
                 f"{ours_s:.1f}", f"{anchor_s:.1f}", f"{ours_s / anchor_s:.1f}×", f"{ours_mb:.0f}"))

    print(f"CPU seconds of each child in order (export anchor, export, load anchor, load): "
          f"{', '.join(f'{c:.1f}' for c in CPU)}; load average {os.getloadavg()}")
    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.processor() or platform.machine()}; file {args.file.stat().st_size >> 20} MB")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
