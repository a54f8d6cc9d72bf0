"""The search popup is as tall as its results (up to a maximum), and the text keeps the spec's
10-px cell padding from the list's left and right edges (BAND-0016 no longer touches it)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtGui import QColor

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.search.search_popup import (
    CELL_PADDING,
    HEAD_HEIGHT,
    MAX_RESULTS_HEIGHT,
    ROW_HEIGHT,
    SearchPopup,
)
from chinadossier.ui.search.search_results import Group, Hit, SearchAnswer

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


class _Ops:
    def query(self, *_a, **_k):
        pass


def _answer(kind: RecordKind, count: int, more: int = 0) -> SearchAnswer:
    from chinadossier.domain.record_refs import Ref

    hits = tuple(
        Hit(Ref(kind=kind, id=uuid.uuid4(), display_no=f"BAND-{n + 16:04d}", label=f"Band {n}"),
            f"Stedenband Xinghe {n}", "")
        for n in range(count)
    )
    return SearchAnswer("band", (Group(kind, hits, more),))


def _popup(qtbot, answer: SearchAnswer) -> SearchPopup:
    popup = SearchPopup(_Ops())
    qtbot.addWidget(popup)
    popup.show()
    popup.field.setText(answer.text)
    popup._show(answer)
    qtbot.wait(10)
    return popup


def test_three_results_leave_no_empty_area(qtbot):
    popup = _popup(qtbot, _answer(RecordKind.TIE, 3))
    tree = popup.results
    rows = HEAD_HEIGHT + 3 * ROW_HEIGHT
    assert tree.viewport().height() == rows
    assert not tree.verticalScrollBar().isVisible()
    last = tree.topLevelItem(0).child(2)
    assert tree.visualItemRect(last).bottom() == rows - 1  # the last row ends the list
    # field, the rows and the status line: nothing more than margins between them
    below = popup.height() - tree.geometry().bottom()
    assert below < popup.status.height() + 40
    assert popup.height() < rows + 150


def test_many_results_stop_at_the_maximum_and_scroll(qtbot):
    popup = _popup(qtbot, _answer(RecordKind.TIE, 8, more=3))
    many = SearchAnswer("band", _answer(RecordKind.TIE, 8).groups
                        + _answer(RecordKind.MEETING, 8).groups)
    popup.field.setText(many.text)
    popup._show(many)
    tree = popup.results
    assert tree.viewport().height() == MAX_RESULTS_HEIGHT
    popup._show(SearchAnswer("band", ()))  # nothing found: no list at all
    assert not tree.isVisible()


def _ink_columns(image, y: int) -> list[int]:
    """x of the pixels in row y that differ clearly from the row's background."""
    background = QColor(image.pixel(image.width() // 2, 1))
    out = []
    for x in range(image.width()):
        c = QColor(image.pixel(x, y))
        if abs(c.lightness() - background.lightness()) > 60:
            out.append(x)
    return out


def test_text_keeps_its_padding_from_both_edges(qtbot):
    popup = _popup(qtbot, _answer(RecordKind.TIE, 3))
    tree = popup.results
    tree.setCurrentItem(None)  # no selection colour in the row scanned
    tree.clearSelection()
    qtbot.wait(10)
    hit = tree.topLevelItem(0).child(1)
    rect = tree.visualItemRect(hit)
    image = tree.viewport().grab().toImage()
    ink = [x for y in range(rect.top() + 4, rect.bottom() - 4) for x in _ink_columns(image, y)]
    assert ink, "no text found in the row"
    assert min(ink) >= CELL_PADDING - 1
    assert max(ink) <= tree.viewport().width() - CELL_PADDING
