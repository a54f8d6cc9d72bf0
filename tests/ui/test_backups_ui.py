"""Issue 10.4/10.6 in the desktop: restore a backup from a list, the backup folder in
Instellingen, the start-up backup off the GUI thread, and anonymising a person from its pane."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft, PersonDraft
from chinadossier.services import backups
from chinadossier.services.dossier import Dossier
from chinadossier.ui.backups import BackupFolderEditor, BackupRunner, RestoreDialog
from chinadossier.ui.detail.detail_pane import DetailPane
from chinadossier.ui.ops import Operations
from chinadossier.ui.undo import UndoStack
from conftest import TEST_ACTOR, TODAY

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
)

LIMIT = 60_000  # stops a hung test on a loaded machine; it times nothing


@pytest.fixture
def opened(case_file: Path, qtbot: Any) -> Any:
    QSettings().clear()
    clock = FixedClock.on(TODAY)
    dossier = Dossier.open(case_file, clock=clock, actor=TEST_ACTOR)
    ops = Operations(dossier)
    yield dossier, ops, clock
    ops.wait_idle()
    qtbot.wait(10)
    dossier.close()


def test_restore_from_the_list_reloads_everything_and_names_the_date(
        opened: Any, qtbot: Any) -> None:
    dossier, ops, clock = opened
    data_dir = dossier.path.parent
    place = backups.place_for(data_dir)
    first = backups.make_now(dossier.path, place, clock=clock, actor=TEST_ACTOR)
    later = dossier.organisations.create(OrganisationDraft(
        name_nl="Na de back-up", org_kind=OrganisationKind.GOVERNMENT)).record
    clock.advance(dt.timedelta(hours=2))
    backups.make_now(dossier.path, place, clock=clock, actor=TEST_ACTOR)
    runner = BackupRunner(ops, data_dir, dossier.path)
    dialog = RestoreDialog(ops, runner)
    qtbot.addWidget(dialog)
    stack = UndoStack(ops)
    stack.push_delete(RecordKind.ORGANISATION, later)  # an undo step of this session
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=LIMIT)
    assert dialog.table.item(1, 3).text().endswith("records")
    assert dialog.table.item(1, 4).text() == "ja"
    dialog.table.selectRow(1)  # the older one
    assert dialog.selected().path == first.path
    dialog._confirm()  # noqa: SLF001 - the confirmation names the safety folder
    assert dialog.confirm_box is not None and str(place.folder) in dialog.confirm_box.text()
    with qtbot.waitSignal(ops.changed, timeout=LIMIT) as changed:
        dialog.confirm_box.accept()
    assert changed.args[0].everything
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=LIMIT)
    assert "is nu geladen" in dialog.status.text()
    assert "29-11-2026 10:00" in dialog.status.text()
    assert str(dialog.outcome.safety_copy) in dialog.status.text()
    assert dossier.overview.by_number(later.meta.display_no) is None
    # The steps of this session referred to versions the restore replaced: none is offered.
    assert not stack.can_undo()
    # The list now also holds the safety copy made before the restore; the status still says
    # which backup is loaded.
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=LIMIT)
    assert "is nu geladen" in dialog.status.text()


def test_the_backup_folder_is_chosen_in_settings(tmp_path: Path, qtbot: Any) -> None:
    data = tmp_path / "gegevens"
    editor = BackupFolderEditor(data)
    qtbot.addWidget(editor)
    assert editor.field.text() == str(data / "backups")
    assert "24 uur, en de laatste 7 dagen, 4 weken en 12 maanden" in editor.note.text()
    share = tmp_path / "netwerkschijf"
    editor.set_folder(share)
    assert editor.field.text() == str(share)
    stored = json.loads((data / backups.SETTINGS_FILE).read_text(encoding="utf-8"))
    assert stored["backup_folder"] == str(share)
    editor.set_folder(None)
    assert editor.field.text() == str(data / "backups")


def test_the_startup_backup_runs_in_a_worker_and_reports_a_missing_share(
        opened: Any, qtbot: Any, tmp_path: Path) -> None:
    dossier, ops, _clock = opened
    data_dir = dossier.path.parent
    runner = BackupRunner(ops, data_dir, dossier.path)
    with qtbot.waitSignal(runner.made, timeout=LIMIT) as made:
        runner.startup()
    assert Path(made.args[0]).is_file()
    backups.save_place(data_dir, tmp_path / "niet-verbonden")
    again = BackupRunner(ops, data_dir, dossier.path)
    # Not due (a backup of a minute ago is in the default folder, not in the chosen one: due).
    with qtbot.waitSignal(again.message, timeout=LIMIT) as said:
        again.startup()
    assert "bestaat niet" in said.args[0]


def test_anonymise_from_the_person_pane(opened: Any, qtbot: Any) -> None:
    dossier, ops, _clock = opened
    person = dossier.persons.create(PersonDraft(family_name="Machengyu", hanzi="马钰")).record
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    pane.show()
    with qtbot.waitSignal(pane.loaded, timeout=LIMIT):
        pane.show_record(RecordKind.PERSON, person.meta.id)
    button = pane.anonymise_button
    assert button.isVisible()
    button.ask()
    assert button.box is not None and "马钰" in button.box.text()
    assert "niet ongedaan" in button.box.text()
    with qtbot.waitSignal(pane.loaded, timeout=LIMIT):
        button.box.accept()
    assert "geanonimiseerde persoon" in pane.text()
    assert not button.isVisible()
    assert b"Machengyu" not in dossier.path.read_bytes()
    assert "马钰".encode() not in dossier.path.read_bytes()


def test_a_bulk_delete_backs_up_first_and_a_single_delete_does_not(opened: Any) -> None:
    from chinadossier.ui.undo import delete_records

    dossier, _ops, _clock = opened
    orgs = [dossier.organisations.create(OrganisationDraft(
        name_nl=f"Organisatie {n}", org_kind=OrganisationKind.GOVERNMENT)).record
        for n in range(3)]
    folder = backups.place_beside(dossier.path).folder
    delete_records(dossier, [(RecordKind.ORGANISATION, orgs[0])])
    assert not list(folder.glob("*voor-verwijderen*.sqlite3"))
    outcome = delete_records(dossier, [(RecordKind.ORGANISATION, o) for o in orgs[1:]])
    assert len(outcome.done) == 2 and outcome.backup_problem is None
    [made] = list(folder.glob("*voor-verwijderen*.sqlite3"))
    assert backups.list_entries(dossier.path, backups.place_beside(dossier.path))[0].verified
    assert made.is_file()


def test_restore_dialog_destroys_again_and_lists_an_older_schema(
        opened: Any, qtbot: Any) -> None:
    """The desktop restore re-applies the erasure ledger to destroyed records too (issue 10.6),
    and a backup of an older schema is in the list, marked, and restores through the upgrade."""
    import shutil
    import sqlite3

    from chinadossier.domain.codes import RetentionCategory
    from chinadossier.domain.drafts import Common
    from chinadossier.services.retention import RetentionService

    dossier, ops, clock = opened
    data_dir = dossier.path.parent
    place = backups.place_for(data_dir)
    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Handelskamer Qiandaohu", org_kind=OrganisationKind.GOVERNMENT,
        common=Common(retention_category=RetentionCategory.DESTROY,
                      retention_on=dt.date(2026, 1, 1)))).record
    older = backups.make_now(dossier.path, place, clock=clock, actor=TEST_ACTOR).path
    assert older is not None
    legacy = place.folder / "dossier-20230615-083000.sqlite3"
    shutil.copy2(older, legacy)
    conn = sqlite3.connect(legacy)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    clock.advance(dt.timedelta(hours=2))
    RetentionService(dossier.ctx).destroy([org.meta.id])

    runner = BackupRunner(ops, data_dir, dossier.path)
    dialog = RestoreDialog(ops, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=LIMIT)
    assert dialog.table.item(1, 0).text() == "15-06-2023 10:30"
    assert dialog.table.item(1, 1).text() == "onbekend · ouder schema"
    assert "ouder schema" not in dialog.table.item(0, 1).text()
    dialog.table.selectRow(0)
    assert dialog.selected().path == older
    dialog._confirm()  # noqa: SLF001
    assert dialog.confirm_box is not None
    with qtbot.waitSignal(ops.changed, timeout=LIMIT):
        dialog.confirm_box.accept()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=LIMIT)
    assert "1 vernietigd record opnieuw vernietigd." in dialog.status.text()
    assert dialog.outcome.report.ok
    assert dossier.organisations.list_all() == []


def test_back_up_now_shows_progress_and_annuleren_leaves_no_backup(opened: Any, qtbot: Any) -> None:
    import threading

    from PySide6.QtWidgets import QPushButton

    from chinadossier.ui.interchange.progress import ProgressRun

    dossier, ops, _clock = opened
    data_dir = dossier.path.parent
    folder = backups.place_for(data_dir).folder
    before = set(folder.glob("*")) if folder.is_dir() else set()
    runner = BackupRunner(ops, data_dir, dossier.path)
    messages: list[str] = []
    runner.message.connect(messages.append)
    gate = threading.Event()
    ops.write(lambda _d: gate.wait(60))  # the writer is busy; the backup waits behind it
    try:
        running = runner.make_now()
        assert isinstance(running, ProgressRun) and running.cancellable
        (cancel,) = [b for b in running.findChildren(QPushButton) if b.text() == "Annuleren"]
        cancel.click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: bool(messages), timeout=LIMIT)
    assert messages == ["Back-up afgebroken; er is geen back-up gemaakt."]
    assert (set(folder.glob("*")) if folder.is_dir() else set()) == before
    runner.make_now()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=LIMIT)
    assert messages[-1].startswith("Back-up gemaakt en gecontroleerd: ")
    assert len(list(folder.glob("*.sqlite3"))) == len([p for p in before
                                                      if p.suffix == ".sqlite3"]) + 1


def test_a_restore_can_be_cancelled_before_it_copies_and_changes_nothing(
        opened: Any, qtbot: Any) -> None:
    import threading

    dossier, ops, clock = opened
    data_dir = dossier.path.parent
    place = backups.place_for(data_dir)
    backups.make_now(dossier.path, place, clock=clock, actor=TEST_ACTOR)
    later = dossier.organisations.create(OrganisationDraft(
        name_nl="Na de back-up", org_kind=OrganisationKind.GOVERNMENT)).record
    dialog = RestoreDialog(ops, BackupRunner(ops, data_dir, dossier.path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LIMIT)
    dialog.table.selectRow(0)
    assert not dialog.cancel_button.isVisible()
    gate = threading.Event()
    ops.write(lambda _d: gate.wait(60))
    try:
        dialog.start_restore(dialog.selected())
        assert dialog.cancel_button.isVisible() and dialog.cancel_button.accessibleName()
        dialog.cancel_button.click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not dialog.cancel_button.isVisible(), timeout=LIMIT)
    assert "Afgebroken op uw verzoek" in dialog.status.text()
    assert dialog.outcome is None
    assert dossier.overview.by_number(later.meta.display_no) is not None  # nothing restored



def test_a_restore_shows_its_phases_in_english_when_the_interface_is(
    opened: Any, qtbot: Any, qapp: Any
) -> None:
    from chinadossier.ui.app import Language

    dossier, ops, clock = opened
    data_dir = dossier.path.parent
    place = backups.place_for(data_dir)
    backups.make_now(dossier.path, place, clock=clock, actor=TEST_ACTOR)
    language = Language(qapp)
    language.set("en")
    try:
        dialog = RestoreDialog(ops, BackupRunner(ops, data_dir, dossier.path))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LIMIT)
        dialog.table.selectRow(0)
        shown: list[str] = []
        dialog._relay.moved.connect(lambda _f, _p: shown.append(dialog.status.text()))  # noqa: SLF001
        dialog.start_restore(dialog.selected())
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=LIMIT)
    finally:
        language.set("nl")
    assert "Verifying the backup" in shown and "Restored" in shown
    assert "Making a safety copy of the current case file" in shown
    assert not {"Back-up controleren", "Teruggezet", "Kopie maken"} & set(shown)


def test_one_backup_is_counted_in_the_singular(opened: Any, qtbot: Any) -> None:
    dossier, ops, clock = opened
    data_dir = dossier.path.parent
    place = backups.place_for(data_dir)
    backups.make_now(dossier.path, place, clock=clock, actor=TEST_ACTOR)
    dialog = RestoreDialog(ops, BackupRunner(ops, data_dir, dossier.path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LIMIT)
    assert dialog.status.text() == f"1 back-up in {place.folder}."


def test_quitting_during_the_startup_backup_waits_for_it(
        case_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtWidgets import QApplication

    from chinadossier.paths import Paths
    from chinadossier.ui.app import DesktopApp

    # Given a start-up backup that is still being made when the user quits
    started, made = threading.Event(), []
    real = backups.startup_backup

    def slow(*args: Any, **kwargs: Any) -> Any:
        started.set()
        threading.Event().wait(0.5)
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(backups, "startup_backup", slow)
    app = QApplication.instance()
    desktop = DesktopApp(app, Paths.from_data_dir(case_file.parent), lang="nl",
                         catch_exceptions=False)
    try:
        with qtbot.waitSignal(desktop.window_ready, timeout=LIMIT):
            desktop.start()
        desktop.window.backups.startup()
        assert started.wait(LIMIT / 1000)
    finally:
        # When the application shuts down
        desktop.shutdown()
    # Then the backup was finished first, whole and verified
    assert made and made[0] is not None and made[0].path is not None
    assert made[0].path.is_file()
    assert not list(made[0].path.parent.glob("*.tmp"))  # no half copy left beside it
    if desktop.window is not None:
        desktop.window.hide()
        desktop.window.deleteLater()
    desktop.deleteLater()
