"""The heat map's tie filter: "Alle banden" and then the own authority's ties with open risks,
by name, each with its number of open risks ("Stedenband Suzhou · 2 open"; SPEC "Heat map"; #8).

A plain QComboBox holding tie ids as item data; it only shows what it is given (`set_ties`) and
keeps the chosen tie across refreshes. A long name is cut off with "…" before the count, so the
count stays readable in the narrow combo. A chosen tie turns the combo accent-soft like an active
filter in the list pages (`QComboBox[active="true"]`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from chinadossier.domain.cockpit import HeatTie
from chinadossier.domain.records import Ref
from chinadossier.ui import theme

WIDTH = 170
"""The combo's width in the card header (the mock-up's ~150 px plus room for the arrow)."""

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data: " · 2 open", the tie's open risks (painted after the elided name)."""


def tie_text(tie: Ref) -> str:
    """How a tie is named in the combo and on the list's filter chip: its label, or its number
    when it has no title."""
    return tie.label or tie.display_no


class TieFilterCombo(QComboBox):
    """Choose which tie's risks the heat map counts (None: all ties)."""

    tie_changed = Signal(object)
    """The chosen tie's id, or None for "Alle banden" (only when the user or `set_tie` changes
    it, not when the list is refilled with the same choice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._ties: dict[uuid.UUID, Ref] = {}
        self.setObjectName("TieFilter")
        self.setAccessibleName(self.tr("Risico's van band"))
        self._hint = self.tr("Alleen de risico's van één band in de matrix tellen")
        self.setToolTip(self._hint)
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addItem(self.tr("Alle banden"), None)
        self._all_hint = self.tr("Alle open risico's, ook die over een organisatie, persoon of "
                                 "contactmoment")
        self.setItemData(0, self._all_hint, Qt.ItemDataRole.ToolTipRole)
        self._none_hint = self.tr("Geen band van de eigen overheid heeft open risico's")
        self.currentIndexChanged.connect(self._picked)

    @property
    def tie_id(self) -> uuid.UUID | None:
        """The chosen tie (None: all ties)."""
        data = self.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def tie(self) -> Ref | None:
        """The chosen tie's ref."""
        tie_id = self.tie_id
        return None if tie_id is None else self._ties.get(tie_id)

    def set_ties(self, ties: Sequence[HeatTie]) -> None:
        """Refill the list; the chosen tie stays chosen, or "Alle banden" when it is gone (that
        change is announced through `tie_changed`). Without ties the combo is disabled."""
        chosen = self.tie_id
        self._filling = True
        try:
            self._ties = {t.ref.id: t.ref for t in ties}
            while self.count() > 1:
                self.removeItem(1)
            longest = 0
            for tie in ties:
                name = tie_text(tie.ref)
                count = self.tr(" · {0} open").format(tie.open_risks)
                text = name + count
                self.addItem(text, tie.ref.id)
                row = self.count() - 1
                self.setItemData(row, count, COUNT_ROLE)
                self.setItemData(row, self._risks(tie.open_risks, tie.ref.display_no, name),
                                 Qt.ItemDataRole.ToolTipRole)
                longest = max(longest, self.fontMetrics().horizontalAdvance(text))
            # the popup shows whole names even though the combo itself stays narrow
            self.view().setMinimumWidth(min(560, max(WIDTH, longest + 40)))
            self.setCurrentIndex(self._index_of(chosen))
            self.setEnabled(bool(ties))
        finally:
            self._filling = False
        self._mark()
        if chosen is not None and self.tie_id != chosen:
            self.tie_changed.emit(None)

    def _risks(self, count: int, number: str, name: str) -> str:
        """A tie's tooltip: "BAND-0016 · Stedenband Suzhou: 2 open risico's"."""
        risks = self.tr("1 open risico") if count == 1 else self.tr(
            "{0} open risico's").format(count)
        return f"{number} · {name}: {risks}"

    def set_tie(self, tie_id: uuid.UUID | None) -> None:
        """Choose a tie (None: all); one not in the list chooses all."""
        self.setCurrentIndex(self._index_of(tie_id))

    def _index_of(self, tie_id: uuid.UUID | None) -> int:
        """The row of a tie (0, "Alle banden", when it is not listed). Compared by value:
        findData() compares wrapped Python objects by identity, and every read makes new ids."""
        if tie_id is not None:
            for index in range(1, self.count()):
                if self.itemData(index) == tie_id:
                    return index
        return 0

    def _picked(self, _index: int) -> None:
        self._mark()
        if not self._filling:
            self.tie_changed.emit(self.tie_id)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """As QComboBox, with a long tie name cut off with "…" instead of mid-letter, before its
        count of open risks."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.shown_text(max(0, field.width() - 4))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self, width: int) -> str:
        """The current text as painted in `width` pixels: the name elided, the count kept."""
        count = self.currentData(COUNT_ROLE)
        suffix = count if isinstance(count, str) else ""
        name = self.currentText().removesuffix(suffix)
        room = max(0, width - self.fontMetrics().horizontalAdvance(suffix))
        return self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, room) + suffix

    def _mark(self) -> None:
        active = self.tie_id is not None
        if active:  # the whole name and the count
            tip = str(self.currentData(Qt.ItemDataRole.ToolTipRole) or self.currentText())
        else:
            tip = self._hint if self.isEnabled() else self._none_hint
        self.setToolTip(tip)
        if bool(self.property("active")) != active:
            self.setProperty("active", active)
            theme.repolish(self)
