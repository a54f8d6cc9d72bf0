"""The main window holds its dialogs weakly: a form closed twenty times leaves nothing behind."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.forms.base import RecordForm

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
)


def _flush() -> None:
    """Let closed windows delete themselves (deleteLater) and Python drop their wrappers."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def test_forms_and_messages_opened_and_closed_twenty_times_leave_no_references(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    seen: list[weakref.ref[Any]] = []
    for n in range(20):
        if n % 2:
            window.new_record(RecordKind.SOURCE)
            form = window.editor
        else:
            window.log_meeting()
            form = window.quick_meeting
        assert isinstance(form, RecordForm) and form.isVisible()
        qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)
        seen.append(weakref.ref(form))
        form.reject()  # nothing typed: it closes without asking
        del form
        _flush()
        assert getattr(window, "editor", None) is None
        assert getattr(window, "quick_meeting", None) is None
    window.show_shortcuts()
    box = window.last_message
    assert isinstance(box, QDialog)
    seen.append(weakref.ref(box))
    box.accept()
    del box
    _flush()

    assert [ref for ref in seen if ref() is not None] == []
    assert window.last_message is None
    assert window.findChildren(QDialog) == []


def test_ctrl_n_save_and_ctrl_z_are_confirmed_in_the_status_bar(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    from tests.ui.typing import ctrl_enter, type_text

    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    window.log_meeting()
    form = window.quick_meeting
    qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)
    type_text(form.title_edit_field, "Kennismaking (fictief)")
    with qtbot.waitSignal(form.saved, timeout=LIMIT) as blocker:
        ctrl_enter(form.title_edit_field)
    code = blocker.args[0].meta.display_no
    assert window.statusBar().currentMessage() == f"Contactmoment {code} vastgelegd"

    record = blocker.args[0]
    deleted: list[Any] = []
    desktop.ops.write(
        lambda d: d.meetings.delete(record.meta.id, expected_version=record.meta.version),
        on_done=deleted.append)
    qtbot.waitUntil(lambda: bool(deleted), timeout=LIMIT)
    window.undo_stack.push_delete(RecordKind.MEETING, getattr(deleted[0], "record", deleted[0]))
    window.statusBar().clearMessage()
    with qtbot.waitSignal(window.undo_stack.undone, timeout=LIMIT):
        window.undo()
    assert window.statusBar().currentMessage() == f"{code} teruggezet"


def test_edit_menu_names_the_new_contact_moment_and_ctrl_z_trashes_it(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    from tests.ui.typing import ctrl_enter, type_text

    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    window.log_meeting()
    form = window.quick_meeting
    qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)
    type_text(form.title_edit_field, "Kennismaking (fictief)")
    with qtbot.waitSignal(form.saved, timeout=LIMIT) as blocker:
        ctrl_enter(form.title_edit_field)
    record = blocker.args[0]
    code = record.meta.display_no
    edit_menu = window.menuBar().actions()[1].menu()
    texts = [a.text() for a in edit_menu.actions()]
    assert f"Ongedaan maken: aanmaken van {code}" in texts

    with qtbot.waitSignal(window.undo_stack.undone, timeout=LIMIT):
        window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)
    assert desktop.ops.dossier.meetings.get(record.meta.id).meta.deleted
    assert window.statusBar().currentMessage() == (
        f"Aanmaken van {code} ongedaan gemaakt; het staat in de prullenbak")
    assert window.actions_by_name["undo"].text() == "Ongedaan maken"
