"""The 5×5 risk heat map, painted with QPainter: counts per cell, keyboard and mouse to open a cell.

Rows are Kans 5 (top) to 1, columns Impact 1 to 5 (SPEC "Heat map"). Arrow keys move a focus
ring, Enter (or a click) emits `cell_activated(likelihood, impact)`. The widget only paints what
it is given (`set_counts`); it never queries.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from chinadossier.domain.labels import RISK_IMPACT, RISK_LIKELIHOOD
from chinadossier.ui import theme

CELL_W, CELL_H, GAP = 62.0, 39.0, 3.0
LEFT, TOP = 150.0, 22.0
BOTTOM = 56.0


def _short(label: str) -> str:
    """"waarschijnlijk (50–80%)" → "Waarschijnlijk"."""
    text = label.split(" (")[0]
    return text[:1].upper() + text[1:]


def _label_widths(metrics: QFontMetrics, labels: list[str]) -> list[float]:
    """Room for each column label, centred under its column: a long label ("Considerable") may
    borrow what its shorter neighbours leave free, so it is not elided needlessly (#8)."""
    step = CELL_W + GAP
    widths = [float(metrics.horizontalAdvance(text)) for text in labels]
    rooms = []
    for index, width in enumerate(widths):
        left = step - widths[index - 1] / 2 - 6 if index > 0 else CELL_W / 2 + 24
        right = step - widths[index + 1] / 2 - 6 if index + 1 < len(widths) else CELL_W / 2 + 8
        rooms.append(max(step, min(width + 6, 2 * min(left, right))))
    return rooms


class HeatMapWidget(QWidget):
    """A focusable 5×5 grid of risk counts."""

    cell_activated = Signal(int, int)
    """(likelihood, impact) of the cell opened with Enter or a click."""

    def __init__(self, parent: QWidget | None = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self._lang = lang
        self._counts: dict[tuple[int, int], int] = {}
        self._focus = (3, 3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Risicomatrix kans × impact"))
        self._describe()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(int(LEFT + 5 * (CELL_W + GAP) + 8), int(TOP + 5 * (CELL_H + GAP) + BOTTOM))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    # -- data ---------------------------------------------------------------------------------

    def set_counts(self, counts: dict[tuple[int, int], int]) -> None:
        """Counts per (likelihood, impact); missing cells are empty."""
        self._counts = dict(counts)
        self._describe()
        self.update()

    def count(self, likelihood: int, impact: int) -> int:
        """What one cell shows."""
        return self._counts.get((likelihood, impact), 0)

    @property
    def focus_cell(self) -> tuple[int, int]:
        """(likelihood, impact) of the keyboard focus ring."""
        return self._focus

    def set_focus_cell(self, likelihood: int, impact: int) -> None:
        """Move the focus ring."""
        self._focus = (max(1, min(5, likelihood)), max(1, min(5, impact)))
        self._describe()
        self.update()

    def _describe(self) -> None:
        k, i = self._focus
        self.setAccessibleDescription(
            self.tr("Kans {0}, impact {1}: {2} risico's. Pijltjestoetsen verplaatsen, Enter "
                    "toont de risico's in deze cel.").format(k, i, self.count(k, i)))

    # -- geometry -----------------------------------------------------------------------------

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        """Where a cell is painted."""
        x = LEFT + (impact - 1) * (CELL_W + GAP)
        y = TOP + (5 - likelihood) * (CELL_H + GAP)
        return QRectF(x, y, CELL_W, CELL_H)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """The cell under a point, if any."""
        for k in range(1, 6):
            for i in range(1, 6):
                if self.cell_rect(k, i).contains(point):
                    return k, i
        return None

    # -- events -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        k, i = self._focus
        key = event.key()
        moves = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
        if key in moves:
            dk, di = moves[Qt.Key(key)]
            self.set_focus_cell(k + dk, i + di)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.cell_activated.emit(k, i)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position())
        if cell is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_focus_cell(*cell)
        self.cell_activated.emit(*cell)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        t = theme.tokens()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        surface = QColor(t.surface)
        lang = 0 if self._lang == "nl" else 1

        small = QFont(base)
        small.setPixelSize(11)
        caps = QFont(small)
        caps.setBold(True)
        caps.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.6)
        p.setFont(caps)
        p.setPen(QColor(t.faint))
        # the whole width left of the grid: "LIKELIHOOD ↑" did not fit in 56 px (#8)
        p.drawText(QRectF(0, 0, LEFT - 4, TOP - 4),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("KANS ↑"))

        for k in range(1, 6):
            row = self.cell_rect(k, 1)
            label = _short(RISK_LIKELIHOOD[k][lang])
            p.setFont(small)
            p.setPen(QColor(t.muted))
            p.drawText(QRectF(0, row.top(), LEFT - 26, CELL_H),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            bold = QFont(base)
            bold.setPixelSize(13)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(QColor(t.text))
            p.drawText(QRectF(LEFT - 22, row.top(), 14, CELL_H),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(k))

        tiny = QFont(base)
        tiny.setPixelSize(10)
        impact_widths = _label_widths(QFontMetrics(tiny),
                                      [_short(RISK_IMPACT[i][lang]) for i in range(1, 6)])
        for i in range(1, 6):
            col = self.cell_rect(1, i)
            bold = QFont(base)
            bold.setPixelSize(13)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(QColor(t.text))
            p.drawText(QRectF(col.left(), col.bottom() + 4, CELL_W, 16),
                       Qt.AlignmentFlag.AlignHCenter, str(i))
            p.setFont(tiny)
            p.setPen(QColor(t.muted))
            room = impact_widths[i - 1]
            text = p.fontMetrics().elidedText(_short(RISK_IMPACT[i][lang]),
                                              Qt.TextElideMode.ElideRight, int(room))
            p.drawText(QRectF(col.center().x() - room / 2, col.bottom() + 20, room, 14),
                       Qt.AlignmentFlag.AlignHCenter, text)
        p.setFont(caps)
        p.setPen(QColor(t.faint))
        last = self.cell_rect(1, 3)
        p.drawText(QRectF(last.left() - 20, last.bottom() + 36, CELL_W + 40, 14),
                   Qt.AlignmentFlag.AlignHCenter, self.tr("IMPACT →"))

        for k in range(1, 6):
            for i in range(1, 6):
                rect = self.cell_rect(k, i)
                fill, _strong = theme.band_colours(k * i)
                colour = QColor(fill)
                count = self.count(k, i)
                if not count:
                    colour = QColor(
                        int(colour.red() * 0.45 + surface.red() * 0.55),
                        int(colour.green() * 0.45 + surface.green() * 0.55),
                        int(colour.blue() * 0.45 + surface.blue() * 0.55),
                    )
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawRoundedRect(rect, 4, 4)
                score = QFont(base)
                score.setPixelSize(9)
                p.setFont(score)
                faint = QColor(t.band_text)
                faint.setAlphaF(0.43)
                p.setPen(faint)
                p.drawText(rect.adjusted(0, 2, -4, 0),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(k * i))
                if count:
                    big = QFont(base)
                    big.setPixelSize(16)
                    big.setBold(True)
                    p.setFont(big)
                    p.setPen(QColor(t.band_text))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))

        if self.hasFocus():
            k, i = self._focus
            ring = self.cell_rect(k, i).adjusted(-2.5, -2.5, 2.5, 2.5)
            pen = QPen(QColor(t.accent), 2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(ring, 5, 5)
        p.end()
