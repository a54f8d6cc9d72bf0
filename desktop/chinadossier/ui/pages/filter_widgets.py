"""The filter bar's own controls: combos as wide as what they show, a tag field that elides.

At 1366 px the filters, "Filters wissen" and Exporteren stay on one row however long a chosen
kind or tag is (#8): a combo is as wide as its current text (mock-up 02: "Soort" narrow,
"Laatste 12 maanden" wide) up to `MAX_WIDTH`; longer text is cut off with "…", and the whole text
is in the tooltip and the accessible name. The list opens as wide as its longest entry.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStylePainter,
    QToolButton,
    QWidget,
)

MAX_WIDTH = 200
"""The widest a filter combo gets; a longer choice is elided."""

COMBO_MIN_WIDTH = 100
"""The narrowest a combo with a long choice is squeezed to before the bar wraps."""

TAG_MIN_WIDTH = 80
"""The narrowest the tag filter is squeezed to (FlowLayout `squeeze`) before the bar wraps."""

TEXT_WIDTH, TEXT_MIN_WIDTH = 180, 120
"""The text filter's width (mock-up 02) and the narrowest it is squeezed to."""


def _bold(font: QFont) -> QFontMetrics:
    """The metrics of the bold text an active filter shows (`QComboBox[active="true"]`)."""
    bold = QFont(font)
    bold.setBold(True)
    return QFontMetrics(bold)


class FilterCombo(QComboBox):
    """A combo as wide as its current text (bold, as when active), at most `MAX_WIDTH`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("squeeze", 3)  # after the text field and the tag (FlowLayout)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())
        self.currentTextChanged.connect(lambda _t: self.updateGeometry())

    def _width_for(self, text: str) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = _bold(self.font())
        inner = QSize(metrics.horizontalAdvance(text or " ") + 4, metrics.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, inner, self)
        return min(MAX_WIDTH, max(size.width(), self.minimum_text_width()))

    def minimum_text_width(self) -> int:
        """The least width, whatever is shown (room for the placeholder of the tag field)."""
        return 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the current text needs, up to `MAX_WIDTH`."""
        hint = super().sizeHint()
        return QSize(self._width_for(self.currentText()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A chosen long choice may be squeezed (it is elided): down to `COMBO_MIN_WIDTH`; the
        filter's own name ("Classificatie", nothing chosen) never is."""
        hint = self.sizeHint()
        if self.currentIndex() <= 0:
            return hint
        return QSize(min(COMBO_MIN_WIDTH, hint.width()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """As QComboBox, with a long choice cut off with "…" instead of mid-letter."""
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(0, field.width() - 4)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ElidingLineEdit(QLineEdit):
    """A line edit that, while it does not have the focus, shows a text too long for it cut off
    with "…" (the editable tag combo's field); with the focus it edits the whole text."""

    def shown_text(self) -> str:
        """What is painted without the focus."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self._text_rect(option)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())

    def _text_rect(self, option: QStyleOptionFrame) -> QRect:
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        return rect.adjusted(
            margins.left() + 2, margins.top(), -margins.right() - 2, -margins.bottom()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """QLineEdit's own painting, unless an unfocused text does not fit: then elided."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self._text_rect(option)
        if self.hasFocus() or self.fontMetrics().horizontalAdvance(self.text()) <= rect.width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.shown_text()
        )


class TagFilterCombo(FilterCombo):
    """The editable tag filter: as wide as the tag (up to `MAX_WIDTH`), squeezable down to
    `TAG_MIN_WIDTH`, a long tag elided while the field has no focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("squeeze", 2)  # after the text field
        self.setEditable(True)
        self.setLineEdit(ElidingLineEdit(self))

    def minimum_text_width(self) -> int:
        """Room for the placeholder "Tag"."""
        return TAG_MIN_WIDTH

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A long tag may be squeezed (it is elided): down to `TAG_MIN_WIDTH`."""
        return QSize(min(TAG_MIN_WIDTH, self.sizeHint().width()), self.sizeHint().height())


class FilterText(QLineEdit):
    """The text filter: 180 px wide (mock-up 02), squeezable to 120 before the bar wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("squeeze", 1)  # the first to give way (FlowLayout)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The mock-up's width."""
        return QSize(TEXT_WIDTH, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The narrowest it is squeezed to."""
        return QSize(TEXT_MIN_WIDTH, super().minimumSizeHint().height())


class ScopeChip(QToolButton):
    """The removable chip over a list filtered to a heat-map cell ("netto kans 2 × impact 3 ·
    BAND-0016 …  ✕"): as wide as its text where there is room, else cut off with "…" so it never
    widens the page; the whole text is in the tooltip and the accessible name (#8)."""

    CLOSE = "  ✕"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._full_hint = QSize(0, 0)

    def set_full_text(self, text: str) -> None:
        """Show `text` (with the ✕), elided to the chip's width."""
        self._full = text
        super().setText(text + self.CLOSE)
        self._full_hint = super().sizeHint()
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        """The chip's whole text (without the ✕)."""
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the whole text."""
        return QSize(self._full_hint) if self._full else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Narrow: the text is elided rather than the page widened."""
        return QSize(min(120, self.sizeHint().width()), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if not self._full:
            return
        metrics = self.fontMetrics()
        frame = self._full_hint.width() - metrics.horizontalAdvance(self._full + self.CLOSE)
        room = self.width() - frame - metrics.horizontalAdvance(self.CLOSE)
        text = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room))
        if self.text() != text + self.CLOSE:
            super().setText(text + self.CLOSE)
