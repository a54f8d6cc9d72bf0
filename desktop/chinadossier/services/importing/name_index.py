"""Records by name key: exact look-ups and near misses within a block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from chinadossier.domain.matching import LIKELY, MatchKey

AMBIGUOUS = object()
"""What a name index answers for a name that several records share."""


def _id(item: Any) -> Any:
    return item.meta.id if hasattr(item, "meta") else item


@dataclass(slots=True)
class _Block:
    """Names of one length sharing the first three letters of a word and their numbers, in the
    order they were added: their positions in the index and the texts rapidfuzz compares."""

    indices: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Blocks:
    """One form of the names (words or compact) by (three letters of a word and the numbers,
    length)."""

    by_length: dict[tuple[str, int], _Block] = field(default_factory=dict)
    lengths: dict[str, set[int]] = field(default_factory=dict)

    def add(self, prefix: str, text: str, index: int) -> None:
        self.lengths.setdefault(prefix, set()).add(len(text))
        block = self.by_length.get((prefix, len(text)))
        if block is None:
            block = self.by_length[(prefix, len(text))] = _Block()
        block.indices.append(index)
        block.texts.append(text)

    def closest(self, prefixes: list[str], text: str,
                scorer: Callable[..., float]) -> tuple[float, int] | None:
        """(score, index) of the best name at least LIKELY in these blocks, the earliest
        added on a tie (as one `extractOne` over all of them in that order), or None."""
        best: tuple[float, int] | None = None
        for prefix in prefixes:
            for length in self.lengths.get(prefix, ()):
                if not _may_reach(len(text), length):
                    continue
                block = self.by_length[(prefix, length)]
                found = process.extractOne(text, block.texts, scorer=scorer,
                                           score_cutoff=LIKELY)
                if found is None:
                    continue
                candidate = (found[1], block.indices[found[2]])
                if best is None or candidate[0] > best[0] or (
                        candidate[0] == best[0] and candidate[1] < best[1]):
                    best = candidate
        return best


def _may_reach(asked: int, stored: int) -> bool:
    """Whether two texts of these lengths can score LIKELY: rapidfuzz's ratio is
    100 · (1 − d / (a + b)) with d the insertions and deletions between them, at least |a − b|
    (a small margin keeps rounding from leaving out a name that reaches LIKELY)."""
    return 100.0 * (1 - abs(asked - stored) / (asked + stored)) >= LIKELY - 1e-6


class NameIndex:
    """Records by name key: exact look-ups in dicts, near misses with rapidfuzz within a block
    (records sharing the first three letters of a word and carrying the same numbers: "Jan2
    Midden2" is never near "Jan1 Midden1", see domain.matching), never a loop over every pair.

    A block keeps its names as lists by length that grow as records are added, so a near-miss
    look-up is a few rapidfuzz `extractOne` calls (in C, with `score_cutoff` LIKELY) over the
    names of the block whose length can reach LIKELY, not a list rebuilt in Python for every
    row; a name asked again is answered from memory. A file of ten thousand "Wang Wei"-like
    names against as many in the case file stays near-linear (docs/performance.md)."""

    def __init__(self, *, ambiguous: bool = False) -> None:
        self._ambiguous = ambiguous
        """With True a name several records share answers AMBIGUOUS; else the first."""
        self._exact: dict[str, Any] = {}
        self._items: list[Any] = []
        self._words = _Blocks()
        self._compact = _Blocks()
        self._answers: dict[MatchKey, tuple[float, Any]] = {}
        """Near-miss answers so far (a list names "Wang Wei" many times); emptied by `add`."""

    def add(self, key: MatchKey, item: Any) -> None:
        if not key:
            return
        for exact in (key.words, "=" + key.compact):
            there = self._exact.setdefault(exact, item)
            if (self._ambiguous and there is not item and there is not AMBIGUOUS
                    and _id(there) != _id(item)):
                self._exact[exact] = AMBIGUOUS
        self._answers.clear()
        index = len(self._items)
        self._items.append(item)
        for prefix in _prefixes(key):
            self._words.add(prefix, key.words, index)
            self._compact.add(prefix, key.compact, index)

    def exact(self, key: MatchKey) -> Any:
        if not key:
            return None
        return self._exact.get(key.words) or self._exact.get("=" + key.compact)

    def best(self, key: MatchKey) -> tuple[float, Any]:
        """(100, record) for the same name, else the closest in its blocks when it scores at
        least LIKELY (score, record), else (0, None).

        The closest is what rapidfuzz `extractOne` finds over the blocks' records in the order
        they were added: the best `token_sort_ratio` of the words and the best `ratio` of the
        compact forms, the earliest record on a tie; of those two the higher score (on a tie
        the later record)."""
        found = self.exact(key)
        if found is AMBIGUOUS:
            return 0.0, None
        if found is not None:
            return 100.0, found
        if not key:
            return 0.0, None
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self._near(key)
        return answer

    def _near(self, key: MatchKey) -> tuple[float, Any]:
        prefixes = _prefixes(key)
        # token_sort_ratio of two words forms is their ratio: a words form is its words sorted
        # and joined by single spaces already (domain.matching), and ratio costs a third.
        words = self._words.closest(prefixes, key.words, fuzz.ratio)
        compact = self._compact.closest(prefixes, key.compact, fuzz.ratio)
        found = [c for c in (words, compact) if c is not None]
        if not found:
            return 0.0, None
        score, index = max(found)
        return float(score), self._items[index]


def _prefixes(key: MatchKey) -> list[str]:
    """The blocks of a name: the first three letters of each of its words, each once, with the
    numbers the name carries (names with other numbers are other names, never near misses)."""
    numbers = ",".join(key.numbers)
    return list(dict.fromkeys(f"{word[:3]}#{numbers}" for word in key.words.split()))
