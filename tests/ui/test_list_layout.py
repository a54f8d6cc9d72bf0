"""Every list page at 1280×800 and at the window's minimum size: no control squeezed below its
own minimum or cut off by the page, none overlapping another, the count line shown whole, the
dates and classification chips wide enough for their text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture

from chinadossier.services.demo import create_demo
from chinadossier.ui.main_window import LIST_PAGES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints\\(\\)")


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _controls(page: Any) -> list[QWidget]:
    left = page.splitter.widget(0)
    found = [w for w in left.findChildren(QWidget)
             if isinstance(w, (QAbstractButton, QComboBox, QLineEdit)) and w.isVisible()
             and not isinstance(w.parent(), QComboBox)]  # an editable combo's own line edit
    return found


def _check_page(qtbot: Any, window: Any, key: str, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.sidebar.select(key)
    page = window.pages[key]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=LIMIT)
    # the count ("30 contactmomenten") arrives in its own query, after the rows ("30 gevonden")
    qtbot.waitUntil(lambda: "gevonden" not in page.subtitle.text(), timeout=LIMIT)
    qtbot.wait(20)  # layouts settle (a queued splitter fit)
    left = page.splitter.widget(0)
    area = left.rect()
    controls = _controls(page)
    assert controls, key
    for control in controls:
        rect = _rect_in(control, left)
        where = f"{key} at {size}: {control.accessibleName()!r} {rect}"
        assert area.contains(rect), where  # not cut off by the page's edge
        assert control.width() >= control.minimumSizeHint().width() - 1, where  # not squeezed
    for n, a in enumerate(controls):
        for b in controls[n + 1:]:
            assert not _rect_in(a, left).intersects(_rect_in(b, left)), (
                f"{key} at {size}: {a.accessibleName()!r} overlaps {b.accessibleName()!r}")
    subtitle = page.subtitle
    assert subtitle.height() >= subtitle.heightForWidth(subtitle.width()), key  # whole
    header = page.table.horizontalHeader()
    for index, column in enumerate(page._columns):
        if column.fit is None or header.isSectionHidden(index):
            continue
        font = QFont(page.table.font())
        if column.chip is not None:
            font.setPixelSize(11)
            font.setBold(True)
        widest = max(QFontMetrics(font).horizontalAdvance(t) for t in column.fit())
        assert header.sectionSize(index) >= widest + 20, (key, column.key)


def test_every_list_page_fits_at_1280_and_at_the_minimum_size(
        qtbot: Any, start: Any, tmp_path: Path) -> None:  # noqa: F811
    create_demo(tmp_path / "demo" / "chinadossier.sqlite3", today=dt.date(2026, 11, 29))
    desktop = start(tmp_path / "demo")
    window = _window(qtbot, desktop)
    minimum = window.minimumSize()
    for key, _kind in LIST_PAGES:
        _check_page(qtbot, window, key, (1280, 800))
        _check_page(qtbot, window, key, (minimum.width(), minimum.height()))
    meetings = window.pages["meetings"]
    assert meetings.subtitle.text().startswith("30 contactmomenten · ")


def test_contact_moments_fit_one_row_at_1366(qtbot: Any, start: Any, tmp_path: Path) -> None:  # noqa: F811
    """At 1366×768 (mock-up 02): the filters and Exporteren on one row, the count on one line,
    the default columns within the table (no sideways scrolling), Soort whole."""
    from chinadossier.ui.pages.cell_delegate import fitted_width
    from chinadossier.ui.pages.column_fit import MAIN_MIN

    create_demo(tmp_path / "demo" / "chinadossier.sqlite3", today=dt.date(2026, 11, 29))
    window = _window(qtbot, start(tmp_path / "demo"))
    window.resize(1366, 768)
    window.sidebar.select("meetings")
    page = window.pages["meetings"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=LIMIT)
    qtbot.waitUntil(lambda: "gevonden" not in page.subtitle.text(), timeout=LIMIT)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=LIMIT)
    qtbot.wait(50)
    for key, _kind in LIST_PAGES:  # every list: the filters and Exporteren on one row
        window.sidebar.select(key)
        other = window.pages[key]
        qtbot.waitUntil(lambda other=other: other.filter_bar.isVisible(), timeout=LIMIT)
        qtbot.wait(20)
        bar = other.filter_bar
        shown = [w for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible()]
        assert other.export_button in shown
        rows = {w.geometry().center().y() // 8 for w in shown}
        assert len(rows) == 1, (key, bar.width(), [(w.x(), w.width()) for w in shown])
    window.sidebar.select("meetings")
    qtbot.wait(20)
    assert page.subtitle.height() < 2 * page.subtitle.fontMetrics().height()
    assert page.subtitle.toolTip() == page.subtitle.text()
    table = page.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    for index, column in enumerate(page._columns):
        if column.key == "kind":
            assert header.sectionSize(index) >= fitted_width(column, table.font(), header.font())
        if column.stretch:
            assert header.sectionSize(index) >= MAIN_MIN


LONG_TAG = "kennisveiligheid-en-economische-veiligheid-werkgroep-2026"


def test_every_filter_set_and_a_long_tag_keep_the_filter_bar_one_row_at_1366(
        qtbot: Any, start: Any, tmp_path: Path) -> None:  # noqa: F811
    """#8: a long tag (or kind) is elided instead of wrapping the bar; the whole text is in the
    tooltip and the accessible name; a long heat-map chip never widens the list."""
    from chinadossier.ui.pages.filter_widgets import MAX_WIDTH

    create_demo(tmp_path / "demo" / "chinadossier.sqlite3", today=dt.date(2026, 11, 29))
    window = _window(qtbot, start(tmp_path / "demo"))
    window.resize(1366, 768)
    for key, _kind in LIST_PAGES:
        window.sidebar.select(key)
        page = window.pages[key]
        qtbot.waitUntil(lambda page=page: page.filter_bar.isVisible(), timeout=LIMIT)
        bar = page.filter_bar
        bar.text.setText("haven")
        for combo in (bar.code, bar.period, bar.classification):
            if combo.isEnabled() and combo.count() > 1:  # the longest choice
                combo.setCurrentIndex(max(range(1, combo.count()),
                                          key=lambda i, c=combo: len(c.itemText(i))))
        bar.tag.setEditText(LONG_TAG)
        bar._emit()
        qtbot.wait(20)
        shown = [w for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible()]
        assert bar.clear_button in shown and page.export_button in shown
        rows = {w.geometry().center().y() // 8 for w in shown}
        assert len(rows) == 1, (key, bar.width(), [(w.x(), w.width()) for w in shown])
        assert bar.tag.toolTip() == f"Tag: {LONG_TAG}"
        assert bar.tag.accessibleName() == f"Filter op tag: {LONG_TAG}"
        assert bar.tag.lineEdit().shown_text().endswith("…")
        assert bar.filters().tag == LONG_TAG  # elided on screen only
        if bar.code.isVisible():
            assert bar.code.accessibleName().endswith(": " + bar.code.currentText())
            assert bar.code.toolTip() == bar.code.currentText()
    # With only a period and a long tag: the text field and the tag give way; the period and
    # the filter names ("Soort", "Classificatie") keep their whole text
    window.sidebar.select("meetings")
    bar = window.pages["meetings"].filter_bar
    bar.clear()
    bar.period.setCurrentIndex(bar.period.findData("12m"))
    bar.tag.setEditText(LONG_TAG)
    bar._emit()
    qtbot.wait(20)
    for combo in (bar.code, bar.period, bar.classification):
        assert combo.width() == combo.sizeHint().width(), combo.currentText()
    assert bar.period.sizeHint().width() < MAX_WIDTH  # "Laatste 12 maanden" whole, not elided
    assert bar.text.width() == bar.text.minimumSizeHint().width()
    assert bar.tag.width() < bar.tag.sizeHint().width()
    risks = window.pages["risks"]
    window.sidebar.select("risks")
    left = risks.splitter.widget(0)
    before = left.width()
    text = ("netto kans 2 × impact 3 · BAND-0016 Memorandum of Understanding stedelijke "
            "samenwerking met Jinhai (fictief), een heel lange naam")
    risks.show_scope(text, frozenset())
    qtbot.wait(20)
    chip = risks.scope_chip
    assert chip.minimumSizeHint().width() <= 120 < before  # the chip cannot widen the list
    assert chip.geometry().right() <= left.width()
    assert "…" in chip.text() and chip.full_text() == text
    assert text in chip.toolTip() and text in chip.accessibleName()
