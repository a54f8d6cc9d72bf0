"""A name more than one authority bears ("Groningen", "Bergen") is not taken on Enter alone:
the CLI refuses it too; the suggestions stay open with a note, and once one is picked the field
shows a name that says which."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from chinadossier.ui.dialogs.welcome_dialog import WelcomeDialog
from chinadossier.ui.widgets.authority_picker import AuthorityPicker

_HOLDERS: list[QWidget] = []


def _picker(qtbot: Any) -> AuthorityPicker:
    holder = QWidget()
    qtbot.addWidget(holder)
    _HOLDERS[:] = [holder]  # kept alive for the test
    picker = AuthorityPicker(parent=holder)
    picker.setFixedWidth(520)
    holder.show()
    return picker


def _enter(qtbot: Any, picker: AuthorityPicker) -> None:
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_enter_on_groningen_picks_nothing_and_asks_to_choose(qtbot: Any) -> None:
    picker = _picker(qtbot)
    picked: list[Any] = []
    picker.picked.connect(picked.append)
    qtbot.keyClicks(picker.search, "Groningen")
    _enter(qtbot, picker)
    assert picked == [] and picker.chosen is None
    assert picker.results.isVisible()
    assert picker.note.isVisible()
    assert "kies er een uit de lijst" in picker.note.text()
    assert picker.search.text() == "Groningen"
    # a screen reader hears it too: the field's description while the note holds
    assert picker.search.accessibleDescription() == picker.note.text()
    qtbot.keyClicks(picker.search, " (")
    assert picker.search.accessibleDescription() == ""


def test_arrow_then_enter_takes_the_gemeente_with_a_label_that_says_so(qtbot: Any) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.search, "Groningen")
    _enter(qtbot, picker)  # refused first
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # the provincie sorts first, then gemeente
    _enter(qtbot, picker)
    assert picker.chosen is not None and picker.chosen.code == "GM0014"
    assert picker.search.text() == "Groningen (gemeente)"
    assert not picker.note.isVisible() and not picker.results.isVisible()


def test_clicking_the_provincie_shows_provincie_groningen(qtbot: Any) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.search, "Groningen")
    row = next(r for r in range(picker.results.count())
               if "PV20" in picker.results.item(r).text())
    item = picker.results.item(row)
    rect = picker.results.visualItemRect(item)
    qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.chosen is not None and picker.chosen.code == "PV20"
    assert picker.search.text() == "Provincie Groningen"


def test_bergen_is_refused_but_bergen_l_and_rotterdam_are_taken(qtbot: Any) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.search, "Bergen")
    _enter(qtbot, picker)
    assert picker.chosen is None and picker.note.isVisible()
    picker.search.clear()
    assert not picker.note.isVisible()  # typing again starts afresh
    qtbot.keyClicks(picker.search, "Bergen (L.)")
    _enter(qtbot, picker)
    assert picker.chosen is not None and picker.chosen.code == "GM0893"
    assert picker.search.text() == "Bergen (L.)"
    picker.search.clear()
    qtbot.keyClicks(picker.search, "Rotterdam")
    _enter(qtbot, picker)
    assert picker.chosen is not None and picker.chosen.code == "GM0599"
    assert picker.search.text() == "Rotterdam"


def test_welcome_dialog_enter_on_bergen_leaves_create_disabled(
        qtbot: Any, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "Bergen")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.chosen is None
    assert not dialog.create_button.isEnabled()
    assert dialog.results.isVisible() and dialog.picker.note.isVisible()
    assert dialog.isVisible()
