"""In Banden and Risico's (and every list) the main column keeps at least STRETCH_MIN (140 px)
for its text, beside the cell padding, at any width of the page (#8: a column of 140 px left
120 px for the name)."""

from __future__ import annotations

import pytest

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.pages.cell_delegate import PADDING
from chinadossier.ui.pages.column_fit import STRETCH_MIN

from .test_list_flows import idle, ops  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
)


@pytest.mark.parametrize("kind", [RecordKind.TIE, RecordKind.RISK_NOTE, RecordKind.MEETING])
def test_the_main_column_keeps_its_minimum_text_width(qtbot, ops, kind):  # noqa: F811
    from chinadossier.ui.pages.list_page import ListPage

    page = ListPage(ops, kind)
    qtbot.addWidget(page)
    page.resize(1154, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    idle(qtbot, ops)
    header = page.table.horizontalHeader()
    main = next(i for i, c in enumerate(page.model.columns) if c.stretch)
    for width in (1154, 1066, 980, 900, 776, 700):  # 1366 px down to the smallest window
        page.resize(width, 700)
        qtbot.wait(5)
        assert header.sectionSize(main) - 2 * PADDING >= STRETCH_MIN, width
