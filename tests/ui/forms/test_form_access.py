"""Every form: every focusable widget has an accessible name; Tab follows the form; files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from tests.ui.closing import track
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.forms.editor import FORMS, open_editor
from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog

#: The longest wait for an answer from the worker threads (a loaded machine is slow).
WAIT = 30_000


def _unnamed(form: QWidget) -> list[str]:
    missing = []
    for widget in form.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(form):
            continue
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.mark.parametrize("kind", list(FORMS))
def test_every_focusable_widget_has_an_accessible_name(qtbot: Any, ops: Any,
                                                       kind: RecordKind) -> None:
    form = open_editor(ops, kind)
    track(qtbot, form)
    form.show()
    assert _unnamed(form) == []
    if kind is RecordKind.PERSON:
        form.positions.add_row()  # the rows added later are named too
        assert _unnamed(form) == []
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)


def test_tab_follows_the_quick_dialog_from_top_to_bottom(qtbot: Any, ops: Any) -> None:
    dialog = QuickMeetingDialog(ops)
    track(qtbot, dialog)
    dialog.show()
    order = []
    widget = dialog.fields["held_on"]
    for _ in range(12):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus or (
            not widget.isVisibleTo(dialog)
        ):
            widget = widget.nextInFocusChain()
    f = dialog.fields
    expected = [f["held_on"], f["start_time"], f["meeting_kind"], *dialog.direction.buttons(),
                dialog.place.edit, f["title"], dialog.parties.ours.edit,
                dialog.parties.theirs.edit, dialog.fields["tie_ids"].edit]
    assert order[: len(expected)] == expected
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)


def test_attachments_are_added_with_a_new_record_and_opened_from_a_temporary_copy(
    qtbot: Any, ops: Any, dossier: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "programma.pdf"
    original.write_bytes(b"%PDF-1.4 programma werkbezoek")
    form = open_editor(ops, RecordKind.SOURCE)
    track(qtbot, form)
    form.open()
    type_text(form.fields["title"], "Programma werkbezoek")
    form.attachments.add_files([original])
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        ctrl_enter(form.fields["title"])
    source_id = blocker.args[0].meta.id
    [stored] = dossier.attachments.list_for(source_id)
    assert stored.file_name == "programma.pdf"

    opened: list[str] = []
    monkeypatch.setattr("chinadossier.ui.widgets.attachments.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    again = open_editor(ops, RecordKind.SOURCE, source_id)
    track(qtbot, again)
    again.open()
    qtbot.waitUntil(lambda: again.attachments.list.count() == 1, timeout=WAIT)
    again.attachments.list.setCurrentRow(0)
    again.attachments.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    copy = Path(opened[0])
    assert copy != original and copy.name == "programma.pdf"
    assert copy.read_bytes() == original.read_bytes()

    again.attachments.remove_selected()
    qtbot.waitUntil(lambda: again.attachments.list.count() == 0, timeout=WAIT)
    assert [a.deleted_at is not None for a in dossier.attachments.list_for(source_id)] == [True]
