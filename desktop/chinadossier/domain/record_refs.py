"""How a record is pointed at, found and named: Ref, SearchHit and person_name.

Kept apart from domain.records (re-exported there) so that a quick read (`chinadossier search`)
does not declare the twenty other record classes it never uses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from chinadossier.domain.codes import Classification, NameOrder, RecordKind
from chinadossier.domain.pinyin import has_hanzi


@dataclass(frozen=True, slots=True, kw_only=True)
class Ref:
    """A pointer to another record, with what a person needs to recognise it.

    ``classification`` is the marking of the record pointed at, so a memo or a screen can show
    "[intern]" instead of the label where the reader may not see it; refs made by the services
    always carry it (None only in a Ref built by hand).
    """

    id: uuid.UUID
    kind: RecordKind
    display_no: str
    label: str
    deleted: bool = False
    classification: Classification | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """One search result: which record, of what kind, how well it matched (lower is better)."""

    ref: Ref
    rank: float


def default_name_order(hanzi: str | None) -> NameOrder:
    """The name order a new person gets unless chosen: family name first for a Chinese name
    (one with Hanzi), given name first otherwise (Dutch contacts)."""
    return NameOrder.FAMILY_FIRST if has_hanzi(hanzi) else NameOrder.GIVEN_FIRST


def person_name(
    family_name: str,
    given_name: str | None,
    tussenvoegsel: str | None,
    name_order: NameOrder,
    hanzi: str | None,
    pinyin: str | None,
) -> str:
    """How a person is named everywhere: 王伟 Wáng Wěi, or Anneloes van den Berg."""
    if name_order is NameOrder.FAMILY_FIRST:
        latin = " ".join(p for p in (family_name, given_name) if p)
    else:
        latin = " ".join(p for p in (given_name, tussenvoegsel, family_name) if p)
    if hanzi:
        return f"{hanzi} {pinyin or latin}".strip()
    return latin
