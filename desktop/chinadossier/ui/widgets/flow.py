"""A layout that places its items left to right and wraps to a new line when a line is full.

The chip input uses it, so five participants take two lines instead of widening the form. The
last item (the chip input's line edit) takes the rest of its line, or a line of its own when
less than its minimum width is left.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items in rows; heightForWidth tells the parent how many rows a width needs."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4,
                 last_min_width: int = 120, *, fill_last: bool = True,
                 squeeze: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._squeeze = squeeze
        """Whether items narrower at their minimum than at their size hint are squeezed
        (towards their minimum) to keep everything on one row before the row wraps."""
        self._spacing = spacing
        self._last_min_width = last_min_width
        self._fill_last = fill_last
        if not fill_last:
            self.setContentsMargins(0, 0, 0, 0)
        """Whether the last item takes the rest of its line (the chip input's line edit); a
        row of buttons or filters keeps every item at its own width."""

    # -- QLayout ---------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        """Append an item."""
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - as QBoxLayout
        """Put a widget at a position (a chip before the line edit)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        """Number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """The item at a position, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """Remove and return the item at a position."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        """It grows in height only through heightForWidth."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Yes: the number of rows depends on the width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height the items need at this width."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        """Place the items."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as one row would be, as high as one row."""
        width = sum(i.sizeHint().width() for i in self._items if not i.isEmpty())
        width += self._spacing * max(0, len(self._items) - 1)
        m = self.contentsMargins()
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest single item: never wider, whatever is chosen."""
        size = QSize(self._last_min_width, 0)
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ---------------------------------------------------------------------------------

    def _squeezed(self, items: list[QLayoutItem], room: int) -> list[int]:
        """Each item's width: its size hint, or with `squeeze`, when the hints do not fit one
        row but the minimums do, items narrowed towards their minimum one after another, by
        their widget's "squeeze" property (1 first; items without it keep their width): the text
        filter first, then a long tag, then long choices, before the filters wrap (#8)."""
        widths = [i.sizeHint().width() for i in items]
        need = sum(widths) + self._spacing * max(0, len(items) - 1) - room
        if not self._squeeze or need <= 0:
            return widths
        order: list[tuple[int, int, int]] = []  # (priority, index, how much it can give)
        for n, item in enumerate(items):
            widget = item.widget()
            priority = widget.property("squeeze") if widget is not None else None
            give = widths[n] - min(widths[n], item.minimumSize().width())
            if isinstance(priority, int) and give > 0:
                order.append((priority, n, give))
        if sum(give for _p, _n, give in order) < need:
            return widths  # no squeeze makes one row: wrap at the natural widths
        for _priority, n, give in sorted(order):
            taken = min(give, need)
            widths[n] -= taken
            need -= taken
            if need <= 0:
                break
        return widths

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        visible = [i for i in self._items if not i.isEmpty()]
        widths = self._squeezed(visible, area.width())
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        for n, item in enumerate(visible):
            hint = item.sizeHint()
            last = self._fill_last and n == len(visible) - 1
            width = min(widths[n], area.width())
            if last:
                width = max(self._last_min_width, min(width, area.width()))
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + line + self._spacing
                line = 0
                rows.append([])
            if last:
                width = area.right() + 1 - x
            rows[-1].append((item, width))
            line = max(line, hint.height())
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
        if move:  # centre each item in its row's height
            top = area.y()
            for row in rows:
                height = max((i.sizeHint().height() for i, _ in row), default=0)
                for item, _ in row:
                    geo = item.geometry()
                    geo.moveTop(top + (height - geo.height()) // 2)
                    item.setGeometry(geo)
                top += height + self._spacing
        return y + line - rect.y() + m.bottom()
