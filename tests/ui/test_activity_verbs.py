"""The overview's recent activity says what happened in Dutch, never an English action code."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.cockpit import ActivityItem
from chinadossier.domain.codes import AuditAction, RecordKind
from chinadossier.domain.history import UndoOf
from chinadossier.services.dossier import Dossier
from chinadossier.ui.ops import Operations
from chinadossier.ui.pages.overview_page import OverviewPage
from chinadossier.ui.undo_words import undo_text
from conftest import TEST_ACTOR, TODAY


@pytest.fixture
def page(case_file: Path, qtbot: Any) -> Any:
    dossier = Dossier.open(case_file, clock=FixedClock.on(TODAY), actor=TEST_ACTOR)
    ops = Operations(dossier)
    shown = OverviewPage(ops)
    qtbot.addWidget(shown)
    yield shown
    ops.wait_idle()
    qtbot.wait(10)
    dossier.close()


@pytest.mark.parametrize("action, words", [
    (AuditAction.MERGE, "voegde samen persoon PER-0002"),
    (AuditAction.UNMERGE, "maakte samenvoegen ongedaan van persoon PER-0002"),
    (AuditAction.RESTORE_BACKUP, "back-up teruggezet"),
])
def test_merge_and_undo_read_as_dutch_verbs(page: Any, action: AuditAction, words: str) -> None:
    item = ActivityItem(at=dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC), actor="t",
                        action=action.value, record_id=uuid.uuid4(),
                        record_kind=RecordKind.PERSON, display_no="PER-0002", label=None)
    text = page._activity_text(item)  # noqa: SLF001 - the row's words
    assert text.startswith(words), text
    assert action.value not in text.split()


def test_a_label_that_starts_with_the_code_names_it_once(page: Any) -> None:
    item = ActivityItem(at=dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC), actor="t",
                        action=AuditAction.UPDATE.value, record_id=uuid.uuid4(),
                        record_kind=RecordKind.RISK_CATEGORY, display_no="R-GOV",
                        label="R-GOV Bestuur & integriteit")
    text = page._activity_text(item)  # noqa: SLF001 - the row's words
    assert text.count("R-GOV") == 1, text
    assert text.endswith("R-GOV: Bestuur & integriteit"), text


@pytest.mark.parametrize("action, undo_of, words", [
    (AuditAction.UPDATE, UndoOf.EDIT, "Ongedaan gemaakt: wijziging · persoon PER-0002: Zhao Lei"),
    (AuditAction.UPDATE, UndoOf.TAG,
     "Ongedaan gemaakt: tag toevoegen · persoon PER-0002: Zhao Lei"),
    (AuditAction.DELETE, UndoOf.CREATE,
     "Ongedaan gemaakt: aanmaken (naar de prullenbak) · persoon PER-0002: Zhao Lei"),
    (AuditAction.RESTORE, UndoOf.DELETE,
     "Ongedaan gemaakt: verwijderen (teruggezet) · persoon PER-0002: Zhao Lei"),
])
def test_an_undo_reads_as_in_the_history_not_as_the_change_it_reverted(
        page: Any, action: AuditAction, undo_of: UndoOf, words: str) -> None:
    item = ActivityItem(at=dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC), actor="t",
                        action=action.value, record_id=uuid.uuid4(),
                        record_kind=RecordKind.PERSON, display_no="PER-0002", label="Zhao Lei",
                        undo_of=undo_of)
    text = page._activity_text(item)  # noqa: SLF001 - the row's words
    assert text == words
    assert text.startswith(undo_text(undo_of))  # the history's words for the same undo
