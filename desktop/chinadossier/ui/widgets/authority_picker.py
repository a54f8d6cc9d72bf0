"""The CBS type-ahead for a gemeente or provincie: the welcome dialog's and Instellingen's (#8).

The list comes from the shipped reference files (the welcome dialog has no case file yet).
Matching folds case, accents and punctuation, so "Den Haag" finds 's-Gravenhage (its common
name), "Rott" finds Rotterdam and "gm599" finds GM0599. ↑ ↓ move through the suggestions and
Enter takes one; the field then shows the name taken and the suggestions close.

A name that more than one authority bears ("Groningen": the gemeente and the provincie;
"Bergen": Bergen (L.) and Bergen (NH.)) is not taken on Enter alone, as the CLI refuses it too
(services.reference.resolve_authority): the suggestions stay open with a note to pick one, and
the field then shows a name that says which ("Groningen (gemeente)", "Provincie Groningen").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

_CODE = re.compile(r"^\s*(gm|pv)\s*-?\s*(\d{1,4})\s*$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case, no accents, only letters and digits ("'s-Gravenhage" → "sgravenhage")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def fold_words(text: str) -> str:
    """fold(), but words kept apart by one space ("Berg en Dal" → "berg en dal")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


@dataclass(frozen=True, slots=True)
class AuthorityChoice:
    """One entry of the CBS list as the dialog shows it."""

    code: str
    name: str
    common_name: str | None
    is_province: bool
    province: str | None

    @property
    def display_name(self) -> str:
        """The common name where it differs from CBS's official one."""
        return self.common_name or self.name

    @property
    def folded(self) -> tuple[str, ...]:
        """Folded names to match against."""
        return tuple(fold(n) for n in (self.name, self.common_name) if n)

    @property
    def worded(self) -> tuple[str, ...]:
        """The names folded with their words kept apart (fold_words)."""
        return tuple(fold_words(n) for n in (self.name, self.common_name) if n)


def load_choices() -> list[AuthorityChoice]:
    """The shipped CBS list: provinces and municipalities, sorted by name."""
    from chinadossier.services.reference import load_reference

    data = load_reference()
    provinces = {a.code: a.name for a in data.authorities if a.kind == "province"}
    out = [
        AuthorityChoice(a.code, a.name, a.common_name, a.kind == "province",
                        provinces.get(a.province_code or ""))
        for a in data.authorities
    ]
    out.sort(key=lambda c: fold(c.display_name))
    return out


def match(choices: list[AuthorityChoice], text: str, limit: int = 8) -> list[AuthorityChoice]:
    """Entries for what was typed: a CBS code exactly, else names starting with its words,
    then names starting with its letters, then names containing them.

    "Bergen" puts Bergen (L.), Bergen (NH.) and Bergen op Zoom before Berg en Dal (which starts
    with the letters, but splits the word), and Haaksbergen last.

    Args:
        choices: The full list.
        text: What the user typed.
        limit: At most this many.
    """
    code = _CODE.match(text)
    if code:
        prefix, digits = code.group(1).upper(), int(code.group(2))
        wanted = f"PV{digits:02d}" if prefix == "PV" else f"GM{digits:04d}"
        exact = [c for c in choices if c.code == wanted]
        if exact:
            return exact
    needle = fold(text)
    if not needle:
        return []
    words = fold_words(text)
    whole = [c for c in choices if any(_starts_with_words(w, words) for w in c.worded)]
    taken = set(map(id, whole))
    starts = [c for c in choices
              if id(c) not in taken and any(f.startswith(needle) for f in c.folded)]
    taken.update(map(id, starts))
    contains = [c for c in choices
                if id(c) not in taken and any(needle in f for f in c.folded)]
    return (whole + starts + contains)[:limit]


def named(choices: list[AuthorityChoice], text: str) -> list[AuthorityChoice]:
    """The entries the typed name names, by the command line's own rule
    (services.reference.authorities_named): more than one, and the name alone does not say
    which."""
    from chinadossier.services.reference import authorities_named

    codes = {row.code for row in authorities_named(text)}
    return [c for c in choices if c.code in codes]


def _starts_with_words(name: str, words: str) -> bool:
    """The name begins with the typed words, the last of which may be unfinished."""
    return bool(words) and name.startswith(words)


class _ViewportWide(QStyledItemDelegate):
    """Rows no wider than the list's viewport, so a long one is elided, not scrolled."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), self._view.viewport().width()), hint.height())


class _ArrowsToList(QObject):
    """Up/Down in the search field move through the results; Enter takes the current one,
    unless the typed name is shared and no suggestion was moved to (`ambiguous` is asked)."""

    def __init__(self, results: QListWidget, accept: Any, ambiguous: Any,
                 parent: QObject) -> None:
        super().__init__(parent)
        self._results = results
        self._accept = accept
        self._ambiguous = ambiguous
        self.moved = False
        """An arrow key chose the current suggestion since the text last changed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self._results.count() - 1, self._results.currentRow() + step))
                self._results.setCurrentRow(row)
                self.moved = True
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._results.currentItem():
                if not self.moved and self._ambiguous():
                    return True  # the note asks to pick one; Enter does not guess
                self._accept(self._results.currentItem())
                return True
        return False


class AuthorityPicker(QWidget):
    """Search field, suggestions and the choice made; emits `picked(AuthorityChoice)`."""

    picked = Signal(object)
    grown = Signal()
    """The suggestions opened, closed or changed height: a dialog with a fixed minimum height
    (the welcome dialog's fit_height) must make room again, or the field is squashed and the
    list drawn over "Nog geen overheid gekozen"."""

    def __init__(self, choices: list[AuthorityChoice] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices if choices is not None else load_choices()
        self._chosen: AuthorityChoice | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Typ een naam of CBS-code, bijv. Rotterdam of GM0599"))
        self.search.setAccessibleName(self.tr("Eigen overheid zoeken"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Gevonden gemeenten en provincies"))
        # Whole rows, never a horizontal scroll bar over them: a long line ends in "…" (its
        # tooltip shows it whole) and the list is as tall as its rows (_fit_results).
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setItemDelegate(_ViewportWide(self.results))
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.hide()
        self.results.itemActivated.connect(self._take)
        self.results.itemClicked.connect(self._take)
        self.note = QLabel(self.tr("Meerdere overheden heten zo; kies er een uit de lijst."), self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.chosen_label = QLabel(self.tr("Nog geen overheid gekozen."), self)
        self.chosen_label.setObjectName("Muted")
        self.chosen_label.setWordWrap(True)
        self.search.textChanged.connect(self._filter)
        self._keys = _ArrowsToList(self.results, self._take, self._refuse_ambiguous, self)
        self.search.installEventFilter(self._keys)
        for widget in (self.search, self.note, self.results, self.chosen_label):
            lay.addWidget(widget)
        self.setFocusProxy(self.search)
        # as tall as its content: extra room in a dialog goes around it, not between its parts
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @property
    def chosen(self) -> AuthorityChoice | None:
        """The authority picked so far."""
        return self._chosen

    def choice_for(self, code: str) -> AuthorityChoice | None:
        """The list's entry for a CBS code (None when the list has none)."""
        return next((c for c in self._choices if c.code == code), None)

    def set_chosen(self, code: str) -> None:
        """Show an authority as already chosen (Instellingen: the current own one)."""
        choice = self.choice_for(code)
        if choice is not None:
            self._show_taken(choice)

    def describe(self, choice: AuthorityChoice) -> str:
        """"Den Haag ('s-Gravenhage) — Gemeente · provincie Zuid-Holland · GM0518"."""
        kind = self.tr("Provincie") if choice.is_province else self.tr("Gemeente")
        where = (" · " + self.tr("provincie {0}").format(choice.province)
                 if choice.province else "")
        official = choice.common_name and choice.common_name != choice.name
        also = f" ({choice.name})" if official else ""
        return f"{choice.display_name}{also}  —  {kind}{where}  ·  {choice.code}"

    def field_text(self, choice: AuthorityChoice) -> str:
        """The name the field shows once taken: one that says which authority it is where
        the plain name is shared ("Groningen (gemeente)", "Provincie Groningen")."""
        name = choice.display_name
        if len(named(self._choices, name)) < 2:
            return name
        if choice.is_province:
            return self.tr("Provincie {0}").format(name)
        return self.tr("{0} (gemeente)").format(name)

    def _refuse_ambiguous(self) -> bool:
        """Enter on a shared name: keep the suggestions open and say why (True: refused)."""
        if len(named(self._choices, self.search.text())) < 2:
            return False
        self.note.show()
        # Said to a screen reader too: at once, and as the field's description while it holds.
        self.search.setAccessibleDescription(self.note.text())
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.search,
                                                                     self.note.text()))
        self.results.setVisible(self.results.count() > 0)
        self.updateGeometry()
        self.grown.emit()
        return True

    def _filter(self, text: str) -> None:
        self._keys.moved = False
        self.note.hide()
        self.search.setAccessibleDescription("")
        self.results.clear()
        for choice in match(self._choices, text):
            item = QListWidgetItem(self.describe(choice))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self._fit_results()
        self.results.setVisible(self.results.count() > 0)
        self.updateGeometry()  # the size caches of the layouts it sits in
        self.grown.emit()

    VISIBLE_ROWS = 5
    """Suggestions shown at once; more scroll vertically."""

    def _fit_results(self) -> None:
        """As tall as its rows (at most VISIBLE_ROWS), frame and margins included."""
        results = self.results
        rows = min(results.count(), self.VISIBLE_ROWS)
        height = sum(results.sizeHintForRow(r) for r in range(rows))
        height += 2 * results.frameWidth()
        margins = results.contentsMargins()
        results.setFixedHeight(height + margins.top() + margins.bottom())

    def _take(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(choice, AuthorityChoice):
            return
        self._show_taken(choice)
        self.picked.emit(choice)

    def _show_taken(self, choice: AuthorityChoice) -> None:
        self._chosen = choice
        # the field shows the name taken and the suggestions close (it said "Rott" with the
        # list still open, #8); typing again searches anew
        blocked = self.search.blockSignals(True)
        self.search.setText(self.field_text(choice))
        self.search.blockSignals(blocked)
        self.results.hide()
        self.note.hide()
        self.search.setAccessibleDescription("")
        self.chosen_label.setText(self.tr("Gekozen: {0}").format(self.describe(choice)))
        self.updateGeometry()  # the size caches of the layouts it sits in
        self.grown.emit()
