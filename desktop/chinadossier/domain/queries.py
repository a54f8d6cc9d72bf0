"""List requests: filters, one of the sorts a list supports, a page size and an opaque cursor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Trash(StrEnum):
    """Which records a list shows with respect to the trash."""

    EXCLUDE = "exclude"
    ONLY = "only"
    INCLUDE = "include"


@dataclass(frozen=True, slots=True)
class ListQuery:
    """A request for one page of a list."""

    sort: str | None = None
    cursor: str | None = None
    limit: int = 50
    trash: Trash = Trash.EXCLUDE
    filters: Mapping[str, Any] = field(default_factory=dict)
