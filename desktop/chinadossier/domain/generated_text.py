"""Text the program writes from a person's name, so an anonymisation can find and rewrite it."""

from __future__ import annotations

LAST_CONTACT_PREFIX = "Laatste contact met "
"""The title of the contact moment an import makes of a person's "Laatste contact"."""

LAST_CONTACT_SUMMARY = "Overgenomen uit de kolom 'Laatste contact' bij het importeren."
"""Its summary (names no one)."""


def last_contact_title(name: str) -> str:
    """ "Laatste contact met Piet Jansen"."""
    return f"{LAST_CONTACT_PREFIX}{name}"
