"""The kinds `list` accepts (kept apart so `--help` does not import the services)."""

from __future__ import annotations

import argparse

#: Dutch plural → stored kind code, in the order the overview counts them.
KINDS: dict[str, str] = {
    "banden": "tie",
    "organisaties": "organisation",
    "personen": "person",
    "contactmomenten": "meeting",
    "acties": "action",
    "besluiten": "decision",
    "risicos": "risk_note",
    "bronnen": "source",
}
KIND_NAMES = tuple(KINDS)

_ALIASES = {"risico's": "risicos", "risico’s": "risicos"}


def list_kind(text: str) -> str:
    """argparse type: a kind by its Dutch plural."""
    name = text.strip().lower()
    name = _ALIASES.get(name, name)
    if name not in KINDS:
        raise argparse.ArgumentTypeError(f"onbekende soort '{text}'; kies uit: {', '.join(KINDS)}")
    return name
