"""Pinyin that follows the Hanzi until the user edits it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from chinadossier.domain.pinyin import person_pinyin, to_pinyin


def derive_pinyin(
    hanzi: str | None,
    typed: str | None,
    *,
    current_pinyin: str | None,
    current_auto: bool,
    person: bool,
) -> tuple[str | None, bool]:
    """Return (pinyin, still automatic).

    Left empty → derived from the Hanzi. Unchanged from the stored, automatic value → derived
    again (so a corrected Hanzi corrects the pinyin). Anything else the user typed is kept and
    from then on left alone.
    """
    convert: Callable[[str], str] = person_pinyin if person else to_pinyin
    # NFC like all stored text: a combining mark after a Hanzi would otherwise land on a letter.
    # Spaces typed between Hanzi (王 伟) are not part of the name.
    compact = "".join(hanzi.split()) if hanzi else ""
    derived = unicodedata.normalize("NFC", convert(compact)) if compact else None
    if not typed:
        return derived, True
    if current_auto and typed == current_pinyin:
        # Still the derived value: it follows the Hanzi, also when the Hanzi was cleared.
        return derived, True
    if derived is not None and typed == derived:
        return typed, True
    return typed, False
