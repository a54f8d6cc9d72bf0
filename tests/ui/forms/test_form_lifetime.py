"""Forms and dialogs are deleted when they close: saved, cancelled or discarded, nothing lingers
under their parent — also when an answer they asked for arrives after they went."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from tests.ui.closing import gone, track
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.queries import ListQuery
from chinadossier.ui.forms.editor import open_editor
from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog
from chinadossier.ui.pages.memos_page import MemoViewer

WAIT = 30_000


def _dialogs(parent: QWidget) -> list[QDialog]:
    return parent.findChildren(QDialog)


def test_forms_are_deleted_when_cancelled_discarded_or_saved(qtbot: Any, ops: Any,
                                                             dossier: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    # cancelled at once, while its first reads are still under way: their answers are dropped
    form = open_editor(ops, RecordKind.TIE, parent=parent)
    track(qtbot, form)
    form.open()
    form.reject()
    qtbot.waitUntil(lambda: gone(form), timeout=WAIT)
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)

    # typed in, then discarded through the question
    form = open_editor(ops, RecordKind.SOURCE, parent=parent)
    track(qtbot, form)
    form.open()
    type_text(form.fields["title"], "Raadsvoorstel")
    form.reject()
    box = form.discard_box
    assert isinstance(box, QMessageBox) and not gone(form)
    discard = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    discard.click()
    qtbot.waitUntil(lambda: gone(form) and gone(box), timeout=WAIT)

    # saved: the record is stored and the dialog is gone
    quick = QuickMeetingDialog(ops, parent)
    track(qtbot, quick)
    quick.open()
    qtbot.waitUntil(lambda: quick.fields["title"].hasFocus(), timeout=WAIT)
    type_text(quick.fields["title"], "Kennismaking directeur")
    ctrl_enter(quick.fields["title"])
    qtbot.waitUntil(lambda: gone(quick), timeout=WAIT)
    titles = [m.title for m in dossier.meetings.list(ListQuery(limit=10)).items]
    assert "Kennismaking directeur" in titles

    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    assert _dialogs(parent) == []


def test_a_form_opened_from_a_picker_goes_with_its_own_close(qtbot: Any, ops: Any) -> None:
    form = open_editor(ops, RecordKind.ORGANISATION)
    track(qtbot, form)
    form.open()
    picker = form.fields["parent_id"]
    form.create_from_picker(picker, RecordKind.ORGANISATION, "Havenbedrijf Xinghe")
    child = form.child_editor
    assert child is not None and child.parent() is form
    child.reject()  # only prefilled from the picker: nothing to ask
    qtbot.waitUntil(lambda: gone(child), timeout=WAIT)
    assert not gone(form)
    form.reject()
    assert form.discard_box is None  # the child's fields were never the parent's changes
    qtbot.waitUntil(lambda: gone(form), timeout=WAIT)
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)


def test_the_memo_viewer_is_deleted_when_closed(qtbot: Any) -> None:
    viewer = MemoViewer("Notitie NOT-2026-0001", b"%PDF-1.4\n%%EOF\n")
    track(qtbot, viewer)
    viewer.open()
    viewer.done(0)
    qtbot.waitUntil(lambda: gone(viewer), timeout=WAIT)
