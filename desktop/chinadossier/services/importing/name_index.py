"""Records by name key: exact look-ups and near misses within a block."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from chinadossier.domain.matching import MatchKey

AMBIGUOUS = object()
"""What a name index answers for a name that several records share."""


def _id(item: Any) -> Any:
    return item.meta.id if hasattr(item, "meta") else item


class NameIndex:
    """Records by name key: exact look-ups in dicts, near misses with rapidfuzz within a block
    (records sharing the first three letters of a word), never a loop over every pair."""

    def __init__(self, *, ambiguous: bool = False) -> None:
        self._ambiguous = ambiguous
        """With True a name several records share answers AMBIGUOUS; else the first."""
        self._exact: dict[str, Any] = {}
        self._keys: list[MatchKey] = []
        self._items: list[Any] = []
        self._blocks: dict[str, list[int]] = {}

    def add(self, key: MatchKey, item: Any) -> None:
        if not key:
            return
        for exact in (key.words, "=" + key.compact):
            there = self._exact.setdefault(exact, item)
            if (self._ambiguous and there is not item and there is not AMBIGUOUS
                    and _id(there) != _id(item)):
                self._exact[exact] = AMBIGUOUS
        index = len(self._items)
        self._keys.append(key)
        self._items.append(item)
        for word in set(key.words.split()):
            self._blocks.setdefault(word[:3], []).append(index)

    def exact(self, key: MatchKey) -> Any:
        if not key:
            return None
        return self._exact.get(key.words) or self._exact.get("=" + key.compact)

    def best(self, key: MatchKey) -> tuple[float, Any]:
        """(100, record) for the same name, else the closest in its block (score, record)."""
        found = self.exact(key)
        if found is AMBIGUOUS:
            return 0.0, None
        if found is not None:
            return 100.0, found
        if not key:
            return 0.0, None
        block = sorted({i for word in set(key.words.split())
                        for i in self._blocks.get(word[:3], ())})
        if not block:
            return 0.0, None
        words = process.extractOne(key.words, [self._keys[i].words for i in block],
                                   scorer=fuzz.token_sort_ratio)
        compact = process.extractOne(key.compact, [self._keys[i].compact for i in block],
                                     scorer=fuzz.ratio)
        score, position = max((words[1], words[2]), (compact[1], compact[2]))
        return float(score), self._items[block[position]]
