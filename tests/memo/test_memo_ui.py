"""The memo dialog and the Memo's page, headless: preview, live count, save, history, compare."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from tests.ui.closing import track

from chinadossier.domain.codes import Classification


@pytest.fixture
def ops(qtbot: Any, memo_dossier: Any) -> Any:
    from chinadossier.ui.ops import Operations

    ops = Operations(memo_dossier)
    yield ops
    ops.wait_idle()


def test_dialog_previews_counts_saves_and_the_page_lists_and_compares(
        qtbot: Any, ops: Any, tmp_path: Path) -> None:
    from chinadossier.ui.memo.memo_dialog import MemoDialog
    from chinadossier.ui.pages.memos_page import MemosPage, compare

    dialog = MemoDialog(ops)
    track(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog._rendered is not None or "niet" in dialog.status.text(),
                    timeout=60_000)
    assert dialog._rendered is not None, dialog.status.text()
    assert dialog._pdf.pageCount() >= 2
    assert "Alle" in dialog.talking.toPlainText() or dialog.talking.toPlainText()
    assert dialog.kenmerk.text() == "NOT-2026-0001"
    # The live count follows the classification.
    dialog.class_box.setCurrentIndex(dialog.class_box.findData(Classification.PUBLIC.value))
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.left_out.text().startswith("4 records"), timeout=60_000)
    if os.environ.get("MEMO_SCREENSHOTS"):
        dialog.show()
        qtbot.wait(2000)  # QPdfView renders its pages in a thread
        dialog.grab().save(str(Path(os.environ["MEMO_SCREENSHOTS"]) / "memo-dialog.png"))
    # Every focusable widget has an accessible name.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    unnamed = [w for w in dialog.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(dialog)
               and not w.accessibleName()
               # the line edit inside a named date field belongs to that field
               and not (w.parentWidget() and w.parentWidget().accessibleName()
                        and w.parentWidget().inherits("QAbstractSpinBox"))
               and w.metaObject().className() not in
               ("QScrollBar", "QSplitterHandle", "QCalendarWidget", "QWidget", "QScrollArea",
                "QToolButton", "QAbstractButton", "QTableView")]
    assert unnamed == [], [w.metaObject().className() for w in unnamed]

    page = MemosPage(ops)
    qtbot.addWidget(page)
    target = tmp_path / "notitie.pdf"
    dialog.save_to(target, confirm=False)
    qtbot.waitUntil(lambda: target.exists() and page.tree.topLevelItemCount() == 1,
                    timeout=60_000)
    assert target.read_bytes()[:5] == b"%PDF-"
    # An existing file is not overwritten without confirmation.
    before = target.read_bytes()
    qtbot.waitUntil(lambda: dialog.kenmerk.text() == "NOT-2026-0002", timeout=60_000)
    dialog.save_to(target, confirm=False)
    assert "bestaat al" in dialog.status.text() and target.read_bytes() == before
    # A second memo and the comparison of the two.
    second = tmp_path / "tweede.pdf"
    dialog.save_to(second, confirm=False)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=60_000)
    if os.environ.get("MEMO_SCREENSHOTS"):
        page.grab().save(str(Path(os.environ["MEMO_SCREENSHOTS"]) / "memos-page.png"))
    page.tree.selectAll()
    assert page.compare_button.isEnabled()
    page.compare_selected()
    qtbot.waitUntil(lambda: hasattr(page, "last_comparison"), timeout=60_000)
    text = page.last_comparison.findChildren(type(dialog.talking))[0].toPlainText()
    assert "NOT-2026-0002" in text and "Contactmomenten" in text
    assert compare.__doc__


def test_the_last_choices_are_remembered_per_scope(qtbot: Any, ops: Any) -> None:
    from chinadossier.ui.memo.memo_dialog import MemoDialog

    first = MemoDialog(ops)
    track(qtbot, first)
    first.aan.setText("De commissie Bestuur")
    first.as_docx.setChecked(True)
    first.section_boxes[next(iter(first.section_boxes))].setChecked(False)
    first.done(0)
    again = MemoDialog(ops)
    track(qtbot, again)
    assert again.aan.text() == "De commissie Bestuur"
    assert again.as_docx.isChecked()
    assert not next(iter(again.section_boxes.values())).isChecked()
    ops.wait_idle()
    from PySide6.QtCore import QSettings

    QSettings().remove("memo")  # leave no choices behind for other tests


def test_the_default_period_and_meeting_follow_the_case_files_clock(qtbot: Any, ops: Any) -> None:
    """The dialog dates from the case file's clock (fixed in demos and screenshots), not the
    machine's date: a memo dated 29 November must not cover a period ending on another day."""
    from chinadossier.ui.memo.memo_dialog import MemoDialog

    dialog = MemoDialog(ops)
    track(qtbot, dialog)
    today = ops.dossier.ctx.clock.today()
    end = dialog.to_edit.date()
    assert (end.year(), end.month(), end.day()) == (today.year, today.month, today.day)
    start = dialog.from_edit.date()
    assert (start.year(), start.month(), start.day()) == (today.year - 1, today.month, today.day)
    ops.wait_idle()


def test_unedited_proposals_follow_the_classification_and_edited_texts_stay(
        qtbot: Any, ops: Any) -> None:
    """A proposal made for an internal memo must not stay in the public one (it counts and
    names internal records); a text the official changed is theirs and stays."""
    from chinadossier.domain.briefing import Section
    from chinadossier.memo.content import DRAFT_NOTE, text_note
    from chinadossier.ui.memo.memo_dialog import MemoDialog

    dialog = MemoDialog(ops)
    track(qtbot, dialog)
    dialog.class_box.setCurrentIndex(dialog.class_box.findData(Classification.INTERNAL.value))
    dialog.refresh()
    qtbot.waitUntil(lambda: "2 contactmomenten" in dialog.talking.toPlainText(), timeout=60_000)
    dialog.advice.setPlainText("Mijn eigen advies: voortzetten.")
    dialog.class_box.setCurrentIndex(dialog.class_box.findData(Classification.PUBLIC.value))
    dialog.refresh()
    qtbot.waitUntil(lambda: "1 contactmoment " in dialog.talking.toPlainText(), timeout=60_000)
    ops.wait_idle()
    assert "2 contactmomenten" not in dialog.talking.toPlainText()
    assert dialog.advice.toPlainText() == "Mijn eigen advies: voortzetten."
    snap = dialog._rendered.snapshot
    assert snap.classification is Classification.PUBLIC
    assert text_note(snap, Section.TALKING_POINTS) == DRAFT_NOTE
    assert text_note(snap, Section.OPTIONS).startswith("Ambtelijke tekst")
