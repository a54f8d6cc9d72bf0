"""A new record's form starts with the keyboard in its first field, never on Opslaan (#8): text
typed right after the form opens lands in that field, and Space does not save."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from tests.ui.closing import track

from chinadossier.ui.forms.base import focus_target
from chinadossier.ui.forms.editor import FORMS, open_editor

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")

WAIT = 30_000


@pytest.mark.parametrize("kind", list(FORMS), ids=lambda k: k.value)
def test_a_new_form_starts_in_its_first_field(qtbot: Any, ops: Any, kind: Any) -> None:
    form = open_editor(ops, kind)
    track(qtbot, form)
    form.open()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    focused = QApplication.focusWidget()
    assert focused is not form.save_button
    if kind.value == "meeting":  # the contact moment starts in Onderwerp (as Ctrl+N does)
        first = form.fields["title"]
    else:
        first = focus_target(next(iter(form.fields.values())))
    assert first is not None
    assert focused is first or first.isAncestorOf(focused) or focused is first.focusProxy()
    # what is typed goes into that field; Space does not save
    QTest.keyClick(focused, "x")
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert form.isVisible()
    assert isinstance(focused, QLineEdit)
    assert focused.text().endswith("x ")
