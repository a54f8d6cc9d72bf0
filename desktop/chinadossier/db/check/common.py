"""What a check reports: the CheckItem, the names of the checks, and how found numbers read."""

from __future__ import annotations

from dataclasses import dataclass

#: How many display numbers or audit lines a message names at most.
MAX_NAMED = 10

#: Names of the checks, in the order they are reported.
CHECK_NAMES = (
    "header",
    "schema",
    "quick_check",
    "foreign_keys",
    "audit_chain",
    "record_states",
    "search_index",
    "attachments",
    "invariants",
)


@dataclass(frozen=True, slots=True)
class CheckItem:
    """The outcome of one check.

    Attributes:
        name: English code of the check (one of CHECK_NAMES).
        ok: Whether the file passed it.
        message: What was found, in Dutch.
        count: How many things were checked or found (e.g. audit lines), if meaningful.
    """

    name: str
    ok: bool
    message: str
    count: int | None = None


def _named(numbers: list[str], singular: str, plural: str) -> str:
    """ "ORG-0003 komt" / "ORG-0003, PER-0001 en 3 andere komen": up to MAX_NAMED numbers."""
    shown = ", ".join(numbers[:MAX_NAMED])
    rest = len(numbers) - MAX_NAMED
    if rest > 0:
        shown += f" en {rest} andere"
    return f"{shown} {singular if len(numbers) == 1 else plural}"


def _capital(message: str) -> str:
    return message[:1].upper() + message[1:]
