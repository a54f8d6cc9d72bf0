"""The lists' text filter with linked names (db.linked_text) on a large case file, beside raw
sqlite3 running the very same statements (and the older own-text-only condition).

Usage: python benchmarks/linked_text.py COPY.sqlite3 [--repeat 7] [--words nanjing organisatie]
Prints, per list and word: the first page (50) and the count through the services (wall and
CPU ms, medians), the same SQL replayed on a bare sqlite3 connection, and the page SQL as
the filter was before (own text only), replayed raw, plus the load average. Read-only;
run it on a copy anyway.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.queries import Filter, ListQuery
from chinadossier.services.dossier import Dossier

LISTS = {
    RecordKind.MEETING: "meetings",
    RecordKind.TIE: "ties",
    RecordKind.PERSON: "persons",
    RecordKind.RISK_NOTE: "risk_notes",
    RecordKind.DECISION: "decisions",
    RecordKind.ORGANISATION: "organisations",
}


def timed(call: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median wall ms, median CPU ms, last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = call()
        cpus.append((time.process_time() - c) * 1000)
        walls.append((time.perf_counter() - w) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def replay(conn: sqlite3.Connection, sql: list[str]) -> list[Any]:
    """Run statements (parameters written in) on a bare sqlite3 connection."""
    return [conn.execute(s).fetchall() for s in sql]


def statements(engine: Any, kind: RecordKind, query: ListQuery, *, own_only: bool = False
               ) -> tuple[list[str], list[str]]:
    """The SQL of one page and of one count (parameters written in, sqlite3 trace); with
    `own_only` as the filter was before linked names (the record's own text only)."""
    from chinadossier.db import linked_text, listing

    seen: list[str] = []
    arms = linked_text._linked_arms
    if own_only:
        linked_text._linked_arms = lambda kind, names: []  # type: ignore[assignment]
    listing._PAGES.clear()
    listing._COUNTS.clear()
    with engine.connect() as sa_conn:
        dbapi: Any = sa_conn.connection.dbapi_connection
        dbapi.set_trace_callback(seen.append)
        try:
            listing.list_page(dbapi, kind, query)
            page_sql = [s for s in seen if "search_fts" in s]
            seen.clear()
            listing.count(dbapi, kind, query)
            count_sql = [s for s in seen if "search_fts" in s]
        finally:
            dbapi.set_trace_callback(None)
            linked_text._linked_arms = arms  # type: ignore[method-assign]
            listing._PAGES.clear()
            listing._COUNTS.clear()
    return page_sql, count_sql


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--words", nargs="+", default=["nanjing", "haven", "organisatie"])
    args = parser.parse_args()
    print("load average before:", os.getloadavg())
    raw = sqlite3.connect(f"file:{args.path}?mode=ro", uri=True, isolation_level=None)
    with Dossier.open(args.path, clock=FixedClock.on(dt.date(2026, 11, 29)),
                      actor=Actor("bench", None, "bench"), read_only=True) as dossier:
        engine = dossier.ctx.database.engine
        print(f"{'list':10} {'word':12} {'rows':>5} {'count':>6} | {'page ms':>8} {'cpu':>6}"
              f" {'raw ms':>7} {'ratio':>5} | {'count ms':>8} {'raw ms':>7} | {'old page raw':>12}")
        for kind, attr in LISTS.items():
            service = getattr(dossier, attr)
            for word in args.words:
                query = ListQuery(where=Filter(text=word), limit=50)
                def page(service: Any = service, query: ListQuery = query) -> Any:
                    return service.list(query)

                def counted(service: Any = service, query: ListQuery = query) -> Any:
                    return service.count(query)

                page()  # compile the shape once, as a list does on its first use
                counted()
                p_ms, p_cpu, result = timed(page, args.repeat)
                c_ms, _c_cpu, total = timed(counted, args.repeat)
                page_sql, count_sql = statements(engine, kind, query)
                own_page, _ = statements(engine, kind, query, own_only=True)
                r_ms, _, _ = timed(partial(replay, raw, page_sql), args.repeat)
                rc_ms, _, _ = timed(partial(replay, raw, count_sql), args.repeat)
                o_ms, _, _ = timed(partial(replay, raw, own_page), args.repeat)
                print(f"{attr:10} {word:12} {len(result.items):5} {total:6} | {p_ms:8.1f}"
                      f" {p_cpu:6.1f} {r_ms:7.1f} {p_ms / max(r_ms, 0.01):5.2f} | {c_ms:8.1f}"
                      f" {rc_ms:7.1f} | {o_ms:12.1f}")
    raw.close()
    print("load average after:", os.getloadavg())


if __name__ == "__main__":
    main()
