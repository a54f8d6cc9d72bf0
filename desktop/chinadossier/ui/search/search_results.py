"""Run a global search and group its hits by kind, Hanzi and pinyin with them (reader thread)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import ChinadossierError
from chinadossier.domain.records import Ref

GROUP_ORDER: tuple[RecordKind, ...] = (
    RecordKind.PERSON,
    RecordKind.ORGANISATION,
    RecordKind.TIE,
    RecordKind.MEETING,
    RecordKind.DECISION,
    RecordKind.RISK_NOTE,
    RecordKind.SOURCE,
    RecordKind.ACTION,
    RecordKind.AUTHORITY,
    RecordKind.RISK_CATEGORY,
    RecordKind.MEMO,
)
PER_GROUP = 8
"""Hits shown per kind; the group says how many more there are."""
SEARCH_LIMIT = 80


@dataclass(frozen=True)
class Hit:
    """One result line: the record and what to show beside its label."""

    ref: Ref
    label: str
    names: str
    """Hanzi and pinyin beside the label (organisations; a person's label has them already)."""


@dataclass(frozen=True)
class Group:
    """The hits of one kind."""

    kind: RecordKind
    hits: tuple[Hit, ...]
    more: int


@dataclass(frozen=True)
class SearchAnswer:
    """What a query found, grouped; `text` is the query it answers (stale ones are dropped)."""

    text: str
    groups: tuple[Group, ...]
    message: str | None = None


def run_search(dossier: Any, text: str) -> SearchAnswer:
    """Search the case file; an organisation shows its Hanzi with pinyin."""
    try:
        hits = dossier.overview.search(text, limit=SEARCH_LIMIT)
    except ChinadossierError as exc:  # e.g. a query of punctuation only
        return SearchAnswer(text, (), str(exc))
    by_kind: dict[RecordKind, list[Ref]] = {}
    for hit in hits:
        by_kind.setdefault(hit.ref.kind, []).append(hit.ref)
    groups = []
    for kind in GROUP_ORDER:
        refs = by_kind.get(kind, [])
        if not refs:
            continue
        shown = []
        for ref in refs[:PER_GROUP]:
            label, names = ref.label, ""
            if kind is RecordKind.ORGANISATION:
                org = dossier.organisations.get(ref.id)
                label = org.name_nl
                names = " ".join(p for p in (org.hanzi, org.pinyin) if p)
            shown.append(Hit(ref, label, names))
        groups.append(Group(kind, tuple(shown), max(0, len(refs) - PER_GROUP)))
    return SearchAnswer(text, tuple(groups))
