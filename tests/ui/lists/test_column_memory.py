"""The column layout is written to QSettings when the user drags a column, not on each refit
(a model reset, a loaded page, a window resize): those writes were file writes on the GUI
thread (issue 8 point 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from chinadossier.domain.codes import RecordKind

from .test_list_flows import idle, open_page, ops  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
)

KEY = "lists/meeting/header"


def _refits(qtbot, page, ops):  # noqa: F811
    """Everything that makes the program set column widths: reset, reload, resizes."""
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    idle(qtbot, ops)
    page.refresh()
    idle(qtbot, ops)
    for width in (900, 1500, 1100):
        page.resize(width, 700)
        qtbot.wait(20)


def test_refits_and_reloads_write_no_column_settings(qtbot, ops):  # noqa: F811
    page = open_page(qtbot, ops, RecordKind.MEETING)
    QSettings().remove(KEY)
    header = page.table.horizontalHeader()
    sizes = [header.sectionSize(i) for i in range(header.count())]
    _refits(qtbot, page, ops)
    assert [header.sectionSize(i) for i in range(header.count())] != sizes  # it did refit
    assert QSettings().value(KEY) is None
    assert page.column_memory.saves == 0


def test_a_column_dragged_with_the_mouse_is_remembered(qtbot, ops):  # noqa: F811
    page = open_page(qtbot, ops, RecordKind.MEETING)
    QSettings().remove(KEY)
    header = page.table.horizontalHeader()
    # the right edge of the first shown column that is not the stretching one
    index = next(i for i in range(header.count()) if not header.isSectionHidden(i)
                 and i != page.fitter._stretch)
    edge = header.sectionViewportPosition(index) + header.sectionSize(index) - 1
    y = header.height() // 2
    viewport = header.viewport()
    before = header.sectionSize(index)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(edge, y))
    QTest.mouseMove(viewport, QPoint(edge + 60, y))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(edge + 60, y))
    qtbot.waitUntil(lambda: page.column_memory.saves == 1)
    assert header.sectionSize(index) > before
    assert QSettings().value(KEY) == header.saveState()

    # a press and release on a handle that changes nothing writes nothing
    edge = header.sectionViewportPosition(index) + header.sectionSize(index) - 1
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(edge, y))
    qtbot.wait(20)
    assert page.column_memory.saves == 1
