"""The main window's status bar: messages, busy indicator, badges, actor and backup time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
)

from chinadossier.domain.labels import label
from chinadossier.domain.local_time import clock_text, from_timestamp, local_date, moment_text
from chinadossier.ui.dialogs.error_dialog import show_error


class WindowStatus:
    """The status bar and what it says (a MainWindow part)."""

    def show_message(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def _status_bar(self) -> None:
        s = self.context.settings
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.path_label = QLabel(str(self.context.paths.case_file))
        self.path_label.setToolTip(str(self.context.paths.case_file))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.path_label, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedSize(80, 8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig"))
        self.busy.hide()
        bar.addPermanentWidget(self.busy)
        self.read_only_label = QLabel(self.tr("Alleen lezen"))
        self.read_only_label.setProperty("chip", "warning")
        self.read_only_label.setToolTip(self.context.read_only or "")
        self.read_only_label.setVisible(self.context.read_only is not None)
        bar.addPermanentWidget(self.read_only_label)
        self.demo_badge = QLabel(self.tr("Demodossier · fictieve gegevens"))
        self.demo_badge.setProperty("chip", "demo")
        self.demo_badge.setVisible(s.is_demo)
        bar.addPermanentWidget(self.demo_badge)
        self.authority_label = QLabel(s.own_authority.label)
        bar.addPermanentWidget(self.authority_label)
        lang = "en" if self._lang == "en" else "nl"
        self.classification_label = QLabel(self.tr("Standaard: {0}").format(
            label(s.default_classification, lang).capitalize()))
        bar.addPermanentWidget(self.classification_label)
        self.actor_label = QLabel("")
        bar.addPermanentWidget(self.actor_label)
        self._show_actor()
        self.ops.opened.connect(self._show_actor)

    def _show_actor(self) -> None:
        dossier = self.ops.dossier  # None while the services still load (ui.app)
        self.actor_label.setText(dossier.ctx.actor.account if hasattr(dossier, "ctx") else "")

    def _status_note(self, text: str) -> None:
        """A short note in the status bar (six seconds)."""
        self.statusBar().showMessage(text, 6000)

    def _on_failed(self, error: BaseException) -> None:
        self.dialogs.keep("last_error", show_error(self, error))

    def _on_busy(self, busy: bool) -> None:
        if busy:  # only calls that take a while show the indicator
            QTimer.singleShot(150, self, self._show_busy)
        else:
            self.busy.hide()

    def _show_busy(self) -> None:
        self.busy.setVisible(self.ops.is_busy())

    def _show_backup_time(self) -> None:
        # Read in the reader pool: the backup folder may be a slow network share.
        paths = self.context.paths

        def newest_backup(_dossier: Any) -> float | None:
            from chinadossier.services import backups

            try:  # this case file's own backups (not a safety copy, not another file's)
                made = backups.newest(paths.case_file, backups.place_for(paths.data_dir))
            except OSError:
                return None
            return None if made is None else made.timestamp()

        self.ops.query(newest_backup, on_done=self._show_newest_backup, key="backup-time")

    def _show_newest_backup(self, newest: float | None) -> None:
        if newest is None:
            self.sidebar.backup.setText(self.tr("Back-up: nog geen"))
            return
        when = from_timestamp(newest)
        today = local_date(dt.datetime.now(dt.UTC))
        text = (self.tr("vandaag {0}").format(clock_text(when))
                if when.date() == today else moment_text(when))
        self.sidebar.backup.setText(self.tr("Back-up: {0}").format(text))
