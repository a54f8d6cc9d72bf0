"""The memo's fonts: Liberation Sans for Latin text, WenQuanYi Micro Hei for Hanzi; both embedded.

Text is split into runs by character: Hanzi and CJK punctuation go to the CJK font, everything
else to the Latin font (a character only the CJK font has goes there too). reportlab drops a
glyph a font lacks without a word, so `uncovered` tells which characters no font can show.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from chinadossier.resources_locator import resource_path

LATIN = "LiberationSans"
LATIN_BOLD = "LiberationSans-Bold"
LATIN_ITALIC = "LiberationSans-Italic"
LATIN_BOLD_ITALIC = "LiberationSans-BoldItalic"
CJK = "WQYMicroHei"

#: Family names a word processor shows for the same fonts (DOCX runs).
LATIN_FAMILY = "Liberation Sans"
CJK_FAMILY = "WenQuanYi Micro Hei"

_FILES = {
    LATIN: "LiberationSans-Regular.ttf",
    LATIN_BOLD: "LiberationSans-Bold.ttf",
    LATIN_ITALIC: "LiberationSans-Italic.ttf",
    LATIN_BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}
CJK_FILE = "wqy-microhei.ttc"
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the fonts with reportlab once (thread-safe; cheap after the first call)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        pdfmetrics.registerFont(
            TTFont(CJK, str(resource_path("fonts", CJK_FILE)), subfontIndex=0)
        )
        pdfmetrics.registerFontFamily(
            LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN_ITALIC, boldItalic=LATIN_BOLD_ITALIC
        )
        # Hanzi have one weight: inside <b> or <i> they stay in the regular CJK face.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        _registered = True


@cache
def _charset(name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def is_cjk(ch: str) -> bool:
    """Whether a character is set in the CJK font."""
    o = ord(ch)
    if (
        0x2E80 <= o <= 0x2FDF  # radicals
        or 0x3000 <= o <= 0x303F  # CJK punctuation
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x20000 <= o <= 0x2FA1F
    ):
        return True
    return o not in _charset(LATIN) and o in _charset(CJK)


def runs(text: str) -> Iterator[tuple[bool, str]]:
    """(is_cjk, run) pieces of a text, in order."""
    if not text or max(text) < "\u0250":  # Latin only: the common case, one run
        if text:
            yield False, text
        return
    current: list[str] = []
    mode = False
    for ch in text:
        cjk = is_cjk(ch) if not ch.isspace() else mode
        if current and cjk != mode:
            yield mode, "".join(current)
            current = []
        mode = cjk
        current.append(ch)
    if current:
        yield mode, "".join(current)


def font_for(ch: str, latin: str = LATIN) -> str:
    """The font a character is set in."""
    return CJK if is_cjk(ch) else latin


def uncovered(text: str, latin: str = LATIN) -> set[str]:
    """Characters of a text that the font they would be set in does not have."""
    return {
        ch for ch in set(text)
        if ch not in "\n\t" and ord(ch) not in _charset(font_for(ch, latin))
    }


def markup(text: str) -> str:
    """Escape a text for a reportlab Paragraph and put its Hanzi runs in the CJK font."""
    register()
    out: list[str] = []
    for cjk, run in runs(text):
        safe = escape(run)
        out.append(f'<font name="{CJK}">{safe}</font>' if cjk else safe)
    return "".join(out)
