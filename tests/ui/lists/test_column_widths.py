"""Column widths: a column chosen in Kolommen never squeezes another; a saved layout never comes
back narrower than a column's content; Kolommen herstellen; dates and chips are never cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.pages.cell_delegate import PADDING
from chinadossier.ui.pages.column_fit import STRETCH_MIN

from .test_list_flows import idle, ops  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
)

_EXTRA = ("display_no", "authority", "evaluation", "tags", "updated")


def tie_page(qtbot, ops, width=1154):  # noqa: F811
    """The Banden page as it sits in a 1366 px window (beside the 212 px sidebar)."""
    from chinadossier.ui.pages.list_page import ListPage

    page = ListPage(ops, RecordKind.TIE)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    idle(qtbot, ops)
    return page


def _visible_total(header):
    return sum(header.sectionSize(i) for i in range(header.count())
               if not header.isSectionHidden(i))


def test_choosing_columns_keeps_naam_readable_and_scrolls_sideways(qtbot, ops):  # noqa: F811
    page = tie_page(qtbot, ops)
    keys = [c.key for c in page.model.columns]
    header = page.table.horizontalHeader()
    naam = keys.index("title")
    least = max(page.fitter.floor(naam), STRETCH_MIN)
    text = QFontMetrics(page.table.font()).horizontalAdvance("Amsterdam – Beijing")
    assert least >= text  # a usual tie name fits whole at the minimum
    for key in _EXTRA:
        page._column_actions[keys.index(key)].setChecked(True)
    qtbot.wait(10)
    assert header.sectionSize(naam) >= least
    assert _visible_total(header) > page.table.viewport().width()
    assert page.table.horizontalScrollBar().maximum() > 0
    # Fewer columns again: Naam takes the free width back (no empty strip at the right).
    for key in _EXTRA:
        page._column_actions[keys.index(key)].setChecked(False)
    qtbot.wait(10)
    assert header.sectionSize(naam) >= least
    assert _visible_total(header) <= page.table.viewport().width() + 1  # no sideways scroll


def test_a_saved_narrow_layout_is_restored_readable_and_can_be_reset(qtbot, ops):  # noqa: F811
    page = tie_page(qtbot, ops)
    header = page.table.horizontalHeader()
    keys = [c.key for c in page.model.columns]
    naam, status = keys.index("title"), keys.index("status")
    # A layout saved by an older version (or a drag) with Naam at 40 px and Status cut.
    header.blockSignals(True)
    header.resizeSection(naam, 40)
    header.resizeSection(status, 30)
    header.moveSection(header.visualIndex(status), 0)
    header.blockSignals(False)
    QSettings().setValue("lists/tie/header", header.saveState())

    again = tie_page(qtbot, ops)
    head = again.table.horizontalHeader()
    assert head.sectionSize(naam) >= max(again.fitter.floor(naam), STRETCH_MIN)
    assert head.sectionSize(status) >= again.fitter.floor(status)
    assert head.visualIndex(status) == 0  # the chosen order itself is kept

    # Kolommen herstellen: default order, columns and widths; the saved layout follows.
    assert again.reset_columns_action.text() == "Kolommen herstellen"
    again._column_actions[keys.index("display_no")].setChecked(True)
    again.reset_columns_action.trigger()
    assert [head.logicalIndex(v) for v in range(head.count())] == list(range(head.count()))
    assert head.isSectionHidden(keys.index("display_no"))
    assert not again._column_actions[keys.index("display_no")].isChecked()
    third = tie_page(qtbot, ops)
    assert third.table.horizontalHeader().visualIndex(status) == status


def test_a_dragged_column_stops_at_its_minimum(qtbot, ops):  # noqa: F811
    page = tie_page(qtbot, ops)
    header = page.table.horizontalHeader()
    starts = [c.key for c in page.model.columns].index("starts")
    header.resizeSection(starts, 20)
    assert header.sectionSize(starts) == page.fitter.floor(starts)


@pytest.mark.parametrize("kind", [RecordKind.MEETING, RecordKind.TIE, RecordKind.RISK_NOTE,
                                  RecordKind.DECISION])
def test_dates_headers_and_chips_fit_whole_at_the_default_window(qtbot, ops, kind):  # noqa: F811
    from chinadossier.ui.pages.list_page import ListPage

    page = ListPage(ops, kind)
    qtbot.addWidget(page)
    page.resize(1154, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    idle(qtbot, ops)
    header = page.table.horizontalHeader()
    cells = QFontMetrics(page.table.font())
    heads = QFontMetrics(header.font())
    for index, column in enumerate(page.model.columns):
        if header.isSectionHidden(index):
            continue
        width = header.sectionSize(index)
        assert width >= heads.horizontalAdvance(column.header()) + 2 * PADDING, column.key
        if column.fit is not None and column.chip is None:
            for text in column.fit():
                assert width - 2 * PADDING >= cells.horizontalAdvance(text), (column.key, text)
        if column.key in ("held_on", "decided_on", "starts", "review"):
            for record in page.model.records():
                shown = column.text(record)
                assert cells.horizontalAdvance(shown) <= width - 2 * PADDING, shown
