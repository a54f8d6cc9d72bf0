"""Long work reports its phases and stops on request without writing anything."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from helpers import org_draft, table_counts

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.progress import Cancelled, Progress
from chinadossier.services import maintenance

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")


def _cancelling_at(phase: str) -> tuple[Progress, list[tuple[float, str]]]:
    """A Progress that records every report and cancels when the given phase begins."""
    seen: list[tuple[float, str]] = []
    holder: list[Progress] = []

    def listener(fraction: float, text: str) -> None:
        seen.append((fraction, text))
        if text == phase:
            holder[0].cancel()

    progress = Progress(listener)
    holder.append(progress)
    return progress, seen


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bulk_reports_its_phases_in_order_up_to_done(dossier: Any) -> None:
    seen: list[tuple[float, str]] = []
    with dossier.bulk(Progress(lambda f, t: seen.append((f, t)))) as bulk:
        for n in range(3):
            bulk.create(dossier.organisations, org_draft(f"Organisatie {n} (fictief)"))
        changes = bulk.commit()

    assert len(changes.created) == 3
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [t for _, t in seen][-1] == "Opgeslagen"
    assert "Zoekindex bijwerken" in [t for _, t in seen]


def test_bulk_cancelled_at_its_last_phase_writes_nothing(dossier: Any) -> None:
    before = table_counts(dossier.path)
    progress, seen = _cancelling_at("Zoekindex bijwerken")

    with pytest.raises(Cancelled), dossier.bulk(progress) as bulk:
        for n in range(3):
            bulk.create(dossier.organisations, org_draft(f"Organisatie {n} (fictief)"))
        bulk.commit()

    assert table_counts(dossier.path) == before
    assert "niets gewijzigd" in Cancelled().message


def test_bulk_cancelled_while_adding_stops_at_the_next_record(dossier: Any) -> None:
    before = table_counts(dossier.path)
    progress = Progress()
    with pytest.raises(Cancelled), dossier.bulk(progress) as bulk:
        bulk.create(dossier.organisations, org_draft("Eerste (fictief)"))
        progress.cancel()
        bulk.create(dossier.organisations, org_draft("Tweede (fictief)"))

    assert table_counts(dossier.path) == before


def test_check_reports_phases_and_stops_when_cancelled(case_file: Path) -> None:
    seen: list[tuple[float, str]] = []
    report = maintenance.check(case_file, progress=Progress(lambda f, t: seen.append((f, t))))
    assert report.ok and seen[-1] == (1.0, "Controle klaar")

    progress, _ = _cancelling_at("Zoekindex controleren")
    with pytest.raises(Cancelled):
        maintenance.check(case_file, progress=progress)


def test_backup_cancelled_before_it_is_named_leaves_no_file(
    case_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kopieen"
    progress, _ = _cancelling_at("Kopie controleren")

    with pytest.raises(Cancelled):
        maintenance.backup(case_file, out_dir=out, reason="x", clock=FixedClock.on(_today()),
                           actor=ACTOR, progress=progress)

    assert list(out.iterdir()) == []


def test_restore_cancelled_before_copying_in_leaves_the_case_file(
    dossier: Any, case_file: Path, tmp_path: Path
) -> None:
    clock = FixedClock.on(_today())
    made = maintenance.backup(case_file, out_dir=tmp_path / "b", reason="x", clock=clock,
                              actor=ACTOR)
    dossier.organisations.create(org_draft("Na de back-up (fictief)"))
    dossier.close()
    before = _digest(case_file)
    progress, seen = _cancelling_at("Veiligheidskopie van het huidige dossier maken")

    with pytest.raises(Cancelled):
        maintenance.restore(case_file, made, safety_dir=tmp_path / "veilig", clock=clock,
                            actor=ACTOR, progress=progress)

    assert _digest(case_file) == before
    assert [t for _, t in seen][-1] == "Veiligheidskopie van het huidige dossier maken"


def test_restore_says_everything_changed(case_file: Path, tmp_path: Path) -> None:
    clock = FixedClock.on(_today())
    made = maintenance.backup(case_file, out_dir=tmp_path / "b", reason="x", clock=clock,
                              actor=ACTOR)
    phases: list[str] = []

    outcome = maintenance.restore(case_file, made, safety_dir=tmp_path / "veilig", clock=clock,
                                  actor=ACTOR, progress=Progress(lambda f, t: phases.append(t)))

    assert outcome.changes.everything and not outcome.changes.empty
    assert phases[-1] == "Teruggezet"


def test_reindex_cancelled_before_commit_keeps_the_old_index(case_file: Path) -> None:
    progress, _ = _cancelling_at("Zoekindex bijwerken")
    with pytest.raises(Cancelled):
        maintenance.rebuild_search_index(case_file, clock=FixedClock.on(_today()), actor=ACTOR,
                                         progress=progress)
    assert maintenance.check(case_file).ok


def _today() -> Any:
    from conftest import TODAY

    return TODAY
