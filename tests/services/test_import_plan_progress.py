"""plan_import reports its phases in Dutch, counts the rows, and stops when cancelled."""

from __future__ import annotations

import sqlite3

import pytest

from chinadossier.domain.progress import Cancelled, Progress
from chinadossier.interchange.tables import Table
from chinadossier.services import importing


def _table(rows: int) -> Table:
    lines = ["Naam;Organisatie"] + [f"Persoon{n} Achternaam{n} (fictief);Gemeente Rotterdam"
                                    for n in range(rows)]
    return importing.read_table(("\r\n".join(lines) + "\r\n").encode(), file_name="p.csv")


def _records(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM record").fetchone()[0]
    finally:
        conn.close()


def test_the_preview_reports_dutch_phases_and_counts_rows(dossier) -> None:
    heard: list[tuple[float, str]] = []
    plan = importing.plan_import(dossier, _table(450),
                                 progress=Progress(lambda f, p: heard.append((f, p))))
    assert len(plan.rows) == 450
    phases = [p for _f, p in heard]
    assert phases[0] == "Het dossier lezen"
    assert "Elke rij controleren: 200 van 450 rijen" in phases
    assert "Elke rij controleren: 400 van 450 rijen" in phases
    assert phases.index("Controleren zoals bij opslaan") < phases.index(
        "Mogelijke dubbelen zoeken")
    fractions = [f for f, _p in heard]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_a_cancelled_preview_stops_mid_way_and_writes_nothing(dossier) -> None:
    before = _records(dossier.path)
    heard: list[str] = []

    def listen(_fraction: float, phase: str) -> None:
        heard.append(phase)
        if phase.startswith("Elke rij controleren: 200 "):
            progress.cancel()

    progress = Progress(listen)  # the cancel comes while the rows are planned
    with pytest.raises(Cancelled):
        importing.plan_import(dossier, _table(1_000), progress=progress)
    assert heard[-1] == "Elke rij controleren: 200 van 1.000 rijen"
    assert "Controleren zoals bij opslaan" not in heard
    assert _records(dossier.path) == before
