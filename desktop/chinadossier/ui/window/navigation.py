"""Page navigation of the main window: pages built when first shown, switching, counts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import RecordKind
from chinadossier.ui.models.list_source import trash_count
from chinadossier.ui.pages.overview_page import OverviewPage
from chinadossier.ui.window.pieces import (
    COUNTED,
    LIST_PAGES,
    PAGE_OF_KIND,
    PlaceholderPage,
    optional,
    present,
)


class WindowPages:
    """The stacked pages, the sidebar's switching and its counts (a MainWindow part)."""

    # -- building -----------------------------------------------------------------------------

    def _show_first(self, view: Any) -> None:
        """Counts and Overzicht from the start-up's quick read (the services still load)."""
        from chinadossier.ui.pages.overview_page import first_overview

        self.overview.preload(first_overview(view))
        self._show_counts(view.counts)
        self.sidebar.set_count("trash", view.trash_count or None)

    def _placeholder(self, key: str, text: str) -> PlaceholderPage:
        return PlaceholderPage(self.page_titles[key], text)

    def _build_pages(self) -> None:
        self.overview = OverviewPage(self.ops, lang=self._lang)
        self.overview.open_record_requested.connect(self.open_record)
        self.overview.cell_requested.connect(self.show_risk_cell)
        self.overview.status_message.connect(self._status_note)
        # the page's "Vernieuwen (F5)" button does what F5 does: the sidebar's counts too (a
        # change made by the CLI or another window showed on the page, not in the sidebar)
        self.overview.refresh_button.clicked.connect(self.refresh_counts)
        self._add_page("overview", self.overview)
        # Pieces are built (and their modules imported) when first shown: the first window
        # needs only the Overzicht.
        has_lists = present("pages.list_page")
        for key, kind in LIST_PAGES:
            if not has_lists:
                page: QWidget = self._placeholder(key, self.tr(
                    "De lijst van {0} komt in een volgende stap van deze versie. Het aantal in "
                    "de zijbalk klopt al; zoeken kan via de opdrachtregel "
                    "(chinadossier search).").format(self.page_titles[key].lower()))
            else:
                self._add_lazy(key, lambda k=kind: self._connect_piece(
                    optional("pages.list_page", "ListPage")(self.ops, k, self)))
                continue
            self._add_page(key, page)
        if present("pages.memos_page"):
            self._add_lazy("memos", lambda: self._connect_memos(self._connect_piece(
                optional("pages.memos_page", "MemosPage")(self.ops, self))))
        else:
            self._add_page("memos", self._placeholder("memos", self.tr(
                "Briefingsnotities (memo's) maken en terugzien komt in een volgende stap van "
                "deze versie.")))
        if present("pages.trash_page"):
            self._add_lazy("trash", lambda: self._connect_piece(
                optional("pages.trash_page", "TrashPage")(self.ops, self)))
        else:
            self._add_page("trash", self._placeholder("trash", self.tr(
                "De Prullenbak (verwijderde records terugzetten) komt in een volgende stap van "
                "deze versie.")))
        self._add_lazy("settings", self._make_settings_page)

    def _make_settings_page(self) -> QWidget:
        from chinadossier.ui.pages.settings_page import SettingsPage

        page = SettingsPage(self.context, self, ops=self.ops)
        page.language_chosen.connect(self.language_change_requested)
        page.scheme_chosen.connect(self.scheme_change_requested)
        return page

    @property
    def settings_page(self) -> Any:
        """The Instellingen page (built now if it was not yet)."""
        return self.page("settings")

    def _connect_piece(self, piece: Any) -> Any:
        """Connect a sibling piece's navigation and message signals (those it has)."""
        for signal, slot in (("edit_requested", self.edit_record),
                             ("new_requested", self.new_record),
                             ("open_record_requested", self.open_record),
                             ("status_message", self.show_message)):
            if hasattr(piece, signal):
                getattr(piece, signal).connect(slot)
        if getattr(piece, "kind", None) is RecordKind.PERSON and hasattr(piece, "table"):
            # A person's context menu: the AVG access export (ui.avg).
            export = QAction(self.tr("Inzageverzoek exporteren…"), piece.table)
            export.triggered.connect(lambda _checked=False: self.export_access())
            piece.table.addAction(export)
            piece.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return piece

    def _connect_memos(self, page: Any) -> Any:
        """The sidebar's "Memo's" count follows what the Memo's page lists."""
        page.count_changed.connect(lambda n: self.sidebar.set_count("memos", n))
        return page

    def _add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)

    def _add_lazy(self, key: str, factory: Callable[[], QWidget]) -> None:
        """A page built the first time it is needed (the first window opens sooner)."""
        self._factories[key] = factory
        self._add_page(key, QWidget())

    def page(self, key: str) -> QWidget:
        """A page, built now if it was not yet."""
        factory = self._factories.pop(key, None)
        if factory is not None:
            stub = self.pages[key]
            built = factory()
            index = self.stack.indexOf(stub)
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(stub)
            stub.deleteLater()
            self.pages[key] = built
        return self.pages[key]

    # -- pages and records --------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        """Switch to a page (the sidebar calls this)."""
        page = self.page(key)
        switched = self.stack.currentWidget() is not page
        self.stack.setCurrentWidget(page)
        if key == "overview":
            self.overview.refresh()
        elif hasattr(page, "refresh"):
            page.refresh()
        if switched:
            # the page re-reads on showing; the sidebar's counts go with it, or a change made
            # elsewhere (the CLI, another window) showed "10 risico's" beside "Risico's 8"
            self.refresh_counts()
        if self.sidebar.current_key() != key:
            self.sidebar.select(key)

    def go_to_page(self, key: str) -> None:
        """Ctrl+1 … Ctrl+8: switch to a page and put the keyboard focus in it (its list)."""
        self.sidebar.select(key)
        page = self.page(key)
        if hasattr(page, "focus_list"):
            page.focus_list()
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def show_risk_cell(self, scope: str, ids: frozenset[uuid.UUID]) -> None:
        """A heat-map cell: its risks in the Risico's list, under a removable filter chip."""
        page = self.page("risks")
        if not hasattr(page, "show_scope"):
            return
        self.sidebar.select("risks")
        page.show_scope(scope, ids)
        page.focus_list()

    def current_page_key(self) -> str:
        """The key of the page on screen."""
        current = self.stack.currentWidget()
        return next(k for k, p in self.pages.items() if p is current)

    def open_record(self, kind: RecordKind, record_id: uuid.UUID) -> None:
        """Show a record: in its list page's detail pane, else in its form."""
        key = PAGE_OF_KIND.get(kind)
        page = self.page(key) if key else None
        if page is not None and hasattr(page, "show_record"):
            self.sidebar.select(key or "overview")
            page.show_record(record_id)
            self.activateWindow()  # back from the search popup: keys go to the list (#8)
            if hasattr(page, "focus_list"):
                page.focus_list()
            return
        if optional("forms.editor", "open_editor") is not None:
            self.edit_record(kind, record_id)
            return
        self.statusBar().showMessage(self.tr(
            "Records openen komt met de lijstpagina's in een volgende stap."), 6000)

    def refresh(self) -> None:
        """F5: re-read the page on screen and the counts."""
        page = self.stack.currentWidget()
        if page is self.overview:
            self.overview.refresh()
        elif hasattr(page, "refresh"):
            page.refresh()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Re-count the records per page (off the GUI thread)."""
        self.ops.query(lambda d: d.overview.counts(), on_done=self._show_counts, key="counts")
        self.ops.query(trash_count, key="trash-count",
                       on_done=lambda n: self.sidebar.set_count("trash", n or None))

    def _show_counts(self, counts: dict[RecordKind, int]) -> None:
        for key, kind in COUNTED.items():
            self.sidebar.set_count(key, counts.get(kind, 0))
        # set_count changes the items' data, which repaints them; an explicit viewport()
        # update here cost ~65 ms of PySide type set-up on the first start.

    def _on_changed(self, changes: Changes) -> None:
        self.refresh_counts()
