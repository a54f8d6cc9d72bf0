"""Contact details of persons and organisations: e-mail, telephone and postal addresses.

Each is a list (a person may have a work and a private number). They are stored as one JSON
array per kind in the entity's row, so a record's state, audit payload and search document hold them
without extra child tables; these helpers are the one place that encodes and decodes them.
"""

from __future__ import annotations

import json
import re
from typing import TypedDict

CONTACT_FIELDS = ("emails", "phones", "postal_addresses")
"""The draft/record attributes holding contact details, in form order."""



class ContactValues(TypedDict):
    """The stored form of a draft's contact details (one JSON array or None per kind)."""

    emails: str | None
    phones: str | None
    postal_addresses: str | None


_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./\-]+$")


def encode(values: tuple[str, ...] | list[str]) -> str | None:
    """The stored form: a JSON array of strings, or None for an empty list."""
    items = [v for v in values if v]
    return json.dumps(items, ensure_ascii=False) if items else None


def decode(stored: str | None) -> tuple[str, ...]:
    """The list back from its stored form (an empty tuple for None)."""
    if not stored:
        return ()
    value = json.loads(stored)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def search_text(stored: str | None) -> str | None:
    """The entries joined for the search document."""
    values = decode(stored)
    return " ".join(values) if values else None


def email_problem(value: str) -> str | None:
    """Why a text is not an e-mail address (Dutch), or None when it looks like one."""
    if not _EMAIL.match(value):
        return f"'{value}' is geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.nl)"
    return None


def phone_problem(value: str) -> str | None:
    """Why a text is not a telephone number (Dutch), or None when it looks like one."""
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE_CHARS.match(value) or not 6 <= digits <= 20:
        return (
            f"'{value}' is geen geldig telefoonnummer (cijfers, spaties, +, - en haakjes; "
            "bijvoorbeeld +31 10 123 4567)"
        )
    return None
