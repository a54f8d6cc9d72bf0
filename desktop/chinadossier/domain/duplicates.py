"""Likely duplicate pairs among many names, without comparing every pair ("mogelijke dubbelen").

Each record brings one or more spellings of its name (Latin name, Hanzi, pinyin, English name);
each becomes a `matching.MatchKey`, so 王伟, "Wáng Wěi", "wang wei" and "Wei Wang" are one key.
Identical spellings score 100 at once. Other candidates come from **blocking**: spellings are
grouped by every word of their keys together with the numbers they carry, and only spellings
sharing a block are compared (a word carried by more than `BLOCK_LIMIT` records, such as
"gemeente" or "fictief", says nothing and forms no block). Within a block rapidfuzz's C
routines (`process.extract` with a score cut-off) find the close ones; a candidate pair is then
scored with `matching.similarity` over all spellings (the best pair of spellings counts).

Reported: a score of at least `matching.LIKELY` (90), with two extra rules: names carrying
numbers are the same name only when they carry the same numbers ("Bureau 3" is not
"Bureau 4", "Persoon100" is not "Persoon101", "Jan2 Midden2" is not "Jan1 Midden1": the rule of
`matching.similarity`); and when both records have a Hanzi name, the
Hanzi decide — equal Hanzi score 100, different Hanzi are different names however alike their
pinyin (郑军 Zhèng Jūn is not 曾军 Zēng Jūn). Identical keys score 100. The thresholds are
documented in docs/merge.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from chinadossier.domain.matching import LIKELY, MatchKey, match_key, similarity

BLOCK_LIMIT = 400
"""A word shared by more records than this forms no block (it is as common as a stop word)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One record to compare: its id and the spellings of its name."""

    id: Hashable
    names: tuple[str | None, ...]
    #: The name in Hanzi, when known: two different Hanzi names are two names.
    hanzi: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """Two records that are probably the same, a < b in input order, with their score."""

    a: Hashable
    b: Hashable
    score: float


def _keys(names: Iterable[str | None], cache: dict[str, MatchKey]) -> tuple[MatchKey, ...]:
    seen: dict[str, MatchKey] = {}
    for name in names:
        if not name:
            continue
        key = cache.get(name)
        if key is None:
            key = cache[name] = match_key(name)
        if key:
            seen.setdefault(key.words, key)
    return tuple(seen.values())


def _hanzi(value: str | None) -> str | None:
    return "".join(value.split()) or None if value else None


def pair_score(a: Sequence[MatchKey], b: Sequence[MatchKey]) -> float:
    """The best similarity over every pair of spellings (0 when numbers differ)."""
    return max((similarity(x, y) for x in a for y in b), default=0.0)


def likely_pairs(candidates: Sequence[Candidate], threshold: float = LIKELY) -> list[Pair]:
    """Every pair scoring at least `threshold`, best first (then in input order)."""
    cache: dict[str, MatchKey] = {}  # the same name is reduced once (Hanzi → pinyin is slow)
    keys = [_keys(c.names, cache) for c in candidates]
    hanzi = [_hanzi(c.hanzi) for c in candidates]

    def other_hanzi(a: int, b: int) -> bool:
        return hanzi[a] is not None and hanzi[b] is not None and hanzi[a] != hanzi[b]

    # Every spelling of every record, flattened, with its record's index.
    owner: list[int] = []
    words: list[str] = []
    compacts: list[str] = []
    numbers: list[tuple[str, ...]] = []
    for index, record_keys in enumerate(keys):
        for key in record_keys:
            owner.append(index)
            words.append(key.words)
            compacts.append(key.compact)
            numbers.append(key.numbers)
    scores: dict[tuple[int, int], float] = {}
    # Identical spellings (the same compact form, or the same Hanzi) are the same name: 100.
    same: dict[str, set[int]] = defaultdict(set)
    for spelling, text in enumerate(compacts):
        same[text].add(owner[spelling])
    for index, written in enumerate(hanzi):
        if written:
            same["\0" + written].add(index)
    for group in same.values():
        if len(group) > 1:
            ordered = sorted(group)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if not other_hanzi(a, b):
                        scores[(a, b)] = 100.0
    # Close spellings: compared only within a block (a shared word and the same numbers), and
    # only where one side has no Hanzi (two Hanzi names are equal or different, never close).
    blocks: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for spelling, text in enumerate(words):
        for word in set(text.split()):
            blocks[(word, numbers[spelling])].append(spelling)
    found: set[tuple[int, int]] = set()
    for members in blocks.values():
        distinct = {owner[m] for m in members}
        if len(distinct) < 2 or len(distinct) > BLOCK_LIMIT:
            continue
        queries = [m for m in members if hanzi[owner[m]] is None]
        if not queries:
            continue
        block_words = [words[m] for m in members]
        block_compacts = [compacts[m] for m in members]
        for member in queries:
            for choices, query, scorer in (
                (block_words, words[member], fuzz.token_sort_ratio),
                (block_compacts, compacts[member], fuzz.ratio),
            ):
                hits = process.extract(
                    query, choices, scorer=scorer, score_cutoff=threshold, limit=None
                )
                for _, _, hit in hits:
                    a, b = owner[member], owner[members[hit]]
                    if a != b:
                        pair = (min(a, b), max(a, b))
                        if pair not in scores:
                            found.add(pair)
    for a, b in found:
        if other_hanzi(a, b):
            continue
        score = pair_score(keys[a], keys[b])
        if score >= threshold:
            scores[(a, b)] = score
    pairs = [Pair(candidates[a].id, candidates[b].id, s) for (a, b), s in scores.items()]
    index_of = {c.id: i for i, c in enumerate(candidates)}
    pairs.sort(key=lambda p: (-p.score, index_of[p.a], index_of[p.b]))
    return pairs
