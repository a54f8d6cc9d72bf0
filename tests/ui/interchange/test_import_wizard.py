"""The import wizard through its real widgets: file → sheet and columns → preview → import."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from tests.ui.typing import type_text

from chinadossier.ui.interchange.import_wizard import ImportWizard
from chinadossier.ui.interchange.progress import ProgressRun
from chinadossier.ui.ops import Operations

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)

# Excel's "CSV (puntkomma)" on a Dutch Windows: Windows-1252, CRLF, a function, e-mail, a date.
CSV = (
    "Achternaam;Voornaam;Organisatie;Functie;E-mailadres;Laatste contact;Afdeling\r\n"
    "Müller;Hélène;Gemeente Rotterdam;beleidsadviseur (fictief);h.muller@example.nl;"
    "3-2-2024;Economische Zaken, coördinatie\r\n"
    "de Vries;Geërt;Xinghe Havengroep (fictief);directeur;;31-12-2024;Haven\r\n"
    "Jansen;Piet;;;;31-02-2024;\r\n"
)


@pytest.fixture
def ops(qtbot, dossier):
    QSettings().clear()
    operations = Operations(dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM record").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


def open_wizard(qtbot, ops, tmp_path) -> ImportWizard:
    wizard = ImportWizard(ops, tmp_path / "backups")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitExposed(wizard)
    return wizard


def unnamed_focusable(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()}" for w in root.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root)
            and not w.accessibleName()]


def enter(wizard: ImportWizard) -> None:
    """Enter: the wizard's default button (Volgende, Importeren, Sluiten)."""
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def test_a_windows_1252_semicolon_csv_by_keyboard_with_a_mapped_column_and_a_rejected_row(
    qtbot, ops, dossier, tmp_path
) -> None:
    source = tmp_path / "contacten.csv"
    source.write_bytes(CSV.encode("cp1252"))
    before = counts(dossier.path)
    wizard = open_wizard(qtbot, ops, tmp_path)
    page = wizard.file_page
    page.path_edit.setFocus()
    type_text(page.path_edit, str(source))
    # Every control of the page is reachable with Tab.
    reached = set()
    for _ in range(8):
        reached.add(wizard.focusWidget())
        QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert {page.path_edit, page.browse, page.encoding} <= reached
    assert unnamed_focusable(wizard) == []
    page.path_edit.setFocus()
    enter(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING)

    mapping = wizard.mapping_page
    assert not mapping.sheet.isVisible()  # a CSV has no sheets
    assert mapping.kind.currentText() == "Personen (herkend)"
    combos = {c.property("header"): c for c in mapping.combos}
    assert combos["Afdeling"].currentData() == "-"  # not recognised: skipped unless assigned
    assert combos["Functie"].currentData() == "position"
    assert "Wordt overgeslagen: Afdeling." in mapping.message.text()
    assert unnamed_focusable(wizard) == []
    mapping.kind.setFocus()
    reached = set()
    for _ in range(len(combos) + 8):
        reached.add(wizard.focusWidget())
        QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert set(combos.values()) <= reached  # every column's field is reachable with Tab
    combos["Afdeling"].setFocus()
    for _ in range(combos["Afdeling"].findData("notes")):
        QTest.keyClick(combos["Afdeling"], Qt.Key.Key_Down)
    assert combos["Afdeling"].currentData() == "notes"
    mapping.kind.setFocus()
    enter(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW)

    preview = wizard.preview_page
    assert "nieuw: 2" in preview.counts.text() and "afgewezen: 1" in preview.counts.text()
    # The contact moments besides the persons, as the command line says (the result adds up);
    # none with Hélène Müller of the own municipality (no Chinese party), and the notes say so.
    assert ("daarbij nieuw: 1 contactmoment uit de kolom 'Laatste contact'"
            in preview.counts.text())
    assert ("Let op: bij 1 rij wordt Laatste contact geen contactmoment: medewerkers van een "
            "Nederlandse overheid") in preview.notes.text()
    # The rejected rows are shown first: row number as Excel shows it, the column, the reason.
    assert preview.outcome.currentData() == "rejected"
    assert preview.proxy.rowCount() == 1
    cells = [preview.proxy.index(0, c).data() for c in range(6)]
    assert cells[0] == "4" and cells[1] == "afgewezen" and cells[4] == "Laatste contact"
    assert "29 dagen" in cells[5]
    preview.outcome.setCurrentIndex(0)
    assert preview.proxy.rowCount() == 3
    assert "Xinghe Havengroep (fictief)" in preview.notes.text()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    assert counts(dossier.path) == before  # nothing written by the preview
    assert unnamed_focusable(wizard) == []
    preview.partial.setFocus()
    QTest.keyClick(preview.partial, Qt.Key.Key_Space)
    assert wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    enter(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=60_000)

    assert ("4 records geïmporteerd uit contacten.csv: 2 personen, 1 organisatie, "
            "1 contactmoment.") in wizard.result_page.summary.text()
    persons = {p.display_name: p for p in dossier.persons.list_all()}
    muller = persons["Hélène Müller"]
    assert muller.emails == ("h.muller@example.nl",)
    assert muller.notes == "Economische Zaken, coördinatie"
    assert muller.positions[0].title == "beleidsadviseur (fictief)"
    assert "Geërt de Vries" in persons
    assert not any("Jansen" in name for name in persons)
    assert [o.name_nl for o in dossier.organisations.list_all()] == [
        "Xinghe Havengroep (fictief)"]
    assert list((tmp_path / "backups").glob("*.sqlite3"))  # a backup before the import
    enter(wizard)
    assert not wizard.isVisible()


def test_a_sheet_with_one_row_is_named_in_the_singular(qtbot, ops, tmp_path) -> None:
    source = tmp_path / "een.xlsx"
    book = Workbook()
    book.active.title = "Toelichting"
    book.active["A1"] = "Eén organisatie (fictief)."
    sheet = book.create_sheet("Organisaties")
    sheet.append(["Naam", "Chinese naam", "Soort"])
    sheet.append(["Havenbedrijf Xinghe (fictief)", "星河港务集团", "staatsbedrijf"])
    book.save(source)
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING)
    mapping = wizard.mapping_page
    assert [mapping.sheet.itemText(i) for i in range(mapping.sheet.count())] == [
        "Toelichting (geen lijst)", "Organisaties (1 rij)"]


def _workbook(path: Path) -> None:
    book = Workbook()
    book.active.title = "Toelichting"
    book.active["A1"] = "Deze werkmap houdt de griffie bij; tabblad 2 is de lijst (fictief)."
    sheet = book.create_sheet("Organisaties")
    sheet.append(["Naam", "Chinese naam", "Soort", "Opgericht", "Classificatie"])
    sheet.append(["Havenbedrijf Xinghe (fictief)", "星河港务集团", "staatsbedrijf",
                  dt.datetime(1998, 5, 6), "intern"])
    sheet.append(["Universiteit van Xinghe (fictief)", "星河大学", "Kennisinstelling", None,
                  "Openbaar"])
    book.save(path)


def test_an_xlsx_with_a_prose_sheet_and_a_cancelled_then_finished_import(
    qtbot, ops, dossier, tmp_path
) -> None:
    source = tmp_path / "organisaties.xlsx"
    _workbook(source)
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING)
    mapping = wizard.mapping_page
    assert mapping.sheet.isVisible()
    assert [mapping.sheet.itemText(i) for i in range(mapping.sheet.count())] == [
        "Toelichting (geen lijst)", "Organisaties (2 rijen)"]
    assert not mapping.sheet.model().item(0).isEnabled()
    assert mapping.sheet.currentData() == "Organisaties"
    assert mapping.kind.currentData() == "organisaties"
    assert {c.property("header"): c.currentData() for c in mapping.combos}["Opgericht"] == "-"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW)
    preview = wizard.preview_page
    assert "nieuw: 2" in preview.counts.text()
    before = counts(dossier.path)

    # Cancel: the writer thread is busy, the import waits behind it, the user cancels.
    gate = threading.Event()
    ops.write(lambda _d: gate.wait(60))
    try:
        wizard.button(wizard.WizardButton.CommitButton).click()
        # The commit's own dialog: the preview's finished (hidden) ones may still be children
        # until their deferred deletion, and findChild would return the oldest.
        running = next((p for p in wizard.findChildren(ProgressRun) if p.isVisible()), None)
        assert running is not None
        assert unnamed_focusable(running) == []
        QTest.keyClick(running, Qt.Key.Key_Escape)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: "Afgebroken" in preview.notes.text(), timeout=60_000)
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert counts(dossier.path) == before

    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=60_000)
    orgs = {o.name_nl: o for o in dossier.organisations.list_all()}
    assert orgs["Havenbedrijf Xinghe (fictief)"].hanzi == "星河港务集团"
    assert orgs["Havenbedrijf Xinghe (fictief)"].meta.classification.value == "internal"
    assert "2 records geïmporteerd" in wizard.result_page.summary.text()


def test_an_unreadable_file_is_named_on_the_first_page(qtbot, ops, tmp_path) -> None:
    source = tmp_path / "kapot.xlsx"
    source.write_bytes(b"PK\x03\x04 dit is geen werkmap")
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: "kan niet worden gelezen" in wizard.file_page.error.text())
    assert wizard.currentId() == ImportWizard.FILE
    wizard.file_page.path_edit.setText(str(tmp_path / "bestaat-niet.csv"))
    wizard.next()
    assert "bestaat niet" in wizard.file_page.error.text()


def test_a_title_row_above_the_header_is_skipped_and_the_header_row_can_be_chosen(
    qtbot, ops, tmp_path
) -> None:
    source = tmp_path / "titel.csv"
    source.write_bytes(b"Contactenlijst Team IZ;;\r\n;;\r\nNaam;Organisatie;Functie\r\n"
                       b"Kees Smit;Gemeente Rotterdam;Adviseur\r\n")
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.file_page.path_edit.setText(str(source))
    wizard.file_page.path_edit.setFocus()
    enter(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING)
    mapping = wizard.mapping_page
    assert mapping.header_row.value() == 3
    assert mapping.skipped.text() == "Rij 1 boven rij 3 is overgeslagen (een titel?)."
    assert mapping.kind.currentText() == "Personen (herkend)"
    assert unnamed_focusable(wizard) == []
    mapping.header_row.setValue(1)
    mapping.header_row.editingFinished.emit()
    qtbot.waitUntil(lambda: wizard.loaded.table.header_row == 1)
    assert [c.property("header") for c in mapping.combos] == ["Contactenlijst Team IZ"]
    assert mapping.skipped.text() == ""


def test_two_title_rows_above_the_header_are_named_in_the_plural(qtbot, ops, tmp_path) -> None:
    source = tmp_path / "titels.csv"
    source.write_bytes(b"Contactenlijst;;\r\nTeam IZ;;\r\nNaam;Organisatie;Functie\r\n"
                       b"Kees Smit;Gemeente Rotterdam;Adviseur\r\n")
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.file_page.path_edit.setText(str(source))
    wizard.file_page.path_edit.setFocus()
    enter(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING)
    assert wizard.mapping_page.skipped.text() == ("Rijen 1–2 boven rij 3 zijn overgeslagen "
                                                  "(een titel?).")


def test_a_function_without_an_organisation_is_announced_and_writing_shows_its_phases(
    qtbot, ops, dossier, tmp_path, monkeypatch
) -> None:
    from chinadossier.services import importing

    source = tmp_path / "rollen.csv"
    source.write_bytes(b"Naam;Rol\r\nZhang Min (fictief);Adviseur\r\nLi Wei (fictief);\r\n"
)
    seen: list[tuple[str, float]] = []
    commit = importing.commit_import

    def watched(*args, **kwargs):
        progress = kwargs["progress"]
        seen.append((progress.phase, progress.fraction))  # the wizard's own phase: the backup
        result = commit(*args, **kwargs)
        seen.append((progress.phase, progress.fraction))
        return result

    monkeypatch.setattr(importing, "commit_import", watched)
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW)
    preview = wizard.preview_page
    assert "nieuw: 2" in preview.counts.text() and "afgewezen" not in preview.counts.text()
    assert ("Let op: 1 rij zonder organisatie; de kolom 'Rol' komt daar in de opmerkingen "
            "(\"Functie: …\"), niet als functie.") in preview.notes.text()
    reasons = {preview.proxy.index(r, 2).data(): preview.proxy.index(r, 5).data()
               for r in range(preview.proxy.rowCount())}
    assert "de kolom 'Rol' komt in de opmerkingen (\"Functie: Adviseur\")" in reasons[
        "Zhang Min (fictief)"]
    assert reasons["Li Wei (fictief)"] == ""
    assert wizard.button(wizard.WizardButton.CommitButton).isEnabled()  # not a rejection
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=60_000)
    assert seen == [("Back-up maken", 0.0), ("Opgeslagen", 1.0)]
    assert "2 records geïmporteerd uit rollen.csv: 2 personen." in (
        wizard.result_page.summary.text())
