"""An older case file: offer the upgrade (a verified backup first) before anything opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.ui.background import Background
from chinadossier.ui.dialogs.error_dialog import show_error


class UpgradeDialog(QDialog):
    """"Dossier bijwerken": explains, backs up and migrates off the GUI thread; accept = current."""

    def __init__(self, case_file: Path, backups_dir: Path, versions: tuple[int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case_file = case_file
        self._backups_dir = backups_dir
        self.outcome: object | None = None
        self.setWindowTitle(self.tr("Dossier bijwerken"))
        self.setAccessibleName(self.tr("Dossier bijwerken"))
        self.setMinimumWidth(520)
        self._work = Background(self)
        self._work.finished.connect(self._done)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Dit dossier moet worden bijgewerkt"))
        title.setObjectName("DialogTitle")
        text = QLabel(self.tr(
            "Het dossier {0} is gemaakt met een oudere versie (opbouw {1}); deze versie werkt "
            "met opbouw {2}.\n\nEerst wordt een back-up gemaakt en gecontroleerd in {3}. "
            "Daarna wordt het dossier in één keer bijgewerkt; lukt dat niet, dan blijft het "
            "zoals het was.").format(case_file, versions[0], versions[1], backups_dir))
        text.setWordWrap(True)
        self.status = QLabel("")
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Bijwerken bezig"))
        self.progress.hide()
        for w in (title, text, self.status, self.progress):
            lay.addWidget(w)

        footer = QFrame()
        footer.setObjectName("DialogFooter")
        foot = QHBoxLayout(footer)
        foot.setContentsMargins(24, 12, 24, 12)
        foot.addStretch(1)
        self.upgrade_button = QPushButton(self.tr("Back-up maken en bijwerken"))
        self.upgrade_button.setObjectName("Primary")
        self.upgrade_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Afsluiten"))
        self.cancel_button.clicked.connect(self.reject)
        foot.addWidget(self.upgrade_button)
        foot.addWidget(self.cancel_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(body, 1)
        outer.addWidget(footer)
        self.upgrade_button.setFocus()

    def start(self) -> None:
        """Back up and migrate in a worker thread."""
        if self._work.is_running():
            return
        from chinadossier.domain.actor import Actor
        from chinadossier.domain.clock import SystemClock
        from chinadossier.services import maintenance

        path, backups = self._case_file, self._backups_dir

        def run() -> object:
            from chinadossier.services.backups import place_beside

            # The backup place of the desktop's data folder (a chosen network share is never
            # created here: missing, it is reported and nothing is migrated).
            place = place_beside(path)
            if place.folder != backups:
                place = type(place)(backups, place.policy)
            return maintenance.upgrade(path, backups_dir=place.folder, clock=SystemClock(),
                                       actor=Actor.current(), place=place)

        self.upgrade_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Back-up maken en bijwerken…"))
        self.progress.show()
        self._work.start(run)

    def _done(self, ok: bool, value: object) -> None:
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        if not ok:
            assert isinstance(value, BaseException)
            self.status.setText("")
            self.upgrade_button.setEnabled(True)
            show_error(self, value)
            return
        self.outcome = value
        self.accept()

    def reject(self) -> None:
        """Not while the upgrade runs (it finishes or rolls back first)."""
        if self._work.is_running():
            return
        super().reject()
