"""The sidebar's line icons, painted with QPainter in the text colour (no image files to theme)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def _overview(p: QPainter) -> None:
    for x, y in ((2, 2), (10, 2), (2, 10), (10, 10)):
        p.drawRoundedRect(QRectF(x, y, 6, 6), 1.5, 1.5)


def _ties(p: QPainter) -> None:
    p.drawEllipse(QRectF(1.5, 5, 9, 8))
    p.drawEllipse(QRectF(7.5, 5, 9, 8))


def _organisations(p: QPainter) -> None:
    p.drawRect(QRectF(3, 2, 8, 14))
    p.drawRect(QRectF(11, 7, 5, 9))
    for y in (5, 8, 11):
        p.drawLine(QPointF(5.5, y), QPointF(8.5, y))


def _persons(p: QPainter) -> None:
    p.drawEllipse(QRectF(6, 2, 6, 6))
    path = QPainterPath(QPointF(3, 16))
    path.cubicTo(QPointF(3, 10), QPointF(15, 10), QPointF(15, 16))
    p.drawPath(path)


def _meetings(p: QPainter) -> None:
    path = QPainterPath(QPointF(3, 3))
    for x, y in ((15, 3), (15, 12), (8, 12), (4.5, 15), (4.5, 12), (3, 12), (3, 3)):
        path.lineTo(QPointF(x, y))
    p.drawPath(path)
    p.drawLine(QPointF(6, 6.5), QPointF(12, 6.5))
    p.drawLine(QPointF(6, 9), QPointF(10, 9))


def _decisions(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(2.5, 2.5, 13, 13), 2, 2)
    path = QPainterPath(QPointF(5.5, 9))
    path.lineTo(QPointF(8, 11.5))
    path.lineTo(QPointF(12.5, 6.5))
    p.drawPath(path)


def _risks(p: QPainter) -> None:
    path = QPainterPath(QPointF(9, 2))
    path.lineTo(QPointF(15, 4.5))
    path.cubicTo(QPointF(15, 11), QPointF(12, 14.5), QPointF(9, 16))
    path.cubicTo(QPointF(6, 14.5), QPointF(3, 11), QPointF(3, 4.5))
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(9, 6), QPointF(9, 10))
    p.drawPoint(QPointF(9, 12.5))


def _sources(p: QPainter) -> None:
    # An open book: two pages meeting at the spine, a line of text on each.
    for s in (-1, 1):
        path = QPainterPath(QPointF(9, 4.5))
        path.cubicTo(QPointF(9 + s * 2.5, 3), QPointF(9 + s * 5, 3), QPointF(9 + s * 7, 3.5))
        path.lineTo(QPointF(9 + s * 7, 14.5))
        path.cubicTo(QPointF(9 + s * 5, 14), QPointF(9 + s * 2.5, 14), QPointF(9, 15.5))
        p.drawPath(path)
        p.drawLine(QPointF(9 + s * 2.5, 7.5), QPointF(9 + s * 5, 7.2))
        p.drawLine(QPointF(9 + s * 2.5, 10.5), QPointF(9 + s * 5, 10.2))
    p.drawLine(QPointF(9, 4.5), QPointF(9, 15.5))


def _memos(p: QPainter) -> None:
    path = QPainterPath(QPointF(4, 2))
    for x, y in ((11, 2), (14, 5), (14, 16), (4, 16), (4, 2)):
        path.lineTo(QPointF(x, y))
    p.drawPath(path)
    for y in (8, 10.5, 13):
        p.drawLine(QPointF(6.5, y), QPointF(11.5, y))


def _trash(p: QPainter) -> None:
    p.drawLine(QPointF(3, 5), QPointF(15, 5))
    p.drawLine(QPointF(7, 5), QPointF(7.5, 2.5))
    p.drawLine(QPointF(7.5, 2.5), QPointF(10.5, 2.5))
    p.drawLine(QPointF(10.5, 2.5), QPointF(11, 5))
    path = QPainterPath(QPointF(4.5, 5))
    for x, y in ((5.5, 16), (12.5, 16), (13.5, 5)):
        path.lineTo(QPointF(x, y))
    p.drawPath(path)


def _settings(p: QPainter) -> None:
    for y, knob in ((4, 11), (9, 6), (14, 12)):
        p.drawLine(QPointF(2, y), QPointF(16, y))
        p.drawEllipse(QPointF(knob, y), 1.8, 1.8)


def _export(p: QPainter) -> None:
    """An arrow up out of a tray (Exporteren)."""
    path = QPainterPath(QPointF(3, 10))
    for x, y in ((3, 15), (15, 15), (15, 10)):
        path.lineTo(QPointF(x, y))
    p.drawPath(path)
    p.drawLine(QPointF(9, 2.5), QPointF(9, 11))
    p.drawLine(QPointF(5.5, 6), QPointF(9, 2.5))
    p.drawLine(QPointF(12.5, 6), QPointF(9, 2.5))


ICONS: dict[str, Callable[[QPainter], None]] = {
    "overview": _overview, "ties": _ties, "organisations": _organisations,
    "persons": _persons, "meetings": _meetings, "decisions": _decisions, "risks": _risks,
    "sources": _sources, "memos": _memos, "trash": _trash, "settings": _settings,
    "export": _export,
}


def paint_icon(painter: QPainter, key: str, x: float, y: float, colour: QColor) -> None:
    """Paint the 18×18 icon of a page at (x, y)."""
    draw = ICONS.get(key)
    if draw is None:
        return
    painter.save()
    painter.translate(x, y)
    pen = QPen(colour, 1.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw(painter)
    painter.restore()


def icon(key: str, colour: QColor, ratio: float = 1.0) -> QIcon:
    """The 18×18 icon `key` as a QIcon (for a button), sharp at the screen's pixel ratio."""
    pixmap = QPixmap(round(18 * ratio), round(18 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_icon(painter, key, 0, 0, colour)
    painter.end()
    return QIcon(pixmap)
