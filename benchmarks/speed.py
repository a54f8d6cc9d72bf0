"""The speed goals of issue 6, each measured side by side with raw sqlite3 in one run.

Usage: python benchmarks/speed.py FILE.sqlite3 [--repeat 9] [--skip-check] [--no-processes]
       [--only REGEX] [--cpu]

For every scenario the service call runs first while the SQL statements it sends are recorded
(an SQLAlchemy cursor event, and `db.fastread.trace` for the statements the page reader runs on
the DB-API cursor itself); the anchor replays exactly those statements with the same
parameters on a plain `sqlite3` connection in one read transaction and fetches every row. Both
are then timed alternately, and the medians and their ratio are printed: the ratio is what the
Python layer (SQLAlchemy, building frozen records) costs on top of SQLite doing the same work.
Processes (`chinadossier search`, `check`) are timed as whole processes against a Python process
that opens the file with sqlite3 and runs the same statements (for search: exactly those the
command sends, recorded with sqlite3's trace callback; for check: reading every row).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.queries import Filter, ListQuery
from chinadossier.services.dossier import Dossier

TODAY = dt.date(2026, 11, 29)
SEARCHES = ("nanjing", "南京", "王伟", "geinformeerd", "haven logistiek", "xian", "zzzz-no-match")


class Recorder:
    """Records the statements an engine sends while `active`."""

    def __init__(self, engine: Any) -> None:
        self.active = False
        self.statements: list[tuple[str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._seen)
        try:
            from chinadossier.db import fastread
        except ImportError:  # an older checkout (PYTHONPATH=...): all through SQLAlchemy
            return
        fastread.trace = self._direct

    def _direct(self, statement: str, params: Any) -> None:
        if self.active:
            self.statements.append((statement, tuple(params)))

    def _seen(self, conn: Any, cursor: Any, statement: str, params: Any, *rest: Any) -> None:
        verb = statement.strip().upper()
        if self.active and not verb.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            self.statements.append((statement, params))

    def record(self, action: Callable[[], object]) -> list[tuple[str, Any]]:
        self.statements = []
        self.active = True
        try:
            action()
        finally:
            self.active = False
        return list(self.statements)


def raw_replay(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> Callable[[], int]:
    """The same statements on a bare sqlite3 connection, every row fetched."""

    def run() -> int:
        rows = 0
        conn.execute("BEGIN")
        try:
            for sql, params in statements:
                rows += len(conn.execute(sql, params).fetchall())
        finally:
            conn.execute("COMMIT")
        return rows

    return run


#: The in-process clock: wall time, or with --cpu this process's CPU time (on a machine shared
#: with other work, time spent waiting for a core is then not counted against either side).
CLOCK: Callable[[], float] = time.perf_counter


def medians(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median ms of a and of b, timed alternately after one warm-up each."""
    a()
    b()
    sa: list[float] = []
    sb: list[float] = []
    for _ in range(repeat):
        for fn, samples in ((a, sa), (b, sb)):
            start = CLOCK()
            fn()
            samples.append((CLOCK() - start) * 1000)
    return statistics.median(sa), statistics.median(sb)


def scenarios(dossier: Dossier) -> list[tuple[str, str, Callable[[], object]]]:
    """(name, goal, call) for every in-process goal."""
    org = dossier.organisations.list(ListQuery(limit=1)).items[0].meta.id
    person = dossier.persons.list(ListQuery(limit=1)).items[0].meta.id
    tie = dossier.ties.list(ListQuery(limit=1)).items[0].meta.id
    events = dossier.overview.timeline_page(tie_id=tie, limit=1).total or 0
    # A contact moment ten pages down: the page holding it keeps the selection after a refresh.
    deep = dossier.meetings.list(ListQuery(limit=500)).items[-1].meta.id
    second = dossier.overview.timeline_page(tie_id=tie, limit=100).next_cursor
    out: list[tuple[str, str, Callable[[], object]]] = [
        (
            "contactmomenten van één organisatie",
            "≤ 20 ms",
            lambda: dossier.meetings.list(ListQuery(where=Filter(organisation_id=org))),
        ),
        (
            "contactmomenten van één persoon",
            "≤ 20 ms",
            lambda: dossier.meetings.list(ListQuery(where=Filter(person_id=person))),
        ),
        (
            "aantal contactmomenten van één organisatie (count)",
            "goedkoop",
            lambda: dossier.meetings.count(ListQuery(where=Filter(organisation_id=org))),
        ),
        ("aantal contactmomenten (count)", "goedkoop", lambda: dossier.meetings.count()),
        (
            f"tijdlijn van een band, eerste 100 (van {events:_})".replace("_", "."),
            "gepagineerd",
            lambda: dossier.overview.timeline_page(tie_id=tie, limit=100),
        ),
        (
            "tijdlijn van een band, tweede 100 (cursor)",
            "gepagineerd",
            lambda: dossier.overview.timeline_page(tie_id=tie, limit=100, cursor=second),
        ),
        (
            "lijst contactmomenten, pagina van 50 bij een record (at, 10e pagina)",
            "≤ 2× raw",
            lambda: dossier.meetings.list(ListQuery(limit=50, at=deep)),
        ),
    ]
    services = {
        "organisaties": dossier.organisations,
        "personen": dossier.persons,
        "banden": dossier.ties,
        "contactmomenten": dossier.meetings,
        "acties": dossier.actions,
        "besluiten": dossier.decisions,
        "risico's": dossier.risk_notes,
        "bronnen": dossier.sources,
        "overheden": dossier.authorities,
    }
    for name, service in services.items():
        for sort in service.sorts():
            out.append(
                (
                    f"lijst {name}, {sort}, eerste 50",
                    "≤ 2× raw",
                    lambda s=service, sort=sort: s.list(ListQuery(sort=sort, limit=50)),
                )
            )
    for name, service in (("contactmomenten", dossier.meetings), ("personen", dossier.persons)):
        out.append(
            (
                f"lijst {name}, pagina van 200",
                "≤ 20 ms",
                lambda s=service: s.list(ListQuery(limit=200)),
            )
        )
    for text in SEARCHES:
        out.append((f"zoeken '{text}'", "≤ 10 ms", lambda t=text: dossier.overview.search(t)))
    for text in ("geinformeerd", "haven logistiek"):
        out.append(
            (
                f"zoeken '{text}', pagina met totaal (search_page)",
                "≤ 10 ms",
                lambda t=text: dossier.overview.search_page(t),
            )
        )
    out.append(("dashboard", "≤ 20 ms", dossier.overview.dashboard))
    return out


def in_process(
    path: Path, repeat: int, only: str | None = None
) -> list[tuple[str, str, float, float]]:
    """(scenario, goal, service ms, raw ms) for every in-process scenario."""
    rows = []
    with Dossier.open(
        path, clock=FixedClock.on(TODAY), actor=Actor("bench", None, "bench"), read_only=True
    ) as dossier:
        recorder = Recorder(dossier.ctx.database.engine)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        try:
            for name, goal, call in scenarios(dossier):
                if only and not re.search(only, name):
                    continue
                statements = recorder.record(call)
                ms, raw_ms = medians(call, raw_replay(conn, statements), repeat)
                rows.append((f"{name} ({len(statements)} stmt)", goal, ms, raw_ms))
        finally:
            conn.close()
    return rows


RAW_SEARCH = """
import json, sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, isolation_level=None)
for sql in json.loads(sys.argv[2]):
    for row in conn.execute(sql):
        print(*row)
"""


def quick_search_statements(path: Path, query: str) -> list[str]:
    """The SQL that `chinadossier search QUERY` sends, parameters written in (sqlite3 trace):
    the file inspection, the search and the references, in order."""
    from chinadossier.db import sqlite_file
    from chinadossier.services.quick import search_answer

    seen: list[str] = []
    original = sqlite_file.connect_existing

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    sqlite_file.connect_existing = traced  # type: ignore[assignment]
    try:
        search_answer(path, query, limit=50)
    finally:
        sqlite_file.connect_existing = original  # type: ignore[assignment]
    return seen


RAW_READ_ALL = """
import hashlib, sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, isolation_level=None)
conn.execute("BEGIN")
tables = [r[0] for r in conn.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'")]
digest = hashlib.sha256()
for table in tables:
    for row in conn.execute(f'SELECT * FROM "{table}"'):
        digest.update(repr(row).encode())
print(conn.execute("PRAGMA quick_check").fetchone()[0], digest.hexdigest())
conn.execute("COMMIT")
"""


def _process(args: list[str]) -> tuple[float, float]:
    """Wall ms and the peak RSS (MB) of a finished child process."""
    start = time.perf_counter()
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        pid = os.posix_spawn(
            args[0], args, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)]
        )
    finally:
        os.close(devnull)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{args} failed")
    return (time.perf_counter() - start) * 1000, usage.ru_maxrss / 1024


def _left_behind(before: set[int], path: Path) -> list[str]:
    """New processes still running that belong to the finished run: its children (now
    orphans or ours) and anything that names the case file or the check worker."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) not in before:
            try:
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            ours = parent in (1, os.getpid()) and "python" in cmd
            if ours or str(path) in cmd or "check.worker" in cmd:
                found.append(cmd.strip())
    return found


def processes(path: Path, repeat: int, *, check: bool) -> list[tuple[str, str, float, float]]:
    """Whole processes: CLI search against a bare sqlite3 process; check with memory."""
    exe = str(Path(sys.executable).with_name("chinadossier"))
    rows = []
    for query in ("nanjing", "geinformeerd"):
        search = [exe, "--db", str(path), "search", query]
        statements = json.dumps(quick_search_statements(path, query))
        raw = [sys.executable, "-c", RAW_SEARCH, str(path), statements]
        cli, bare = [], []
        for _ in range(max(3, repeat // 2)):
            cli.append(_process(search)[0])
            bare.append(_process(raw)[0])
        rows.append(
            (
                f"`chinadossier search {query}` (heel proces)",
                "≤ 300 ms",
                statistics.median(cli),
                statistics.median(bare),
            )
        )
    if check:
        anchor_ms, anchor_peak = _process([sys.executable, "-c", RAW_READ_ALL, str(path)])
        rows.append(
            (
                "anker: python+sqlite3 leest elke rij van elke tabel + quick_check "
                f"(piek {anchor_peak:.0f} MB)",
                "anker",
                anchor_ms,
                anchor_ms,
            )
        )
        for full in (False, True):
            before = {int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()}
            args = [exe, "--db", str(path), "check"] + (["--full"] if full else [])
            ms, peak = _process(args)
            time.sleep(0.5)
            left = _left_behind(before, path)
            label = "check --full" if full else "check"
            rows.append(
                (
                    f"`{label}` (piek {peak:.0f} MB, achtergelaten processen: {len(left)})",
                    "gemeten" if full else "≤ 5 s, ≤ 300 MB",
                    ms,
                    anchor_ms,
                )
            )
    return rows


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--skip-check", action="store_true")
    parser.add_argument("--only", metavar="REGEX", help="only in-process scenarios matching")
    parser.add_argument("--no-processes", action="store_true", help="skip whole-process runs")
    parser.add_argument("--cpu", action="store_true",
                        help="time in-process scenarios in CPU time of this process, not wall time")
    args = parser.parse_args()
    global CLOCK  # noqa: PLW0603 - set once from the command line
    if args.cpu:
        CLOCK = time.process_time
    print(
        f"{dt.date.today()}, {platform.platform()}, {os.cpu_count()} CPU, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{args.file.stat().st_size / 1e6:.0f} MB, load {os.getloadavg()[0]:.1f}, "
        f"{'CPU time' if args.cpu else 'wall time'}\n"
    )
    print("| scenario | doel | ms (mediaan) | raw sqlite3 ms | verhouding |")
    print("|---|---|---:|---:|---:|")
    rows = in_process(args.file, args.repeat, args.only)
    if not args.no_processes:
        rows += processes(args.file, args.repeat, check=not args.skip_check)
    for name, goal, ms, raw in rows:
        ratio = f"{ms / raw:.1f}×" if raw == raw and raw > 0 else "—"
        raw_text = f"{raw:.1f}" if raw == raw else "—"
        print(f"| {name} | {goal} | {ms:.1f} | {raw_text} | {ratio} |", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nMax RSS van dit proces: {peak:.0f} MB")


if __name__ == "__main__":
    main()
