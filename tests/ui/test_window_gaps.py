"""The main window around its pieces: the Prullenbak count in the sidebar, list messages in the
status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.shell_helpers import add_risk
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture


def test_prullenbak_count_and_list_messages_follow_a_delete_and_its_undo(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    note = add_risk(dossier, net=(2, 3)).record
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 1, timeout=LIMIT)
    assert window.sidebar.count("trash") is None  # an empty Prullenbak shows no count

    window.sidebar.select("risks")
    page = window.pages["risks"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=LIMIT)
    page.show_record(note.meta.id)
    qtbot.waitUntil(lambda: page.selected_ids() == [note.meta.id], timeout=LIMIT)
    page.delete_selected()
    qtbot.waitUntil(lambda: window.sidebar.count("trash") == 1, timeout=LIMIT)
    assert window.sidebar.count("risks") == 0
    message = window.statusBar().currentMessage()
    assert f"{note.meta.display_no} staat in de prullenbak" in message

    window.undo()
    qtbot.waitUntil(lambda: window.sidebar.count("trash") is None, timeout=LIMIT)
    assert window.sidebar.count("risks") == 1
    assert not dossier.risk_notes.get(note.meta.id).meta.deleted
