"""Which free text is accepted: NFC, trimmed, no invisible control characters, within a limit."""

from __future__ import annotations

import re
import unicodedata

from chinadossier.domain.errors import FieldError

DEFAULT_LINE_LENGTH = 300
DEFAULT_TEXT_LENGTH = 20000

# Explicit bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI,
# FSI, PDI). They can make text display in a different order than it is stored ("Trojan Source").
# The plain marks LRM/RLM/ALM are harmless and allowed.
_BIDI_CONTROLS = frozenset(chr(cp) for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))

# Line breaks other than LF that clean_text turns into LF (CRLF is handled first).
_LINE_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


class TextRejected(ValueError):
    """A text value cannot be stored; ``message`` says why in Dutch, ``field`` says where."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def as_field_error(self) -> FieldError:
        """The same problem as a FieldError, for collecting several at once."""
        return FieldError(self.field, self.message)


def clean_line(
    value: str | None, *, field: str, max_length: int = DEFAULT_LINE_LENGTH
) -> str | None:
    """Normalise single-line text such as a name or a title.

    The value is trimmed of whitespace at both ends (including no-break space and the ideographic
    space U+3000; a line break or tab pasted at the very end is therefore simply removed), put in
    Unicode NFC, and kept otherwise as typed: runs of spaces inside are not collapsed.

    Args:
        value: The text as entered, or None.
        field: Name of the field, carried by the error.
        max_length: Most characters (code points) allowed after trimming.

    Returns:
        The clean text, or None when nothing but whitespace was entered.

    Raises:
        TextRejected: The text has a control character, line break, tab or bidirectional override
            inside, or is longer than ``max_length``.
    """
    if value is None:
        return None
    stripped = value.strip()
    if not stripped:
        return None
    offset = len(value) - len(value.lstrip())
    for index, char in enumerate(stripped if _SUSPECT_LINE.search(stripped) else ""):
        problem = _problem(char, multiline=False)
        if problem is not None:
            raise TextRejected(field, problem.format(where=f"positie {offset + index + 1}"))
    result = unicodedata.normalize("NFC", stripped)
    _check_length(result, field=field, max_length=max_length)
    return result


def clean_text(
    value: str | None, *, field: str, max_length: int = DEFAULT_TEXT_LENGTH
) -> str | None:
    """Normalise multi-line text such as a note or a memo section.

    Line breaks CRLF, CR (and NEL, U+2028, U+2029) become LF; tabs are allowed; spaces at the end
    of a line are kept; the text as a whole is trimmed of surrounding whitespace and blank lines;
    the result is in Unicode NFC.

    Args:
        value: The text as entered, or None.
        field: Name of the field, carried by the error.
        max_length: Most characters (code points, LF counting as one) allowed after trimming.

    Returns:
        The clean text, or None when nothing but whitespace was entered.

    Raises:
        TextRejected: The text has a control character other than LF and tab, or a bidirectional
            override, or is longer than ``max_length``.
    """
    if value is None:
        return None
    text = value.replace("\r\n", "\n")
    for line_break in _LINE_BREAKS:
        text = text.replace(line_break, "\n")
    text = text.strip()
    if not text:
        return None
    line, column = 1, 0
    for char in text if _SUSPECT_TEXT.search(text) else "":
        column += 1
        problem = _problem(char, multiline=True)
        if problem is not None:
            raise TextRejected(field, problem.format(where=f"regel {line}, positie {column}"))
        if char == "\n":
            line, column = line + 1, 0
    result = unicodedata.normalize("NFC", text)
    _check_length(result, field=field, max_length=max_length)
    return result


def _suspect(multiline: bool) -> re.Pattern[str]:
    """Characters that may be refused; text without any skips the per-character check."""
    controls = "\x00-\x08\x0b-\x1f" if multiline else "\x00-\x1f"  # LF and TAB allowed
    bidi = "".join(sorted(_BIDI_CONTROLS))
    return re.compile(f"[{controls}\x7f-\x9f\u2028\u2029\ud800-\udfff{bidi}]")


def _problem(char: str, *, multiline: bool) -> str | None:
    """Dutch description (with a ``{where}`` slot) of why one character is not allowed."""
    if multiline and char in "\n\t":
        return None
    if char in "\n\r\x85\u2028\u2029":
        return "bevat een regeleinde ({where}); dit veld moet op één regel passen"
    if char == "\t":
        return "bevat een tab ({where}); gebruik een gewone spatie"
    if char in _BIDI_CONTROLS:
        return (
            "bevat een onzichtbaar teken dat de leesrichting van de tekst omdraait ({where}); "
            "verwijder het"
        )
    category = unicodedata.category(char)
    if category == "Cc":
        return "bevat een onzichtbaar stuurteken ({where}); verwijder het"
    if category == "Cs":
        return "bevat een ongeldig teken ({where}); verwijder het of typ het opnieuw"
    return None


_SUSPECT_LINE = _suspect(multiline=False)
_SUSPECT_TEXT = _suspect(multiline=True)


def _check_length(text: str, *, field: str, max_length: int) -> None:
    if len(text) > max_length:
        raise TextRejected(
            field,
            f"is te lang: mag hoogstens {_dutch_number(max_length)} tekens bevatten "
            f"(nu {_dutch_number(len(text))})",
        )


def _dutch_number(number: int) -> str:
    """Integer with a dot as thousands separator, as written in Dutch (20.000)."""
    return f"{number:,}".replace(",", ".")
