"""A picker: chips plus search-as-you-type in a popup list, with "create a missing one".

Typing asks the services (through `Operations.query`, keyed so a newer keystroke supersedes the
older answer) for candidates; ↑/↓ move in the popup, Enter takes the highlighted one, Esc closes
the popup, Ctrl+Shift+N (or the last row) asks the form to create a new record from the text.
"""

from __future__ import annotations

import itertools
import unicodedata
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.pinyin import is_hanzi
from chinadossier.ui.widgets.chips import ChipInput, Choice
from chinadossier.ui.widgets.picker_sources import PickerSource

_ROLE_KIND = Qt.ItemDataRole.UserRole + 1
_ROLE_QUERY = Qt.ItemDataRole.UserRole + 2
_HEADER, _CHOICE, _CREATE = "header", "choice", "create"
_keys = itertools.count(1)


def match_span(label: str, query: str) -> tuple[int, int] | None:
    """Where the typed text occurs in a label, ignoring case and tone marks (wang → Wáng)."""
    words = query.split()
    if not words:
        return None

    def fold(text: str) -> str:
        return "".join(unicodedata.normalize("NFD", ch)[0].casefold()[:1] or ch for ch in text)

    folded = fold(label)
    for word in words:
        start = folded.find(fold(word))
        if start >= 0:
            return start, start + len(word)
    return None


class _Delegate(QStyledItemDelegate):
    """Rows: a round avatar with the first Hanzi (or letter), the name, a muted line under it."""

    @staticmethod
    def _draw_label(painter: QPainter, box: QRect, label: str, query: str) -> None:
        """The label with the matched part in bold (elided when too long)."""
        metrics = painter.fontMetrics()
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, box.width())
        span = match_span(text, query)
        if span is None:
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)
            return
        x = box.left()
        plain = painter.font()
        bold = QFont(plain)
        bold.setBold(True)
        for part, part_font in ((text[: span[0]], plain), (text[span[0] : span[1]], bold),
                                (text[span[1] :], plain)):
            if not part:
                continue
            painter.setFont(part_font)
            painter.drawText(QRect(x, box.top(), box.right() - x, box.height()),
                             Qt.AlignmentFlag.AlignVCenter, part)
            x += painter.fontMetrics().horizontalAdvance(part)
        painter.setFont(plain)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        kind = index.data(_ROLE_KIND)
        return QSize(360, 28 if kind in (_HEADER, _CREATE) else 44)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(_ROLE_KIND)
        palette = option.palette
        rect = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase).darker(104))
        font = QFont(option.font)
        if kind == _HEADER:
            font.setBold(True)
            font.setPixelSize(11)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(12, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter,
                             index.data(Qt.ItemDataRole.DisplayRole).upper())
        elif kind == _CREATE:
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.drawText(rect.adjusted(12, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter,
                             index.data(Qt.ItemDataRole.DisplayRole))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            small = QFont(option.font)
            small.setPixelSize(11)
            painter.setFont(small)
            painter.drawText(rect.adjusted(0, 0, -10, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             "Ctrl+Shift+N")
        else:
            choice: Choice = index.data(Qt.ItemDataRole.UserRole)
            avatar = QRect(rect.left() + 12, rect.top() + 8, 28, 28)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#E3ECF8"))
            painter.drawEllipse(avatar)
            painter.setPen(QColor("#1C4E8B"))
            initial = (choice.hanzi or choice.label or "?")[0]
            painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initial)
            text_left = avatar.right() + 10
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.setFont(font)
            top = QRect(text_left, rect.top() + 5, rect.width() - text_left - 8, 18)
            self._draw_label(painter, top, choice.label, index.data(_ROLE_QUERY) or "")
            if choice.sub:
                small = QFont(option.font)
                small.setPixelSize(11)
                painter.setFont(small)
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                sub = QRect(text_left, rect.top() + 23, top.width(), 16)
                painter.drawText(sub, Qt.AlignmentFlag.AlignVCenter,
                                 painter.fontMetrics().elidedText(choice.sub,
                                                                  Qt.TextElideMode.ElideRight,
                                                                  sub.width()))
        painter.restore()


class PickerPopup(QFrame):
    """The floating list under a picker; it never takes the keyboard from the line edit."""

    activated = Signal(object)  # a Choice, or None for "create"

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("PickerPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setItemDelegate(_Delegate(self.list))
        self.list.setAccessibleName(self.tr("Gevonden records"))
        self.list.itemClicked.connect(self._clicked)
        layout.addWidget(self.list)

    def fill(
        self, header: str, choices: list[Choice], create: str | None, query: str = ""
    ) -> None:
        """Show a header, the candidates and (optionally) the create row; select the first."""
        self.list.clear()
        head = QListWidgetItem(header)
        head.setData(_ROLE_KIND, _HEADER)
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(head)
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setData(_ROLE_KIND, _CHOICE)
            item.setData(_ROLE_QUERY, query)
            item.setToolTip(choice.sub or choice.label)
            self.list.addItem(item)
        if create:
            item = QListWidgetItem(create)
            item.setData(_ROLE_KIND, _CREATE)
            self.list.addItem(item)
        if self.list.count() > 1:
            self.list.setCurrentRow(1)
        rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
        chrome = 2 * self.list.frameWidth() + 2 * self.frameWidth() + 4
        self.resize(max(self.width(), 380), min(rows + chrome, 360))

    def choices(self) -> list[Choice]:
        """The candidates shown (for tests and screen readers)."""
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).data(_ROLE_KIND) == _CHOICE
        ]

    def move_selection(self, step: int) -> None:
        """↑/↓: move to the next selectable row."""
        row = self.list.currentRow()
        for _ in range(self.list.count()):
            row = (row + step) % self.list.count()
            if self.list.item(row).data(_ROLE_KIND) != _HEADER:
                self.list.setCurrentRow(row)
                return

    def activate_current(self) -> bool:
        """Enter: take the highlighted row; False when nothing is highlighted."""
        item = self.list.currentItem()
        if item is None or item.data(_ROLE_KIND) == _HEADER:
            return False
        self._clicked(item)
        return True

    def _clicked(self, item: QListWidgetItem) -> None:
        kind = item.data(_ROLE_KIND)
        if kind == _CHOICE:
            self.activated.emit(item.data(Qt.ItemDataRole.UserRole))
        elif kind == _CREATE:
            self.activated.emit(None)


class RecordPicker(ChipInput):
    """Chips for chosen records; typing searches; Ctrl+Shift+N asks for a new record."""

    create_requested = Signal(object, str)
    """(kind to create, text typed so far): the form opens an editor and calls add_choice."""

    def __init__(
        self,
        ops: Any,
        source: PickerSource,
        parent: QWidget | None = None,
        *,
        multi: bool = True,
        placeholder: str | None = None,
        free_text: bool = False,
    ) -> None:
        if placeholder is None:
            placeholder = QCoreApplication.translate(
                "RecordPicker", "Typ naam, Hanzi of pinyin (met of zonder tonen)")
        super().__init__(parent, placeholder=placeholder, multi=multi)
        self.ops = ops
        self.source = source
        self.free_text = free_text
        self._key = f"picker-{next(_keys)}"
        self.popup = PickerPopup(self)
        self.popup.activated.connect(self._take)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.pending_text = ""

    # -- searching -------------------------------------------------------------------------------

    def search_now(self) -> None:
        """Search for the current text without waiting for the typing pause."""
        self._timer.stop()
        self._search()

    def _search(self) -> None:
        text = self.edit.text()
        fetch = self.source.fetch
        self.ops.query(
            lambda dossier: fetch(dossier, text),
            on_done=lambda found: self._show(text, found),
            on_error=lambda exc: self._show(text, []),
            key=self._key,
        )

    def _show(self, text: str, found: list[Choice]) -> None:
        if text != self.edit.text() or not self.isVisible():
            return
        typed = text.strip()
        title = self.source.caption()
        header = (
            self.tr("{0} · {1} gevonden voor '{2}'").format(title, len(found), typed)
            if typed
            else title
        )
        create = None
        if self.source.create_kind is not None:
            label = self.source.create_caption()
            create = f"{label} '{typed}'" if typed else label
        self.popup.fill(header, found, create, typed)
        self.popup.setMinimumWidth(max(self.width(), 380))
        self.popup.move(self.mapToGlobal(QPoint(0, self.height() + 2)))
        self.popup.show()

    def hide_popup(self) -> None:
        """Close the list (Esc, focus leaving, a choice made)."""
        self._timer.stop()
        self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Leaving the line edit (Tab, a click elsewhere) closes the list."""
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            # showing the popup window may move window activation: that is no leaving
            if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason,
                                      Qt.FocusReason.PopupFocusReason):
                self.hide_popup()
        return super().eventFilter(watched, event)

    # -- choosing --------------------------------------------------------------------------------

    def _take(self, choice: Choice | None) -> None:
        if choice is None:
            self.request_create()
            return
        self.hide_popup()
        self.add_choice(choice)

    def request_create(self) -> None:
        """Ask the form to create a new record from the typed text."""
        if self.source.create_kind is None:
            return
        self.hide_popup()
        self.pending_text = self.edit.text().strip()
        self.create_requested.emit(self.source.create_kind, self.pending_text)

    def free_value(self) -> str | None:
        """Text typed but not picked (for places typed as free text)."""
        text = self.edit.text().strip()
        return text or None

    def handle_key(self, event: QKeyEvent) -> bool:
        """↑/↓/Enter/Esc for the popup, Ctrl+Shift+N to create."""
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_N and ctrl and shift:
            self.request_create()
            return True
        open_ = self.popup.isVisible()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.hide_popup()  # moving on; the focus change itself goes ahead
            return False
        if key == Qt.Key.Key_Down and not open_:
            self.search_now()
            return True
        if open_ and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return True
        if open_ and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            return self.popup.activate_current()
        if open_ and key == Qt.Key.Key_Escape:
            self.hide_popup()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl and self.edit.text().strip():
            self.search_now()
            return True
        return super().handle_key(event)


def looks_like_hanzi(text: str) -> bool:
    """Whether typed text starts with a Hanzi (a new person's name is then prefilled as Hanzi)."""
    return bool(text) and is_hanzi(text[0])
