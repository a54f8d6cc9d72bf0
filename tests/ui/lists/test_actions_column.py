"""The contact-moment list's Acties column: open follow-up actions per row, from the list API."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from chinadossier.domain.codes import ActionStatus, RecordKind
from chinadossier.domain.drafts import ActionDraft
from chinadossier.domain.queries import ListQuery
from chinadossier.ui.models.columns import columns_for
from chinadossier.ui.models.record_table import CHIP_ROLE, RecordTableModel

from .conftest import TODAY
from .test_record_table import sync_loader


def _action(dossier, meeting_id, what, due, status=ActionStatus.OPEN):
    return dossier.actions.create(ActionDraft(what=what, due_on=due, status=status,
                                              meeting_id=meeting_id,
                                              done_on=TODAY if status is ActionStatus.DONE
                                              else None)).record


def test_list_rows_carry_open_actions_and_the_column_shows_them(qapp, filled):
    d = filled.dossier
    busy, calm = filled.ids["meetings"][0], filled.ids["meetings"][1]
    late = _action(d, busy, "Verslag sturen", TODAY - dt.timedelta(days=6))
    _action(d, busy, "Raadsinformatiebrief", TODAY + dt.timedelta(days=21))
    _action(d, busy, "Afgerond", TODAY - dt.timedelta(days=30), ActionStatus.DONE)
    _action(d, calm, "Terugbellen", TODAY + dt.timedelta(days=3))
    gone = _action(d, calm, "Vervallen", TODAY - dt.timedelta(days=1))
    d.actions.delete(gone.meta.id, expected_version=gone.meta.version)

    rows = {r.meta.id: r for r in d.meetings.list(ListQuery(limit=50)).items}
    assert rows[busy].open_actions is not None
    assert (rows[busy].open_actions.count, rows[busy].open_actions.overdue) == (2, 1)
    assert rows[busy].open_actions.next_due == late.due_on
    assert (rows[calm].open_actions.count, rows[calm].open_actions.overdue) == (1, 0)
    assert rows[filled.ids["meetings"][2]].open_actions is None
    # the rows a table refreshes through get_many carry them too; a single get does not
    assert d.meetings.get_many([busy])[0].open_actions == rows[busy].open_actions
    assert d.meetings.get(busy).open_actions is None

    load, _ = sync_loader(d, RecordKind.MEETING, limit=50, sort="date_asc")
    model = RecordTableModel(columns_for(RecordKind.MEETING), load)
    model.reload()
    column = [c.key for c in model.columns].index("actions")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Acties"
    cell = {model.record(i).meta.id: model.index(i, column) for i in range(model.rowCount())}
    assert model.data(cell[busy]) == "2"
    assert model.data(cell[busy], CHIP_ROLE) == ("count", "overdue")
    tip = model.data(cell[busy], Qt.ItemDataRole.ToolTipRole)
    assert tip == "2 open vervolgacties · eerstvolgende 23-11-2026 · 1 te laat"
    assert model.data(cell[calm], CHIP_ROLE) == ("count", "open")
    assert model.data(cell[filled.ids["meetings"][2]]) == "—"
    assert model.data(cell[filled.ids["meetings"][2]], CHIP_ROLE) is None

    # completing the late action leaves one open action that is not overdue
    d.actions.edit(late.meta.id, ActionDraft(what=late.what, due_on=late.due_on,
                                            status=ActionStatus.DONE, done_on=TODAY,
                                            meeting_id=busy),
                   expected_version=late.meta.version)
    again = {r.meta.id: r for r in d.meetings.list(ListQuery(limit=50)).items}
    assert (again[busy].open_actions.count, again[busy].open_actions.overdue) == (1, 0)
