"""Pinyin that follows the Hanzi until the user edits it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from functools import partial

from chinadossier.domain.pinyin import has_hanzi, person_pinyin, to_pinyin
from chinadossier.services.context import ServiceContext


def derive_pinyin(
    hanzi: str | None,
    typed: str | None,
    *,
    current_pinyin: str | None,
    current_auto: bool,
    person: bool,
    places: Mapping[str, str] | None = None,
) -> tuple[str | None, bool]:
    """Return (pinyin, still automatic).

    Left empty → derived from the Hanzi. Unchanged from the stored, automatic value → derived
    again (so a corrected Hanzi corrects the pinyin). Anything else the user typed is kept and
    from then on left alone.
    """
    convert: Callable[[str], str] = person_pinyin if person else partial(to_pinyin, known=places)
    # NFC like all stored text: a combining mark after a Hanzi would otherwise land on a letter.
    # Spaces typed between Hanzi (王 伟) are not part of the name.
    # Latin text typed into the Hanzi field is no source of pinyin ("Testpersoon Een").
    compact = "".join(hanzi.split()) if hanzi and has_hanzi(hanzi) else ""
    derived = unicodedata.normalize("NFC", convert(compact)) if compact else None
    if not typed:
        return derived, True
    if current_auto and typed == current_pinyin:
        # Still the derived value: it follows the Hanzi, also when the Hanzi was cleared.
        return derived, True
    if derived is not None and typed == derived:
        return typed, True
    return typed, False


class NamesService:
    """Pinyin as the case file derives it (for a form's live preview and for tests)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def pinyin(self, hanzi: str, *, person: bool = False) -> str:
        """The pinyin a record with these Hanzi gets when its pinyin is left empty.

        Names of reference divisions inside organisation names take the reference's
        hand-corrected pinyin; persons' family names are read as family names.
        """
        with self.ctx.uow(write=False) as uow:
            places = None if person else uow.reference.place_pinyin()
            derived, _auto = derive_pinyin(
                hanzi, None, current_pinyin=None, current_auto=True, person=person,
                places=places,
            )
        return derived or ""
