"""Issue #8: the tag dialog offers the tags in use with counts and type-ahead, and the filter
bar's tag filter offers them as choices — driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from chinadossier.ui.dialogs.tag_dialog import matching
from chinadossier.ui.ops import Operations

from .test_list_flows import idle, open_page, select, unnamed_focusable

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture
def ops(qtbot, filled):
    QSettings().clear()
    # two meetings already carry "zustersteden": the tag officials should reuse
    first = [filled.dossier.meetings.list().items[i] for i in (0, 1)]
    filled.dossier.tags.add([(m.meta.id, m.meta.version) for m in first], "zustersteden")
    operations = Operations(filled.dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)


def _rows(dialog):
    return [dialog.rows.item(i).text() for i in range(dialog.rows.count())]


def _open_dialog(qtbot, page, ops, rows):
    select(page, rows)
    page.tag_selected()
    dialog = page.tag_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.rows.count() > 0)
    assert unnamed_focusable(dialog) == []
    return dialog


def test_matching_puts_equal_first_then_prefix_contains_and_look_alikes() -> None:
    in_use = [("haven", 12), ("zustersteden", 2), ("onderwijs", 1), ("stedenband", 1)]
    assert matching(in_use, "") == in_use
    assert matching(in_use, "#Zustersteden") == [("zustersteden", 2)]
    assert matching(in_use, "steden") == [("stedenband", 1), ("zustersteden", 2)]
    assert matching(in_use, "zusterstad") == [("zustersteden", 2)]  # a look-alike
    assert matching(in_use, "cultuur") == []


def test_the_dialog_lists_tags_in_use_and_a_look_alike_is_reused(qtbot, ops, filled):
    page = open_page(qtbot, ops)
    dialog = _open_dialog(qtbot, page, ops, [3, 4])
    assert _rows(dialog) == ["#haven  ·  12×", "#zustersteden  ·  2×"]  # most used first
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.field, "zusterstad")
    assert _rows(dialog) == ["Nieuwe tag: zusterstad", "#zustersteden  ·  2×"]
    assert "Lijkt op: zustersteden" in dialog.hint.text()
    ids = page.selected_ids()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    idle(qtbot, ops)
    qtbot.waitUntil(lambda: not ops.is_busy())
    stored = [filled.dossier.meetings.get(i).meta.tags for i in ids]
    assert stored == [("haven", "zustersteden")] * 2
    assert filled.dossier.tags.in_use() == [("haven", 12), ("zustersteden", 4)]


def test_a_new_tag_is_taken_as_typed_and_the_filter_bar_offers_it(qtbot, ops, filled):
    page = open_page(qtbot, ops)
    bar = page.filter_bar
    qtbot.waitUntil(lambda: bar.tag.count() == 2)
    assert [bar.tag.itemText(i) for i in range(bar.tag.count())] == ["haven", "zustersteden"]
    assert bar.tag.currentText() == ""  # offering choices filters nothing
    dialog = _open_dialog(qtbot, page, ops, [5])
    qtbot.keyClicks(dialog.field, "#Raadsinformatie")
    assert dialog.tag() == "Raadsinformatie"
    record_id = page.selected_ids()[0]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Raadsinformatie" in filled.dossier.meetings.get(record_id).meta.tags)
    qtbot.waitUntil(lambda: bar.tag.count() == 3)
    index = bar.tag.findText("Raadsinformatie")
    assert bar.tag.itemData(index, Qt.ItemDataRole.ToolTipRole) == "1× gebruikt"
    bar.tag.setCurrentIndex(index)
    bar.tag.activated.emit(index)  # as choosing it from the drop-down does
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not ops.is_busy())
    assert page.model.record(0).meta.id == record_id
    assert bar.tag.property("active") is True


def test_an_existing_tag_typed_differently_is_the_existing_one(qtbot, ops, filled):
    page = open_page(qtbot, ops)
    dialog = _open_dialog(qtbot, page, ops, [6])
    qtbot.keyClicks(dialog.field, "Zustersteden")
    assert _rows(dialog) == ["#zustersteden  ·  2×"]
    assert dialog.tag() == "zustersteden"
    assert dialog.hint.text() == "Bestaande tag: zustersteden."
    dialog.reject()
    assert filled.dossier.tags.in_use() == [("haven", 12), ("zustersteden", 2)]


def test_enter_takes_the_tag_once(qtbot, ops, filled):
    page = open_page(qtbot, ops)
    dialog = _open_dialog(qtbot, page, ops, [7])
    taken = []
    dialog.chosen.connect(taken.append)
    qtbot.keyClicks(dialog.field, "raad")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    idle(qtbot, ops)
    assert taken == ["raad"] and not dialog.isVisible()


def test_a_tag_holding_the_typed_text_is_the_default_before_a_new_one(qtbot, ops, filled):
    """Typing "zus" (or "steden") puts the existing tag on top, highlighted: Enter reuses it;
    "Nieuwe tag: …" comes after it."""
    page = open_page(qtbot, ops)
    dialog = _open_dialog(qtbot, page, ops, [3])
    for typed in ("zus", "steden"):
        dialog.field.clear()
        qtbot.keyClicks(dialog.field, typed)
        assert _rows(dialog) == ["#zustersteden  ·  2×", f"Nieuwe tag: {typed}"]
        assert dialog.rows.currentRow() == 0
        assert dialog.tag() == "zustersteden"
        assert dialog.hint.text() == "Bestaande tag: zustersteden."
    record_id = page.selected_ids()[0]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "zustersteden" in filled.dossier.meetings.get(record_id).meta.tags)
    idle(qtbot, ops)
    assert [name for name, _c in filled.dossier.tags.in_use()] == ["haven", "zustersteden"]


@pytest.mark.parametrize(("rows", "prompt"), [
    ([3], "Tag voor 1 geselecteerd record:"),
    ([3, 4, 5], "Tag voor 3 geselecteerde records:"),
])
def test_the_prompt_counts_singular_and_plural(qtbot, ops, filled, rows, prompt):
    from PySide6.QtWidgets import QLabel

    page = open_page(qtbot, ops)
    dialog = _open_dialog(qtbot, page, ops, rows)
    assert prompt in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.reject()
