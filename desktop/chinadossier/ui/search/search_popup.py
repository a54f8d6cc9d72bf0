"""The global search popup (Ctrl+K and the top-bar field): results while typing, by kind.

Typing is debounced; the search runs off the GUI thread through `ops.query` with one key, so a
newer query supersedes an older one, and an answer for text that is no longer in the field is
dropped as well. ↑/↓ move through the results, Enter opens one, Esc closes.
"""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.dialogs.error_dialog import log_shown_error, user_message
from chinadossier.ui.models.formatting import kind_label
from chinadossier.ui.search.search_results import SearchAnswer, run_search

_HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
SUGGEST_AFTER_MS = 600
"""A spelling is asked for this long after a search found nothing and the typing paused."""
ROW_HEIGHT = 36
"""A result's row: the height of the table rows in the spec (ui-mockups/SPEC.md)."""
HEAD_HEIGHT = 28
"""A group's heading and its "en … meer" line."""
CELL_PADDING = 10
"""Space left and right of a cell's text (the spec's 10-px table cell padding)."""
MAX_RESULTS_HEIGHT = 12 * ROW_HEIGHT
"""The result list grows with its rows up to this; more rows scroll."""


class SearchPopup(QFrame):
    """Search the whole case file."""

    open_record_requested = Signal(object, object)
    """(kind, record id): the user chose a result."""
    answered = Signal()
    """A (current) answer has been shown."""
    suggested = Signal(str)
    """A spelling was offered for a search that found nothing ("Bedoelde u: Shanghai?")."""

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("SearchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Zoeken in het dossier"))
        self._ops = ops
        self._asked = ""
        self.field = QLineEdit(self)
        self.field.setObjectName("SearchField")
        self.field.setPlaceholderText(self.tr("Zoeken… namen, Hanzi, pinyin, onderwerpen"))
        self.field.setAccessibleName(self.tr("Zoekterm"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.results = QTreeWidget(self)
        self.results.setObjectName("SearchResults")
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(0)
        self.results.setUniformRowHeights(False)  # results 36 px (the spec's rows), heads less
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Text never touches the list's edges (the numbers column sized with the padding too).
        self.results.setStyleSheet(
            f"QTreeView#SearchResults::item {{ padding: 0px {CELL_PADDING}px; }}")
        head = self.results.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.itemActivated.connect(lambda item, _c: self._open(item))
        self.results.itemClicked.connect(lambda item, _c: self._open(item))
        self.status = QLabel(self.tr("Typ om te zoeken."), self)
        self.status.setObjectName("Hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.linkActivated.connect(lambda _link: self._take_suggestion())
        self._suggestion: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_AFTER_MS)
        self._suggest_timer.timeout.connect(self._ask_suggestion)
        self._suggesting = False
        self.field.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self.results.hide()  # until there are results: the popup is as tall as what it shows
        self.resize(600, self.sizeHint().height())

    # -- public ---------------------------------------------------------------------------------

    def popup(self, text: str = "") -> None:
        """Show under the top of the parent window, with `text` already typed."""
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            top = window.mapToGlobal(QPoint((window.width() - self.width()) // 2, 40))
            self.move(top)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)
        if text != self.field.text():
            self.field.setText(text)
        self.field.end(False)

    def _fit(self) -> None:
        """As tall as the results' rows (at most MAX_RESULTS_HEIGHT), no empty area below."""
        tree = self.results
        rows = 0
        for g in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(g)
            rows += max(group.sizeHint(0).height(), 0)
            rows += sum(max(group.child(i).sizeHint(0).height(), 0)
                        for i in range(group.childCount()))
        if rows:
            tree.setFixedHeight(min(rows, MAX_RESULTS_HEIGHT) + 2 * tree.frameWidth())
        tree.setVisible(rows > 0)
        self.layout().activate()
        self.resize(self.width(), self.sizeHint().height())

    def result_refs(self) -> list[tuple[RecordKind, uuid.UUID]]:
        """The results shown, top to bottom (for tests and screen readers)."""
        out = []
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            for i in range(group.childCount()):
                ref = group.child(i).data(0, _HIT_ROLE)
                if ref is not None:  # not the "en 4 meer" line
                    out.append((ref.kind, ref.id))
        return out

    def more_lines(self) -> dict[str, str]:
        """Group heading → its "en … meer" line (for tests and screen readers)."""
        out = {}
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            last = group.child(group.childCount() - 1) if group.childCount() else None
            if last is not None and last.data(0, _HIT_ROLE) is None:
                out[group.text(0)] = last.text(0)
        return out

    # -- searching ------------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._suggest_timer.stop()
        self._timer.start()

    def _search(self) -> None:
        text = self.field.text().strip()
        self._asked = text
        self._suggestion = None
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        if not text:
            self.results.clear()
            self.status.setText(self.tr("Typ om te zoeken."))
            self._fit()
            return
        self.status.setText(self.tr("Zoeken…"))
        self._ops.query(lambda d: run_search(d, text), on_done=self._show,
                        on_error=self._failed, key=f"search:{id(self)}")

    def _failed(self, exc: BaseException) -> None:
        log_shown_error(exc)
        self.status.setText(self.tr("Zoeken mislukt: {0}").format(user_message(exc)))

    def _show(self, answer: SearchAnswer) -> None:
        if answer.text != self.field.text().strip():
            return  # the user typed on: this answer is stale
        self.results.clear()
        if answer.message:
            self.status.setText(answer.message)
            self._fit()
            self.answered.emit()
            return
        bold = QFont(self.results.font())
        bold.setBold(True)
        total = 0
        first: QTreeWidgetItem | None = None
        for group in answer.groups:
            head = QTreeWidgetItem([kind_label(group.kind)])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setSizeHint(0, QSize(0, HEAD_HEIGHT))
            self.results.addTopLevelItem(head)
            for hit in group.hits:
                text = f"{hit.label}   {hit.names}" if hit.names else hit.label
                item = QTreeWidgetItem(head, [text, hit.ref.display_no])
                item.setSizeHint(0, QSize(0, ROW_HEIGHT))
                item.setData(0, _HIT_ROLE, hit.ref)
                item.setToolTip(0, text)
                item.setForeground(1, self.palette().placeholderText())
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                             f"{kind_label(group.kind)}: {text}, {hit.ref.display_no}")
                first = first or item
            if group.more:
                # under the group's last result, not on its heading where it read as belonging
                # to the line above (#8)
                more = QTreeWidgetItem(head, [self.tr("en {0} meer").format(group.more)])
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                more.setForeground(0, self.palette().placeholderText())
                more.setSizeHint(0, QSize(0, HEAD_HEIGHT))
            total += len(group.hits) + group.more
        self.results.expandAll()
        if first is not None:
            self.results.setCurrentItem(first)
        self.status.setText(
            self.tr("{0} gevonden · Enter opent").format(total) if total
            else self.tr("Niets gevonden voor ‘{0}’.").format(answer.text)
        )
        if not total:
            self._suggest_timer.start()
        self._fit()
        self.answered.emit()

    def _ask_suggestion(self) -> None:
        """A spelling near a name in the file ("Shangai" → Shanghai), as the command line offers
        it. It compares with every indexed word (about a second on 125,000 records), so it is
        asked only once the typing has paused and never while one is still being worked out:
        search-as-you-type must not fill the reader threads with it."""
        if self._suggesting:
            self._suggest_timer.start()  # ask again for the latest text when that one is done
            return
        text = self.field.text().strip()
        if not text or text != self._asked or self._hits():
            return
        self._suggesting = True

        def done(spelled: str | None) -> None:
            self._suggesting = False
            self._suggested(text, spelled)

        def failed(_exc: BaseException) -> None:
            self._suggesting = False

        self._ops.query(lambda d: d.overview.suggest(text), on_done=done, on_error=failed,
                        key=f"suggest:{id(self)}")

    def _suggested(self, text: str, spelled: str | None) -> None:
        if spelled is None or text != self.field.text().strip() or self._asked != text:
            return  # nothing near, or the user typed on
        self._suggestion = spelled
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setText(
            self.tr("Niets gevonden voor ‘{0}’. Bedoelde u: {1}? (Enter)").format(
                html.escape(text), f'<a href="suggestion">{html.escape(spelled)}</a>'))
        self.status.setAccessibleName(
            self.tr("Niets gevonden. Bedoelde u: {0}? Druk op Enter om daarop te zoeken.")
            .format(spelled))
        self.suggested.emit(spelled)

    def suggestion(self) -> str | None:
        """The spelling offered for a search that found nothing, if any."""
        return self._suggestion

    def _take_suggestion(self) -> None:
        if self._suggestion:
            self.field.setText(self._suggestion)
            self.field.end(False)
            self._timer.stop()
            self._search()

    # -- keyboard -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """↑/↓ move through the results while typing; Enter opens; Esc closes."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._asked != self.field.text().strip():
                    self._timer.stop()
                    self._search()  # Enter before the answer: open the first when it comes
                    self.answered.connect(self._open_first_once)
                elif self._suggestion and not self._hits():
                    self._take_suggestion()
                else:
                    self._open(self.results.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def _open_first_once(self) -> None:
        self.answered.disconnect(self._open_first_once)
        self._open(self.results.currentItem())

    def _hits(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(g)
            items.extend(group.child(i) for i in range(group.childCount())
                         if group.child(i).data(0, _HIT_ROLE) is not None)
        return items

    def _move(self, step: int) -> None:
        items = self._hits()
        if not items:
            return
        current = self.results.currentItem()
        index = items.index(current) if current in items else -1
        target = items[max(0, min(len(items) - 1, index + step))]
        self.results.setCurrentItem(target)
        self.results.scrollToItem(target)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        ref = item.data(0, _HIT_ROLE) if item is not None else None
        if ref is None:
            return
        self.close()
        self.open_record_requested.emit(ref.kind, ref.id)
