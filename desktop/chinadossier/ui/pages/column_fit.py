"""Column widths of a list that follow the room there is, without cutting off what must show.

- A column with `fit` texts (a date, the classification and status chips) is never narrower
  than those texts need in the font on screen (the spec's widths are for Segoe UI / Noto Sans;
  DejaVu Sans on a bare Linux is wider).
- The main text column (Onderwerp, Naam, Titel: `stretch`) takes the room the others leave;
  its text never gets less than STRETCH_MIN (the column: that plus the cell padding on both
  sides, MAIN_MIN; #8: a 140-px column left 120 px for the name).
- When that room is short (a 1280-px window with the detail pane open), the other text columns
  (Soort, Organisatie, Deelnemers, …) give way in proportion, down to SHRINK of their width;
  only then does the table scroll sideways.
- A width the user drags is the column's new preferred width (remembered with the header).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from chinadossier.ui.pages.cell_delegate import PADDING, fitted_width

STRETCH_MIN = 140
"""Narrowest the main text column's text gets before the table scrolls sideways."""
MAIN_MIN = STRETCH_MIN + 2 * PADDING
"""Narrowest the main text column itself gets (its text plus the cell padding)."""
SHRINK = 0.6
"""A plain text column gives way to at most this share of its preferred width."""


class ColumnFitter(QObject):
    """Sizes a table's columns (see the module text); call `preferred_from_header` after a
    saved header state was restored."""

    def __init__(self, table: QTableView, columns: list[Any]) -> None:
        super().__init__(table)
        self._table = table
        self._columns = columns
        header = table.horizontalHeader()
        self._floor = [fitted_width(c, table.font(), header.font()) for c in columns]
        self._preferred = [max(c.width, f) for c, f in zip(columns, self._floor, strict=True)]
        self._stretch = next((i for i, c in enumerate(columns) if c.stretch), None)
        self._fitting = False
        for index, width in enumerate(self._preferred):
            header.resizeSection(index, width)
        header.sectionResized.connect(self._resized)
        # No Python reference kept to the viewport: PySide may later hand it over as another
        # Python object and mark this one deleted (when its widget types are resolved).
        table.viewport().installEventFilter(self)

    def reset(self) -> None:
        """Back to the default widths (Kolommen herstellen)."""
        self._preferred = [max(c.width, f) for c, f in zip(self._columns, self._floor,
                                                           strict=True)]
        header = self._table.horizontalHeader()
        self._fitting = True
        try:
            for index, width in enumerate(self._preferred):
                header.resizeSection(index, width)
        finally:
            self._fitting = False
        self.fit()

    def floor(self, index: int) -> int:
        """The narrowest column `index` may be (its header and `fit` texts whole)."""
        return self._floor[index]

    def preferred_from_header(self) -> None:
        """Take the header's widths (restored from the last session) as the preferred ones."""
        header = self._table.horizontalHeader()
        self._preferred = [max(header.sectionSize(i), self._floor[i])
                           for i in range(len(self._columns))]
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Refit when the table's visible width changes (only its viewport is watched)."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, index: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if index != self._stretch:
            self._preferred[index] = max(new, self._floor[index])  # the user dragged it
            self.fit()

    def _elastic(self, index: int) -> bool:
        column = self._columns[index]
        return index != self._stretch and column.fit is None and column.chip is None

    def fit(self) -> None:
        """Size the columns for the table's current width."""
        if self._stretch is None or self._fitting:
            return
        header = self._table.horizontalHeader()
        shown = [i for i in range(header.count())
                 if i != self._stretch and not header.isSectionHidden(i)]
        widths = {i: self._preferred[i] for i in shown}
        room = self._table.viewport().width()
        short = MAIN_MIN - (room - sum(widths.values()))
        if short > 0:
            give = {i: widths[i] - max(self._floor[i], int(widths[i] * SHRINK))
                    for i in shown if self._elastic(i)}
            total = sum(give.values())
            if total > 0:
                share = min(1.0, short / total)
                for i, amount in give.items():  # rounded up: not 1 px over, scrolling sideways
                    widths[i] -= min(amount, math.ceil(amount * share))
        stretch = max(MAIN_MIN, room - sum(widths.values()))
        self._fitting = True
        try:
            for i, width in widths.items():
                if header.sectionSize(i) != width:
                    header.resizeSection(i, width)
            header.resizeSection(self._stretch, stretch)
        finally:
            self._fitting = False
