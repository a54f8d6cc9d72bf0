"""Extra → "Bewaartermijnen": counts per kind, the records due ("te vernietigen"), destroy.

Destroying asks for confirmation (it cannot be undone except from a backup, which is made
first) and runs on the writer thread; the proposal per kind is shown beside the counts.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import RetentionCategory
from chinadossier.domain.labels import label
from chinadossier.domain.retention import RULES, RetentionOverview
from chinadossier.ui.avg.common import backup_step, error_text

DESTROY_REASON = "voor-vernietigen"


class RetentionDialog(QDialog):
    """The retention overview with a destroy action."""

    def __init__(self, ops: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.overview: RetentionOverview | None = None
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Bewaartermijnen"))
        self.setAccessibleName(self.tr("Bewaartermijnen"))
        self.resize(780, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Per soort: hoeveel records bewaard, vernietigd of nog te bepalen zijn, en het "
            "voorstel van Chinadossier (leg het voor aan uw archivaris; bewaartermijnen blijven "
            "per record aan te passen)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.counts = QTableWidget(0, 5)
        self.counts.setHorizontalHeaderLabels([
            self.tr("Soort"), self.tr("Bewaren"), self.tr("Vernietigen"),
            self.tr("Nog te bepalen"), self.tr("Voorstel")])
        self.counts.setAccessibleName(self.tr("Bewaartermijnen per soort"))
        self._plain(self.counts)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.counts, 3)
        self.due_label = QLabel(self.tr("<b>Te vernietigen</b>"))
        layout.addWidget(self.due_label)
        self.due = QTableWidget(0, 3)
        self.due.setHorizontalHeaderLabels(
            [self.tr("Nummer"), self.tr("Vernietigen vanaf"), self.tr("Omschrijving")])
        self.due.setAccessibleName(self.tr("Records waarvan de bewaartermijn verstreken is"))
        self._plain(self.due)
        self.due.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.due.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.due.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.due, 2)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.destroy_button = QPushButton(self.tr("&Vernietigen…"))
        self.destroy_button.setAccessibleName(self.tr("Geselecteerde records vernietigen"))
        self.destroy_button.setEnabled(False)
        self.destroy_button.clicked.connect(self.ask_destroy)
        close = QPushButton(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        row.addWidget(self.destroy_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    @staticmethod
    def _plain(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()

    def refresh(self) -> None:
        """Read the overview again (off the GUI thread)."""
        from chinadossier.services.retention import RetentionService

        self.ops.query(lambda d: RetentionService(d.ctx).overview(), on_done=self._show,
                       on_error=lambda exc: self.status.setText(error_text(exc)),
                       key=f"retention-{id(self)}")

    def _show(self, overview: RetentionOverview) -> None:
        self.overview = overview
        self.counts.setRowCount(len(overview.counts))
        for row, (kind, per) in enumerate(overview.counts.items()):
            rule = RULES[kind]
            proposal = (self.tr("{0} {1} jaar na {2}").format(
                label(rule.category), rule.years, rule.anchor) if rule.years
                else label(rule.category))
            name = label(kind)
            values = [name[:1].upper() + name[1:], str(per[RetentionCategory.PERMANENT]),
                      str(per[RetentionCategory.DESTROY]), str(per[RetentionCategory.UNDECIDED]),
                      proposal]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 0 < column < 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        self.due.setRowCount(len(overview.due))
        for row, due in enumerate(overview.due):
            when = f"{due.retention_on:%d-%m-%Y}" if due.retention_on else ""
            title = f"{label(due.kind)}: {due.title}"
            if due.deleted:
                title += self.tr(" (prullenbak)")
            for column, value in enumerate((due.display_no, when, title)):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, due.id)
                self.due.setItem(row, column, cell)
        self.due_label.setText(self.tr("<b>Te vernietigen ({0})</b>").format(len(overview.due)))
        self._selection()

    def _selection(self) -> None:
        self.destroy_button.setEnabled(bool(self.due.selectionModel().selectedRows()))

    def selected(self) -> list[tuple[uuid.UUID, str]]:
        """(id, number) of the selected due records."""
        out = []
        for index in self.due.selectionModel().selectedRows():
            cell = self.due.item(index.row(), 0)
            if cell is not None:
                out.append((uuid.UUID(str(cell.data(Qt.ItemDataRole.UserRole))), cell.text()))
        return out

    def ask_destroy(self) -> None:
        """Confirm, then destroy the selected records."""
        chosen = self.selected()
        if not chosen:
            return
        numbers = ", ".join(n for _, n in chosen)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Vernietigen"), self.tr(
            "{0} definitief vernietigen? Alle gegevens worden uit het dossier gewist; alleen het "
            "nummer blijft in het logboek. Er wordt eerst een back-up gemaakt.").format(numbers),
            QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(self.tr("Vernietigen"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setAccessibleName(self.tr("Definitief vernietigen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Vernietigen bevestigen"))
        box.buttonClicked.connect(
            lambda button: self.destroy_records([i for i, _ in chosen]) if button is yes else None)
        self.confirm = box
        box.open()

    def destroy_records(self, ids: list[uuid.UUID]) -> None:
        """Destroy on the writer thread (a backup first)."""
        from chinadossier.services.retention import RetentionService

        self.destroy_button.setEnabled(False)
        self.status.setText(self.tr("Back-up maken en vernietigen…"))

        def run(d: Any) -> Any:
            return RetentionService(d.ctx).destroy(
                ids, backup=backup_step(d, DESTROY_REASON))

        def done(value: Any) -> None:
            self.status.setText(self.tr("Vernietigd: {0}.").format(", ".join(value.record)))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.status.setText(error_text(exc))
            self._selection()

        self.ops.write(run, on_done=done, on_error=failed)
