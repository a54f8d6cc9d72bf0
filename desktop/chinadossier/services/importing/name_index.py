"""Records by name key: exact look-ups and near misses within a block."""

from __future__ import annotations

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
    """The records sharing the first three letters of a word, in the order they were added:
    their positions in the index and their keys' two forms, ready for rapidfuzz."""

    indices: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    compact: list[str] = field(default_factory=list)


class NameIndex:
    """Records by name key: exact look-ups in dicts, near misses with rapidfuzz within a block
    (records sharing the first three letters of a word), never a loop over every pair.

    A block keeps its names as lists that grow as records are added, so a near-miss look-up is
    one rapidfuzz `extractOne` per block of the name (in C, with `score_cutoff` LIKELY), not a
    list rebuilt in Python for every row: a file of ten thousand "Wang Wei"-like names against
    as many in the case file stays near-linear (docs/performance.md)."""

    def __init__(self, *, ambiguous: bool = False) -> None:
        self._ambiguous = ambiguous
        """With True a name several records share answers AMBIGUOUS; else the first."""
        self._exact: dict[str, Any] = {}
        self._items: list[Any] = []
        self._blocks: dict[str, _Block] = {}

    def add(self, key: MatchKey, item: Any) -> None:
        if not key:
            return
        for exact in (key.words, "=" + key.compact):
            there = self._exact.setdefault(exact, item)
            if (self._ambiguous and there is not item and there is not AMBIGUOUS
                    and _id(there) != _id(item)):
                self._exact[exact] = AMBIGUOUS
        index = len(self._items)
        self._items.append(item)
        for prefix in _prefixes(key):
            block = self._blocks.get(prefix)
            if block is None:
                block = self._blocks[prefix] = _Block()
            block.indices.append(index)
            block.words.append(key.words)
            block.compact.append(key.compact)

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
        words: tuple[float, int] | None = None
        compact: tuple[float, int] | None = None
        for prefix in _prefixes(key):
            block = self._blocks.get(prefix)
            if block is None:
                continue
            words = _better(words, block, process.extractOne(
                key.words, block.words, scorer=fuzz.token_sort_ratio, score_cutoff=LIKELY))
            compact = _better(compact, block, process.extractOne(
                key.compact, block.compact, scorer=fuzz.ratio, score_cutoff=LIKELY))
        chosen = max(c for c in (words, compact) if c is not None) if words or compact else None
        if chosen is None:
            return 0.0, None
        return float(chosen[0]), self._items[chosen[1]]


def _prefixes(key: MatchKey) -> list[str]:
    """The blocks of a name: the first three letters of each of its words, each once."""
    return list(dict.fromkeys(word[:3] for word in key.words.split()))


def _better(best: tuple[float, int] | None, block: _Block,
            found: tuple[str, float, int] | None) -> tuple[float, int] | None:
    """The higher score of two (score, index), the earlier record on a tie, as `extractOne`
    over the blocks' records together would choose."""
    if found is None:
        return best
    candidate = (found[1], block.indices[found[2]])
    if best is None or candidate[0] > best[0] or (candidate[0] == best[0]
                                                    and candidate[1] < best[1]):
        return candidate
    return best
