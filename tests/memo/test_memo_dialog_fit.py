"""The memo dialog fits a 1366 × 768 screen (#8): never taller than the screen, and its left
panel never cut off at the side (it scrolls only up and down)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.ui.closing import track

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
)


@pytest.fixture
def ops(qtbot: Any, memo_dossier: Any) -> Any:
    from chinadossier.ui.ops import Operations

    ops = Operations(memo_dossier)
    yield ops
    ops.wait_idle()


def test_the_left_panel_is_not_cut_off_at_1366_by_768(qtbot: Any, ops: Any) -> None:
    from chinadossier.ui.memo.memo_dialog import MemoDialog

    dialog = MemoDialog(ops)
    track(qtbot, dialog)
    dialog.resize(1180, 720)  # what it takes on a 1366 × 768 screen (room for the frame)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=60_000)
    scroll = dialog.form_scroll
    host = scroll.widget()
    assert host.width() <= scroll.viewport().width()
    assert host.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    # every field of the panel lies inside the visible width
    right_edge = scroll.viewport().width()
    for field in (dialog.scope_box, dialog.to_edit, dialog.agenda, dialog.meeting,
                  *dialog.section_boxes.values()):
        assert field.mapTo(host, field.rect().topRight()).x() <= right_edge, field.accessibleName()


def test_the_dialog_is_never_taller_than_its_screen(qtbot: Any, ops: Any) -> None:
    from chinadossier.ui.memo.memo_dialog import MemoDialog

    dialog = MemoDialog(ops)
    track(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= area.height()
    assert dialog.frameGeometry().width() <= area.width()
