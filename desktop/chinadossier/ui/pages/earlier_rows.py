"""Rows above a list opened far down (Ctrl+K on a record past MAX_ROWS): scrolling to the top
loads the rows just above, a block at a time, in a reader thread (`ListSource.rows_before`).

The view keeps showing the same rows while they are put above (the scroll position moves down
by their height), so the list does not jump.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer


class EarlierRows(QObject):
    """Watches a list page's scroll bar; asks for the rows above when it reaches the top."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self._page = page
        self._asked: int | None = None  # the model generation a request is under way for
        page.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        page.model.page_loaded.connect(self._check)
        page.model.modelReset.connect(lambda: QTimer.singleShot(0, self, self._check))

    def _check(self) -> None:
        self._scrolled(self._page.table.verticalScrollBar().value())

    def _scrolled(self, value: int) -> None:
        page, model = self._page, self._page.model
        if value > page.table.verticalScrollBar().minimum() or model.offset <= 0:
            return
        if self._asked == model.generation or not model.rowCount():
            return
        generation = self._asked = model.generation
        first_id, offset = model.record(0).meta.id, model.offset
        source, filters, sort = page._source, page._filters, page._sort
        page._ops.query(
            lambda d: source.rows_before(d, filters, sort, first_id, offset),
            on_done=lambda rows: self._loaded(rows, generation),
            on_error=lambda _e: setattr(self, "_asked", None),
            key=f"earlier:{id(page)}",
        )

    def _loaded(self, rows: list[Any] | None, generation: int) -> None:
        self._asked = None
        model = self._page.model
        if not rows or generation != model.generation:
            return
        bar = self._page.table.verticalScrollBar()
        before = bar.value()
        height = self._page.table.verticalHeader().defaultSectionSize()
        model.prepend(rows)
        self._page.table.doItemsLayout()  # the scroll bar's new range, before moving it
        bar.setValue(before + len(rows) * height)
        self._check()  # still at the top (a short block): the next one
