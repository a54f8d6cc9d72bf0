"""Timed scenarios on a large case file (made by generate.py); prints a Markdown table.

Usage: python benchmarks/scenarios.py FILE.sqlite3 [--repeat 7]
Each figure is the median of the repeats, measured through the services as the UI will call them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.queries import ListQuery
from chinadossier.services import maintenance
from chinadossier.services.dossier import Dossier

TODAY = dt.date(2026, 11, 29)
QUERIES = (
    "nanjing",
    "南京",
    "王伟",
    "geinformeerd",
    "haven logistiek",
    "Organisatie 01234",
    "xian",
    "zzzz-no-match",
)


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm caches (SQLite page cache, compiled statements)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(path: Path, repeat: int) -> list[tuple[str, float]]:
    """(scenario, milliseconds) pairs."""
    results: list[tuple[str, float]] = []
    with Dossier.open(
        path, clock=FixedClock.on(TODAY), actor=Actor("bench", None, "bench"), read_only=True
    ) as dossier:
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
                query = ListQuery(sort=sort, limit=50)
                results.append(
                    (
                        f"lijst {name}, sortering {sort}, eerste 50",
                        _median_ms(lambda s=service, q=query: s.list(q), repeat),
                    )
                )
        page = dossier.meetings.list(ListQuery(sort="date", limit=50))
        deep = page
        for _ in range(20):
            assert deep.next_cursor
            deep = dossier.meetings.list(ListQuery(sort="date", limit=50, cursor=deep.next_cursor))
        cursor = deep.next_cursor
        results.append(
            (
                "contactmomenten, pagina 22 (cursor)",
                _median_ms(
                    lambda: dossier.meetings.list(ListQuery(sort="date", limit=50, cursor=cursor)),
                    repeat,
                ),
            )
        )
        for text in QUERIES:
            results.append(
                (f"zoeken '{text}'", _median_ms(lambda t=text: dossier.overview.search(t), repeat))
            )
        results.append(("overzicht (dashboard)", _median_ms(dossier.overview.dashboard, repeat)))
        results.append(("aantallen per soort", _median_ms(dossier.overview.counts, repeat)))
    for full in (False, True):
        start = time.perf_counter()
        report = maintenance.check(path, full=full)
        label = "check --full" if full else "check"
        results.append(
            (
                f"{label} ({'ok' if report.ok else 'PROBLEMEN'})",
                (time.perf_counter() - start) * 1000,
            )
        )
    return results


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(
        f"Machine: {platform.platform()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {args.file.stat().st_size / 1e6:.0f} MB\n"
    )
    print("| scenario | ms (mediaan) |\n|---|---:|")
    for name, ms in run(args.file, args.repeat):
        print(f"| {name} | {ms:.1f} |")


if __name__ == "__main__":
    main()
