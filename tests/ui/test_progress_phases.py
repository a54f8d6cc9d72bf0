"""Phases of long work reported by the services read in the interface language (issue #10,
review): the services name them (domain.progress.Phase, Dutch, no Qt); the UI translates."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from chinadossier.domain.progress import Phase, Progress, Step
from chinadossier.ui.app import Language
from chinadossier.ui.interchange.progress import ProgressRun
from chinadossier.ui.ops import Operations
from chinadossier.ui.progress_phases import PHASE_TEXTS, phase_text


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    language = Language(qapp)
    language.set("en")
    yield
    language.set("nl")


@pytest.fixture
def ops(qtbot, dossier):
    operations = Operations(dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)


def test_every_phase_has_its_dutch_text_in_the_table() -> None:
    assert set(PHASE_TEXTS) == set(Phase)
    assert all(PHASE_TEXTS[phase] == phase.value for phase in Phase)


def test_dutch_by_default_with_dutch_counts(qapp: QApplication) -> None:
    step = Step(Phase.CHECKING_ROWS, {"done": 1200, "total": 60000})
    assert phase_text(step) == "Elke rij controleren: 1.200 van 60.000 rijen" == step.dutch
    assert phase_text(Step("Back-up maken")) == "Back-up maken"  # the UI's own, as it is


def test_every_phase_reads_english_with_english_counts(english: None) -> None:
    counts = {"done": 1200, "total": 60000}
    texts = {phase: phase_text(Step(phase, counts)) for phase in Phase}
    assert [p for p, text in texts.items() if text == Step(p, counts).dutch] == []
    assert texts[Phase.CHECKING_ROWS] == "Checking each row: 1,200 of 60,000 rows"
    assert texts[Phase.COPYING] == "Making the copy"
    assert texts[Phase.EXPORTING_ROWS] == "Exporting: 1,200 of 60,000 rows"


def test_the_progress_dialog_shows_a_service_phase_in_english(qtbot, ops, english: None) -> None:
    reported = threading.Event()
    release = threading.Event()

    def work(_dossier: Any, progress: Progress) -> None:
        progress.report(0.3, Phase.PREPARING_RECORDS, done=1200, total=60000)
        reported.set()
        release.wait(30)

    run = ProgressRun(ops, "Import", work, on_done=lambda _v: None, on_cancelled=lambda: None)
    try:
        qtbot.waitUntil(reported.is_set, timeout=10_000)
        qtbot.waitUntil(
            lambda: run.labelText() == "Preparing records: 1,200 of 60,000 rows", timeout=10_000
        )
        assert run.progress.phase == "Records klaarzetten: 1.200 van 60.000 rijen"  # Dutch below
    finally:
        release.set()
    assert ops.wait_idle()
