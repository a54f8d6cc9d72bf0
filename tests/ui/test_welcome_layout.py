"""The welcome dialog's first paint is whole (no intro cut mid-sentence, no squashed field), and
its footer agrees with its Wijzigen… button for the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from chinadossier.ui import theme
from chinadossier.ui.dialogs.welcome_dialog import WelcomeDialog


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_first_paint_shows_every_line_and_field_whole(
    qtbot: Any, tmp_path: Path, scheme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette = app.styleSheet(), app.palette()
    try:
        theme.apply(app, scheme)
        dialog = WelcomeDialog(tmp_path)
        qtbot.addWidget(dialog)
        dialog.open()  # as the start-up does
        qtbot.waitExposed(dialog)
        short = [
            f"{type(w).__name__} {w.text()[:30]!r}: {w.height()} < {need}"
            for w, need in _needs(dialog)
            if w.height() < need
        ]
        assert short == []
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)


def _needs(dialog: QWidget) -> list[tuple[Any, int]]:
    needs: list[tuple[Any, int]] = []
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            needs.append((label, label.heightForWidth(label.width())))
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisible():
            needs.append((edit, edit.sizeHint().height()))
    return needs


def test_the_footer_does_not_deny_the_folder_button(qtbot: Any, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Wijzigen…" in [b.text() for b in dialog.findChildren(type(dialog.create_button))]
    assert "kiest u bij het starten" not in texts
    assert "onthouden" in texts


def test_typing_bergen_makes_room_for_the_suggestions(qtbot: Any, tmp_path: Path) -> None:
    """The suggestions used to squash the field and cover "Nog geen overheid gekozen." (the
    dialog's minimum height was fixed at the first paint); the dialog now grows for them and
    returns to its height when one is taken."""
    dialog = WelcomeDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    qtbot.keyClicks(dialog.search, "Bergen")
    results, label, search = dialog.results, dialog.chosen_label, dialog.search
    qtbot.waitUntil(lambda: results.isVisible() and results.count() > 1)
    qtbot.waitUntil(lambda: label.geometry().top() >= results.geometry().bottom())
    assert search.height() >= search.sizeHint().height()
    assert search.geometry().bottom() < results.geometry().top()
    assert label.height() >= label.heightForWidth(label.width())
    assert [(w, need) for w, need in _needs(dialog) if w.height() < need] == []
    assert dialog.height() > before
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # "Bergen" is two: Enter asks to pick
    note = dialog.picker.note
    assert results.isVisible() and note.isVisible()
    qtbot.waitUntil(lambda: label.geometry().top() >= results.geometry().bottom())
    assert note.geometry().bottom() <= results.geometry().top()
    assert [(w, need) for w, need in _needs(dialog) if w.height() < need] == []
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # takes the first suggestion
    assert not results.isVisible()
    qtbot.waitUntil(lambda: dialog.height() == before)
    assert label.text().startswith("Gekozen: Bergen (L.)")
