"""Tag toevoegen (the lists' multi-select): the tags already in use, with counts, type-ahead (#8).

Typing narrows the list to the tags that start with or contain the text, then to those that
look alike ("zusterstad" shows "zustersteden"), so officials reuse a tag instead of inventing a
near-double. The top row is what Enter takes: an existing tag that equals, starts with or
contains the text (case and accents aside, the way the service compares); "Nieuwe tag: …" comes
after those, and is the top row only when no tag holds the text (a look-alike then shows in a
hint). ↑ ↓ move through the rows; a click picks a row.
"""

from __future__ import annotations

import difflib
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.search_text import sort_key

# Marks the row that adds the typed text as a new tag.
NEW = object()


def clean(text: str) -> str:
    """A tag as the service stores it: trimmed, without a leading #."""
    return text.strip().lstrip("#").strip()


def matching(in_use: list[tuple[str, int]], text: str) -> list[tuple[str, int]]:
    """The tags in use for what was typed: equal, starting with, containing, then look-alikes
    (each group most used first); every tag for empty text."""
    needle = sort_key(clean(text))
    if not needle:
        return list(in_use)
    keys = [(sort_key(name), name, count) for name, count in in_use]
    equal = [(n, c) for k, n, c in keys if k == needle]
    starts = [(n, c) for k, n, c in keys if k != needle and k.startswith(needle)]
    contains = [(n, c) for k, n, c in keys
                if k != needle and not k.startswith(needle) and needle in k]
    taken = {n for n, _ in equal + starts + contains}
    close = set(difflib.get_close_matches(needle, [k for k, _n, _c in keys], n=5, cutoff=0.7))
    alike = [(n, c) for k, n, c in keys if k in close and n not in taken]
    return equal + starts + contains + alike


class _ArrowsToList(QObject):
    """↑ ↓ in the field move through the rows."""

    def __init__(self, rows: QListWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._rows = rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._rows.count()):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self._rows.count() - 1, self._rows.currentRow() + step))
            self._rows.setCurrentRow(row)
            return True
        return False


class TagDialog(QDialog):
    """Asks for one tag for `count` selected records; emits `chosen(str)` on Toevoegen."""

    chosen = Signal(str)

    def __init__(self, ops: Any, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag toevoegen"))
        self.setAccessibleName(self.tr("Tag toevoegen"))
        self.setMinimumWidth(420)
        self._in_use: list[tuple[str, int]] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(8)
        prompt = QLabel(self.tr("Tag voor 1 geselecteerd record:") if count == 1
                        else self.tr("Tag voor {0} geselecteerde records:").format(count))
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Tag"))
        self.field.setPlaceholderText(self.tr("Typ een tag of kies een bestaande"))
        self.field.setClearButtonEnabled(True)
        prompt.setBuddy(self.field)
        self.rows = QListWidget(self)
        self.rows.setAccessibleName(self.tr("Tags in gebruik"))
        self.rows.setMinimumHeight(180)
        self.hint = QLabel(self)
        self.hint.setObjectName("Faint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setObjectName("Primary")
        self.add_button.setAccessibleName(self.tr("Tag toevoegen aan de geselecteerde records"))
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.take)
        self.buttons.rejected.connect(self.reject)
        for widget in (prompt, self.field, self.rows, self.hint, self.buttons):
            lay.addWidget(widget)
        self.field.textChanged.connect(lambda _t: self._fill())
        self.field.returnPressed.connect(self.take)
        self.field.installEventFilter(_ArrowsToList(self.rows, self))
        self.rows.currentRowChanged.connect(lambda _r: self._update())
        self.rows.itemActivated.connect(lambda _item: self.take())
        self._fill()
        self.field.setFocus()
        ops.query(lambda d: d.tags.in_use(), on_done=self.set_tags_in_use, key="tags_in_use")

    def set_tags_in_use(self, in_use: list[tuple[str, int]]) -> None:
        """The tags already in use with their counts (most used first)."""
        self._in_use = list(in_use)
        self._fill()

    def _fill(self) -> None:
        text = clean(self.field.text())
        found = matching(self._in_use, text)
        needle = sort_key(text)
        exact = bool(found) and bool(text) and sort_key(found[0][0]) == needle
        # Tags holding the text come first (Enter reuses one), then the new tag, then look-alikes.
        holding = [(n, c) for n, c in found if needle in sort_key(n)] if text else found
        blocked = self.rows.blockSignals(True)
        self.rows.clear()
        for name, count in holding:
            self._add_tag_row(name, count)
        if text and not exact:
            item = QListWidgetItem(self.tr("Nieuwe tag: {0}").format(text))
            item.setData(Qt.ItemDataRole.UserRole, NEW)
            self.rows.addItem(item)
        for name, count in found[len(holding):]:
            self._add_tag_row(name, count)
        self.rows.setCurrentRow(0 if text else -1)
        self.rows.blockSignals(blocked)
        self._update()

    def _add_tag_row(self, name: str, count: int) -> None:
        item = QListWidgetItem(self.tr("#{0}  ·  {1}×").format(name, count))
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setToolTip(self.tr("{0}× gebruikt").format(count))
        self.rows.addItem(item)

    def tag(self) -> str:
        """The tag Toevoegen takes: the current row's, else the typed text."""
        item = self.rows.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else clean(self.field.text())

    def _update(self) -> None:
        tag = self.tag()
        self.add_button.setEnabled(bool(tag))
        existing = [name for name, _count in self._in_use]
        if not tag:
            text = self.tr("Typ een tag of kies er een uit de lijst (meest gebruikt bovenaan).")
        elif tag in existing:
            text = self.tr("Bestaande tag: {0}.").format(tag)
        else:
            alike = [self.rows.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.rows.count())]
            alike = [name for name in alike if isinstance(name, str)]
            text = (self.tr("Nieuwe tag. Lijkt op: {0} — ↓ om die te kiezen.").format(
                ", ".join(alike[:3])) if alike else self.tr("Nieuwe tag."))
        self.hint.setText(text)

    def take(self) -> None:
        """Toevoegen: emit the tag and close (nothing when there is none)."""
        tag = self.tag()
        if not tag:
            return
        self.chosen.emit(tag)
        self.accept()
