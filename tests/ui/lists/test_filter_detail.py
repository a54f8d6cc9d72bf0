"""After a filter the detail pane never shows a record the list no longer holds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from chinadossier.domain.codes import RecordKind

from .test_list_flows import idle, open_page, ops, select  # noqa: F401


def test_filter_that_drops_the_shown_record_clears_the_pane(qtbot, ops, filled):  # noqa: F811
    page = open_page(qtbot, ops, RecordKind.MEETING)
    select(page, [0])  # "Overleg havens 11"
    qtbot.waitUntil(lambda: page.detail.record is not None
                    and page.detail.record.title == "Overleg havens 11")
    page.focus_filter()
    qtbot.keyClicks(page.filter_bar.text, "havens 03")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not ops.is_busy())
    qtbot.wait(50)
    idle(qtbot, ops)
    assert page.selected_ids() == []
    assert page.detail.record_id is None
    assert page.detail.record is None  # the pane shows its empty state


def test_filter_that_keeps_the_shown_record_keeps_it_selected(qtbot, ops, filled):  # noqa: F811
    page = open_page(qtbot, ops, RecordKind.MEETING)
    row = [r.title for r in page.model.records()].index("Overleg havens 03")
    select(page, [row])
    shown = page.model.record(row).meta.id
    qtbot.waitUntil(lambda: page.detail.record_id == shown)
    page.filter_bar.text.setFocus()
    qtbot.keyClicks(page.filter_bar.text, "havens 03")
    qtbot.keyClick(page.filter_bar.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not ops.is_busy())
    qtbot.wait(50)
    idle(qtbot, ops)
    assert page.selected_ids() == [shown]
    assert page.detail.record_id == shown
