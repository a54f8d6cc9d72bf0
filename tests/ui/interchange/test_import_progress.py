"""The import wizard's long reads (file, sheet, preview, re-check) run off the GUI thread with a
progress dialog; Annuleren or Esc stops them mid-way, writes nothing, leaves the wizard usable."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget as QWidgetForTest
from tests.ui.interchange.test_import_wizard import counts, open_wizard

from chinadossier.services import importing
from chinadossier.services.importing import planning
from chinadossier.ui.interchange.import_wizard import ImportWizard
from chinadossier.ui.interchange.progress import ProgressRun
from chinadossier.ui.ops import Operations

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)

ROWS = 1_000


class Gate:
    """Holds the worker thread at one call of a wrapped function until released."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self.calls = 0
        self.armed = True

    def wrap(self, function: Callable[..., Any], when: Callable[[int, Any], bool]
             ) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.armed and when(self.calls, kwargs):
                self.armed = False
                self.reached.set()
                self.release.wait(60)
            return function(*args, **kwargs)
        return wrapped


@pytest.fixture
def gate() -> Iterator[Gate]:
    held = Gate()
    yield held
    held.release.set()  # never leave a worker thread waiting


@pytest.fixture
def ops(qtbot, dossier):
    operations = Operations(dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)


def persons_csv(tmp_path) -> Any:
    source = tmp_path / "personen.csv"
    lines = ["Naam;Organisatie;Functie"] + [
        f"Persoon{n} Achternaam{n} (fictief);Gemeente Rotterdam;adviseur" for n in range(ROWS)]
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return source


def running(qtbot, wizard: ImportWizard, gate: Gate) -> ProgressRun:
    """The wizard's progress dialog, once the work is held mid-way and the dialog is shown."""
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
    dialog = wizard.running
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    return dialog


def to_mapping(qtbot, wizard: ImportWizard, source: Any) -> None:
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=30_000)


def test_the_preview_cancelled_mid_way_with_esc_writes_nothing_and_can_be_made_again(
    qtbot, ops, dossier, tmp_path, gate, monkeypatch
) -> None:
    source = persons_csv(tmp_path)
    before = counts(dossier.path)
    monkeypatch.setattr(planning, "plan_person",
                        gate.wrap(planning.plan_person, lambda calls, _kw: calls == 300))
    wizard = open_wizard(qtbot, ops, tmp_path)
    to_mapping(qtbot, wizard, source)
    wizard.next()
    dialog = running(qtbot, wizard, gate)
    qtbot.waitUntil(lambda: "200 van 1.000 rijen" in dialog.labelText(), timeout=10_000)
    assert 0 < dialog.value() < dialog.maximum()
    assert dialog.findChild(type(wizard.button(wizard.WizardButton.NextButton))).text() \
        == "Annuleren"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is Annuleren

    # At once: back on the columns page, usable, nothing written.
    assert wizard.running is None and not dialog.isVisible()
    assert wizard.currentId() == ImportWizard.MAPPING
    assert "Afgebroken" in wizard.mapping_page.message.text()
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    gate.release.set()
    assert ops.wait_idle()
    qtbot.wait(50)
    assert gate.calls < 500  # the worker stopped at its next report, not at the end
    assert wizard.currentId() == ImportWizard.MAPPING  # its late answer was dropped
    assert counts(dossier.path) == before

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=60_000)
    assert f"nieuw: {ROWS:,}".replace(",", ".") in wizard.preview_page.counts.text()
    assert counts(dossier.path) == before


def test_the_file_read_cancelled_with_the_button_leaves_the_first_page_usable(
    qtbot, ops, dossier, tmp_path, gate, monkeypatch
) -> None:
    source = persons_csv(tmp_path)
    before = counts(dossier.path)
    monkeypatch.setattr(importing, "read_table",
                        gate.wrap(importing.read_table, lambda calls, _kw: calls == 1))
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    dialog = running(qtbot, wizard, gate)
    assert dialog.labelText() == "Rijen lezen"
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    buttons = [b for b in dialog.findChildren(type(wizard.button(wizard.WizardButton.NextButton)))
               if b.text() == "Annuleren"]
    buttons[0].click()
    assert wizard.currentId() == ImportWizard.FILE
    assert "Afgebroken" in wizard.file_page.error.text()
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    gate.release.set()
    assert ops.wait_idle()
    qtbot.wait(50)
    assert wizard.currentId() == ImportWizard.FILE
    wizard.next()  # read again: not held this time
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=30_000)
    assert counts(dossier.path) == before


def test_a_sheet_read_cancelled_keeps_the_sheet_shown(
    qtbot, ops, tmp_path, gate, monkeypatch
) -> None:
    source = tmp_path / "twee.xlsx"
    book = Workbook()
    first = book.active
    first.title = "Organisaties"
    first.append(["Naam", "Soort"])
    first.append(["Havenbedrijf Xinghe (fictief)", "Staatsbedrijf"])
    second = book.create_sheet("Personen")
    second.append(["Naam", "Organisatie"])
    second.append(["Zhou Min (fictief)", "Havenbedrijf Xinghe (fictief)"])
    book.save(source)
    wizard = open_wizard(qtbot, ops, tmp_path)
    to_mapping(qtbot, wizard, source)
    mapping = wizard.mapping_page
    assert mapping.sheet.currentData() == "Organisaties"
    monkeypatch.setattr(importing, "read_table", gate.wrap(
        importing.read_table, lambda _calls, kw: kw.get("sheet") == "Personen"))
    mapping.sheet.setCurrentIndex(mapping.sheet.findData("Personen"))
    mapping.sheet.activated.emit(mapping.sheet.currentIndex())
    dialog = running(qtbot, wizard, gate)
    assert dialog.labelText() == "Werkblad lezen"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert mapping.sheet.currentData() == "Organisaties"  # back to the sheet still shown
    assert wizard.loaded.table is not None and wizard.loaded.table.sheet == "Organisaties"
    assert "Afgebroken" in mapping.message.text()
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    gate.release.set()
    assert ops.wait_idle()
    qtbot.wait(50)
    assert wizard.loaded.table.sheet == "Organisaties"  # the late answer was dropped


def test_a_re_check_cancelled_blocks_the_stale_preview_until_checked_again(
    qtbot, ops, dossier, tmp_path, gate, monkeypatch
) -> None:
    source = persons_csv(tmp_path)
    before = counts(dossier.path)
    wizard = open_wizard(qtbot, ops, tmp_path)
    to_mapping(qtbot, wizard, source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=60_000)
    commit = wizard.button(wizard.WizardButton.CommitButton)
    assert commit.isEnabled()
    calls = itertools.count(1)
    monkeypatch.setattr(planning, "plan_person", gate.wrap(
        planning.plan_person, lambda _calls, _kw: next(calls) == 300))
    wizard.replan()  # as after "Deze twee samenvoegen…"
    dialog = running(qtbot, wizard, gate)
    assert dialog.windowTitle() == "Bestand opnieuw controleren"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert "Afgebroken" in wizard.preview_page.notes.text()
    assert not commit.isEnabled()  # a preview from before the merge is never imported
    gate.release.set()
    assert ops.wait_idle()
    wizard.back()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW
                    and wizard.button(wizard.WizardButton.CommitButton).isEnabled(),
                    timeout=60_000)
    assert counts(dossier.path) == before


@pytest.mark.parametrize("read", [False, True])
def test_esc_in_an_active_progress_dialog_is_annuleren(qtbot, ops, read) -> None:
    """QProgressDialog has an Esc shortcut of its own and makes a second one for our button;
    two were ambiguous and Esc did nothing once the dialog was the active window."""
    parent = QWidgetForTest()
    qtbot.addWidget(parent)
    parent.show()
    hold = threading.Event()
    outcome: list[str] = []

    def work(_dossier: Any, progress: Any) -> int:
        progress.report(0.1, "Bezig met iets")
        hold.wait(30)
        progress.report(0.5)
        return 1

    try:
        dialog = ProgressRun(ops, "Iets doen", work, on_done=lambda _v: outcome.append("klaar"),
                             on_cancelled=lambda: outcome.append("afgebroken"), read=read,
                             parent=parent)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.labelText() == "Bezig met iets")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    finally:
        hold.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome == ["afgebroken"]


def test_esc_does_not_stop_work_that_cannot_be_stopped(qtbot, ops) -> None:
    parent = QWidgetForTest()
    qtbot.addWidget(parent)
    parent.show()
    hold = threading.Event()
    outcome: list[str] = []

    def work(_dossier: Any, progress: Any) -> int:
        progress.report(0.1, "Bezig")
        hold.wait(30)
        progress.report(0.5)
        return 1

    try:
        dialog = ProgressRun(ops, "Iets doen", work, on_done=lambda _v: outcome.append("klaar"),
                             on_cancelled=lambda: outcome.append("afgebroken"),
                             cancellable=False, parent=parent)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    finally:
        hold.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome == ["klaar"]


def test_the_backup_before_an_import_moves_the_bar_and_annuleren_stops_it_leaving_nothing(
    qtbot, ops, dossier, tmp_path, gate, monkeypatch
) -> None:
    from chinadossier.db.backup import copy, transfer

    # A page per step: the small test file is copied in as many steps as a large one.
    monkeypatch.setattr(transfer, "_MIN_STEP_PAGES", 1)
    monkeypatch.setattr(transfer, "_STEPS", 10**9)
    real = copy._copy_pages

    def copy_pages(src: Any, dst: Any, busy: Any, moved: Any = None) -> None:
        def held(fraction: float) -> None:  # held once half of the pages are copied
            moved(fraction)
            if fraction >= 0.5 and not gate.reached.is_set():
                gate.reached.set()
                gate.release.wait(60)

        real(src, dst, busy, moved=held)

    monkeypatch.setattr(copy, "_copy_pages", copy_pages)
    source = tmp_path / "organisaties.csv"
    source.write_text("Naam;Soort\r\nHavenbedrijf Xinghe (fictief);overig\r\n", encoding="utf-8")
    before = counts(dossier.path)
    wizard = open_wizard(qtbot, ops, tmp_path)
    to_mapping(qtbot, wizard, source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=60_000)
    preview = wizard.preview_page
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
    dialog = preview._running
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=10_000)
    # Mid-copy: the bar has moved into the backup's part and says so.
    assert dialog.value() < importing.BACKUP_SPAN[1] * dialog.maximum()
    assert dialog.labelText() == "Kopie maken"
    dialog.findChild(type(wizard.button(wizard.WizardButton.NextButton))).click()  # Annuleren
    gate.release.set()
    qtbot.waitUntil(lambda: "Afgebroken" in preview.notes.text(), timeout=60_000)
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert counts(dossier.path) == before  # no record, not even the backup's audit note
    backups = tmp_path / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []  # no half backup file
