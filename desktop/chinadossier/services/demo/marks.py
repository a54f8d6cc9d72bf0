"""How demo material is marked: the fictional mark, the demo tags and the fictional note."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from chinadossier.domain.codes import Classification, RetentionCategory
from chinadossier.domain.drafts import Common, SourceLink

#: Every made-up organisation ends with this mark (DOMAIN.md §7).
FICTIONAL_MARK = "(fictief)"

DEMO_TAGS = ("demo", "fictief")
FICTIONAL_NOTE = "Fictief, alleen voor de demo."


def fictional_common(
    classification: Classification,
    *,
    sources: Sequence[uuid.UUID] = (),
    retention: RetentionCategory = RetentionCategory.UNDECIDED,
) -> Common:
    """The common fields of a fictional record: tagged as demo and fictional."""
    return Common(
        classification=classification,
        retention_category=retention,
        tags=DEMO_TAGS,
        sources=tuple(SourceLink(s) for s in sources),
    )


def fictional(text: str) -> str:
    """A made-up name or title with the fictional mark, so no screenshot can pass it as fact."""
    return text if FICTIONAL_MARK in text else f"{text} {FICTIONAL_MARK}"
