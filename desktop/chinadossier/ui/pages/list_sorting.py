"""Sorting a list page: only by the sorts its service offers, shown by the header's indicator.

A mixin of `ListPage` (ui.pages.list_page), which provides the table, its columns, the model
and the services; it keeps `_sort` (asked of the service) and `_shown_sort` (the indicator).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt


class ListSorting:
    """The sorting part of a list page."""

    _columns: list[Any]
    _ops: Any
    _source: Any
    _sort: str | None
    _shown_sort: str | None
    _started: bool
    table: Any
    model: Any

    def _default_sort(self) -> None:
        self._sort = None
        if self._ops.dossier is None:  # the services still load at start-up (ui.app)
            self._ops.opened.connect(self._sort_when_opened, Qt.ConnectionType.SingleShotConnection)
            return
        default = getattr(self._ops.dossier, self._source.service, None)
        names = default.sorts() if default is not None and hasattr(default, "sorts") else ()
        self._apply_sort_indicator(names[0] if names else None)

    def _sort_when_opened(self) -> None:
        if self._sort is None:  # not sorted by the user meanwhile
            self._default_sort()

    def _apply_sort_indicator(self, sort: str | None) -> None:
        header = self.table.horizontalHeader()
        for index, column in enumerate(self._columns):
            if sort is not None and sort == column.sort_asc:
                header.setSortIndicator(index, Qt.SortOrder.AscendingOrder)
                self._shown_sort = sort
                return
            if sort is not None and sort == column.sort_desc:
                header.setSortIndicator(index, Qt.SortOrder.DescendingOrder)
                self._shown_sort = sort
                return
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._shown_sort = sort

    def _header_clicked(self, section: int) -> None:
        column = self._columns[section]
        if not column.sortable:
            self._apply_sort_indicator(self._shown_sort)  # undo the header's own toggle
            return
        if self._shown_sort == column.sort_desc and column.sort_asc:
            sort = column.sort_asc
        elif self._shown_sort == column.sort_asc and column.sort_desc:
            sort = column.sort_desc
        else:
            sort = column.sort_desc or column.sort_asc
        self.sort_by(sort)

    def sort_by(self, sort: str | None) -> None:
        """Sort by one of the service's sorts."""
        self._sort = sort
        self._apply_sort_indicator(sort)
        self._started = True
        self.model.reload()

    def _sort_text(self) -> str:
        texts = {
            "date": QCoreApplication.translate("ListPage", "gesorteerd op datum, nieuwste eerst"),
            "date_asc": QCoreApplication.translate("ListPage", "gesorteerd op datum, oudste eerst"),
            "name": QCoreApplication.translate("ListPage", "gesorteerd op naam"),
            "start": QCoreApplication.translate(
                "ListPage", "gesorteerd op startdatum, nieuwste eerst"
            ),
            "score": QCoreApplication.translate(
                "ListPage", "gesorteerd op netto score, hoogste eerst"
            ),
            "review": QCoreApplication.translate(
                "ListPage", "gesorteerd op herbeoordeling, eerstvolgende eerst"
            ),
            "title": QCoreApplication.translate("ListPage", "gesorteerd op titel"),
        }
        return texts.get(self._shown_sort or "", "")
