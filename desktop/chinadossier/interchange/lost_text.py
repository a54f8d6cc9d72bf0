"""Cells whose Chinese characters were lost: Excel's "CSV (puntkomma)" (Windows-1252) writes
every Hanzi and every pinyin tone letter it cannot store as "?".

"???" is then not a Chinese name: a cell that should hold Hanzi and holds question marks is
refused with the reason and the way out (save as "CSV UTF-8"), so an import never matches or
creates a record on it.
"""

from __future__ import annotations

import re

HANZI_FIELDS = frozenset({"hanzi", "partner_hanzi"})
"""Cells that hold only Chinese characters: a single "?" there is a lost character."""
PLACE_FIELDS = frozenset({"place", "province"})
"""Cells often in Chinese ("南京市", "江苏省"): "??" or more and nothing else is lost text."""
LABEL_FIELDS = frozenset({"name", "family_name", "given_name", "organisation", "partner",
                          "position", "organisations", "persons", "links", "subject"})
"""Names that a list may follow with their Chinese name in brackets: "Jinhai (???????)"."""

_ONLY_MARKS = re.compile(r"[?\s]*\?[?\s]*")
_BRACKETED_MARKS = re.compile(r"\(\s*\?{2,}[?\s]*\)")
_MARK_IN_WORD = re.compile(r"[^\W\d_]\?|\?[^\W\d_]")

MESSAGE = (
    "'{value}': de Chinese tekens zijn verloren gegaan (vraagtekens). Het bestand is opgeslagen "
    "zonder Chinese tekens (Excel 'CSV (puntkomma)'); sla het op als 'CSV UTF-8' of .xlsx en "
    "importeer opnieuw."
)


def lost_characters(field: str, value: str) -> bool:
    """Whether a cell of this field shows characters replaced by "?"."""
    if "?" not in value:
        return False
    if field in HANZI_FIELDS:
        return True
    if field in PLACE_FIELDS:
        return value.count("?") >= 2 and bool(_ONLY_MARKS.fullmatch(value))
    if field == "pinyin":
        # "L? Xi?oméi": a tone letter (ǚ, ǎ) Windows-1252 lacks, inside a word.
        return bool(_MARK_IN_WORD.search(value))
    if field in LABEL_FIELDS:
        return bool(_BRACKETED_MARKS.search(value)) or (
            value.count("?") >= 2 and bool(_ONLY_MARKS.fullmatch(value)))
    return False
