"""Backups in the desktop: the start-up backup, "Back-up maken", "Back-up terugzetten…" and the
backup folder in Instellingen (issue 10.4). Everything runs off the GUI thread; the work is in
services.backups and services.maintenance.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.local_time import moment_text
from chinadossier.ui.background import Background
from chinadossier.ui.models.counts import count_text
from chinadossier.ui.progress_phases import phase_text
from chinadossier.ui.widgets.form_spacing import BESIDE_GAP

#: The start-up backup waits this long, so it never competes with the window's first paint.
STARTUP_DELAY_MS = 5000


def _local(moment: dt.datetime) -> str:
    return moment_text(moment)


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1000)} kB"


class BackupRunner(QObject):
    """Makes backups for the main window: at start-up when due, and on request."""

    message = Signal(str)
    """A Dutch line for the status bar (made, or why not)."""
    made = Signal(object)
    """A backup was made (its path)."""

    def __init__(self, ops: Any, data_dir: Path, case_file: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._data_dir = data_dir
        self._case_file = case_file
        self._background = Background(self)
        self._background.finished.connect(self._startup_done)
        self.last_problem: str | None = None

    def place(self) -> Any:
        """The backup place from the data folder's settings."""
        from chinadossier.services import backups

        return backups.place_for(self._data_dir)

    def schedule_startup(self, delay_ms: int = STARTUP_DELAY_MS) -> None:
        """Check (and make) the start-up backup after delay_ms, in a worker thread."""
        QTimer.singleShot(delay_ms, self, self.startup)

    def startup(self) -> None:
        """Make a backup when the newest is older than 24 hours (worker thread; never fatal)."""
        if self._background.is_running():
            return
        case_file, data_dir = self._case_file, self._data_dir

        def run() -> Any:
            from chinadossier.domain.actor import Actor
            from chinadossier.domain.clock import SystemClock
            from chinadossier.services import backups

            return backups.startup_backup(case_file, backups.place_for(data_dir),
                                          clock=SystemClock(), actor=Actor.current())

        self._background.start(run)

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until a start-up backup finished (tests, shutdown)."""
        return self._background.wait(msecs)

    def _startup_done(self, ok: bool, value: Any) -> None:
        if not ok:
            self.last_problem = self.tr("De automatische back-up is niet gelukt: {0}").format(
                getattr(value, "message", None) or value.__class__.__name__)
            self.message.emit(self.last_problem)
            return
        if value is None:
            return
        if value.path is None:
            self.last_problem = self.tr("Geen automatische back-up: {0}").format(value.problem)
            self.message.emit(self.last_problem)
            return
        self.message.emit(self.tr("Automatische back-up gemaakt: {0}").format(value.path.name))
        self.made.emit(value.path)

    def make_now(self, parent: QWidget | None = None) -> Any:
        """A backup by hand, on the writer thread, with progress and Annuleren (a cancelled
        backup leaves no file); the window's error dialog shows a failure."""
        from chinadossier.ui.interchange.progress import ProgressRun

        place = self.place()

        def run(dossier: Any, progress: Any) -> Any:
            from chinadossier.services import backups

            return backups.make_now(dossier.path, place, clock=dossier.ctx.clock,
                                    actor=dossier.ctx.actor, progress=progress)

        def done(outcome: Any) -> None:
            self.message.emit(self.tr("Back-up gemaakt en gecontroleerd: {0}").format(
                outcome.path))
            self.made.emit(outcome.path)

        def cancelled() -> None:
            self.message.emit(self.tr("Back-up afgebroken; er is geen back-up gemaakt."))

        return ProgressRun(self._ops, self.tr("Back-up maken"), run, on_done=done,
                           on_cancelled=cancelled, parent=parent)


class _ProgressRelay(QObject):
    moved = Signal(float, str)


class RestoreDialog(QDialog):
    """"Back-up terugzetten…": the backups with date, size and counts; restore one."""

    restored = Signal(object)
    """The restore finished (its RestoreOutcome)."""


    def __init__(self, ops: Any, runner: BackupRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._runner = runner
        self._place = runner.place()
        self._entries: list[Any] = []
        self.outcome: Any = None
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.setAccessibleName(self.tr("Back-up terugzetten"))
        self.resize(760, 440)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kies de back-up die u wilt terugzetten. Het huidige dossier wordt eerst als "
            "veiligheidskopie bewaard in {0}; personen die zijn geanonimiseerd, worden in de "
            "teruggezette back-up opnieuw geanonimiseerd en vernietigde records opnieuw "
            "vernietigd. Een back-up met een ouder schema wordt na het terugzetten bijgewerkt."
            ).format(self._place.folder))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        headers = [self.tr("Datum"), self.tr("Reden"), self.tr("Grootte"), self.tr("Records"),
                   self.tr("Gecontroleerd")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Back-ups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        lay.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Back-ups zoeken…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Toestand"))
        lay.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Voortgang van het terugzetten"))
        self.progress.hide()
        lay.addWidget(self.progress)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("&Annuleren"))
        self.cancel_button.setAccessibleName(
            self.tr("Terugzetten afbreken (kan tot het kopiëren begint)"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()  # shown while a restore runs
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.restore_button.setObjectName("Primary")
        self.restore_button.setAccessibleName(self.tr("Gekozen back-up terugzetten"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._confirm)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._moved)
        self.confirm_box: QMessageBox | None = None
        self._running: Any = None
        self._load()

    def _load(self) -> None:
        place = self._place

        def run(dossier: Any) -> Any:
            from chinadossier.services import backups

            return backups.list_entries(dossier.path, place)

        self._ops.query(run, on_done=self._show, key="restore-dialog-list")

    def _show(self, entries: list[Any]) -> None:
        self._entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            records = ("?" if entry.record_total is None
                       else count_text(None, entry.record_total))
            reason = entry.reason
            if entry.older_schema:
                reason = self.tr("{0} · ouder schema").format(reason)
            cells = (_local(entry.created), reason, _size(entry.size), records,
                     self.tr("ja") if entry.verified else self.tr("nee"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.outcome is not None:
            return  # after a restore the status keeps saying which backup is loaded now
        if entries:
            self.status.setText(
                self.tr("1 back-up in {0}.").format(self._place.folder) if len(entries) == 1
                else self.tr("{0} back-ups in {1}.").format(len(entries), self._place.folder))
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.status.setText(self.tr("Er zijn nog geen back-ups van dit dossier in {0}.")
                                .format(self._place.folder))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self.outcome is None)

    def selected(self) -> Any | None:
        """The chosen backup entry, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _confirm(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Back-up terugzetten"),
            self.tr("De back-up van {0} vervangt de inhoud van het dossier. Wat sindsdien is "
                    "vastgelegd, staat daarna alleen nog in de veiligheidskopie, die eerst "
                    "wordt gemaakt in {1}.\n\nDoorgaan?").format(_local(entry.created),
                                                                   self._place.folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Terugzetten bevestigen"))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Terugzetten"))
        box.accepted.connect(lambda: self.start_restore(entry))
        self.confirm_box = box
        box.open()

    def start_restore(self, entry: Any) -> None:
        """Restore the entry on the writer thread, with progress; everything reloads after."""
        from chinadossier.domain.progress import Progress

        folder = self._place.folder
        progress = Progress(lambda fraction, phase: self._relay.moved.emit(fraction, phase))
        self._running = progress
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.restore_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()

        place = self._place

        def run(dossier: Any) -> Any:
            from chinadossier.services import backups, maintenance

            problem = backups.check_target(dossier.path, place) if place.configured else None
            if problem:
                raise backups.BackupUnavailable(
                    f"{problem} Zonder veiligheidskopie wordt er niets teruggezet; het dossier "
                    "is niet gewijzigd.")
            return maintenance.restore(dossier.path, entry.path, safety_dir=folder,
                                       clock=dossier.ctx.clock, actor=dossier.ctx.actor,
                                       progress=progress)

        self._ops.write(run, on_done=lambda outcome: self._done(entry, outcome),
                        on_error=self._failed)

    def _cancel(self) -> None:
        """Stop the restore at its next safe point (before the backup is copied in)."""
        if self._running is not None:
            self._running.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Afbreken…"))

    def _moved(self, fraction: float, phase: str) -> None:
        self.progress.setValue(int(fraction * 100))
        running = self._running
        # The restore's phase in the interface language (the relayed text is the Dutch one).
        self.status.setText(phase_text(running.step) if running is not None else phase)
        if self._running is not None and not self._running.stoppable:
            self.cancel_button.setEnabled(False)  # copying into the case file: it finishes

    def _stopped(self) -> None:
        self._running = None
        self.cancel_button.hide()

    def _done(self, entry: Any, outcome: Any) -> None:
        self._stopped()
        self.outcome = outcome
        self.progress.setValue(100)
        self.close_button.setEnabled(True)
        lines = [self.tr("De back-up van {0} is nu geladen.").format(_local(entry.created))]
        if outcome.safety_copy is not None:
            lines.append(self.tr("Het dossier van vóór het terugzetten is bewaard als {0}.")
                         .format(outcome.safety_copy))
        erasures = outcome.erasures
        if erasures.anonymised == 1:
            lines.append(self.tr("1 geanonimiseerde persoon opnieuw geanonimiseerd."))
        elif erasures.anonymised:
            lines.append(self.tr("{0} geanonimiseerde personen opnieuw geanonimiseerd.")
                         .format(erasures.anonymised))
        if erasures.destroyed == 1:
            lines.append(self.tr("1 vernietigd record opnieuw vernietigd."))
        elif erasures.destroyed:
            lines.append(self.tr("{0} vernietigde records opnieuw vernietigd.")
                         .format(erasures.destroyed))
        for reason in erasures.refused:
            lines.append(self.tr("Let op: niet opnieuw vernietigd: {0}.").format(reason))
        if not outcome.report.ok:
            lines.append(self.tr("Let op: de controle van het teruggezette dossier vond "
                                 "problemen (Dossier → Controleren)."))
        self.status.setText(" ".join(lines))
        self.restored.emit(outcome)
        self._load()  # the list now holds the safety copy made before the restore

    def _failed(self, error: BaseException) -> None:
        self._stopped()
        self.progress.hide()
        self.close_button.setEnabled(True)
        self._selection_changed()
        self.status.setText(getattr(error, "message", None) or self.tr(
            "Het terugzetten is mislukt; het dossier is niet gewijzigd."))


class BackupFolderEditor(QWidget):
    """The backup folder in Instellingen: shown, chosen (e.g. a network share), or reset."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setReadOnly(True)
        self.field.setAccessibleName(self.tr("Back-upmap"))
        self.field.setMaximumWidth(560)
        self.choose = QPushButton(self.tr("&Kiezen…"))
        self.choose.setAccessibleName(self.tr("Back-upmap kiezen"))
        self.choose.clicked.connect(self._choose)
        self.reset = QPushButton(self.tr("Standaard"))
        self.reset.setAccessibleName(self.tr("Standaard back-upmap gebruiken"))
        self.reset.clicked.connect(lambda: self.set_folder(None))
        row.setSpacing(BESIDE_GAP)
        row.addWidget(self.field, 1)
        row.addWidget(self.choose)
        row.addWidget(self.reset)
        lay.addLayout(row)
        self.note = QLabel()
        self.note.setObjectName("Faint")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self._refresh()

    def _refresh(self) -> None:
        from chinadossier.services import backups

        place = backups.place_for(self._data_dir)
        self.field.setText(str(place.folder))
        policy = place.policy
        text = self.tr("Automatische back-ups: bij het starten (als de laatste ouder is dan 24 "
                       "uur) en vóór bijwerken, importeren, samenvoegen, terugzetten en "
                       "verwijderen van meerdere records. Bewaard: alles van de laatste {3} uur, "
                       "en de laatste {0} dagen, {1} weken en {2} maanden; back-ups die u zelf "
                       "maakt blijven altijd.").format(
            policy.daily, policy.weekly, policy.monthly, policy.recent_hours)
        if place.problem:
            text += " " + place.problem
        self.note.setText(text)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Back-upmap kiezen"),
                                                  self.field.text())
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        """Store the folder (None: the default) for this computer."""
        from chinadossier.domain.errors import ChinadossierError
        from chinadossier.services import backups

        try:
            backups.save_place(self._data_dir, folder, backups.place_for(self._data_dir).policy)
        except ChinadossierError as exc:
            self.note.setText(exc.message)
            return
        self._refresh()
