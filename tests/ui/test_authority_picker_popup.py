"""The authority picker's suggestions show whole rows: no horizontal scroll bar over a long
match, the text elided, the list as tall as its rows (Instellingen › Dit dossier › Wijzigen…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from chinadossier.ui.widgets.authority_picker import AuthorityPicker

_HOLDERS: list[QWidget] = []


def _picker(qtbot: Any, width: int = 420) -> AuthorityPicker:
    holder = QWidget()
    qtbot.addWidget(holder)
    _HOLDERS[:] = [holder]  # kept alive for the test
    picker = AuthorityPicker(parent=holder)
    picker.setFixedWidth(width)
    holder.show()
    return picker


def _rows_whole(picker: AuthorityPicker) -> None:
    results = picker.results
    viewport = results.viewport().rect()
    assert not results.horizontalScrollBar().isVisible()
    for row in range(min(results.count(), picker.VISIBLE_ROWS)):
        rect = results.visualItemRect(results.item(row))
        assert viewport.contains(rect), (row, rect, viewport)


def test_one_long_match_is_a_whole_elided_row(qtbot: Any) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.search, "Den Haag")
    results = picker.results
    qtbot.waitUntil(results.isVisible)
    assert results.count() == 1
    item = results.item(0)
    assert "'s-Gravenhage" in item.text() and "GM0518" in item.text()
    assert item.toolTip() == item.text()  # the whole line on hover
    text_width = results.fontMetrics().horizontalAdvance(item.text())
    assert text_width > results.viewport().width()  # long: it has to be elided
    _rows_whole(picker)
    # as tall as the one row (plus the frame), not five rows' worth
    assert results.viewport().height() < 2 * results.sizeHintForRow(0)


def test_several_matches_fit_up_to_five_rows(qtbot: Any) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.search, "Ro")
    results = picker.results
    qtbot.waitUntil(results.isVisible)
    assert results.count() > picker.VISIBLE_ROWS
    _rows_whole(picker)
    shown = picker.VISIBLE_ROWS * results.sizeHintForRow(0)
    assert shown <= results.viewport().height() < shown + results.sizeHintForRow(0)


def test_a_name_that_starts_with_the_whole_word_comes_first() -> None:
    from chinadossier.ui.widgets.authority_picker import load_choices, match

    choices = load_choices()
    names = [c.display_name for c in match(choices, "Bergen")]
    # Berg en Dal starts with the letters "bergen" too, but splits the word.
    assert names[:4] == ["Bergen (L.)", "Bergen (NH.)", "Bergen op Zoom", "Berg en Dal"]
    assert names.index("Haaksbergen") > names.index("Berg en Dal")
    assert [c.display_name for c in match(choices, "berg en")][0] == "Berg en Dal"
    assert [c.display_name for c in match(choices, "denhaag")] == ["Den Haag"]
