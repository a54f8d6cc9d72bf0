"""What text is searchable as: one normalisation for the search index, its queries and sort keys.

The index is an SQLite FTS5 table with tokenizer ``unicode61 remove_diacritics 0``. That tokenizer
splits on every character that is not a letter, digit, private-use character or combining mark and
folds case; it would read a run of Hanzi without spaces as one token. So this module hands FTS5
text that is already cut into tokens, separated by single spaces:

* NFKC (full-width ``ＮＡＮＪＩＮＧ`` becomes ``NANJING``), case folding, diacritics removed
  (``geïnformeerd`` becomes ``geinformeerd``), apostrophes removed (``Xi'an`` becomes ``xian``);
* letters and digits form tokens;
* every run of Hanzi gives each character, each pair of neighbouring characters (bigram) and the
  toneless pinyin of the whole run written as one word: 南京市 gives
  ``南 京 市 南京 京市 nanjingshi``.

A name whose pinyin the case file knows (an organisation's or person's Hanzi with its stored,
possibly hand-corrected pinyin) is indexed with *that* reading instead of pypinyin's
(``Reading``), so search and display agree: 单伟 shown as Shàn Wěi is found by "shan wei" and
"shanwei". Queries may write tones as numbers: ``nan2jing1`` is ``nanjing``.

Toneless pinyin writes ü as u (吕 is ``lu``, 女 is ``nu``); a query ``lü`` or ``Lǚ`` loses its
diaeresis in the same way, so both sides agree (a query ``lv`` does not match).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from chinadossier.domain.pinyin import HAN_RANGES, is_hanzi

_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u2018")
# Letters to Python that FTS5 unicode61 splits on: its character tables are older (Unicode 6.1),
# where these New Tai Lue vowel signs and tone marks and two Vedic signs were spacing combining
# marks (Mc), not letters (Lo, since Unicode 8 and 10). A token made of them would be indexed as
# nothing and a query for it would find nothing, so both sides treat them as separators. Checked
# against the real tokenizer for every code point (tests/domain/test_search_text.py).
_FTS5_SEPARATORS = {
    **dict.fromkeys(range(0x19B0, 0x19C1), " "),
    **dict.fromkeys((0x19C8, 0x19C9, 0x1CF2, 0x1CF3), " "),
}
_NON_ASCII_FOLD = str.maketrans({**dict.fromkeys(map(ord, "'\u2019\u02bc\u2018")),
                                 **_FTS5_SEPARATORS})
# Letters and digits (str.isalnum), the characters FTS5 unicode61 keeps inside a token; the
# per-character loop this replaces dominated bulk indexing time.
_TOKEN = re.compile(r"[^\W_]+")
_HAN_RUN = re.compile(
    "(" + "|".join(f"[{chr(low)}-{chr(high)}]+" for low, high in HAN_RANGES) + ")"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """Hanzi together with the pinyin the record shows for them (used instead of pypinyin's)."""

    hanzi: str | None
    pinyin: str | None


#: One part of a search document: text, Hanzi with their reading, or nothing.
IndexPart = str | Reading | None


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One term of a search; every term of a query must match (the caller joins them with AND).

    Attributes:
        text: The token, letters and digits only (safe inside FTS5 double quotes).
        prefix: True when the term also matches tokens that start with it (FTS5 ``"text"*``).
    """

    text: str
    prefix: bool


def index_text(*parts: str | Reading | None) -> str:
    """Text to store in the FTS5 index for the given field values.

    Args:
        *parts: Field values; None and empty values are skipped. Tokens never span two parts.
            A Reading is indexed with its own pinyin instead of pypinyin's reading.

    Returns:
        Space-separated tokens, e.g. ``"南 京 市 南京 京市 nanjingshi"`` for 南京市.
    """
    tokens: list[str] = []
    for part in parts:
        if isinstance(part, Reading):
            _reading_tokens(part, tokens)
            continue
        if not part:
            continue
        tokens.extend(_text_tokens(part))
    return " ".join(tokens)


@functools.lru_cache(maxsize=8192)
def _text_tokens(part: str) -> tuple[str, ...]:
    """The tokens of one text part (remembered: a bulk indexes the same remark, function
    title or organisation name thousands of times, and non-ASCII folding is slow)."""
    folded = _fold(part)
    if folded.isascii():  # no Hanzi: the tokens as they are (most parts of most records)
        return tuple(_TOKEN.findall(folded))
    tokens: list[str] = []
    for is_han, run in _segments(folded):
        if not is_han:
            tokens.append(run)
            continue
        tokens.extend(run)
        tokens.extend(run[index : index + 2] for index in range(len(run) - 1))
        spelled = "".join(_toneless_syllables(run))
        if spelled:
            tokens.append(spelled)
    return tuple(tokens)


def _reading_tokens(reading: Reading, tokens: list[str]) -> None:
    """Hanzi as characters and pairs, spelled by the record's own pinyin (words and joined)."""
    if not reading.pinyin:
        if reading.hanzi:
            tokens.append(index_text(reading.hanzi))
        return
    for is_han, run in _segments(_fold(reading.hanzi or "")):
        if is_han:
            tokens.extend(run)
            tokens.extend(run[index : index + 2] for index in range(len(run) - 1))
        else:
            tokens.append(run)
    words = [run for is_han, run in _segments(_fold(reading.pinyin)) if not is_han]
    tokens.extend(words)
    if len(words) > 1:
        tokens.append("".join(words))


def query_terms(query: str) -> list[QueryTerm]:
    """Search terms for what a user typed, normalised exactly like index_text.

    Latin and digit tokens are prefix terms ("nanj" finds Nanjing). A single Hanzi is an exact
    term (each character is indexed on its own). A run of two or more Hanzi gives its bigrams as
    exact terms, so 人民 finds 南京市人民政府 and 王伟 finds 代表团由王伟率领. The caller must
    require ALL terms (AND); a match is then a record that has every term somewhere.

    Args:
        query: The search text as typed.

    Returns:
        Distinct terms in query order; empty when the query has no letters, digits or Hanzi.
    """
    terms: list[QueryTerm] = []
    for is_han, run in _segments(_fold(query)):
        if not is_han:
            candidates = [QueryTerm(run, prefix=True)]
        elif len(run) == 1:
            candidates = [QueryTerm(run, prefix=False)]
        else:
            candidates = [
                QueryTerm(run[index : index + 2], prefix=False) for index in range(len(run) - 1)
            ]
        terms.extend(term for term in candidates if term not in terms)
    return terms


#: Pinyin syllables, each with a tone number: an initial and vowels (ü as v only after a
#: consonant), or a syllable starting with a, e or o; an optional final n, ng or r.
_TONE_NUMBERED = re.compile(
    r"^(?:(?:[bcdfghjklmnpqrstwxyz]{1,2}[aeiouv]{1,3}|[aeo][aeiou]{0,2})(?:ng|n|r)?[1-5])+$"
)
_TONE_DIGIT = re.compile(r"(?<=[a-z])[1-5]")


def without_tone_numbers(query: str) -> str | None:
    """The query with pinyin tone numbers dropped ("nan2jing1" → "nanjing", "lv3" → "lu"), or
    None when no word of it is written so.

    Only a word made wholly of syllables that each end in a tone 1–5 is read so ("gm0599",
    "r2d2" stay); the caller searches both forms, because "V1" or "A4" may mean just that.
    """
    words = []
    changed = False
    for is_han, run in _segments(_fold(query)):
        if not is_han and len(run) >= 3 and _TONE_NUMBERED.match(run):
            words.append(_TONE_DIGIT.sub("", run).replace("v", "u"))
            changed = True
        else:
            words.append(run)
    return " ".join(words) if changed else None


def latin_reading(query: str) -> str | None:
    """The same query with each Hanzi run spelled in toneless pinyin ("南京" → "nanjing"), so a
    search in characters also finds what is written only in Latin; None without Hanzi."""
    parts: list[str] = []
    found = False
    for is_han, run in _segments(_fold(query)):
        if is_han:
            found = True
            parts.append("".join(_toneless_syllables(run)) or run)
        else:
            parts.append(run)
    return " ".join(parts) if found else None


def sort_key(text: str | None) -> str:
    """A sort key for names that does not depend on the database or the locale.

    NFKC, case folding, diacritics and apostrophes removed, whitespace trimmed and collapsed,
    and every Hanzi replaced by its toneless pinyin syllable (syllables separated by spaces, so
    王伟 sorts as "wang wei", under w). Different names may share a key; add a tie-breaker.

    Args:
        text: A name, or None (sorts first, as the empty key).

    Returns:
        The key to compare with plain string comparison.
    """
    if not text:
        return ""
    pieces: list[str] = []
    folded = _fold(text)
    if folded.isascii():  # no Hanzi: the folded text is the key
        return " ".join(folded.split())
    start = 0
    for end in range(1, len(folded) + 1):
        if end < len(folded) and is_hanzi(folded[end]) == is_hanzi(folded[start]):
            continue
        run = folded[start:end]
        if is_hanzi(run[0]):
            pieces.extend(_toneless_syllables(run) or [run])
        else:
            pieces.append(run)
        start = end
    return " ".join(" ".join(pieces).split())


def _fold(text: str) -> str:
    """NFKC, case folding, combining marks and apostrophes removed; the few letters FTS5 splits
    on become spaces."""
    if text.isascii():
        return text.lower().translate(_APOSTROPHES)
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    bare = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", bare).translate(_NON_ASCII_FOLD)


def _is_token_char(char: str) -> bool:
    """Letters, digits and private-use characters: what FTS5 unicode61 keeps inside tokens."""
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"


def _segments(folded: str) -> Iterator[tuple[bool, str]]:
    """Runs of Hanzi (flag True) and of other token characters (flag False); separators dropped."""
    ascii_only = folded.isascii()
    for match in _TOKEN.finditer(folded):
        token = match.group()
        if ascii_only:
            yield False, token
            continue
        for index, piece in enumerate(_HAN_RUN.split(token)):
            if not piece:
                continue
            if index % 2 == 0:
                yield False, piece
            else:
                # A run in the Han blocks; unassigned code points in it are not Hanzi.
                yield from _split_unassigned(piece)


def _split_unassigned(run: str) -> Iterator[tuple[bool, str]]:
    if all(is_hanzi(char) for char in run):
        yield True, run
        return
    current: list[str] = []
    flag = True
    for char in run:
        han = is_hanzi(char)
        if current and han != flag:
            yield flag, "".join(current)
            current = []
        flag = han
        current.append(char)
    if current:
        yield flag, "".join(current)


def _toneless_syllables(run: str) -> list[str]:
    """Toneless pinyin syllables of a Hanzi run, ü written u; characters without pinyin skipped."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(run, style=Style.NORMAL, errors="ignore", v_to_u=True)
    result: list[str] = []
    for syllable in syllables:
        clean = "".join(char for char in _fold(syllable) if _is_token_char(char))
        if clean:
            result.append(clean)
    return result
