"""When two names are the same name: across Hanzi and pinyin, tones, accents, case and order.

A `MatchKey` reduces a name to toneless Latin syllables: `words` in sorted order (王伟, "Wáng Wěi",
"wang2 wei3", "wang wei" and "Wei Wang" share one) and `compact`, the same words in their own order
without spaces ("Xinghe Havengroep" = "Xinghe Haven Groep"). Equal words or equal compact forms are
the same name (score 100). Otherwise names carrying different numbers are different names (score
0): "Jan2 Midden2" is not "Jan1 Midden1" nor "Jan Midden", "Bureau 3" not "Bureau 4",
"Persoon100" not "Persoon101" — however alike their letters. Else the score is the larger of
rapidfuzz's `token_sort_ratio` of the words and `ratio` of the compact forms. At least `LIKELY`
(90) is reported as a probable duplicate: "Jansen Piet" / "Jansen Pieter" 91.7, "Wang Wei" / "Wang
Wen" 87.5 (not reported), "Li Na" / "Li Ning" 67.

Digits are tone numbers, not numbers, only in a name written wholly in pinyin with tone numbers:
every Latin word of it made of pinyin syllables that each end in a tone 1–5 ("wang2 wei3",
"Lv3 Xiao3ming2"). "Jan2 Midden2" (jan is no pinyin syllable) and "Wang Wei2" (Wang carries no
tone) keep their digits. The thresholds are documented in docs/import.md.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from chinadossier.domain.pinyin import SYLLABLES, is_hanzi, to_pinyin, toneless

LIKELY = 90.0
"""A score at or above this is reported as a probable duplicate."""

_WORD = re.compile(r"[0-9a-z]+")
_TONE_NUMBERED = re.compile(r"(?:[a-z]+[1-5])+")
"""Letters each followed by a tone number (1–5; 5 the neutral tone); pinyin if syllables."""
_TONED_SYLLABLE = re.compile(r"([a-z]+)[1-5]")
_DIGITS = re.compile(r"[0-9]+")
_ANY_DIGIT = re.compile(r"\d")  # any Unicode digit (a full-width one folds to 0-9 below)


@dataclass(frozen=True, slots=True)
class MatchKey:
    """A name reduced for matching."""

    words: str
    compact: str

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def numbers(self) -> tuple[str, ...]:
        """The numbers the name carries, sorted, without leading zeros ("Bureau 03" → ("3",))."""
        return tuple(sorted(n.lstrip("0") or "0" for n in _DIGITS.findall(self.words)))


def match_key(*names: str | None) -> MatchKey:
    """The key of a name (of the first non-empty of several spellings)."""
    for name in names:
        if name and name.strip():
            found = _words(name)
            return MatchKey(" ".join(sorted(found)), "".join(found))
    return MatchKey("", "")


@functools.lru_cache(maxsize=16384)
def _char_pinyin(ch: str) -> str:
    """One character's pinyin (read once: the duplicate scan reduces thousands of names)."""
    return to_pinyin(ch)


def _words(name: str) -> list[str]:
    hanzi = not name.isascii() and any(is_hanzi(ch) for ch in name)
    if hanzi:
        words = _plain_words("".join(f" {_char_pinyin(ch)} " if is_hanzi(ch) else ch
                                     for ch in name))
    else:
        words = _plain_words(name)
    if _ANY_DIGIT.search(name) is None:
        return words  # most names: no digit, nothing to read as a tone
    latin = _plain_words("".join(" " if is_hanzi(ch) else ch for ch in name)) if hanzi else words
    if latin and all(_tone_numbered(word) for word in latin):
        return [_without_tone_numbers(word) for word in words]
    return words


def _plain_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", toneless(text).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain)


def _tone_numbered(word: str) -> bool:
    """Whether a word is pinyin with tone numbers: "wang2", "xiao3ming2", "lv3" (ü written v);
    not "jan2", "midden2" (no pinyin syllables), "fang11", "kees0" or "b2"."""
    return _TONE_NUMBERED.fullmatch(word) is not None and all(
        syllable.replace("v", "u") in SYLLABLES for syllable in _TONED_SYLLABLE.findall(word))


def _without_tone_numbers(word: str) -> str:
    """Pinyin written with tone numbers as pinyin without tones: "wang2" → "wang",
    "xiao3ming2" → "xiaoming", "lv3" → "lu" (ü written v); other words stay."""
    if not _tone_numbered(word):
        return word
    return re.sub(r"[1-5]", "", word).replace("v", "u")


def similarity(a: MatchKey, b: MatchKey) -> float:
    """0–100: how alike two names are."""
    if not a or not b:
        return 0.0
    if a.words == b.words or a.compact == b.compact:
        return 100.0
    if a.numbers != b.numbers:
        return 0.0
    return float(max(fuzz.token_sort_ratio(a.words, b.words), fuzz.ratio(a.compact, b.compact)))
