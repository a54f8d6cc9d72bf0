"""A record chosen in the search opens selected in its list, also when the page was showing
another record and is refreshed as it comes to the front (as the main window does)."""

from __future__ import annotations

import pytest

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.pages.list_page import ListPage

from .test_list_flows import idle, ops  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
)


def _page(qtbot, ops):  # noqa: F811
    page = ListPage(ops, RecordKind.MEETING)
    qtbot.addWidget(page)
    page.page_size = 5
    page.resize(1200, 300)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.detail.record is not None)
    idle(qtbot, ops)
    return page


@pytest.mark.parametrize("which", ["loaded", "far down"])
def test_the_chosen_record_replaces_the_previous_selection(qtbot, ops, filled, which):  # noqa: F811
    page = _page(qtbot, ops)
    before = page.selected_ids()
    assert before and page.detail.record.meta.id == before[0]
    loaded = [r.meta.id for r in page.model.records()]
    meetings = filled.ids["meetings"]  # oldest first; the list shows newest first
    wanted = loaded[2] if which == "loaded" else meetings[0]
    assert (wanted in loaded) == (which == "loaded")
    page.refresh()  # the main window refreshes a page as it shows it ...
    page.show_record(wanted)  # ... and then asks for the record the search chose
    idle(qtbot, ops)
    qtbot.waitUntil(lambda: page.selected_ids() == [wanted], timeout=5000)
    idle(qtbot, ops)
    qtbot.wait(20)
    assert page.selected_ids() == [wanted]
    assert page.detail.record.meta.id == wanted


def test_a_record_far_down_a_long_list_opens_selected(qtbot, ops, filled):  # noqa: F811
    """More than MAX_ROWS persons: the list opens at the record's block, the row selected."""
    from chinadossier.domain.drafts import PersonDraft
    from chinadossier.ui.models.list_source import MAX_ROWS

    dossier = filled.dossier
    with dossier.bulk() as bulk:
        ids = [
            bulk.create(dossier.persons, PersonDraft(family_name=f"Zheng{i:04d}"))
            for i in range(MAX_ROWS + 120)
        ]
        bulk.commit()
    page = ListPage(ops, RecordKind.PERSON)
    qtbot.addWidget(page)
    page.resize(1200, 400)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.detail.record is not None)
    idle(qtbot, ops)
    wanted = ids[-1]  # "Zheng0619" sorts near the end of the list
    page.show_record(wanted)
    qtbot.waitUntil(lambda: page.selected_ids() == [wanted], timeout=10000)
    assert page.model.offset > 0  # opened at its block, not loaded from the top
    assert page.model.rowCount() < len(ids)  # never the whole list
    assert page.table.currentIndex().row() == page.model.row_of(wanted)
    assert page.tag_button.isEnabled() and page.delete_button.isEnabled()
    page.refresh()  # a change elsewhere: the list stays at the record
    idle(qtbot, ops)
    qtbot.waitUntil(lambda: page.selected_ids() == [wanted], timeout=10000)


def test_scrolling_up_from_a_record_far_down_loads_the_rows_above(qtbot, ops, filled):  # noqa: F811
    from chinadossier.domain.drafts import PersonDraft
    from chinadossier.ui.models.list_source import MAX_ROWS

    dossier = filled.dossier
    with dossier.bulk() as bulk:
        ids = [bulk.create(dossier.persons, PersonDraft(family_name=f"Zheng{i:04d}"))
               for i in range(MAX_ROWS + 700)]
        bulk.commit()
    page = ListPage(ops, RecordKind.PERSON)
    qtbot.addWidget(page)
    page.resize(1200, 400)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.detail.record is not None)
    idle(qtbot, ops)
    wanted = ids[-1]
    page.show_record(wanted)
    qtbot.waitUntil(lambda: page.selected_ids() == [wanted], timeout=10000)
    bar = page.table.verticalScrollBar()
    while page.model.offset > 0:
        before = page.model.offset
        bar.setValue(bar.minimum())
        qtbot.waitUntil(lambda b=before: page.model.offset < b, timeout=10000)
        top = page.table.rowAt(0)
        assert top > 0  # the rows shown stay in view: the new ones are above them
    idle(qtbot, ops)
    # the whole list above the record, in order, the record still selected
    everything, cursor = [], None
    while len(everything) < page.model.rowCount():
        read = dossier.persons.list(page._source.query(page._filters, page._sort, cursor, 200))
        everything.extend(r.meta.id for r in read.items)
        cursor = read.next_cursor
    assert [r.meta.id for r in page.model.records()] == everything[:page.model.rowCount()]
    assert page.selected_ids() == [wanted]
