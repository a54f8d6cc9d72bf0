"""Every drop-down list under the app's style sheet shows all its choices whole (up to
maxVisibleItems): no last row half hidden under a scroll arrow ("Vertrouwelijk" on Banden, the
default classification in Dit dossier wijzigen, "Tonen" in the import preview)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from chinadossier.domain.codes import RecordKind
from chinadossier.ui import theme
from chinadossier.ui.models.list_source import SOURCES
from chinadossier.ui.pages.filter_bar import FilterBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

CLASSIFICATIONS = ["Openbaar", "Intern", "Vertrouwelijk"]


@pytest.fixture
def themed(qapp: Any) -> Iterator[Any]:
    before = qapp.styleSheet()
    theme.apply(qapp, "light")
    yield qapp
    qapp.setStyleSheet(before)


def _assert_whole(qtbot: Any, combo: QComboBox) -> None:
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    rows = min(combo.count(), combo.maxVisibleItems())
    row_height = view.sizeHintForRow(0)
    where = f"{combo.accessibleName() or combo.itemText(0)!r} with {combo.count()} choices"
    assert view.viewport().height() >= rows * row_height, where
    # nothing of the popup spent on scroll arrows: the list fills its frame
    assert view.parentWidget().height() - view.height() <= 2, where
    combo.hidePopup()


def _form(qtbot: Any) -> tuple[QWidget, QFormLayout]:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(480, 700)
    return host, QFormLayout(host)


@pytest.mark.parametrize("items", [
    ["Classificatie", *CLASSIFICATIONS],  # the filter bar's classification combo
    CLASSIFICATIONS,  # Standaardclassificatie (Dit dossier wijzigen)
    ["Alle rijen", "Alleen problemen"],  # "Tonen" in the import preview
    [f"Keuze {n}" for n in range(25)],  # longer than maxVisibleItems
])
@pytest.mark.parametrize("editable", [False, True])
def test_the_popup_shows_every_row_whole(qtbot: Any, themed: Any, items: list[str],
                                         editable: bool) -> None:
    host, form = _form(qtbot)
    combo = QComboBox(host)
    combo.setEditable(editable)
    combo.addItems(items)
    combo.setCurrentIndex(len(items) - 1)  # the menu-style popup opened over the current row
    form.addRow(QLabel("Keuze"), combo)
    host.show()
    qtbot.waitExposed(host)
    _assert_whole(qtbot, combo)


def test_the_filter_bar_combos_show_every_row_whole(qtbot: Any, themed: Any) -> None:
    bar = FilterBar(SOURCES[RecordKind.TIE], lambda: dt.date(2026, 11, 29))  # Banden
    qtbot.addWidget(bar)
    bar.resize(1000, 60)
    bar.show()
    qtbot.waitExposed(bar)
    for combo in (bar.code, bar.period, bar.classification):
        if combo.isVisible():
            _assert_whole(qtbot, combo)
