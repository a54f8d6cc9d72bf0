"""Likely duplicate pairs among many names, without comparing every pair ("mogelijke dubbelen").

Each record brings one or more spellings of its name (Latin name, Hanzi, pinyin, English name);
each becomes a `matching.MatchKey`, so 王伟, "Wáng Wěi", "wang wei" and "Wei Wang" are one key.
Candidates come from **blocking**: records are grouped by every word of their keys, and only
records sharing a word are compared (a word carried by more than `BLOCK_LIMIT` records, such as
"gemeente" or "fictief", says nothing and forms no block). Within a block rapidfuzz's C
routines (`process.extract` with a score cut-off) find the close ones; a candidate pair is then
scored with `matching.similarity` over all spellings (the best pair of spellings counts).

Reported: a score of at least `matching.LIKELY` (90), with one extra rule: names carrying
numbers are the same name only when they carry the same numbers ("Bureau 3" is not
"Bureau 4", "Persoon100" is not "Persoon101"). Identical keys score 100. The thresholds are
documented in docs/merge.md.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from chinadossier.domain.matching import LIKELY, MatchKey, match_key, similarity

BLOCK_LIMIT = 400
"""A word shared by more records than this forms no block (it is as common as a stop word)."""

_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One record to compare: its id and the spellings of its name."""

    id: Hashable
    names: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class Pair:
    """Two records that are probably the same, a < b in input order, with their score."""

    a: Hashable
    b: Hashable
    score: float


def _keys(names: Iterable[str | None]) -> tuple[MatchKey, ...]:
    seen: dict[str, MatchKey] = {}
    for name in names:
        key = match_key(name)
        if key:
            seen.setdefault(key.words, key)
    return tuple(seen.values())


def _numbers(key: MatchKey) -> tuple[str, ...]:
    return tuple(sorted(n.lstrip("0") or "0" for n in _DIGITS.findall(key.words)))


def pair_score(a: Sequence[MatchKey], b: Sequence[MatchKey]) -> float:
    """The best similarity over every pair of spellings (0 when numbers differ)."""
    best = 0.0
    for x in a:
        for y in b:
            if _numbers(x) != _numbers(y):
                continue
            best = max(best, similarity(x, y))
    return best


def likely_pairs(candidates: Sequence[Candidate], threshold: float = LIKELY) -> list[Pair]:
    """Every pair scoring at least `threshold`, best first (then in input order)."""
    keys = [_keys(c.names) for c in candidates]
    # Every spelling of every record, flattened, with its record's index.
    owner: list[int] = []
    words: list[str] = []
    compacts: list[str] = []
    for index, record_keys in enumerate(keys):
        for key in record_keys:
            owner.append(index)
            words.append(key.words)
            compacts.append(key.compact)
    blocks: dict[str, list[int]] = defaultdict(list)
    for spelling, text in enumerate(words):
        for word in set(text.split()):
            blocks[word].append(spelling)
    # Identical keys always meet, however common their words are.
    for spelling, text in enumerate(compacts):
        blocks["\0" + text].append(spelling)
    found: set[tuple[int, int]] = set()
    for block_name, members in blocks.items():
        distinct = {owner[m] for m in members}
        if len(distinct) < 2:
            continue
        if block_name.startswith("\0"):
            ordered = sorted(distinct)
            found.update(
                (ordered[i], ordered[j])
                for i in range(len(ordered))
                for j in range(i + 1, len(ordered))
            )
            continue
        if len(distinct) > BLOCK_LIMIT:
            continue
        block_words = [words[m] for m in members]
        block_compacts = [compacts[m] for m in members]
        for position, member in enumerate(members):
            for choices, query, scorer in (
                (block_words, words[member], fuzz.token_sort_ratio),
                (block_compacts, compacts[member], fuzz.ratio),
            ):
                hits = process.extract(
                    query, choices, scorer=scorer, score_cutoff=threshold, limit=None
                )
                for _, _, hit in hits:
                    if hit <= position:
                        continue
                    a, b = owner[member], owner[members[hit]]
                    if a != b:
                        found.add((min(a, b), max(a, b)))
    pairs = []
    for a, b in found:
        score = pair_score(keys[a], keys[b])
        if score >= threshold:
            pairs.append(Pair(candidates[a].id, candidates[b].id, score))
    index_of = {c.id: i for i, c in enumerate(candidates)}
    pairs.sort(key=lambda p: (-p.score, index_of[p.a], index_of[p.b]))
    return pairs
