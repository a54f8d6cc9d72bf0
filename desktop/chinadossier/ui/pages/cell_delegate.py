"""Paints list cells: elided text, chips and badges (no widgets in cells), row divider, selection.

Colours follow the design tokens (ui-mockups/SPEC.md); the dark variants apply when the palette's
base colour is dark.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from chinadossier.ui.models.record_table import CHIP_ROLE

ROW_HEIGHT = 36
PADDING = 10

_LIGHT = {
    "divider": "#E8EBF0", "selected": "#E3ECF8", "accent": "#1F5FA8", "muted": "#5C6776",
    "text": "#1C2530",
}
_DARK = {
    "divider": "#313844", "selected": "#2A3A50", "accent": "#5B9BE3", "muted": "#A3ADBA",
    "text": "#E5E9EE",
}
# Chip fill / text, light and dark.
_CLASSIFICATION = {
    "public": (("#E9EDF2", "#3D4754"), ("#38414D", "#D5DBE3")),
    "internal": (("#E1ECF9", "#1C4E8B"), ("#243B57", "#B9D3F2")),
    "confidential": (("#F0E5F8", "#6A3293"), ("#3F2C4F", "#DCC3F0")),
}
_STATUS_DOT = {
    "active": "#2B7A4B", "preparation": "#1F5FA8", "dormant": "#8B95A3", "ended": "#8B95A3",
    "suspended": "#9A5B00",
}
_LEVEL = {  # band fill, strong swatch, dark fill
    "low": ("#CDEAD6", "#2E9E5B", "#2D5A3D"),
    "medium": ("#FBEBA9", "#E0B419", "#6B5A1C"),
    "high": ("#F8CC9E", "#E27A22", "#7A4621"),
    "very_high": ("#F2A7A1", "#CF3B33", "#7E2E2B"),
}

_Index = QModelIndex | QPersistentModelIndex
# Built once: flag arithmetic and colour parsing per painted cell showed up in profiles.
_LEFT_CENTRE = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_SELECTED = QStyle.StateFlag.State_Selected
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_COLOURS: dict[str, QColor] = {}


def fitted_width(column: Any, font: QFont, header_font: QFont) -> int:
    """The width a column needs to show its header and its `fit` texts in full (chips measured
    as they are painted: 11 px bold, 8 px each side, room for the padlock)."""
    bold = QFont(header_font)
    bold.setBold(True)  # the theme sets the header in bold
    header = QFontMetrics(bold).horizontalAdvance(column.header()) + 2 * PADDING + 4
    if column.sortable:
        header += 16  # the sort indicator
    if column.fit is None:
        return header
    cell = QFont(font)
    extra = 0
    if column.chip is not None:
        cell.setPixelSize(11)
        cell.setBold(True)
        extra = 16 + 12
    metrics = QFontMetrics(cell)
    widest = max((metrics.horizontalAdvance(t) for t in column.fit()), default=0)
    return max(header, widest + extra + 2 * PADDING + 2)


def _colour(hex_code: str) -> QColor:
    colour = _COLOURS.get(hex_code)
    if colour is None:
        colour = _COLOURS[hex_code] = QColor(hex_code)
    return colour


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class CellDelegate(QStyledItemDelegate):
    """Cells of a record list."""

    def __init__(self, view: QTableView, muted_columns: tuple[int, ...] = ()) -> None:
        super().__init__(view)
        self._view = view
        self.muted_columns = muted_columns

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        """Rows are 36 px high."""
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * PADDING, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Background, divider, selection bar, then a chip or elided text."""
        dark = is_dark(option.palette)  # type: ignore[attr-defined]
        tokens = _DARK if dark else _LIGHT
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = bool(state & _SELECTED)
        if selected:
            painter.fillRect(rect, _colour(tokens["selected"]))
        painter.setPen(_colour(tokens["divider"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if selected:
            header = self._view.horizontalHeader()
            if header.visualIndex(index.column()) == _first_visible(header):
                painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                                 _colour(tokens["accent"]))
        if state & _HAS_FOCUS and self._view.hasFocus():
            focus = QPen(_colour(tokens["accent"]), 1, Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        cell = getattr(index.model(), "cell", None)  # RecordTableModel: one Python call
        if cell is not None:
            text, chip = cell(index.row(), index.column())
        else:
            chip = index.data(CHIP_ROLE)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        inner = rect.adjusted(PADDING, 0, -PADDING, 0)
        if chip:
            self._paint_chip(painter, option, inner, chip, text, tokens, dark)
        else:
            color = tokens["muted"] if index.column() in self.muted_columns else tokens["text"]
            painter.setPen(_colour(color))
            painter.setFont(option.font)  # type: ignore[attr-defined]
            elided = option.fontMetrics.elidedText(  # type: ignore[attr-defined]
                text, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(inner, _LEFT_CENTRE, elided)
        painter.restore()

    def _paint_chip(self, painter: QPainter, option: Any, inner: QRect, chip: tuple[str, str],
                    text: str, tokens: dict[str, str], dark: bool) -> None:
        variant, code = chip
        font = QFont(option.font)
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = 20
        top = inner.top() + (inner.height() - height) // 2
        if variant == "score":
            fill, strong, dark_fill = _LEVEL.get(code, _LEVEL["low"])
            box = QRectF(inner.left(), top, 26, height)
            painter.setPen(QPen(QColor(strong), 1))
            painter.setBrush(QColor(dark_fill if dark else fill))
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setPen(QColor("#FFFFFF" if dark else "#1C2530"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            return
        if variant in ("count", "due"):  # "due": a date that has passed, e.g. a review
            self._paint_count(painter, inner, code == "overdue", text, tokens, dark)
            return
        lead = 0
        if variant == "classification":
            light_colors, dark_colors = _CLASSIFICATION.get(code, _CLASSIFICATION["public"])
            bg, fg = dark_colors if dark else light_colors
            if code == "confidential":
                lead = 12
        else:  # status chip with a dot
            bg, fg = ("#2F3640", tokens["text"]) if dark else ("#EEF2F7", "#1C2530")
            lead = 12
        width = min(inner.width(), _advance(metrics, font, text) + 16 + lead)
        box = QRectF(inner.left(), top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(box, height / 2, height / 2)
        if variant == "classification" and code == "confidential":
            _lock(painter, box.left() + 8, box.top() + 5, QColor(fg))
        elif variant != "classification":
            painter.setBrush(QColor(_STATUS_DOT.get(code, "#8B95A3")))
            painter.drawEllipse(QRectF(box.left() + 8, box.center().y() - 3.5, 7, 7))
        painter.setPen(QColor(fg))
        text_box = box.adjusted(8 + lead, 0, -8, 0)
        painter.drawText(
            text_box,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_box.width()) + 1),
        )

    @staticmethod
    def _paint_count(painter: QPainter, inner: QRect, overdue: bool, text: str,
                     tokens: dict[str, str], dark: bool) -> None:
        """A count pill (18 high, grey); danger-soft with a clock when something is overdue."""
        metrics = painter.fontMetrics()
        height = 18
        top = inner.top() + (inner.height() - height) // 2
        lead = 12 if overdue else 0
        width = max(height + lead, _advance(metrics, painter.font(), text) + 12 + lead)
        box = QRectF(inner.left(), top, min(width, inner.width()), height)
        if overdue:
            bg, fg = ("#4A2624", "#F2A7A1") if dark else ("#FBEAE8", "#B93A32")
        else:
            bg, fg = tokens["divider"], tokens["muted"]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colour(bg))
        painter.drawRoundedRect(box, height / 2, height / 2)
        if overdue:
            _clock(painter, box.left() + 6, box.center().y() - 4.5, _colour(fg))
        painter.setPen(_colour(fg))
        painter.drawText(box.adjusted(6 + lead, 0, -6, 0), Qt.AlignmentFlag.AlignCenter, text)


def _clock(painter: QPainter, x: float, y: float, color: QColor) -> None:
    """A small clock (9×9) for an overdue count."""
    painter.save()
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(x, y, 9, 9))
    painter.drawLine(QPointF(x + 4.5, y + 4.5), QPointF(x + 4.5, y + 2))
    painter.drawLine(QPointF(x + 4.5, y + 4.5), QPointF(x + 6.5, y + 5.5))
    painter.restore()


def _advance(metrics: QFontMetrics, font: QFont, text: str) -> int:
    """`metrics.horizontalAdvance(text)`, remembered per font and text: chips repeat a few
    texts, and measuring one took ~0.5 ms of a repaint's time per chip."""
    key = (font.key(), text)
    width = _ADVANCES.get(key)
    if width is None:
        if len(_ADVANCES) >= 1000:
            _ADVANCES.clear()
        width = _ADVANCES[key] = metrics.horizontalAdvance(text)
    return width


_ADVANCES: dict[tuple[str, str], int] = {}


def _first_visible(header: Any) -> int:
    for visual in range(header.count()):
        if not header.isSectionHidden(header.logicalIndex(visual)):
            return visual
    return 0


def _lock(painter: QPainter, x: float, y: float, color: QColor) -> None:
    """A small padlock (8×10) for Vertrouwelijk."""
    painter.save()
    painter.setPen(QPen(color, 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(x + 1.5, y + 4.5)
    shackle.lineTo(x + 1.5, y + 3)
    shackle.arcTo(QRectF(x + 1.5, y, 5, 5), 180, -180)
    shackle.lineTo(x + 6.5, y + 4.5)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(x, y + 4.5, 8, 5.5), 1, 1)
    painter.restore()
