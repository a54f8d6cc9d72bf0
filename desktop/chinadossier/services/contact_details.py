"""Validation of the contact details persons and organisations carry (lists of each kind)."""

from __future__ import annotations

from typing import Any

from chinadossier.domain import contact
from chinadossier.domain.contact import ContactValues
from chinadossier.domain.errors import Collector
from chinadossier.services import validation as v

_MAX_ENTRIES = 20


def contact_values(c: Collector, draft: Any) -> ContactValues:
    """Column values of a draft's e-mail addresses, telephone numbers and postal addresses.

    Errors are keyed by the draft's attribute path, 0-based ("emails[1]" is the second
    address); empty entries are dropped, duplicates kept once.
    """
    out: ContactValues = {"emails": None, "phones": None, "postal_addresses": None}
    for name in contact.CONTACT_FIELDS:
        entries = getattr(draft, name)
        if isinstance(entries, str) or not isinstance(entries, (tuple, list)):
            c.add(name, "moet een lijst zijn")
            continue
        if len(entries) > _MAX_ENTRIES:
            c.add(name, f"mag hooguit {_MAX_ENTRIES} regels hebben")
        kept: list[str] = []
        for index, raw in enumerate(entries):
            field = f"{name}[{index}]"
            if name == "postal_addresses":
                value = v.text(c, field, raw, max_length=500)
            else:
                value = v.line(c, field, raw, max_length=200)
            if not value:
                continue
            problem = None
            if name == "emails":
                problem = contact.email_problem(value)
            elif name == "phones":
                problem = contact.phone_problem(value)
            if problem:
                c.add(field, problem)
            elif value not in kept:
                kept.append(value)
        out[name] = contact.encode(kept)  # type: ignore[literal-required]
    return out
