"""Every Tab stop shows where the keyboard focus is (WCAG 2.4.7, 1.4.11), light and dark.

The check is on the pixels: the window is grabbed around the focused widget, then again with the
focus gone; enough pixels must change by a contrast of at least 3:1 (at least half of a 1-px ring
around the widget, or around a small button for a big widget that rings a part of itself: a text
caret alone is far too few).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from chinadossier.ui import theme
from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog
from chinadossier.ui.ops import Operations

from .closing import track
from .shell_helpers import add_risk
from .test_shell import LIMIT, _window, start  # noqa: F401

#: Pixels around the focused widget that belong to its focus indication (rings sit outside).
AROUND = 6


def _luminance(r: int, g: int, b: int) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""
    la, lb = _luminance(*a), _luminance(*b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _pixels(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def changed_pixels(widget: QWidget) -> int:
    """How many pixels around `widget` differ by ≥ 3:1 between focused and not focused."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    area = QRect(top_left, widget.size()).adjusted(-AROUND, -AROUND, AROUND, AROUND)
    area = area.intersected(window.rect())
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    assert QApplication.focusWidget() is widget
    focused = _pixels(window.grab(area).toImage())
    widget.clearFocus()
    _settle()
    plain = _pixels(window.grab(area).toImage())
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    if focused == plain:
        return 0
    count = 0
    for i in range(0, min(len(focused), len(plain)), 4):
        a, b = focused[i : i + 4], plain[i : i + 4]
        if a != b and contrast((a[2], a[1], a[0]), (b[2], b[1], b[0])) >= 3:
            count += 1
    return count


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {label!r} {widget.accessibleName()!r}"


def tab_stops(first: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits from `first` until it comes back (at most `limit`)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    stops: list[QWidget] = []
    widget = QApplication.focusWidget()
    while widget is not None and widget not in stops and len(stops) < limit:
        stops.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        _settle()
        widget = QApplication.focusWidget()
    return stops


def unseen(stops: list[QWidget]) -> list[str]:
    """The stops that show no focus indication worth the name."""
    missing = []
    for widget in stops:
        # half a 1-px ring around the widget, or for a big one (the heat map rings one cell) at
        # least a ring around a small button
        need = min(widget.width() + widget.height(), 200)
        got = changed_pixels(widget)
        if got < need:
            missing.append(f"{_describe(widget)}: {got} of {need} pixels")
    return missing


@pytest.fixture(params=["light", "dark"])
def scheme(request: Any) -> Any:
    """Run in light and in dark; the application's look is put back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette = app.styleSheet(), app.palette()
    yield request.param
    app.setStyleSheet(sheet)
    app.setPalette(palette)


def test_every_tab_stop_of_the_overview_shows_its_focus(
    qtbot: Any,
    start: Any,  # noqa: F811 - the fixture
    case_file: Path,
    dossier: Any,
    scheme: str,
) -> None:
    add_risk(dossier, net=(2, 3))
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    theme.apply(QApplication.instance(), scheme)  # type: ignore[arg-type]
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=LIMIT)
    # The Overzicht's later reads (the heat map's tie list, which enables or disables its combo)
    # are in before the stops are collected: a combo disabled meanwhile is no stop.
    qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)
    _settle()
    stops = tab_stops(window.search_field)
    assert len(stops) >= 10  # search, buttons, heat map, its controls, the cards' rows
    assert window.overview not in stops  # the scroll area itself is no stop
    missing = unseen(stops)
    assert missing == [], "\n".join(missing)


def test_every_tab_stop_of_the_quick_meeting_form_shows_its_focus(
    qtbot: Any, dossier: Any, scheme: str
) -> None:
    ops = Operations(dossier)
    theme.apply(QApplication.instance(), scheme)  # type: ignore[arg-type]
    dialog = QuickMeetingDialog(ops)
    track(qtbot, dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=LIMIT)
    stops = tab_stops(dialog.fields["held_on"])
    assert len(stops) > 15
    missing = unseen(stops)
    assert missing == [], "\n".join(missing)
    ops.wait_idle()


def test_check_box_edges_stand_out_in_light_and_dark() -> None:
    for tokens in (theme.LIGHT, theme.DARK):
        for ground in (tokens.bg, tokens.surface, tokens.surface_alt, tokens.sidebar):
            rgb = [
                tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in (tokens.control, ground)
            ]
            assert contrast(rgb[0], rgb[1]) >= 3, (tokens.dark, ground)  # type: ignore[arg-type]
        assert "QCheckBox::indicator {" in theme.stylesheet(tokens)
        assert f"border: 1px solid {tokens.control}" in theme.stylesheet(tokens)
