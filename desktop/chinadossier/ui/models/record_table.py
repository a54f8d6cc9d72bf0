"""A table model over pages of frozen records, loaded a page at a time while the view scrolls.

The model never queries: a *loader* given by its page asks for a page (through `ops.query`) and
calls back with it. `canFetchMore` is true while the last page had a next cursor; `fetchMore`
asks for the next page once (no second request while one is under way). A `reload` starts over;
an answer for an earlier generation is dropped, so a slow old page never mixes into a new list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from chinadossier.domain.changes import Page
from chinadossier.ui import long_lived
from chinadossier.ui.models.columns import Column

Loader = Callable[[str | None, Callable[[Page[Any]], None]], None]
"""loader(cursor, deliver): fetch the page after `cursor` (None: the first) and deliver it."""

CHIP_ROLE = Qt.ItemDataRole.UserRole + 1
"""(variant, code) of a cell painted as a chip or pill, or None."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""The frozen record of the row."""

_Index = QModelIndex | QPersistentModelIndex
_CELLS_KEPT = 2000
"""Cells whose text and chip the model keeps (`cell`): some screens full."""


class RecordTableModel(QAbstractTableModel):
    """Rows of frozen records; columns from `columns.py`."""

    loading_changed = Signal(bool)
    page_loaded = Signal()

    def __init__(self, columns: Sequence[Column], loader: Loader | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._loader = loader
        self._rows: list[Any] = []
        self._row_of: dict[uuid.UUID, int] = {}
        self._cursor: str | None = None
        self._more = False
        self._loading = False
        self._generation = 0
        self._offset = 0
        self._cells: dict[tuple[int, int], tuple[str, tuple[str, str] | None]] = {}
        """(row, column) → (text, chip) of the cells painted so far (records are frozen)."""

    # -- data in ----------------------------------------------------------------------------

    def set_loader(self, loader: Loader) -> None:
        """Use another loader from the next reload on (a new filter or sort)."""
        self._loader = loader

    def reload(self) -> None:
        """Forget the rows and ask for the first page."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._row_of = {}
        self._cells = {}
        self._cursor = None
        self._more = False
        self._offset = 0
        self.endResetModel()
        self._request(None)

    def set_rows(self, records: Sequence[Any], next_cursor: str | None = None,
                 offset: int = 0) -> None:
        """Show these records (e.g. a reload that kept more than one page); `offset`: the first
        one's position in the whole list (a list opened at a record far down)."""
        self._generation += 1
        self._offset = offset
        self.beginResetModel()
        self._rows = list(records)
        self._cells = {}
        self._row_of = {r.meta.id: i for i, r in enumerate(self._rows)}
        self._cursor = next_cursor
        self._more = next_cursor is not None
        self.endResetModel()
        # A page still under way belongs to the old generation and will be dropped.
        self._set_loading(False)
        long_lived.page_kept()  # out of full collections, as long as the list lives

    def _request(self, cursor: str | None) -> None:
        if self._loader is None:
            return
        self._set_loading(True)
        generation = self._generation

        def deliver(page: Page[Any]) -> None:
            if generation == self._generation:
                self._append(page)

        self._loader(cursor, deliver)

    def _append(self, page: Page[Any]) -> None:
        if page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            for offset, record in enumerate(page.items):
                self._row_of[record.meta.id] = first + offset
            self._rows.extend(page.items)
            self.endInsertRows()
            long_lived.page_kept()  # out of full collections, as long as the list lives
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        self._set_loading(False)
        self.page_loaded.emit()

    @property
    def generation(self) -> int:
        """Changes with every reload or set_rows (an answer asked before belongs to old rows)."""
        return self._generation

    def prepend(self, records: Sequence[Any]) -> None:
        """Put the records just above the first loaded row on top (a list opened far down
        loading the rows above it); `offset` moves up by their number."""
        if not records or len(records) > self._offset:
            return
        self.beginInsertRows(QModelIndex(), 0, len(records) - 1)
        self._rows[:0] = list(records)
        self._cells = {}  # the rows moved down
        self._row_of = {r.meta.id: i for i, r in enumerate(self._rows)}
        self._offset -= len(records)
        self.endInsertRows()
        long_lived.page_kept()

    def load_failed(self) -> None:
        """The loader's request failed: stop loading (a reload may try again)."""
        self._more = False
        self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- paging -----------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Whether another page exists and none is being fetched."""
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Ask for the next page."""
        if self.canFetchMore(parent):
            self._request(self._cursor)

    @property
    def loading(self) -> bool:
        """Whether a page is being fetched."""
        return self._loading

    @property
    def offset(self) -> int:
        """The first loaded row's position in the whole list (0: loaded from the top)."""
        return self._offset

    @property
    def has_more(self) -> bool:
        """Whether pages remain after the loaded rows."""
        return self._more

    # -- reading ----------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        """The columns, in model order."""
        return self._columns

    def record(self, row: int) -> Any:
        """The record shown in a row."""
        return self._rows[row]

    def records(self) -> list[Any]:
        """Every loaded record."""
        return list(self._rows)

    def row_of(self, record_id: uuid.UUID) -> int | None:
        """The row of a loaded record, if it is loaded."""
        return self._row_of.get(record_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Loaded rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns (hidden ones included)."""
        return 0 if parent.isValid() else len(self._columns)

    def cell(self, row: int, column: int) -> tuple[str, tuple[str, str] | None]:
        """A cell's text and chip, as `data` gives them for the display and chip roles, in one
        Python call (the delegate paints every visible cell on each repaint: two `data` calls
        through Qt per cell, and the column's formatting each time, showed up in profiles)."""
        key = (row, column)
        cached = self._cells.get(key)
        if cached is None:
            if len(self._cells) >= _CELLS_KEPT:
                self._cells = {}  # a few screens' worth is enough (scrolling moves on)
            record = self._rows[row]
            col = self._columns[column]
            cached = self._cells[key] = (str(col.text(record) or ""),
                                         col.chip(record) if col.chip else None)
        return cached

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip (the full text), chip and the record itself."""
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader hears what the red pill shows: "29-11-2026, herbeoordeling verlopen…"
            if column.chip and column.tooltip and (column.chip(record) or ("",))[0] == "due":
                return f"{column.text(record)}, {column.tooltip(record)}"
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(record) if column.tooltip else column.text(record)
            return text or None
        if role == CHIP_ROLE:
            return column.chip(record) if column.chip else None
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column headers; a tooltip says whether the column sorts."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole and not column.sortable:
            return self.tr("Op deze kolom kan niet worden gesorteerd")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, not editable (editing happens in a form)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
