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
