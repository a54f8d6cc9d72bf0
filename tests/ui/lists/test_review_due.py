"""The Risico's list marks an open risk note whose review date has passed, as the Overzicht
counts it: a red pill with a clock, a tooltip and a screen-reader text that say so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from chinadossier.domain.codes import RecordKind, RiskStatus
from chinadossier.domain.drafts import AssessmentDraft, RiskNoteDraft
from chinadossier.ui.models import case_today
from chinadossier.ui.models.columns import columns_for
from chinadossier.ui.models.record_table import CHIP_ROLE, RecordTableModel
from chinadossier.ui.ops import Operations

from .test_record_table import sync_loader


def test_an_overdue_review_is_marked_and_a_future_or_closed_one_is_not(qapp, filled):
    d = filled.dossier
    Operations(d)  # the window's operations: the list's "today" is the case file's clock
    today = d.ctx.clock.today()
    assert case_today.today() == today
    tie = filled.ids["tie"]
    for title, review, status in (("Te laat", today - dt.timedelta(days=1), RiskStatus.OPEN),
                                  ("Vandaag", today, RiskStatus.OPEN),
                                  ("Gesloten", today - dt.timedelta(days=9), RiskStatus.CLOSED)):
        d.risk_notes.create(RiskNoteDraft(
            subject_id=tie, category_code="R-POL", title=title, status=status,
            next_review_on=review, assessment=AssessmentDraft(3, 3, 2, 2)))
    load, _ = sync_loader(d, RecordKind.RISK_NOTE, limit=50)
    model = RecordTableModel(columns_for(RecordKind.RISK_NOTE), load)
    model.reload()
    assert model.rowCount() > 0
    column = [c.key for c in model.columns].index("review")
    seen = {"overdue": 0, "not": 0}
    for row in range(model.rowCount()):
        note = model.record(row)
        cell = model.index(row, column)
        late = note.status is RiskStatus.OPEN and note.next_review_on < today
        chip = model.data(cell, CHIP_ROLE)
        spoken = model.data(cell, Qt.ItemDataRole.AccessibleTextRole)
        if late:
            seen["overdue"] += 1
            assert chip == ("due", "overdue")
            assert "verlopen" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
            assert "verlopen" in spoken
        else:
            seen["not"] += 1
            assert chip is None and "verlopen" not in spoken
    assert seen == {"overdue": 1, "not": 3}, seen

    case_today.use(type("Clock", (), {"today": staticmethod(lambda: dt.date(1990, 1, 1))})())
    try:
        assert all(model.data(model.index(r, column), CHIP_ROLE) is None
                   for r in range(model.rowCount()))
    finally:
        case_today.use(d.ctx.clock)
