"""Errors a user can act on: each carries a Dutch message; validation names every bad field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chinadossier.domain.labels import Language


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

    @property
    def key(self) -> str | None:
        """The message's stable key (domain.field_messages), None for a message without one."""
        from chinadossier.domain.field_messages import identify  # a leaf; no cycle

        found = identify(self.message)
        return found[0] if found is not None else None

    @property
    def params(self) -> dict[str, str]:
        """The values in the message that its template names (e.g. {"max": "300"})."""
        from chinadossier.domain.field_messages import identify

        found = identify(self.message)
        return found[1] if found is not None else {}


# What one item of a collection is called in a message ("functie 2"), Dutch and English.
_COLLECTIONS = {
    "positions": ("functie", "post"),
    "political_facts": ("politiek feit", "political fact"),
    "participants": ("deelnemer", "participant"),
    "tie_ids": ("band", "tie"),
    "link_ids": ("koppeling", "link"),
    "tags": ("trefwoord", "tag"),
    "sources": ("bron", "source"),
    "rules": ("drempel", "threshold"),
    "actions": ("actie", "action"),
}
# Groups whose name adds nothing to a message: "common.tags" reads as "trefwoorden".
_GROUPS = ("common", "assessment")


def human_field(field: str, lang: Language = "nl") -> str:
    """A key as an official reads it: "positions[1].title" → "titel (functie 2)".

    Keys are attribute paths on a draft (see domain.field_paths), indexes 0-based; people count
    from 1. `lang` "en" reads "title (post 2)" (the desktop in English).
    """
    from chinadossier.domain.field_paths import parse  # both are leaves; no cycle at import
    from chinadossier.domain.labels import field_label

    try:
        parts = parse(field)
    except ValueError:
        return field
    while len(parts) > 1 and parts[0] in _GROUPS:
        parts = parts[1:]
    item: tuple[str, int] | None = None
    for before, part in zip(parts, parts[1:], strict=False):
        if isinstance(part, int) and isinstance(before, str):
            item = (before, part)
    last = parts[-1]
    if item is None:
        return field_label(str(last), lang)
    collection, index = item
    names = _COLLECTIONS.get(collection)
    name = names[lang == "en"] if names is not None else field_label(collection, lang)
    whole = f"{name} {index + 1}"
    return whole if isinstance(last, int) else f"{field_label(last, lang)} ({whole})"


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


def check_version(
    *, display_no: str, version: int, expected_version: int, current: Any = None
) -> None:
    """The one version check of every write: Conflict (one Dutch text) unless still unchanged.

    Args:
        display_no: The record's number, named in the message.
        version: The version the record has now.
        expected_version: The version the user saw and edited.
        current: The record as it now is, carried by the Conflict so a dialog can show it.
    """
    if version != expected_version:
        raise Conflict(
            f"{display_no} is intussen door iemand anders gewijzigd (nu versie {version}, u zag "
            f"versie {expected_version}). Er is niets opgeslagen; bekijk de huidige gegevens en "
            "probeer het opnieuw.",
            current,
        )


class Refused(ChinadossierError):
    """An action the case file's rules forbid (no field of a form is wrong); nothing written."""

    exit_code = 2


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
