"""Cells whose Chinese characters were lost: Excel's "CSV (puntkomma)" (Windows-1252) writes
every Hanzi and every pinyin tone letter it cannot store as "?".

"???" is then not a Chinese name: a cell that should hold Hanzi and holds question marks is
refused with the reason and the way out (save as "CSV UTF-8"), so an import never matches or
creates a record on it. So is a name that lost part of its characters: "?? Wáng W?i" (王伟
Wáng Wěi) is not a name either; a question mark in free text ("Komt hij nog?") stays text.
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
NAME_FIELDS = frozenset({"name", "family_name", "given_name", "tussenvoegsel", "organisation",
                         "partner", "organisations", "persons"})
"""Names of persons and organisations: a "?" against a letter ("W?i", "Zh?") or "??" is a lost
character (Hanzi, or a pinyin tone letter as ě or ǚ), never part of a name."""

_ONLY_MARKS = re.compile(r"[?\s]*\?[?\s]*")
_BRACKETED_MARKS = re.compile(r"\(\s*\?{2,}[?\s]*\)")
_MARK_IN_WORD = re.compile(r"[^\W\d_]\?|\?[^\W\d_]")
_MARKS = re.compile(r"\?{2,}")
_MARK_INSIDE_WORD = re.compile(r"[^\W\d_]\?+[^\W\d_]")
_MARKS_AS_WORD = re.compile(r"(?<!\S)\?{2,}(?!\S)")

MESSAGE = (
    "'{value}': de Chinese tekens zijn verloren gegaan (vraagtekens). Het bestand is opgeslagen "
    "zonder Chinese tekens (Excel 'CSV (puntkomma)'); sla het op als 'CSV UTF-8' of .xlsx en "
    "importeer opnieuw."
)
PARTLY_MESSAGE = (
    "'{value}': er staan vraagtekens waar letters of Chinese tekens horen; die zijn "
    "waarschijnlijk verloren gegaan door de tekenset van het bestand (Excel 'CSV (puntkomma)' "
    "bewaart in Windows-1252, zonder Chinese tekens en zonder pinyin-toonletters als ě). Sla "
    "het bestand op als 'CSV UTF-8' of .xlsx en importeer opnieuw (of kies bij het importeren "
    "de tekenset waarin het is opgeslagen: --encoding, of 'Tekenset' in de importwizard)."
)


WORKBOOK_MESSAGE = (
    "'{value}': er staan vraagtekens waar letters of Chinese tekens horen; die zijn "
    "waarschijnlijk al eerder verloren gegaan (bijvoorbeeld toen de lijst via een bestand zonder "
    "Chinese tekens werd overgenomen). Vul de naam in de werkmap opnieuw in, met de juiste "
    "tekens, en importeer opnieuw."
)
"""For a cell of an Excel workbook: .xlsx keeps every character, no encoding to choose."""


def message(field: str, value: str, *, csv: bool = True) -> str:
    """Why a cell with lost characters is refused (`lost_characters` said so); `csv`: the cell
    is from a CSV file (else a workbook, where no encoding lost them)."""
    if not csv:
        return WORKBOOK_MESSAGE.format(value=value)
    if _ONLY_MARKS.fullmatch(value) or _BRACKETED_MARKS.search(value) or field == "pinyin" \
            or field in HANZI_FIELDS:
        return MESSAGE.format(value=value)
    return PARTLY_MESSAGE.format(value=value)


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
        if _BRACKETED_MARKS.search(value) or (
                value.count("?") >= 2 and bool(_ONLY_MARKS.fullmatch(value))):
            return True
        if field in NAME_FIELDS:  # "?? Wáng W?i", "Zh? Li"
            return bool(_MARK_IN_WORD.search(value) or _MARKS.search(value))
        # A function or a title may ask ("Vraagteken?"); letters lost inside a word or "??"
        # standing for a word may not: "Hoogleraar ??", "Vicevoorzitter W?ishi".
        return bool(_MARK_INSIDE_WORD.search(value) or _MARKS_AS_WORD.search(value))
    return False
