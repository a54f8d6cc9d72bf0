"""Column widths of a record list: a content minimum per column, and one column that fills.

A column is never narrower than its *minimum*: its header (with room for the sort arrow), the
texts it always shows whole (`Column.fit`: dates, chip labels, numbers) and, for free text, its
`min_width` floor. The list's stretch column (Naam, Onderwerp, Titel) takes what the viewport
has left, but not less than its minimum; when the columns together are wider than the viewport
the table scrolls horizontally instead of squeezing a column to "Ams…".
A saved layout is clamped to these minima when it is restored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView

from chinadossier.ui.models.columns import Column
from chinadossier.ui.pages.cell_delegate import PADDING

_SORT_ARROW = 22
"""Room the header keeps for the sort indicator."""
_HEADER_PADDING = 20
_CHIP_EXTRA = 16 + 12
"""A chip's padding and its leading dot or padlock."""


def _chip_metrics(font: QFont) -> QFontMetrics:
    chip = QFont(font)
    chip.setPixelSize(11)
    chip.setBold(True)
    return QFontMetrics(chip)


def minimum_width(column: Column, cell_font: QFont, header_font: QFont) -> int:
    """The narrowest a column may be and still show its header and fixed texts whole."""
    header = QFontMetrics(header_font).horizontalAdvance(column.header())
    arrow = _SORT_ARROW if column.sortable else 0
    widths = [header + arrow + _HEADER_PADDING, column.min_width]
    if column.fit is not None:
        chip = column.chip is not None
        metrics = _chip_metrics(cell_font) if chip else QFontMetrics(cell_font)
        chip_extra = _CHIP_EXTRA if chip else 0
        widths.extend(metrics.horizontalAdvance(t) + chip_extra + 2 * PADDING
                      for t in column.fit())
    return max(widths)


def minimum_widths(columns: Sequence[Column], cell_font: QFont, header_font: QFont) -> list[int]:
    """`minimum_width` of each column, by logical index."""
    return [minimum_width(c, cell_font, header_font) for c in columns]


def clamp_to_minimum(header: QHeaderView, minima: Sequence[int]) -> None:
    """Widen every section narrower than its minimum (a restored or shrunk layout)."""
    for index, least in enumerate(minima):
        if header.sectionSize(index) < least:
            header.resizeSection(index, least)


def fill(header: QHeaderView, stretch: int | None, minima: Sequence[int], available: int) -> None:
    """Give the stretch column what the viewport has left, never less than its minimum."""
    if stretch is None or header.isSectionHidden(stretch):
        return
    others = sum(header.sectionSize(i) for i in range(header.count())
                 if i != stretch and not header.isSectionHidden(i))
    wanted = max(minima[stretch], available - others)
    if header.sectionSize(stretch) != wanted:
        header.resizeSection(stretch, wanted)
