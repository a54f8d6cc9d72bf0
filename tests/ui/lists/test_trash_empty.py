"""An empty Prullenbak says so (#8) instead of showing a bare table with "0 verwijderde records";
once something is deleted the table comes back."""

from __future__ import annotations

import pytest

from chinadossier.ui.pages.trash_page import TrashPage

from .test_list_flows import idle, ops  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
)


def test_an_empty_trash_says_it_is_empty_until_something_is_deleted(qtbot, ops, filled):  # noqa: F811
    trash = TrashPage(ops)
    qtbot.addWidget(trash)
    trash.resize(1000, 600)
    trash.show()
    qtbot.waitUntil(lambda: trash.is_empty(), timeout=10_000)
    assert trash.empty_label.isVisible() and trash.empty_label.text() == "De prullenbak is leeg"
    assert not trash.table.isVisible()
    assert "0 verwijderde" not in trash.subtitle.text()

    meeting = filled.ids["meetings"][0]
    ops.write(lambda d: d.meetings.delete(
        meeting, expected_version=d.meetings.get(meeting).meta.version))
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1, timeout=10_000)
    idle(qtbot, ops)
    assert trash.table.isVisible() and not trash.empty_label.isVisible()
    assert trash.subtitle.text().startswith("1 verwijderd record")
