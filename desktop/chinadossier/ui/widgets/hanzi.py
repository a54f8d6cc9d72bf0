"""Hanzi typed through the input method, with the pinyin following it live until edited.

The rule is the services' (services.names.derive_pinyin): empty pinyin is derived; pinyin still
equal to the derived value follows the Hanzi; anything the user typed is kept from then on. The
form shows the same derivation while typing, with the same domain functions.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from chinadossier.domain.pinyin import has_hanzi, person_pinyin, to_pinyin


def derived_pinyin(hanzi: str, *, person: bool) -> str:
    """The pinyin the services would derive from these Hanzi ("" for none, also for text
    without Hanzi: Latin typed into the Hanzi field is not copied)."""
    compact = "".join(hanzi.split())
    if not compact or not has_hanzi(compact):
        return ""
    convert = person_pinyin if person else to_pinyin
    return unicodedata.normalize("NFC", convert(compact))


class HanziPinyin(QObject):
    """Couples a Hanzi field and a pinyin field."""

    edited = Signal()

    def __init__(self, person: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.hanzi = QLineEdit(parent)
        self.hanzi.setPlaceholderText("王伟" if person else "星河市外事办公室")
        # Input methods (Pinyin IME) commit into this field; make sure Qt asks for them.
        self.hanzi.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.pinyin = QLineEdit(parent)
        self.pinyin.setPlaceholderText(self.tr("wordt afgeleid van de Hanzi"))
        self.auto = True
        self._last_derived = ""
        self.hanzi.textChanged.connect(self._hanzi_changed)
        self.hanzi.textEdited.connect(lambda _t: self.edited.emit())
        self.pinyin.textEdited.connect(self._pinyin_edited)

    def load(self, hanzi: str | None, pinyin: str | None, auto: bool) -> None:
        """Show a stored record's values."""
        self.auto = auto
        self.hanzi.blockSignals(True)
        self.hanzi.setText(hanzi or "")
        self.hanzi.blockSignals(False)
        self._last_derived = derived_pinyin(hanzi or "", person=self.person)
        self.pinyin.setText(pinyin or "")

    def _hanzi_changed(self, text: str) -> None:
        derived = derived_pinyin(text, person=self.person)
        if self.auto:
            self.pinyin.setText(derived)
        self._last_derived = derived

    def _pinyin_edited(self, text: str) -> None:
        # typed back to the derived value (or cleared): it follows the Hanzi again
        self.auto = text.strip() in ("", self._last_derived)
        self.edited.emit()

    def values(self) -> tuple[str | None, str | None]:
        """(hanzi, pinyin) for a draft: automatic pinyin is left to the services to derive."""
        hanzi = self.hanzi.text().strip() or None
        pinyin = self.pinyin.text().strip() or None
        if self.auto:
            pinyin = None
        return hanzi, pinyin
