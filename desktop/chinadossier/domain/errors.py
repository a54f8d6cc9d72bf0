"""Errors a user can act on: each carries a Dutch message; validation names every bad field."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class ChinadossierError(Exception):
    """Base of every error the application reports to a user (message in Dutch)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field of a command."""

    field: str
    message: str


_ITEM = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")
_COLLECTIONS = {"positions": "functie", "political_facts": "politiek feit",
                "participants": "deelnemer"}


def human_field(field: str) -> str:
    """A field name as an official reads it: "positions[2].title" → "titel (functie 2)"."""
    from chinadossier.domain.labels import field_label  # labels is a leaf; no cycle at import

    match = _ITEM.match(field)
    if not match:
        return field_label(field)
    collection, number, part = match.groups()
    whole = _COLLECTIONS.get(collection, field_label(collection))
    return f"{field_label(part)} ({whole} {number})" if part else f"{whole} {number}"


class ValidationFailed(ChinadossierError):
    """A command was rejected; lists all field errors at once; nothing was written."""

    exit_code = 2

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        lines = "; ".join(f"{human_field(e.field)}: {e.message}" for e in errors)
        super().__init__(f"Niet opgeslagen, controleer de invoer — {lines}")

    def for_field(self, field: str) -> list[str]:
        """Messages for one field."""
        return [e.message for e in self.errors if e.field == field]


class NotFound(ChinadossierError):
    """A record that the command points at does not exist (or is deleted where that matters)."""


class Conflict(ChinadossierError):
    """A save was based on an older version; carries the current record; nothing was written."""

    def __init__(self, message: str, current: Any) -> None:
        super().__init__(message)
        self.current = current


class FileRefused(ChinadossierError):
    """A case file cannot be opened safely (foreign, other program, newer schema); untouched."""


class SchemaTooOld(ChinadossierError):
    """The case file was made by an older version and must be upgraded first."""


class Unsupported(ChinadossierError):
    """A feature that is not available yet (e.g. a server database)."""

    exit_code = 2


class UsageError(ChinadossierError):
    """Wrong input on the command line or in an argument."""

    exit_code = 2


class Collector:
    """Gathers field errors so a command reports all of them at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        """Record one problem."""
        self.errors.append(FieldError(field, message))

    def has(self, field: str) -> bool:
        """Whether a field already has a problem."""
        return any(e.field == field for e in self.errors)

    def raise_if_any(self) -> None:
        """Raise ValidationFailed when anything was recorded."""
        if self.errors:
            raise ValidationFailed(self.errors)

    def merge(self, errors: Mapping[str, str]) -> None:
        """Add several problems at once."""
        for field, message in errors.items():
            self.add(field, message)
