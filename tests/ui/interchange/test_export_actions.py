"""Exporteren from a list page: the list as filtered, to XLSX and CSV, audited; cancel leaves
nothing."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton
from tests.ui.typing import type_text

from chinadossier.domain.codes import Classification, OrganisationKind, RecordKind
from chinadossier.domain.drafts import Common, OrganisationDraft
from chinadossier.ui.interchange.progress import ProgressRun
from chinadossier.ui.ops import Operations
from chinadossier.ui.pages.list_page import ListPage

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)

ORGS = (
    ("Havenbedrijf Xinghe (fictief)", "星河港务集团", Classification.INTERNAL),
    ("Haven Autoriteit Yuehai (fictief)", None, Classification.PUBLIC),
    ("Universiteit Xinghe (fictief)", "星河大学", Classification.CONFIDENTIAL),
    ("Handelskamer Xinghe (fictief)", None, Classification.PUBLIC),
)


@pytest.fixture
def ops(qtbot, dossier):
    QSettings().clear()
    for name, hanzi, level in ORGS:
        dossier.organisations.create(OrganisationDraft(
            name_nl=name, hanzi=hanzi, org_kind=OrganisationKind.SOE,
            common=Common(classification=level)))
    operations = Operations(dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)


def exports(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(
            "SELECT count(*) FROM audit_entry WHERE action = 'export'").fetchone()[0])
    finally:
        conn.close()


def filtered_page(qtbot, ops) -> ListPage:
    page = ListPage(ops, RecordKind.ORGANISATION)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(ORGS))
    page.filter_bar.text.setFocus()
    type_text(page.filter_bar.text, "haven")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: not ops.is_busy())
    return page


def test_the_filtered_list_goes_to_xlsx_and_csv_as_shown(qtbot, ops, dossier, tmp_path,
                                                         monkeypatch) -> None:
    page = filtered_page(qtbot, ops)
    shown = [page.model.record(r).meta.display_no for r in range(page.model.rowCount())]
    messages: list[str] = []
    page.status_message.connect(messages.append)
    assert page.export_button.accessibleName()

    target = tmp_path / "organisaties.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), a[4] if len(a) > 4 else "")))
    page.export_button.setFocus()
    QTest.keyClick(page.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[-1] == (f"2 organisaties geëxporteerd naar {target} "
                            "(hoogste classificatie: intern).")
    book = load_workbook(target)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Dossiernummer", "Naam")
    assert [r[0] for r in rows[1:]] == shown
    assert {r[1] for r in rows[1:]} == {"Havenbedrijf Xinghe (fictief)",
                                        "Haven Autoriteit Yuehai (fictief)"}
    assert "星河港务集团" in {r[3] for r in rows[1:]}
    assert book.properties.keywords == "Intern"
    about = dict(book["Over deze export"].iter_rows(min_row=2, values_only=True))
    assert about["Filter"] == "Tekst: haven"

    csv_target = tmp_path / "organisaties.csv"
    page.export_list(target=(csv_target, "csv"))
    qtbot.waitUntil(lambda: len(messages) == 2)
    text = csv_target.read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert lines[0] == ["Hoogste classificatie: Intern"]
    assert [r[0] for r in lines[2:]] == shown
    assert exports(dossier.path) == 2


def test_cancel_leaves_no_file_and_no_audit_entry(qtbot, ops, dossier, tmp_path) -> None:
    page = filtered_page(qtbot, ops)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    target = tmp_path / "afgebroken.xlsx"
    gate = threading.Event()
    ops.write(lambda _d: gate.wait(60))
    try:
        running = page.export_list(target=(target, "xlsx"))
        assert isinstance(running, ProgressRun) and running.isVisible()
        running.findChild(type(page.export_button)).click()  # Annuleren
    finally:
        gate.set()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Export afgebroken; er is geen bestand gemaakt."]
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("chinadossier.")] == []
    assert exports(dossier.path) == 0


def test_the_whole_case_file_export_shows_progress_and_annuleren_stops_it_midway(
    qtbot, ops, dossier, tmp_path, monkeypatch
) -> None:
    from chinadossier.domain import progress as progress_module
    from chinadossier.ui.interchange import export_actions

    messages: list[str] = []
    target = tmp_path / "dossier.json"
    started, gate = threading.Event(), threading.Event()
    report = progress_module._Part.report

    def held(self, fraction, phase=None, **counts):  # after its first rows the worker waits
        report(self, fraction, phase, **counts)
        if phase is progress_module.Phase.EXPORTING_ROWS and not started.is_set():
            started.set()
            gate.wait(60)

    monkeypatch.setattr(progress_module._Part, "report", held)
    try:
        running = export_actions.export_case_file(ops, None, messages.append, target=target)
        assert isinstance(running, ProgressRun) and running.cancellable
        qtbot.waitUntil(started.is_set)
        qtbot.waitUntil(lambda: running.value() > 0)  # the dialog shows how far the dump is
        buttons = [b for b in running.findChildren(QPushButton) if b.text() == "Annuleren"]
        assert len(buttons) == 1 and buttons[0].accessibleName()
        buttons[0].click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Export afgebroken; er is geen bestand gemaakt."]
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("chinadossier.")] == []
    assert exports(dossier.path) == 0

    export_actions.export_case_file(ops, None, messages.append, target=target)
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[-1].startswith(f"Dossier geëxporteerd naar {target}")
    assert exports(dossier.path) == 1


def test_default_export_names_carry_the_case_files_date_not_the_computers_utc_date(qapp):
    """Late in the evening (UTC) it is already tomorrow in the Netherlands: the suggested names
    carry the date the window shows (the case file's today), not dt.date.today()."""
    import datetime as dt

    from chinadossier.ui.interchange.export_actions import case_file_name, list_file_name
    from chinadossier.ui.models import case_today

    before = case_today._clock
    case_today.use(type("Clock", (), {"today": staticmethod(lambda: dt.date(2031, 12, 7))})())
    try:
        assert list_file_name(RecordKind.PERSON) == "personen-2031-12-07.xlsx"
        assert case_file_name() == "chinadossier-2031-12-07.json"
    finally:
        case_today.use(before)
