"""Time the Overzicht's heat map narrowed to one tie against raw sqlite3, in one run.

Usage:
  python benchmarks/heat_tie.py [--file /work/bench/big.sqlite3] [--repeat 7]

The file is copied to a temporary folder first (the master is never opened). The 117k file's
5,000 risk notes are all about organisations, so in the copy every second note is moved to a
tie (round robin over the 50 ties, ~50 notes each) with plain SQL; the heat map of one tie then
has real work to do. Timed, through the services exactly as the page calls them:
CockpitService.heat_map(tie_id=…), heat_ties() and cell_risks(…, tie_id=…), and
heat_map() for all ties; the anchor is the same SQL (latest assessment per open live note,
grouped per cell, bruto and netto; the live ties' number and title by sort key) run by the
sqlite3 module on the same copy in the same run. Reported: median wall ms, median CPU ms
(time.process_time), the ratio to the anchor, and the load average.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chinadossier.services.dossier import Dossier

_LATEST = (
    "SELECT ra.inherent_likelihood AS il, ra.inherent_impact AS ii, "
    "ra.residual_likelihood AS rl, ra.residual_impact AS ri FROM risk_assessment ra "
    "JOIN (SELECT risk_note_id, max(seq) AS seq FROM risk_assessment GROUP BY risk_note_id) "
    "AS latest ON latest.risk_note_id = ra.risk_note_id AND latest.seq = ra.seq "
    "JOIN (record JOIN risk_note ON risk_note.id = record.id) ON risk_note.id = ra.risk_note_id "
    "WHERE risk_note.status = 'open' AND record.deleted_at IS NULL"
)


def prepare(source: Path, folder: Path) -> Path:
    """Copy the file (with its -wal/-shm) and move every second risk note to a tie."""
    target = folder / source.name
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    conn = sqlite3.connect(target)
    try:
        ties = [row[0] for row in conn.execute(
            "SELECT tie.id FROM tie JOIN record ON record.id = tie.id "
            "WHERE record.deleted_at IS NULL ORDER BY tie.sort_key, tie.id")]
        notes = [row[0] for row in conn.execute("SELECT id FROM risk_note ORDER BY id")]
        with conn:
            conn.executemany("UPDATE risk_note SET subject_id = ? WHERE id = ?",
                             [(ties[i % len(ties)], note)
                              for i, note in enumerate(notes[::2])])
    finally:
        conn.close()
    return target


def measure(call: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median wall and CPU milliseconds of `repeat` calls (after one warm-up), and an answer."""
    answer = call()
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        answer = call()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), answer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=Path("/work/bench/big.sqlite3"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="heat-tie-") as tmp:
        path = prepare(args.file, Path(tmp))
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tie_hex = conn.execute(
            "SELECT subject_id FROM risk_note JOIN tie ON tie.id = risk_note.subject_id "
            "GROUP BY subject_id ORDER BY count(*) DESC, subject_id LIMIT 1").fetchone()[0]
        tie = uuid.UUID(hex=tie_hex)

        def raw_heat(tie_hex: str | None) -> dict[str, list[tuple[int, int, int]]]:
            where = "" if tie_hex is None else " AND risk_note.subject_id = ?"
            sql = _LATEST + where
            params = [] if tie_hex is None else [tie_hex]
            return {
                "gross": conn.execute(f"SELECT il, ii, count(*) FROM ({sql}) GROUP BY il, ii",
                                      params).fetchall(),
                "net": conn.execute(f"SELECT rl, ri, count(*) FROM ({sql}) GROUP BY rl, ri",
                                    params).fetchall(),
            }

        def raw_ties() -> list[tuple[str, str, str, int]]:
            # the own authority's live ties with open, live, assessed risk notes (#8)
            return conn.execute(
                "SELECT * FROM (SELECT tie.id, record.display_no, tie.title, tie.sort_key, "
                "(SELECT count(*) FROM risk_note JOIN record r ON r.id = risk_note.id "
                "WHERE risk_note.subject_id = tie.id AND risk_note.status = 'open' "
                "AND r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM risk_assessment a "
                "WHERE a.risk_note_id = risk_note.id)) AS n "
                "FROM tie JOIN record ON record.id = tie.id WHERE record.deleted_at IS NULL "
                "AND tie.authority_id = (SELECT own_authority_id FROM case_file WHERE id = 1)) "
                "WHERE n > 0 ORDER BY sort_key, id").fetchall()

        with Dossier.open(path, read_only=True) as dossier:
            cockpit = dossier.cockpit
            rows = [
                ("heat_map(tie_id) vs raw", lambda: cockpit.heat_map(tie_id=tie),
                 lambda: raw_heat(tie_hex)),
                ("heat_map() all ties vs raw", cockpit.heat_map, lambda: raw_heat(None)),
                ("heat_ties() vs raw", cockpit.heat_ties, raw_ties),
                ("cell_risks(tie_id) 2×3 netto vs raw heat(tie)",
                 lambda: cockpit.cell_risks(likelihood=2, impact=3, net=True, tie_id=tie),
                 lambda: raw_heat(tie_hex)),
            ]
            print(f"file {args.file} (copy), tie {tie_hex[:8]}…, repeat {args.repeat}, "
                  f"load {os.getloadavg()[0]:.2f}")
            for name, service, anchor in rows:
                s_wall, s_cpu, answer = measure(service, args.repeat)
                a_wall, a_cpu, _ = measure(anchor, args.repeat)
                size = answer.total if hasattr(answer, "total") else len(answer)
                print(f"{name:46} service {s_wall:7.1f} ms (cpu {s_cpu:6.1f})  "
                      f"raw {a_wall:7.1f} ms (cpu {a_cpu:6.1f})  ratio {s_wall / a_wall:5.1f}"
                      f"  [{size}]")
            print(f"load after {os.getloadavg()[0]:.2f}")
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
