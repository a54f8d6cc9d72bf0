"""List requests: filters, one of the sorts a list supports, a page size and an opaque cursor."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from chinadossier.domain.codes import Classification


class Trash(StrEnum):
    """Which records a list shows with respect to the trash."""

    EXCLUDE = "exclude"
    ONLY = "only"
    INCLUDE = "include"


@dataclass(frozen=True, slots=True)
class Filter:
    """Typed filters of a list; every field left empty filters nothing, the set ones all apply.

    Which fields a list understands depends on its kind (a list refuses one it cannot apply with
    a UsageError naming it, never ignores it):

    - ``text``: every word, found as search finds it (diacritics, Hanzi, pinyin);
    - ``tag``: records carrying this tag ("China" = "china");
    - ``classification``: exactly this marking; ``max_classification``: this marking or lower
      (what a memo of that marking may show);
    - ``since``/``until``: the list's own date on or after / on or before (contact moment: held,
      decision: decided, tie: start, action: due, risk note: next review, source: published);
    - ``status`` (ties, actions, risk notes) and ``kind`` (contact moments, organisations, ties,
      decisions, authorities): a stored code;
    - ``organisation_id``/``person_id``/``tie_id``/``authority_id``: records linked to that record
      (contact moments through their participants and ties, persons through their positions,
      ties through their partners, decisions through their links, risk notes through their
      subject, actions through their contact moment, organisations through their parent);
    - ``ids``: only these records.
    """

    text: str = ""
    tag: str | None = None
    classification: Classification | None = None
    max_classification: Classification | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None
    kind: str | None = None
    organisation_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    tie_id: uuid.UUID | None = None
    authority_id: uuid.UUID | None = None
    ids: frozenset[uuid.UUID] | None = None


#: The empty filter: the default of every ListQuery (one shared frozen instance: a list page
#: asked for without filters then neither builds one nor has one to inspect).
NO_FILTER = Filter()


def _no_filter() -> Filter:
    return NO_FILTER


@dataclass(frozen=True, slots=True)
class ListQuery:
    """A request for one page of a list.

    ``where`` holds the typed filters; ``filters`` is the older mapping form (column names and a
    few named filters, e.g. ``{"tie_id": ...}``), still understood; both apply together. ``at``
    asks for the page holding that record (to keep a selection after a refresh): the answer's
    ``offset`` says where that page starts, in steps of ``limit``; it is ignored with a cursor.
    """

    sort: str | None = None
    cursor: str | None = None
    limit: int = 50
    trash: Trash = Trash.EXCLUDE
    filters: Mapping[str, Any] = field(default_factory=dict)
    where: Filter = field(default_factory=_no_filter)
    at: uuid.UUID | None = None
