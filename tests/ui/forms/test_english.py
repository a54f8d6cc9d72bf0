"""In English, no Dutch interface text is left in any form or dialog.

The walk collects what a user sees or hears (window titles, labels, buttons, group boxes,
placeholders, tooltips, accessible names) and looks for Dutch words. Labels of stored codes (combo
items) come from the foundation's labels module and are not part of the walk. The same walk in
Dutch must find those words, so the check cannot pass by looking at nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.app import Language
from chinadossier.ui.forms.editor import FORMS, open_editor
from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog
from chinadossier.ui.memo.memo_dialog import MemoDialog
from chinadossier.ui.pages.memos_page import MemosPage
from chinadossier.ui.pages.trash_page import TrashPage
from chinadossier.ui.widgets import picker_sources

WAIT = 30_000

#: Dutch words of the interface that have no place in the English one (whole words).
DUTCH = (
    "Nieuwe", "Nieuw", "bewerken", "Opslaan", "opslaan", "Annuleren", "Omschrijving",
    "Samenvatting", "Deelnemers", "Onderwerp", "Bijlagen", "Bijlage", "Bronnen", "Aantekeningen",
    "toevoegen", "verwijderen", "Verwijderen", "Eigenaar", "Datum", "Soort", "Titel", "Plaats",
    "Naam", "Voornaam", "Achternaam", "Tussenvoegsel", "Uitkomst", "Kenmerk", "Sluiten",
    "Notitie", "notitie", "notities", "Hoofdstuk", "Hoofdstukken", "Vergadering", "Periode",
    "Classificatie", "Richting", "Tijd", "Laden", "Zoek", "Typ", "Velden", "verplicht", "jjjj",
    "uu", "Gemeente", "overheid", "Banden", "Functie", "Functies", "Risico", "Bewaren",
    "Vernietigen", "regel", "Terugzetten", "Prullenbak", "Verwijderde", "Openen", "Vergelijken",
    "Eigen", "Kop", "Versie", "Agendapunt", "Voorbeeld", "Afdrukken", "Organisatie", "Personen",
    "Organisaties", "Besluiten", "Contactmomenten", "Contactmoment", "vastleggen", "Gaat",
    "Beoordeling", "kans", "Netto", "Bruto", "Behandeling", "Gepubliceerd", "Uitgever", "Sinds",
    "Ondertekend", "Evaluatie", "Gekoppelde", "Vervolgacties", "geschenk", "gastvrijheid",
    "Signalen", "maatregelen", "Volgorde", "Andere", "schrijfwijzen", "Valt", "onder", "Onze",
    "kant", "partij", "Wat", "moet", "gebeuren", "Bijv", "bijv", "wordt", "afgeleid", "onzeker",
    "Formulier", "Contactgegevens", "Telefoonnummers", "Postadressen", "Deelnemer", "Rol", "Rollen",
    "Vindplaats", "Raadsbesluiten", "Stemmingen", "Politieke", "feiten", "t/m",
    # labels of stored codes, which come from the labels module in the interface language
    "Inkomend", "Uitgaand", "Openbaar", "Vertrouwelijk", "Gemeentelijk",
)
_PATTERN = re.compile(r"(?<![\w&/])(" + "|".join(map(re.escape, DUTCH)) + r")(?!\w)")


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user sees or hears in a window."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QDialog) or widget is root:
            yield where + " title", widget.windowTitle()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        if isinstance(widget, QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield where + " placeholder", widget.placeholderText()
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for col in range(header.columnCount()):
                yield where + " header", header.text(col)
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()


def dutch_in(root: QWidget) -> list[str]:
    """Every Dutch word found, with where."""
    return [f"{where}: {_PATTERN.search(text).group(1)!r} in {text!r}"  # type: ignore[union-attr]
            for where, text in texts_of(root) if text and _PATTERN.search(text)]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    language = Language(qapp)
    language.set("en")
    yield
    language.set("nl")


def _windows(ops: Any) -> Iterator[QWidget]:
    for kind in FORMS:
        yield open_editor(ops, kind)
    person = open_editor(ops, RecordKind.PERSON)
    person.positions.add_row()  # type: ignore[attr-defined]
    yield person
    quick = QuickMeetingDialog(ops)
    quick.actions.add_row()
    yield quick
    yield MemoDialog(ops)
    yield MemosPage(ops)
    yield TrashPage(ops)


def test_the_dutch_walk_finds_dutch(qtbot: Any, ops: Any) -> None:
    """The control: without the translation, the same walk finds the Dutch words."""
    window = open_editor(ops, RecordKind.MEETING)
    qtbot.addWidget(window)
    found = dutch_in(window)
    assert len(found) > 10
    assert any("'Opslaan'" in f for f in found)
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)


def test_no_dutch_left_in_any_form_or_dialog_in_english(qtbot: Any, ops: Any,
                                                        english: None) -> None:
    found: list[str] = []
    for window in _windows(ops):
        qtbot.addWidget(window)
        found += [f"{type(window).__name__}: {f}" for f in dutch_in(window)]
    for name in dir(picker_sources):
        source = getattr(picker_sources, name)
        if isinstance(source, picker_sources.PickerSource):
            for text in (source.caption(), source.create_caption()):
                if _PATTERN.search(text):
                    found.append(f"PickerSource {name}: {text!r}")
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    assert found == []
