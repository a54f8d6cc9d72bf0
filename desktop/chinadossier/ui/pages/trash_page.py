"""The Prullenbak: deleted records of every kind, page by page; restore from here.

Deleted records stay in the case file (soft delete); restoring goes through the services with
the version shown, so a record changed in between is reported, not overwritten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.changes import Changes
from chinadossier.ui.detail.detail_pane import DetailPane
from chinadossier.ui.models.columns import trash_columns
from chinadossier.ui.models.list_source import trash_page
from chinadossier.ui.models.record_table import RecordTableModel
from chinadossier.ui.pages.cell_delegate import ROW_HEIGHT, CellDelegate, fitted_width
from chinadossier.ui.undo import BatchOutcome, restore_records


class TrashPage(QWidget):
    """Deleted records, newest kinds first; select and restore."""

    open_record_requested = Signal(object, object)
    status_message = Signal(str)

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrashPage")
        self._ops = ops
        self._started = False
        self.title = QLabel(self.tr("Prullenbak"), self)
        self.title.setObjectName("PageTitle")
        font = QFont(self.title.font())
        font.setPixelSize(20)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(
            self.tr("Verwijderde records blijven bewaard tot u ze terugzet."), self)
        self.subtitle.setObjectName("PageSubtitle")
        self.restore_button = QPushButton(self.tr("Terugzetten"), self)
        self.restore_button.setObjectName("Primary")
        self.restore_button.setAccessibleName(self.tr("Geselecteerde records terugzetten"))
        self.restore_button.clicked.connect(self.restore_selected)

        self.model = RecordTableModel(trash_columns(), self._load_page, self)
        self.model.page_loaded.connect(self._page_loaded)
        self._loaded = False
        # The row whose record was just restored: the focus goes back there (or to the next
        # row) once the list is read again, not to whatever Qt picks when the button goes grey.
        self._refocus_row: int | None = None
        self.table = QTableView(self)
        self.table.setObjectName("TrashTable")
        # Rows are chosen with the arrow keys; Tab moves on to the next control (the table is
        # one stop in the tab order, not one per cell).
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Verwijderde records"))
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setItemDelegate(CellDelegate(self.table, (0,)))
        header = self.table.horizontalHeader()
        header.setMinimumHeight(34)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, column in enumerate(self.model.columns):
            least = fitted_width(column, self.table.font(), header.font())
            header.resizeSection(index, max(column.width, least))
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = DetailPane(ops, self)
        self.detail.open_record_requested.connect(self.open_record_requested)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(24, 16, 16, 0)
        left_layout.setSpacing(12)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(head)
        left_layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("De prullenbak is leeg"), self)
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setContentsMargins(0, 48, 0, 0)
        self.empty_label.hide()
        left_layout.addWidget(self.empty_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 324])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        ops.changed.connect(self._on_changed)
        self._update()

    def refresh(self) -> None:
        """Read the Prullenbak again from the start."""
        self._started = True
        self.detail.clear()
        self.model.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Load on first show."""
        super().showEvent(event)
        if not self._started:
            self.refresh()

    def _load_page(self, cursor: str | None, deliver: Any) -> None:
        self._ops.query(lambda d: trash_page(d, cursor), on_done=deliver,
                        on_error=self._failed, key=f"trash:{id(self)}")

    def _failed(self, exc: BaseException) -> None:
        self.model.load_failed()
        self._ops.failed.emit(exc)

    def _on_changed(self, changes: Changes) -> None:
        if self._started and (changes.deleted or changes.restored):
            self.refresh()

    def _selected(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows]

    def select_record(self, record_id: Any) -> bool:
        """Select a loaded record (tests, links)."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        return True

    def restore_selected(self) -> None:
        """Take the selected records out of the Prullenbak."""
        items = [(r.meta.kind, r) for r in self._selected()]
        if items:
            rows = self.table.selectionModel().selectedRows()
            self._refocus_row = min(i.row() for i in rows)
            self._ops.write(lambda d: restore_records(d, items), on_done=self._restored)

    def _restored(self, outcome: BatchOutcome) -> None:
        if outcome.done:
            numbers = ", ".join(r.meta.display_no for _k, r in outcome.done)
            self.status_message.emit(self.tr("Teruggezet: {0}").format(numbers))
        if outcome.error is not None:
            QMessageBox.warning(self, self.tr("Niet teruggezet"), str(outcome.error))
        if not outcome.done:  # nothing changed, so no list to wait for
            self._refocus_row = None
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self, *_args: Any) -> None:
        records = self._selected()
        if len(records) == 1:
            self.detail.show_record(records[0].meta.kind, records[0].meta.id)
        self._update()

    def _page_loaded(self) -> None:
        self._loaded = True
        self._update()
        if self._refocus_row is not None:
            self._focus_after_restore(self._refocus_row)

    def _focus_after_restore(self, row: int) -> None:
        """Keep the focus in the Prullenbak: the next row, or the empty list's message."""
        self._refocus_row = None
        if not self.isVisible():
            return
        rows = self.model.rowCount()
        if rows == 0:
            self.empty_label.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        index = self.model.index(min(row, rows - 1), 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_empty(self) -> bool:
        """Whether the Prullenbak was read and holds nothing."""
        return self._loaded and self.model.rowCount() == 0 and not self.model.has_more

    def _update(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())
        loaded = self.model.rowCount()
        empty = self.is_empty()
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            self.subtitle.setText(
                self.tr("Wat u verwijdert, staat hier tot u het terugzet."))
            return
        if self.model.has_more:
            text = self.tr("{0}+ verwijderde records").format(loaded)
        elif loaded == 1:
            text = self.tr("1 verwijderd record")
        else:
            text = self.tr("{0} verwijderde records").format(loaded)
        self.subtitle.setText(
            text + " · " + self.tr("bewaard tot u ze terugzet"))
