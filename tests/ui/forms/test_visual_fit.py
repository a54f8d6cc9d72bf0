"""Issue #8: things that were drawn cut off or out of line (measured, not looked at)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QSpinBox, QToolButton
from tests.ui.closing import track

from chinadossier.domain.labels import RISK_IMPACT
from chinadossier.resources_locator import resource_path
from chinadossier.ui import theme
from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog
from chinadossier.ui.widgets.heatmap import _label_widths, _short

WAIT = 30_000


def _top(widget: Any, ancestor: Any) -> int:
    return int(widget.mapTo(ancestor, QPoint(0, 0)).y())


def test_an_error_under_one_field_leaves_its_neighbours_labels_in_line(qtbot: Any,
                                                                      ops: Any) -> None:
    dialog = QuickMeetingDialog(ops)
    track(qtbot, dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    labels = [dialog.rows[k].label for k in ("held_on", "start_time", "meeting_kind")]
    before = [_top(label, dialog) for label in labels]
    assert len(set(before)) == 1
    dialog.rows["start_time"].set_errors(["'25:99' is geen bestaande tijd"])
    qtbot.waitUntil(lambda: dialog.rows["start_time"].error.isVisible())
    QApplication.processEvents()
    assert dialog.rows["start_time"].error.height() > 0
    assert [_top(label, dialog) for label in labels] == before
    fields = [dialog.fields[k] for k in ("held_on", "start_time", "meeting_kind")]
    assert len({_top(field, dialog) for field in fields}) == 1


def test_every_english_impact_label_fits_under_the_heat_map() -> None:
    font = QFont(QApplication.font())
    font.setPixelSize(10)
    metrics = QFontMetrics(font)
    for lang in (0, 1):
        labels = [_short(RISK_IMPACT[i][lang]) for i in range(1, 6)]
        rooms = _label_widths(metrics, labels)
        for text, room in zip(labels, rooms, strict=True):
            assert metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room)) == text


def test_spin_boxes_get_arrow_buttons_beside_the_digits(qtbot: Any, ops: Any) -> None:
    from chinadossier.domain.codes import RecordKind
    from chinadossier.ui.forms.editor import open_editor

    app = QApplication.instance()
    previous = app.styleSheet(), app.palette()
    try:
        for scheme in ("light", "dark"):
            theme.apply(app, scheme)
            assert f"chevron-up-{scheme}.svg" in app.styleSheet()
            assert (resource_path("icons") / f"chevron-up-{scheme}.svg").exists()
            form = open_editor(ops, RecordKind.RISK_NOTE)
            track(qtbot, form)
            form.open()
            qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
            box = form.fields["inherent_likelihood"]
            assert isinstance(box, QSpinBox) and box.isEnabled()
            qtbot.waitExposed(box)
            edit = box.lineEdit()
            # the digits end before the arrow buttons, and start clear of the left border
            assert edit.geometry().right() < box.width() - 16
            edit.setCursorPosition(0)
            assert edit.mapTo(box, edit.cursorRect().center()).x() >= 6
            form.reject()
    finally:
        app.setStyleSheet(previous[0])
        app.setPalette(previous[1])


def test_chips_use_the_theme_in_dark_mode(qtbot: Any) -> None:
    import uuid

    from chinadossier.domain.codes import RecordKind
    from chinadossier.ui.widgets.chips import ChipInput, Choice

    app = QApplication.instance()
    previous = app.styleSheet(), app.palette()
    try:
        tokens = theme.apply(app, "dark")
        chips = ChipInput()
        qtbot.addWidget(chips)
        chips.add_choice(Choice(RecordKind.PERSON, uuid.uuid4(), "Deelnemer (fictief)"))
        chips.resize(320, 30)
        chips.show()
        qtbot.waitExposed(chips)
        chip = chips._chips[0]
        image = chip.grab().toImage()
        remove = chip.findChildren(QToolButton)[0].geometry()
        body = image.pixelColor(chip.width() // 2, 0).name().upper()
        beside_x = image.pixelColor(remove.left() + 1, remove.top() + 1).name().upper()
        assert body == tokens.accent_soft.upper()
        assert beside_x == body
    finally:
        app.setStyleSheet(previous[0])
        app.setPalette(previous[1])


def test_a_message_that_is_no_predicate_gets_a_colon_after_the_label() -> None:
    from chinadossier.ui.forms.error_display import _with_caption

    assert _with_caption("Onderwerp", "is verplicht") == "Onderwerp is verplicht"
    assert _with_caption("Date", "must be a date") == "Date must be a date"
    assert (_with_caption("Status", "een band die in 1984 eindigde kan niet actief zijn")
            == "Status: een band die in 1984 eindigde kan niet actief zijn")
    assert _with_caption("Richting", "kies een richting") == "Richting: kies een richting"
    assert _with_caption("Titel", "Deelnemer 2: is verplicht") == "Deelnemer 2: is verplicht"


def test_a_chip_with_a_long_label_is_elided_and_keeps_the_whole_label(qtbot: Any) -> None:
    """A source with a long title once pushed the tie form wider than its dialog."""
    from chinadossier.domain.codes import RecordKind
    from chinadossier.ui.widgets.chips import Chip, ChipInput, Choice

    title = ("NRC: sinds medio 2021 ten minste 8 gemeenten die hun stedenband met een Chinese "
             "stad hebben beëindigd of bevroren, na vragen uit de gemeenteraad (fictief)")
    box = ChipInput()
    qtbot.addWidget(box)
    box.set_choices([Choice(RecordKind.SOURCE, 1, title)])
    (chip,) = box.findChildren(Chip)
    assert chip.sizeHint().width() <= Chip.MAX_LABEL_WIDTH + 60
    (label,) = [w for w in chip.children() if w.metaObject().className() == "QLabel"]
    assert label.text().endswith("…") and label.text() != title
    assert label.accessibleName() == title and title in label.toolTip()
    short = Choice(RecordKind.SOURCE, 2, "Raadsbesluit")
    box.set_choices([short])
    (chip,) = [c for c in box.findChildren(Chip) if c.choice == short]
    (label,) = [w for w in chip.children() if w.metaObject().className() == "QLabel"]
    assert label.text() == "Raadsbesluit"


def _tops(dialog: Any) -> dict[str, int]:
    for _ in range(5):  # a wrapped message's height takes more than one layout pass
        QApplication.processEvents()
    return {key: _top(field, dialog) for key, field in dialog.fields.items()
            if field.isVisibleTo(dialog)}


def test_errors_coming_and_going_do_not_move_the_fields(qtbot: Any, ops: Any) -> None:
    """Fields kept jumping 14–50 px when a message came or went, so a click landed in the wrong
    field: each field keeps an error line of its own, and the note at the top takes the
    subtitle's line."""
    from tests.ui.typing import ctrl_enter, type_text

    dialog = QuickMeetingDialog(ops)
    track(qtbot, dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    QApplication.processEvents()
    before = _tops(dialog)
    # a one-line message (Onderwerp is verplicht) comes: nothing moves
    ctrl_enter(dialog.fields["title"])
    qtbot.waitUntil(lambda: "title" in dialog.errors_shown() and not ops.is_busy(), timeout=WAIT)
    assert dialog.banner.isVisible()
    assert _tops(dialog) == before
    # a long message under the narrow Datum field takes more lines when it comes, ...
    dialog.fields["held_on"].clear()
    type_text(dialog.fields["held_on"], "ca. maart")
    ctrl_enter(dialog.fields["title"])
    qtbot.waitUntil(lambda: "held_on" in dialog.errors_shown() and not ops.is_busy(),
                    timeout=WAIT)
    shown = _tops(dialog)
    # ... but nothing moves while the errors are being fixed and go
    type_text(dialog.fields["held_on"], "x")
    assert "held_on" not in dialog.errors_shown()
    QApplication.processEvents()
    assert _tops(dialog) == shown
    type_text(dialog.fields["title"], "Kennismaking")
    assert not dialog.errors_shown() and not dialog.banner.isVisible()
    QApplication.processEvents()
    assert _tops(dialog) == shown


@pytest.mark.parametrize("kind", ["meeting", "tie"])
def test_the_contact_moment_and_tie_forms_fit_without_scrolling(qtbot: Any, ops: Any,
                                                                kind: str) -> None:
    """With the error lines kept (and the tie's term added), Ctrl+N and the tie form still show
    every field at their opening size."""
    from PySide6.QtWidgets import QScrollArea

    from chinadossier.domain.codes import RecordKind
    from chinadossier.ui.forms.editor import open_editor

    dialog = QuickMeetingDialog(ops) if kind == "meeting" else open_editor(ops, RecordKind.TIE)
    track(qtbot, dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    QApplication.processEvents()
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    assert dialog.height() <= 768 - 60  # the screen less a title bar and a task bar
    assert scroll.widget().sizeHint().height() <= scroll.viewport().height()
