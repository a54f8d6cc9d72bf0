"""One list page per kind of record: filter bar, a table fed page by page, and the detail pane.

The table asks for pages through `ops.query` (keyed, so a newer query supersedes an older one)
and never loads a whole list; the header shows the count. Sorting is offered only on columns a
service sort backs (ui.pages.list_sorting). The page re-queries when a write's `Changes` concern
its kind (or the kinds its rows show), keeping the selection. Column choice, widths and the
splitter are remembered in QSettings per kind (ui.pages.list_columns); edit, delete and tag act
on the selection (ui.pages.list_actions).

A page is built in four turns of the event loop, so a list opened the moment the window
appears never holds the GUI thread for long (issue 8 point 11): first the title, buttons and
table (its first page is asked for as soon as it shows), then its columns (widths, chooser,
the remembered layout), then the filter bar, then the detail pane. The page paints once all
are there; asking for a later part sooner (`filter_bar`, `detail`, `fitter`, …) builds what is
still missing at once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.changes import Changes, Page
from chinadossier.domain.codes import RecordKind
from chinadossier.ui.detail.detail_pane import DetailPane
from chinadossier.ui.models import case_today
from chinadossier.ui.models.columns import Column, columns_for
from chinadossier.ui.models.counts import count_text
from chinadossier.ui.models.list_source import PAGE_SIZE, Filters, source_for
from chinadossier.ui.models.record_table import RecordTableModel
from chinadossier.ui.nav_icons import icon
from chinadossier.ui.pages.cell_delegate import ROW_HEIGHT, CellDelegate
from chinadossier.ui.pages.column_fit import ColumnFitter
from chinadossier.ui.pages.column_memory import ColumnMemory
from chinadossier.ui.pages.earlier_rows import EarlierRows
from chinadossier.ui.pages.filter_bar import FilterBar
from chinadossier.ui.pages.filter_widgets import ScopeChip
from chinadossier.ui.pages.list_actions import ListActions
from chinadossier.ui.pages.list_columns import ListColumns
from chinadossier.ui.pages.list_sorting import ListSorting
from chinadossier.ui.pages.overview_page import ElidedLabel
from chinadossier.ui.undo import UndoStack
from chinadossier.ui.widgets.flow import FlowLayout

_NEXT_PART_MS = 1
"""The next part of the page is built by a timer, not a posted call: Qt handles the calls
posted while it handles posted calls in the same pass, so a chain of `singleShot(0)` would be
one long stretch again; between timers it reads input and paints."""

_COLUMN_PARTS = frozenset({"fitter", "column_memory", "_column_actions", "reset_columns_action"})
"""What `_build_columns` makes (see `ListPage.__getattr__`)."""

#: Kinds whose labels appear in a kind's rows (their changes make the list re-query too).
_SHOWN_KINDS: dict[RecordKind, tuple[RecordKind, ...]] = {
    RecordKind.MEETING: (RecordKind.ORGANISATION, RecordKind.PERSON),
    RecordKind.TIE: (RecordKind.ORGANISATION, RecordKind.AUTHORITY),
    RecordKind.PERSON: (RecordKind.ORGANISATION, RecordKind.AUTHORITY),
    RecordKind.RISK_NOTE: (RecordKind.RISK_CATEGORY, RecordKind.TIE, RecordKind.ORGANISATION,
                           RecordKind.PERSON, RecordKind.MEETING),
}


class ListPage(ListSorting, ListActions, ListColumns, QWidget):
    """The list of one kind of record."""

    edit_requested = Signal(object, object)
    """(kind, record id): open the record's form."""
    new_requested = Signal(object)
    """(kind): open an empty form."""
    open_record_requested = Signal(object, object)
    """(kind, record id): show another record (on its own page)."""
    status_message = Signal(str)
    """A short message for the status bar (e.g. "3 records verwijderd")."""

    def __init__(self, ops: Any, kind: RecordKind, parent: QWidget | None = None, *,
                 undo: UndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"ListPage_{kind.value}")
        self._ops = ops
        self.kind = kind
        self._source = source_for(kind)
        self._columns: list[Column] = columns_for(kind)
        # The main window owns one UndoStack (as `undo_stack`); a page built by it finds it there.
        if undo is None and isinstance(getattr(parent, "undo_stack", None), UndoStack):
            undo = parent.undo_stack  # type: ignore[union-attr]
        self._undo = undo
        self._filters = Filters()
        self._sort: str | None = None
        self._count: int | None = None
        self._selected_after_refresh: list[uuid.UUID] = []
        self._wanted: uuid.UUID | None = None  # shown before its page was loaded
        self._settings_key = f"lists/{kind.value}"
        self._shown_sort: str | None = None
        self._started = False
        self._refiltered = False
        self._pick_first = True
        """Select the first row when nothing is shown (not after a filter dropped the shown)."""
        self.delete_confirm: QMessageBox | None = None
        """The last "Verwijderen?" question (several records, or linked ones)."""
        self.page_size = PAGE_SIZE
        """Records per page while scrolling."""
        self._filter_bar: FilterBar | None = None
        self._detail: DetailPane | None = None
        self._split_chosen = False  # True once the user moved the splitter (or it was restored)

        # First turn: what shows the rows (the rest follows, see the module text).
        self.setUpdatesEnabled(False)  # painted once whole (no filter bar popping in)
        self._build_head()
        self._build_table()
        self._build_layout()
        self._default_sort()

        # Ctrl+F (focus_filter), F5 (refresh) and Ctrl+Z are the main window's menu actions:
        # a shortcut of our own for the same keys would make them ambiguous.
        ops.changed.connect(self._on_changed)
        self.earlier_rows = EarlierRows(self)  # a list opened far down loads the rows above
        self._update_buttons()
        self._later: list[Callable[[], None]] = [
            self._build_columns, self._build_filter_bar, self._build_detail]
        QTimer.singleShot(_NEXT_PART_MS, self, self._build_next)

    # -- building -------------------------------------------------------------------------------

    def _build_head(self) -> None:
        self.title = QLabel(self._title_text(), self)
        self.title.setObjectName("PageTitle")
        font = QFont(self.title.font())
        font.setPixelSize(20)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = ElidedLabel("", self)  # one line; the full text in its tooltip
        self.subtitle.setObjectName("PageSubtitle")

        self.new_button = QPushButton(self.tr("Nieuw…"), self)
        self.new_button.setAccessibleName(self.tr("Nieuw record"))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.kind))
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.delete_button.setAccessibleName(self.tr("Geselecteerde records verwijderen"))
        self.delete_button.setToolTip(self.tr("Naar de prullenbak (Delete); Ctrl+Z maakt het "
                                              "ongedaan"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.tag_button = QPushButton(self.tr("Tag toevoegen…"), self)
        self.tag_button.setAccessibleName(self.tr("Tag toevoegen aan de geselecteerde records"))
        self.tag_button.clicked.connect(lambda: self.tag_selected())
        # An icon button, so the filters and it fit one row at 1366 px (mock-up 02)
        self.export_button = QPushButton(self)
        self.export_button.setIcon(icon("export", self.palette().buttonText().color(),
                                        self.devicePixelRatioF()))
        self.export_button.setObjectName("ExportButton")
        self.export_button.setAccessibleName(self.tr("Deze lijst exporteren naar CSV of Excel"))
        self.export_button.setToolTip(self.tr("Exporteren…") + "\n"
                                      + self.tr("De lijst zoals gefilterd naar CSV of Excel"))
        self.export_button.clicked.connect(lambda: self.export_list())
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Kolommen"))
        self.columns_button.setAccessibleName(self.tr("Kolommen kiezen"))
        self.columns_button.setToolTip(self.tr("Kolommen kiezen"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.scope_chip = ScopeChip(self)
        self.scope_chip.setObjectName("ScopeChip")
        self.scope_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.scope_chip.setStyleSheet(
            "QToolButton#ScopeChip { background: #E1ECF9; color: #1C4E8B; border: none;"
            " border-radius: 11px; padding: 3px 10px; font-weight: 600; }"
            "QToolButton#ScopeChip:focus { border: 1px solid #1F5FA8; }")
        self.scope_chip.clicked.connect(self.clear_scope)
        self.scope_chip.hide()

    def _build_table(self) -> None:
        self.model = RecordTableModel(self._columns, self._load_page, self)
        self.model.page_loaded.connect(self._after_page)
        self.table = QTableView(self)
        self.table.setObjectName("RecordTable")
        # Rows are chosen with the arrow keys; Tab moves on to the next control (the table is
        # one stop in the tab order, not one per cell).
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self._title_text())
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        muted = tuple(i for i, c in enumerate(self._columns) if c.key in ("kind", "type"))
        self.table.setItemDelegate(CellDelegate(self.table, muted))
        header = self.table.horizontalHeader()
        header.setMinimumHeight(34)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.sectionClicked.connect(self._header_clicked)
        for index, column in enumerate(self._columns):
            header.setSectionHidden(index, column.hidden)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ListSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        # 8 px to the splitter (mock-up 02): at 1366 px the default columns fit without scrolling
        left_layout.setContentsMargins(24, 16, 8, 0)
        left_layout.setSpacing(12)
        # Title and count on the left, the buttons on the right; in a narrow list (a small
        # window, a wide detail pane) the buttons move under the title and wrap, the count
        # wraps, and the filters wrap onto a second line: nothing is cut off (_fit_header).
        self._head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._head.setSpacing(16)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self._head.addLayout(titles, 1)
        self._buttons = QWidget(self)
        flow = FlowLayout(self._buttons, spacing=8, last_min_width=0, fill_last=False)
        for button in (self.new_button, self.tag_button, self.delete_button, self.columns_button):
            flow.addWidget(button)
        self._head.addWidget(self._buttons, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(self._head)
        # (the filter bar comes here, at index 1: _build_filter_bar)
        left_layout.addWidget(self.scope_chip, 0, Qt.AlignmentFlag.AlignLeft)
        self._left = left
        left.installEventFilter(self)
        left_layout.addWidget(self.table, 1)
        self.splitter.addWidget(left)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_columns(self) -> None:
        self.fitter = ColumnFitter(self.table, self._columns)
        """Column widths that follow the room there is (ui.pages.column_fit)."""
        self._build_column_menu()
        self._restore_columns()
        # Saved when the user drags a column, not on each refit (ui.pages.column_memory).
        self.column_memory = ColumnMemory(self.table.horizontalHeader(), self._save_settings)
        self.fitter.fit()  # for the table's width now (it may not be resized again)

    def _build_filter_bar(self) -> None:
        if self._filter_bar is not None:
            return
        bar = self._filter_bar = FilterBar(self._source, self._today, self)
        bar.filters_changed.connect(self._bar_filters)
        bar.follow_tags(self._ops, self.kind)  # the tags in use as choices (#8)
        # Exporteren follows the filters (it exports what they show) and wraps with them.
        bar.layout().addWidget(self.export_button)
        left_layout = self._left.layout()
        assert isinstance(left_layout, QVBoxLayout)
        left_layout.insertWidget(1, bar)
        # In the tab order where it was when the page was built in one go: after the buttons
        # (Exporteren among them, where it was made), before the scope chip and the table.
        inside = [w for w in _focusable_inside(bar) if w is not self.export_button]
        _tab_order([self.tag_button, self.export_button, self.columns_button, *inside])

    def _build_detail(self) -> None:
        if self._detail is not None:
            return
        detail = self._detail = DetailPane(self._ops, self)
        detail.edit_requested.connect(self.edit_requested)
        detail.open_record_requested.connect(self.open_record_requested)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, self.DETAIL_WIDTH])
        self._restore_splitter()
        self.splitter.splitterMoved.connect(lambda *_a: self._split_moved())
        if self.isVisible():
            self._fit_split()

    def _build_next(self) -> None:
        """The next part of the page (one per turn of the event loop)."""
        if self._later:
            self._later.pop(0)()
        if self._later:
            QTimer.singleShot(_NEXT_PART_MS, self, self._build_next)
        else:
            self._built()

    def _complete_build(self) -> None:
        """Build what is still missing, now."""
        if self._later:
            while self._later:
                self._later.pop(0)()
            self._built()

    def _built(self) -> None:
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)

    def __getattr__(self, name: str) -> Any:
        """The column parts (`fitter`, the column menu's actions, `column_memory`) are made in
        the second turn: asked for sooner, the page is built whole at once."""
        if name in _COLUMN_PARTS and self.__dict__.get("_later"):
            self._complete_build()
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def filter_bar(self) -> FilterBar:
        """The filter bar (text, kind/status, period, classification, tag)."""
        if self._filter_bar is None:
            self._complete_build()
        assert self._filter_bar is not None
        return self._filter_bar

    @property
    def detail(self) -> DetailPane:
        """The detail pane (the selected record, its links and timeline)."""
        if self._detail is None:
            self._complete_build()
        assert self._detail is not None
        return self._detail

    # -- the contract ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-query the list, keeping as many rows as are loaded and the selection."""
        self._started = True
        self._selected_after_refresh = self.selected_ids()
        limit = max(self.page_size, min(500, self.model.rowCount()))
        source, filters, sort = self._source, self._filters, self._sort
        self.model.set_loader(self._load_page)
        # A list opened at a record far down re-opens at the selected record.
        at = self._selected_after_refresh[0] if self.model.offset else None
        size = self.page_size
        self._ops.query(
            lambda d: (source.rows_through(d, filters, sort, at, size) if at else None)
            or source.page(d, filters, sort, None, limit),
            on_done=self._refreshed,
            on_error=self._load_failed,
            key=self._list_key,
        )
        self._query_count()

    def focus_list(self) -> None:
        """Put the keyboard focus in the list (after Ctrl+1 … Ctrl+8)."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_filter(self) -> None:
        """Put the cursor in the text filter (Ctrl+F)."""
        self.filter_bar.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.text.selectAll()

    def selected_ids(self) -> list[uuid.UUID]:
        """Ids of the selected rows, top to bottom."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r).meta.id for r in rows]

    def show_record(self, record_id: uuid.UUID) -> None:
        """Select a record if it is loaded; show it in the detail pane in any case."""
        self._ensure_started()
        # A refresh under way would otherwise re-select the rows selected before.
        self._selected_after_refresh = [record_id]
        row = self.model.row_of(record_id)
        if row is not None:
            self._wanted = None
            self._select_rows([row])
        else:
            self._wanted = record_id  # selected when a page brings it
            self.table.clearSelection()
            self.detail.show_record(self.kind, record_id)
            source, filters, sort, limit = self._source, self._filters, self._sort, self.page_size
            self._ops.query(
                lambda d: source.rows_through(d, filters, sort, record_id, limit),
                on_done=lambda page: self._rows_through(page, filters, sort),
                on_error=self._load_failed,
                key=f"jump:{id(self)}",
            )

    def export_query(self) -> Any:
        """The service query of what the list shows now (its filters and order, every page)."""
        return self._source.query(self._filters, self._sort, None)

    def export_list(self, target: Any = None) -> Any:
        """Export the list as filtered to CSV or XLSX (asks the file; `target` skips asking)."""
        from chinadossier.ui.interchange.export_actions import export_list

        return export_list(self._ops, self.kind, self.export_query(), self,
                           self.status_message.emit, target)

    # -- loading --------------------------------------------------------------------------------

    @property
    def _list_key(self) -> str:
        return f"list:{self.kind.value}:{id(self)}"

    DETAIL_WIDTH = 324
    """The detail pane's width (SPEC); in a narrow page (a 1280-px window) its minimum, 300,
    until the user moves the splitter."""

    def _split_moved(self) -> None:
        self._split_chosen = True
        self._save_settings()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        """Give the list the room of a narrower detail pane in a narrow window."""
        super().resizeEvent(event)
        self._fit_split()

    def _fit_split(self) -> None:
        if self._split_chosen or self._detail is None:
            return
        detail = self.DETAIL_WIDTH if self.width() >= 1100 else 300
        total = sum(self.splitter.sizes())
        if total > detail and self.splitter.sizes()[1] != detail:
            self.splitter.setSizes([total - detail, detail])

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """The first time the page shows, load it."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_split)  # once the splitter has its width
        self._ensure_started()

    def _ensure_started(self) -> None:
        if not self._started:
            self._started = True
            self.model.reload()
            self._query_count()

    def _load_page(self, cursor: str | None, deliver: Any) -> None:
        source, filters, sort, limit = self._source, self._filters, self._sort, self.page_size
        self._ops.query(
            lambda d: source.page(d, filters, sort, cursor, limit),
            on_done=deliver,
            on_error=self._load_failed,
            key=self._list_key,
        )

    def _query_count(self) -> None:
        source, filters = self._source, self._filters
        self._ops.query(lambda d: source.count(d, filters), on_done=self._set_count,
                        on_error=lambda _e: self._set_count(None), key=f"count:{id(self)}")

    def _refreshed(self, page: Page[Any]) -> None:
        self.model.set_rows(page.items, page.next_cursor, page.offset or 0)
        rows = [r for r in (self.model.row_of(i) for i in self._selected_after_refresh)
                if r is not None]
        if rows:
            self._select_rows(rows)
        self._after_page()

    def _rows_through(self, page: Page[Any] | None, filters: Filters, sort: str | None) -> None:
        if page is None or (filters, sort) != (self._filters, self._sort):
            return  # not in this list as filtered, or the list changed since
        shown = self.detail.record_id
        if shown is not None and self.model.row_of(shown) is not None:
            return  # a page that came meanwhile holds it already (and it is selected)
        self.model.set_rows(page.items, page.next_cursor, page.offset or 0)
        if shown is not None and self.model.row_of(shown) is not None:
            self._wanted = shown
        self._after_page()

    def _load_failed(self, exc: BaseException) -> None:
        self.model.load_failed()
        self._ops.failed.emit(exc)

    def _after_page(self) -> None:
        if self._refiltered:
            # A new filter: the pane keeps its record only if the list still shows it.
            self._refiltered = False
            shown = self.detail.record_id
            row = self.model.row_of(shown) if shown is not None else None
            if row is not None:
                self._select_rows([row])
            elif shown is not None and self._wanted != shown:
                self.detail.clear()
                self._pick_first = False  # nothing chosen until the user chooses
                self._update_subtitle()
                return
        if self._wanted is not None and self.model.row_of(self._wanted) is not None:
            row = self.model.row_of(self._wanted)
            self._wanted = None
            self._select_rows([row])
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            shown = self.detail.record_id
            if shown is None:
                if self._pick_first:
                    self._select_rows([0])
            elif self.model.row_of(shown) is not None:
                # rows replaced after the shown record was selected (a refresh answered after
                # the jump to it: both may wait for the services at start-up)
                self._select_rows([self.model.row_of(shown)])
        self._update_subtitle()

    def _set_count(self, count: int | None) -> None:
        self._count = count
        self._update_subtitle()

    def show_scope(self, text: str, ids: frozenset[uuid.UUID]) -> None:
        """Show only these records (a heat-map cell's risks), named on a removable chip."""
        self.scope_chip.set_full_text(text)  # elided when long, never wider than the list
        self.scope_chip.setAccessibleName(self.tr("Filter {0} weghalen").format(text))
        self.scope_chip.setToolTip(text + "\n" + self.tr("Filter weghalen: weer de hele lijst"))
        self.scope_chip.show()
        self.detail.clear()  # a new set of records: its first one is shown
        self._pick_first = True
        self._set_filters(replace(self._filters, ids=ids, scope=text))

    def clear_scope(self) -> None:
        """Remove the chip's filter: the whole list again (the filter bar's filters stay)."""
        self.scope_chip.hide()
        self._set_filters(replace(self._filters, ids=None, scope=""))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def scope(self) -> str:
        """The chip's text ("" without one)."""
        return self._filters.scope

    def _bar_filters(self, filters: Filters) -> None:
        """The filter bar changed: its filters, with the chip's scope kept."""
        self._set_filters(replace(filters, ids=self._filters.ids, scope=self._filters.scope))

    def _set_filters(self, filters: Filters) -> None:
        self._filters = self._source.applied(filters)
        self._started = True
        self._refiltered = True
        self.model.reload()
        self._query_count()

    def _on_changed(self, changes: Changes) -> None:
        if not self._started:
            return
        if changes.concerns(self.kind, *_SHOWN_KINDS.get(self.kind, ())):
            self.refresh()

    # -- selection, editing, deleting -----------------------------------------------------------

    def _select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        selection.setCurrentIndex(self.model.index(rows[0], 0),
                                  QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(self.model.index(rows[0], 0))

    def _selection_changed(self, *_args: Any) -> None:
        ids = self.selected_ids()
        if ids:
            self._pick_first = True
        if len(ids) == 1 and ids[0] != self.detail.record_id:
            self.detail.show_record(self.kind, ids[0])
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().hasSelection())
        self.delete_button.setEnabled(selected)
        self.tag_button.setEnabled(selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter edits, Delete deletes (in the table); the header follows the list's width."""
        if watched is self._left and event.type() == QEvent.Type.Resize:
            self._fit_header()
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _fit_header(self) -> None:
        """Buttons beside the title when they fit on one line with it, else under it."""
        margins = self._left.layout().contentsMargins()
        room = self._left.width() - margins.left() - margins.right()
        needed = (self.title.sizeHint().width() + self._head.spacing()
                  + self._buttons.layout().sizeHint().width())
        wanted = (QBoxLayout.Direction.LeftToRight if needed <= room
                  else QBoxLayout.Direction.TopToBottom)
        if self._head.direction() != wanted:
            self._head.setDirection(wanted)
            self._head.setAlignment(self._buttons, Qt.AlignmentFlag.AlignTop if wanted is
                                    QBoxLayout.Direction.LeftToRight
                                    else Qt.AlignmentFlag.AlignLeft)

    # -- header text ----------------------------------------------------------------------------

    def _title_text(self) -> str:
        titles = {
            RecordKind.MEETING: self.tr("Contactmomenten"),
            RecordKind.TIE: self.tr("Banden"),
            RecordKind.ORGANISATION: self.tr("Organisaties"),
            RecordKind.PERSON: self.tr("Personen"),
            RecordKind.DECISION: self.tr("Besluiten"),
            RecordKind.RISK_NOTE: self.tr("Risico's"),
            RecordKind.SOURCE: self.tr("Bronnen"),
        }
        return titles.get(self.kind, self.kind.value)

    def _update_subtitle(self) -> None:
        loaded = self.model.rowCount()
        if self._count is not None and not self._filters.active:
            amount = count_text(self.kind, self._count)
        elif self.model.has_more:
            amount = self.tr("{0}+ gevonden").format(loaded)
        else:
            amount = self.tr("{0} gevonden").format(loaded)
        parts = [amount, self._sort_text()]
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _today(self) -> dt.date:
        return case_today.today()


def _tab_order(widgets: list[QWidget]) -> None:
    """Put these widgets one after the other in the tab order (the first stays where it is)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _focusable_inside(widget: QWidget) -> list[QWidget]:
    """The widgets inside `widget` that Tab stops at, in their tab order."""
    found = []
    current = widget.nextInFocusChain()
    while current is not widget:
        if widget.isAncestorOf(current) and current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(current)
        current = current.nextInFocusChain()
    return found
