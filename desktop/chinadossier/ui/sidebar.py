"""The sidebar: app name, own authority, pages with counts, Prullenbak and Instellingen.

Two `QListWidget`s painted by one `NavDelegate` (SPEC: 36-px items, an 8-px inset pill, a 3-px
accent bar on the selected one, the count right-aligned in faint 12 px). Selecting an item
emits `page_selected(key)`; the main window switches the page.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from chinadossier.ui import theme
from chinadossier.ui.nav_icons import paint_icon

KEY_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class NavDelegate(QStyledItemDelegate):
    """Paints one navigation item."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), 36)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        t = theme.tokens()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(8, 0, -8, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.sidebar_sel if selected else t.hover))
            painter.drawRoundedRect(rect, 6, 6)
        if selected:
            painter.setBrush(QColor(t.accent))
            painter.drawRoundedRect(QRect(rect.left() - 8, rect.top() + 6, 3, rect.height() - 12),
                                    1, 1)
        if focused and option.widget is not None and option.widget.hasFocus():
            painter.setPen(QPen(QColor(t.accent), 2))  # 2 px: a hairline hardly shows
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        key = str(index.data(KEY_ROLE) or "")
        paint_icon(painter, key, option.rect.left() + 20, rect.top() + (rect.height() - 18) / 2,
                   QColor(t.accent if selected else t.muted))
        font = QFont(option.font)
        font.setPixelSize(13)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(QColor(t.text))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        count = index.data(COUNT_ROLE)
        small = QFont(option.font)
        small.setPixelSize(12)
        # The label may run up to the count (measured: a bold "Contactmomenten" beside "30"
        # needs more than a fixed margin leaves); a long translation is elided, never cut.
        reserved = 10 + (QFontMetrics(small).horizontalAdvance(str(count)) + 4
                         if count is not None else 0)
        label_rect = rect.adjusted(40, 0, -reserved, 0)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       label_rect.width()))
        if count is not None:
            painter.setFont(small)
            painter.setPen(QColor(t.faint))
            painter.drawText(rect.adjusted(0, 0, -10, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             str(count))
        painter.restore()


class _NavList(QListWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Nav")
        self.setAccessibleName(name)
        self.setItemDelegate(NavDelegate(self))
        self.setMouseTracking(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def fit(self) -> None:
        self.setFixedHeight(36 * self.count() + 4)


class Sidebar(QFrame):
    """Navigation between the pages."""

    page_selected = Signal(str)

    def __init__(self, pages: list[tuple[str, str]], bottom: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setFixedWidth(220)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 10, 0, 10)
        lay.setSpacing(4)
        self.app_name = QLabel(self.tr("Chinadossier"))
        self.app_name.setObjectName("AppName")
        self.authority = QLabel("")
        self.authority.setObjectName("Muted")
        self.authority.setWordWrap(True)
        for w in (self.app_name, self.authority):
            w.setContentsMargins(20, 0, 12, 0)
            lay.addWidget(w)
        lay.addSpacing(14)
        self.main = _NavList(self.tr("Pagina's"))
        self.extra = _NavList(self.tr("Prullenbak en instellingen"))
        self._items: dict[str, QListWidgetItem] = {}
        for nav, entries in ((self.main, pages), (self.extra, bottom)):
            for key, text in entries:
                item = QListWidgetItem(text)
                item.setData(KEY_ROLE, key)
                nav.addItem(item)
                self._items[key] = item
            nav.fit()
            # The page follows the *selection*, never the current (focus) item: Tab into a list
            # makes an item current without selecting it, and focus alone must not switch pages
            # (WCAG 3.2.1). Arrows, Space, Enter and a click select.
            nav.itemSelectionChanged.connect(lambda n=nav: self._changed(n))
            nav.itemActivated.connect(lambda item: item.setSelected(True))
        lay.addWidget(self.main)
        lay.addStretch(1)
        lay.addWidget(self.extra)
        self.backup = QLabel("")
        self.backup.setObjectName("Faint")
        self.backup.setContentsMargins(20, 4, 12, 0)
        lay.addWidget(self.backup)

    def _changed(self, nav: QListWidget) -> None:
        chosen = nav.selectedItems()
        if not chosen:
            return
        current = chosen[0]
        other = self.extra if nav is self.main else self.main
        other.blockSignals(True)
        other.clearSelection()
        other.setCurrentItem(None)
        other.blockSignals(False)
        self.page_selected.emit(str(current.data(KEY_ROLE)))

    def select(self, key: str) -> None:
        """Select a page's item (emits `page_selected` when it changes)."""
        item = self._items[key]
        nav = item.listWidget()
        nav.setCurrentItem(item)

    def current_key(self) -> str | None:
        """The selected page."""
        for nav in (self.main, self.extra):
            item = nav.currentItem()
            if item is not None and item.isSelected():
                return str(item.data(KEY_ROLE))
        return None

    def set_count(self, key: str, count: int | None) -> None:
        """Show a count next to a page (None hides it)."""
        item = self._items.get(key)
        if item is not None:
            item.setData(COUNT_ROLE, count)
            label = item.text() if count is None else f"{item.text()}, {count}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)

    def count(self, key: str) -> int | None:
        """The count shown next to a page."""
        value = self._items[key].data(COUNT_ROLE)
        return int(value) if value is not None else None
