"""The filter bar above a list: text, kind/status, period, tag and classification.

An active filter's combo turns accent-soft (`QComboBox[active="true"]` in the theme); an
unfiltered combo shows only its name. Filters the list's service cannot apply yet are shown
disabled with a tooltip saying so, never pretended.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QPushButton,
    QWidget,
)

from chinadossier.domain import labels
from chinadossier.domain.codes import Classification
from chinadossier.ui.models.formatting import code_label, code_lang
from chinadossier.ui.models.list_source import Filters, ListSource
from chinadossier.ui.pages.filter_widgets import (
    MAX_WIDTH,
    FilterCombo,
    FilterText,
    TagFilterCombo,
)
from chinadossier.ui.widgets.flow import FlowLayout

Today = Callable[[], dt.date]


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _wide_list(combo: QComboBox) -> None:
    """Let the combo's list open as wide as its longest entry (the combo itself stays as wide
    as its current choice)."""
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)
    combo.view().setMinimumWidth(min(480, max(MAX_WIDTH, widest + 40)))


def period_choices(today: dt.date) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """(label key, since, until) of the period combo; the first is "any period"."""
    year = today.year
    return [
        ("any", None, None),
        ("30d", today - dt.timedelta(days=30), None),
        ("12m", today.replace(year=year - 1) if not (today.month == 2 and today.day == 29)
         else today - dt.timedelta(days=365), None),
        ("this_year", dt.date(year, 1, 1), dt.date(year, 12, 31)),
        ("last_year", dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)),
    ]


class FilterBar(QWidget):
    """Emits `filters_changed(Filters)` (text debounced) as the user filters."""

    filters_changed = Signal(object)

    def __init__(self, source: ListSource, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._today = today
        self._tag_source: tuple[Any, Any] = (None, None)
        supports = source.supports
        unsupported = self.tr("Deze lijst kan hier nog niet op filteren")

        self.text = FilterText(self)
        self.text.setObjectName("FilterText")
        self.text.setPlaceholderText(self.tr("Filter op tekst… (Ctrl+F)"))
        self.text.setAccessibleName(self.tr("Filter op tekst"))
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(lambda _t: self._debounce.start())

        self.code = FilterCombo(self)
        code_name = self.tr("Soort")
        if source.code_enum is not None and source.code_field == "status":
            code_name = self.tr("Status")
        self.code.addItem(code_name, None)
        if source.code_enum is not None:
            for member in source.code_enum:
                self.code.addItem(code_label(member), member)
        self._code_name = self.tr("Filter op {0}").format(code_name.lower())
        self.code.setAccessibleName(self._code_name)

        self.period = FilterCombo(self)
        names = {
            "any": self.tr("Periode"),
            "30d": self.tr("Laatste 30 dagen"),
            "12m": self.tr("Laatste 12 maanden"),
            "this_year": self.tr("Dit jaar"),
            "last_year": self.tr("Vorig jaar"),
        }
        for key, _since, _until in period_choices(today()):
            self.period.addItem(names[key], key)
        self.period.setAccessibleName(self.tr("Filter op periode"))

        self.classification = FilterCombo(self)
        self.classification.addItem(self.tr("Classificatie"), None)
        for member, text in labels.choices(Classification, code_lang()):
            self.classification.addItem(text[:1].upper() + text[1:], member)
        self.classification.setAccessibleName(self.tr("Filter op classificatie"))

        self.tag = TagFilterCombo(self)
        self.tag.lineEdit().setPlaceholderText(self.tr("Tag"))
        self.tag.setAccessibleName(self.tr("Filter op tag"))
        self.tag.lineEdit().setAccessibleName(self.tr("Filter op tag"))
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag.lineEdit().editingFinished.connect(self._emit)
        self.tag.activated.connect(lambda _i: self._emit())  # a tag chosen from the list

        self.clear_button = QPushButton(self.tr("Filters wissen"), self)
        self.clear_button.setObjectName("Link")
        self.clear_button.setFlat(True)
        self.clear_button.setAccessibleName(self.tr("Filters wissen"))
        self.clear_button.clicked.connect(self.clear)

        # Each combo is as wide as what it shows (a long kind "Buitenlandbureau (Waiban) /
        # Bureau Buitenlandse Zaken" elided at MAX_WIDTH); its list opens as wide as its
        # longest entry, so the filters and Exporteren keep to one row at 1366 px (#8).
        for combo in (self.code, self.period, self.classification):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
            _wide_list(combo)
        for widget, name in (
            (self.text, "text"), (self.code, "code"), (self.period, "period"),
            (self.tag, "tag"), (self.classification, "classification"),
        ):
            if name not in supports:
                widget.setEnabled(False)
                widget.setToolTip(unsupported)
        if source.code_enum is None:
            self.code.hide()
        if not source.period:
            self.period.hide()

        # One row at 1366 px: a long tag and the text field give way first (squeeze, down to
        # their minimum); only in a narrower window do the filters wrap to a second line.
        layout = FlowLayout(self, spacing=8, last_min_width=0, fill_last=False, squeeze=True)
        for widget in (self.text, self.code, self.period, self.classification, self.tag,
                       self.clear_button):
            layout.addWidget(widget)
        self._update_states()

    def filters(self) -> Filters:
        """The filters as set now."""
        since = until = None
        key = self.period.currentData()
        for choice, start, end in period_choices(self._today()):
            if choice == key:
                since, until = start, end
        code: StrEnum | None = self.code.currentData()
        classification: Any = self.classification.currentData()
        tag = self.tag.currentText().strip().lstrip("#") or None
        return Filters(text=self.text.text().strip(), code=code, since=since, until=until,
                       tag=tag, classification=classification)

    def follow_tags(self, ops: Any, kind: Any) -> None:
        """Offer the tags in use on this list's records as the tag filter's choices, read now
        and again after each change to such records (#8)."""
        if not self.tag.isEnabled():
            return
        self._tag_source = (ops, kind)
        ops.changed.connect(self._reload_tags)  # a bound slot: gone with the bar
        self._reload_tags()

    def _reload_tags(self, changes: Any = None) -> None:
        ops, kind = self._tag_source
        if changes is None or changes.concerns(kind):
            ops.query(lambda d: d.tags.in_use(kind), on_done=self.set_tag_choices,
                      key=f"tag_choices:{kind}")

    def set_tag_choices(self, in_use: list[tuple[str, int]]) -> None:
        """The tag filter's choices: (tag, records carrying it), shown alphabetically; what is
        typed or chosen stays as it is."""
        typed = self.tag.currentText()
        blocked = self.tag.blockSignals(True)
        self.tag.clear()
        for name, count in sorted(in_use, key=lambda pair: pair[0].casefold()):
            self.tag.addItem(name)
            self.tag.setItemData(self.tag.count() - 1, self.tr("{0}× gebruikt").format(count),
                                 Qt.ItemDataRole.ToolTipRole)
        self.tag.setCurrentIndex(-1)
        self.tag.setEditText(typed)
        self.tag.blockSignals(blocked)

    def set_code(self, code: StrEnum | None) -> None:
        """Choose a kind/status (e.g. from a dashboard click)."""
        index = self.code.findData(code)
        self.code.setCurrentIndex(max(index, 0))

    def clear(self) -> None:
        """Remove every filter."""
        blockers = [w.blockSignals(True) for w in (self.text, self.code, self.period,
                                                   self.classification, self.tag)]
        del blockers
        self.text.clear()
        self.code.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self.classification.setCurrentIndex(0)
        self.tag.setEditText("")
        for widget in (self.text, self.code, self.period, self.classification, self.tag):
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self._update_states()
        self.filters_changed.emit(self.filters())

    def _update_states(self) -> None:
        for combo in (self.code, self.period, self.classification):
            active = combo.currentIndex() > 0
            if combo.property("active") != active:
                combo.setProperty("active", active)
                _repolish(combo)
        tag = self.tag.currentText().strip()
        tag_active = bool(tag)
        if self.tag.property("active") != tag_active:
            self.tag.setProperty("active", tag_active)
            _repolish(self.tag)
        # A long choice is elided on screen: the whole of it in the tooltip and the accessible
        # name (#8).
        if self.tag.isEnabled():  # else its tooltip says the list cannot filter on tags
            name = self.tr("Filter op tag")
            self.tag.setAccessibleName(f"{name}: {tag}" if tag_active else name)
            self.tag.lineEdit().setAccessibleName(self.tag.accessibleName())
            self.tag.setToolTip(self.tr("Tag: {0}").format(tag) if tag_active else "")
        for combo, base in ((self.code, self._code_name),
                            (self.period, self.tr("Filter op periode")),
                            (self.classification, self.tr("Filter op classificatie"))):
            if not combo.isEnabled():
                continue
            active = combo.currentIndex() > 0
            combo.setAccessibleName(f"{base}: {combo.currentText()}" if active else base)
            combo.setToolTip(combo.currentText() if active else "")
        self.tag.updateGeometry()
        self.clear_button.setVisible(self.filters().active)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
