"""Which text encoding a CSV file has: a BOM, else UTF-8 if it decodes, else Windows-1252.

Excel's Dutch "CSV (puntkomma)" is Windows-1252; newer Excel writes UTF-8 with a BOM. A charset
detector guesses short Dutch Windows-1252 text as cp1250 ("geďnformeerd"), so none is used: a
strict UTF-8 decode rejects Windows-1252 text with diacritics almost always, and Windows-1252
maps every byte the way Excel does. The user can always name the encoding instead.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from chinadossier.interchange.errors import UnreadableFile

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text: a file holding them is not a CSV file.
_BINARY = frozenset(range(0, 9)) | {11, 12} | frozenset(range(14, 27)) | frozenset(range(28, 32))


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    encoding: str


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a text file as Excel writes it; `encoding` overrides the decision.

    Raises:
        UnreadableFile: empty, binary, or not in the encoding the user named.
    """
    if not data.strip():
        raise UnreadableFile("Het bestand is leeg.")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UnreadableFile(f"Onbekende tekencodering '{encoding}'.") from None
        try:
            return Decoded(_strip_bom(data.decode(encoding)), encoding)
        except UnicodeDecodeError as exc:
            raise UnreadableFile(
                f"Het bestand is niet in {encoding} geschreven (byte {exc.start + 1} past niet)."
            ) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_strip_bom(data.decode(name)), name)
            except UnicodeDecodeError:
                raise UnreadableFile(
                    "Het bestand begint als UTF-tekst maar bevat ongeldige tekens."
                ) from None
    sample = data[:65536]
    if any(byte in _BINARY for byte in sample):
        raise UnreadableFile(
            "Dit is geen tekstbestand (CSV); kies een CSV- of Excel-bestand (.xlsx)."
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Excel maps them to the C1 controls, so do we.
        return Decoded(data.decode("cp1252", errors="strict_c1"), "cp1252")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _c1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    byte = error.object[error.start]
    return chr(byte), error.start + 1


codecs.register_error("strict_c1", _c1_fallback)
