"""Organisations fall under others; a chain of parents must never loop back."""

from __future__ import annotations

import uuid
from collections.abc import Callable

#: Chains are cut off here: deeper hierarchies do not occur, and a damaged file cannot hang us.
MAX_DEPTH = 100


def parent_chain(
    start: uuid.UUID, parent_of: Callable[[uuid.UUID], uuid.UUID | None]
) -> list[uuid.UUID]:
    """The ids above `start`, nearest first (stops at a loop or after MAX_DEPTH steps)."""
    chain: list[uuid.UUID] = []
    current = start
    for _ in range(MAX_DEPTH):
        parent = parent_of(current)
        if parent is None or parent in chain:
            break
        chain.append(parent)
        current = parent
    return chain


def would_loop(
    record_id: uuid.UUID,
    new_parent: uuid.UUID,
    parent_of: Callable[[uuid.UUID], uuid.UUID | None],
) -> bool:
    """Whether putting record_id under new_parent makes it (indirectly) its own parent."""
    return new_parent == record_id or record_id in parent_chain(new_parent, parent_of)
