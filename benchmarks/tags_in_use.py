"""Tags in use (the tag dialog, the filter bar's tag choices) and the own authority's links (the
Dit dossier wijzigen dialog) on a large case file, next to the bare SQL in raw sqlite3 (#8).

Usage: python benchmarks/tags_in_use.py COPY.sqlite3 [--tag-records 30000]
Works on a COPY (it adds tags straight into the file when it has none: the benchmark file
carries no tags). Reports wall and CPU time (median of 7) per call and the ratio to the anchor,
with the load average.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chinadossier.domain.codes import RecordKind
from chinadossier.services.dossier import Dossier

KINDS = ", ".join(f"'{k.value}'" for k in RecordKind)
#: All kinds: links minus those of deleted records (what db.case_settings asks).
TAGS_SQL = (
    "SELECT t.name, count(rt.record_id) FROM tag t JOIN record_tag rt ON rt.tag_id = t.id "
    f"WHERE rt.record_id NOT IN (SELECT id FROM record WHERE kind IN ({KINDS}) "
    "AND deleted_at IS NOT NULL) GROUP BY t.id, t.name"
)
#: One kind, and the first version for all kinds: a record lookup per link.
JOIN_SQL = (
    "SELECT t.name, count(rt.record_id) FROM tag t JOIN record_tag rt ON rt.tag_id = t.id "
    "JOIN record r ON r.id = rt.record_id WHERE r.deleted_at IS NULL {kind} GROUP BY t.id, t.name"
)
#: The own authority's links: the four counts of db.case_settings.linked_counts.
LINKS_SQL = (
    "SELECT count(*) FROM tie JOIN record r ON r.id = tie.id WHERE tie.authority_id = :a "
    "AND r.deleted_at IS NULL AND r.merged_into IS NULL",
    "SELECT count(*) FROM decision d JOIN record r ON r.id = d.id WHERE d.authority_id = :a "
    "AND r.deleted_at IS NULL AND r.merged_into IS NULL",
    "SELECT count(DISTINCT p.meeting_id) FROM meeting_participant p JOIN record r "
    "ON r.id = p.meeting_id WHERE p.authority_id = :a AND r.deleted_at IS NULL "
    "AND r.merged_into IS NULL",
    "SELECT count(DISTINCT p.person_id) FROM position p JOIN record r ON r.id = p.person_id "
    "WHERE p.authority_id = :a AND r.deleted_at IS NULL AND r.merged_into IS NULL",
)


def add_tags(path: Path, records: int) -> None:
    """Give `records` random records 1–3 of 60 tags (raw SQL: a benchmark copy only)."""
    conn = sqlite3.connect(path)
    try:
        if conn.execute("SELECT count(*) FROM record_tag").fetchone()[0]:
            return
        rng = random.Random(8)
        names = [f"tag{i:02d}" for i in range(60)]
        ids = [uuid.UUID(int=rng.getrandbits(128)).hex for _ in names]
        made = "2026-11-29 10:00:00.000000"
        conn.executemany("INSERT INTO tag (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
                         [(i, n, n, made) for i, n in zip(ids, names, strict=True)])
        rows = [r[0] for r in conn.execute("SELECT id FROM record")]
        pairs = {(rid, rng.choice(ids)) for rid in rng.sample(rows, records)
                 for _ in range(rng.randint(1, 3))}
        conn.executemany("INSERT INTO record_tag (record_id, tag_id) VALUES (?, ?)", pairs)
        conn.commit()
    finally:
        conn.close()


def timed(call: Callable[[], Any], runs: int = 7) -> tuple[float, float]:
    """Median wall and CPU seconds of `runs` calls (after one warm-up)."""
    call()
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--tag-records", type=int, default=30_000)
    args = parser.parse_args()
    add_tags(args.path, args.tag_records)
    raw = sqlite3.connect(args.path)
    meeting = RecordKind.MEETING.value
    with Dossier.open(args.path) as dossier:
        own = dossier.settings().own_authority.id
        cases = [
            ("tags.in_use()", lambda: dossier.tags.in_use(),
             lambda: raw.execute(TAGS_SQL).fetchall()),
            ("(first version: join)", lambda: raw.execute(JOIN_SQL.format(kind="")).fetchall(),
             lambda: raw.execute(TAGS_SQL).fetchall()),
            ("tags.in_use(MEETING)", lambda: dossier.tags.in_use(RecordKind.MEETING),
             lambda: raw.execute(JOIN_SQL.format(kind="AND r.kind = ?"), (meeting,)).fetchall()),
            ("case_settings.own_links()", lambda: dossier.case_settings.own_links(),
             lambda: [raw.execute(q, {"a": own.hex}).fetchall() for q in LINKS_SQL]),
        ]
        print(f"load average {os.getloadavg()}")
        print(f"{'call':28} {'wall ms':>8} {'cpu ms':>8} | {'raw wall':>8} {'raw cpu':>8} | ratio")
        for name, ours, anchor in cases:
            (w, c), (aw, ac) = timed(ours), timed(anchor)
            print(f"{name:28} {w * 1000:8.1f} {c * 1000:8.1f} | {aw * 1000:8.1f} {ac * 1000:8.1f}"
                  f" | {w / aw:5.1f}×")
    raw.close()
    print(f"load average {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
