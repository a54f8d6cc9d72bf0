"""What a new user met in the first minutes (#8): the keyboard after a search, a new record
selected in its list, the window title, the activity of a fresh case file, the empty Prullenbak."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import PersonDraft

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


def _idle(qtbot: Any, desktop: Any) -> None:
    qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)


def test_a_record_opened_from_the_search_has_the_keyboard_in_its_list(
        qtbot: Any, start: Any, dossier: Any, case_file: Path) -> None:  # noqa: F811
    person = dossier.persons.create(PersonDraft(family_name="Wang", given_name="Wei")).record
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    _idle(qtbot, desktop)
    window.focus_search()
    popup = window.search_popup
    type_text(popup.field, "wang")
    qtbot.waitUntil(lambda: bool(popup.result_refs()), timeout=LIMIT)
    QTest.keyClick(popup.field, Qt.Key.Key_Return)
    page = window.page("persons")
    qtbot.waitUntil(lambda: page.selected_ids() == [person.meta.id], timeout=LIMIT)
    assert window.current_page_key() == "persons"
    assert window.focusWidget() is page.table
