"""A backup reports its copy page by page and stops on request, leaving no file and the case
file untouched; so does the backup that begins an import (issue #10, review)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers import table_counts

from chinadossier.db.backup import copy, transfer
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.progress import Cancelled, Progress
from chinadossier.interchange.columns import ImportKind
from chinadossier.services import backups, importing, maintenance

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")


@pytest.fixture
def small_steps(monkeypatch) -> None:
    """A page per step: the small test file is copied in many steps, as a large one is."""
    monkeypatch.setattr(transfer, "_MIN_STEP_PAGES", 1)
    monkeypatch.setattr(transfer, "_STEPS", 10**9)


def _pages(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _today() -> Any:
    from conftest import TODAY

    return TODAY


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_copy_reports_a_rising_fraction_page_by_page(
    case_file: Path, tmp_path: Path, small_steps: None
) -> None:
    seen: list[tuple[float, str]] = []
    made = maintenance.backup(
        case_file,
        out_dir=tmp_path / "b",
        reason="x",
        clock=FixedClock.on(_today()),
        actor=ACTOR,
        progress=Progress(lambda f, t: seen.append((f, t))),
    )
    copying = [f for f, t in seen if t == "Kopie maken"]
    assert len(copying) >= min(20, _pages(case_file))  # one report per step of a page
    assert copying == sorted(copying) and len(set(copying)) > 10
    assert 0.0 < copying[1] < copying[-2] < copying[-1]
    assert abs(copying[-1] - 0.95 * copy.COPY_SHARE) < 1e-9  # maintenance: 95 % is the copy's
    assert made.exists()


def test_a_backup_cancelled_mid_copy_leaves_no_file_and_the_case_file_as_it_was(
    case_file: Path, tmp_path: Path, small_steps: None
) -> None:
    out = tmp_path / "b"
    before = _digest(case_file), table_counts(case_file)
    holder: list[Progress] = []
    steps: list[float] = []

    def listener(fraction: float, phase: str) -> None:
        steps.append(fraction)
        if len(steps) == 4:  # some pages copied, most not
            holder[0].cancel()

    progress = Progress(listener)
    holder.append(progress)
    with pytest.raises(Cancelled):
        maintenance.backup(
            case_file,
            out_dir=out,
            reason="x",
            clock=FixedClock.on(_today()),
            actor=ACTOR,
            progress=progress,
        )
    assert 0 < steps[-1] < 0.2 and len(steps) == 4  # stopped at the next step
    assert _files(out) == []  # no backup, no half temporary file
    assert (_digest(case_file), table_counts(case_file)) == before


def test_verifying_stops_on_a_cancel_instead_of_calling_the_copy_damaged(
    case_file: Path, tmp_path: Path, monkeypatch
) -> None:
    made = maintenance.backup(
        case_file, out_dir=tmp_path / "b", reason="x", clock=FixedClock.on(_today()), actor=ACTOR
    )
    monkeypatch.setattr(copy, "_CANCEL_LOOK_STEPS", 50)

    class CancelledWhileChecking(Progress):
        looks = 0

        @property
        def cancelled(self) -> bool:  # the handler's look: cancelled from its third on
            CancelledWhileChecking.looks += 1
            return CancelledWhileChecking.looks > 2

        def checkpoint(self) -> None:
            if self.cancelled:
                raise Cancelled()

    with pytest.raises(Cancelled):
        copy.verify_backup(made, CancelledWhileChecking())
    assert CancelledWhileChecking.looks > 2  # interrupted inside the checks
    assert copy.verify_backup(made) > 0  # and the copy itself is sound


def _plan(dossier: Any) -> Any:
    data = b"Naam;Soort\r\nHavenbedrijf Xinghe (fictief);overig\r\n"
    return importing.plan_import(
        dossier, importing.read_table(data, file_name="o.csv"), kind=ImportKind.ORGANISATIONS
    )


def test_an_import_cancelled_during_its_backup_writes_nothing(
    dossier: Any, tmp_path: Path, small_steps: None
) -> None:
    folder = tmp_path / "backups"
    plan = _plan(dossier)
    before = table_counts(dossier.path)
    holder: list[Progress] = []
    heard: list[tuple[float, str]] = []

    def listener(fraction: float, phase: str) -> None:
        heard.append((fraction, phase))
        if phase == "Kopie maken" and fraction > 0:
            holder[0].cancel()

    progress = Progress(listener)
    holder.append(progress)
    step = backups.backup_step(
        dossier.path,
        backups.BackupPlace(folder),
        backups.REASON_IMPORT,
        clock=dossier.ctx.clock,
        actor=dossier.ctx.actor,
        progress=progress.part(*importing.BACKUP_SPAN),
    )
    with pytest.raises(Cancelled):
        importing.commit_import(dossier, plan, backup=step, progress=progress)
    assert table_counts(dossier.path) == before  # no record, no audit note of a backup
    assert _files(folder) == []
    assert all(f <= importing.BACKUP_SPAN[1] for f, _ in heard)

    # Not cancelled: the bar rises through the backup's part, then the rows'.
    heard.clear()
    progress = Progress(lambda f, t: heard.append((f, t)))
    step = backups.backup_step(
        dossier.path,
        backups.BackupPlace(folder),
        backups.REASON_IMPORT,
        clock=dossier.ctx.clock,
        actor=dossier.ctx.actor,
        progress=progress.part(*importing.BACKUP_SPAN),
    )
    result = importing.commit_import(dossier, plan, backup=step, progress=progress)
    assert result.created == 1 and result.backup is not None and result.backup.exists()
    copying = [f for f, t in heard if t == "Kopie maken"]
    assert len(set(copying)) > 10 and max(copying) <= importing.BACKUP_SPAN[1]
    fractions = [f for f, _ in heard]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_a_copy_in_steps_is_one_snapshot_while_another_connection_keeps_writing(
    case_file: Path, tmp_path: Path, small_steps: None
) -> None:
    setup = sqlite3.connect(case_file)
    setup.execute("CREATE TABLE scratch (n INTEGER)")
    setup.commit()
    setup.close()
    writes = 0

    def write_between_steps(fraction: float, phase: str) -> None:
        nonlocal writes
        if phase == "Kopie maken" and fraction > 0 and writes < 20:  # another connection commits
            other = sqlite3.connect(case_file, timeout=10)
            other.execute("INSERT INTO scratch VALUES (?)", (writes,))
            other.commit()
            other.close()
            writes += 1

    made = maintenance.backup(
        case_file,
        out_dir=tmp_path / "b",
        reason="x",
        clock=FixedClock.on(_today()),
        actor=ACTOR,
        progress=Progress(write_between_steps),
    )
    assert writes == 20
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("SELECT count(*) FROM scratch").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
