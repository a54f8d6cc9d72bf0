"""Which form field a service's validation error belongs to: the one place that maps error keys.

The services name errors by the draft's attribute path (`title`, `meeting_kind`,
`participants[2].person_id`, `common.classification`, `emails[1]`; indexes 0-based). A form
registers its fields under the draft's attribute names; an indexed or nested path goes to the
field of its list (`participants[2].person_id` → `participants`) with the item named in the
message the way `domain.errors.human_field` reads it. Older,
shorter keys the services used before they followed the drafts (`kind`, `place`, `parent`, …)
are mapped here too, so a form is right with either. Nothing is dropped: an error no field
claims is shown at the top of the form. Messages are shown in the interface language
(ui.forms.field_messages); in Dutch exactly as the services wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chinadossier.domain.errors import FieldError, human_field
from chinadossier.ui.forms.field_messages import translated
from chinadossier.ui.models.formatting import code_lang

#: Older or shorter keys → the draft attribute names a form may register them under.
ALIASES: dict[str, tuple[str, ...]] = {
    "kind": ("meeting_kind", "org_kind", "decision_kind", "authority_kind"),
    "place": ("place_adcode", "place_text"),
    "parent": ("parent_id",),
    "retention_date": ("retention_on",),
    "subject": ("subject_id",),
    "category": ("category_code",),
    "next_review": ("next_review_on",),
    "authority": ("authority_id",),
    "organisation": ("organisation_id",),
    "meeting": ("meeting_id",),
    "decision": ("decision_id",),
    "ties": ("tie_ids",),
    "links": ("link_ids",),
    "signed_on": ("signed",),
    "starts_on": ("starts",),
    "ends_on": ("ends",),
    "published_on": ("published",),
    "assessed_on": ("assessment",),
    "note": ("assessment",),
    "likelihood": ("assessment",),
    "impact": ("assessment",),
}

_INDEX = re.compile(r"^(\w+)\[(\d+)\](?:\.(.+))?$")
_PREFIXES = ("common.", "assessment.", "draft.")


def _candidates(path: str) -> list[str]:
    out = [path]
    for prefix in _PREFIXES:
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            out.append(rest)
            if prefix == "assessment.":
                out.append("assessment")
    match = _INDEX.match(out[-1])
    if match:
        out.append(match.group(1))
    expanded: list[str] = []
    for name in out:
        expanded.append(name)
        expanded.extend(ALIASES.get(name, ()))
    return expanded


def field_for(path: str, fields: Iterable[str]) -> str | None:
    """The registered field an error path belongs to, or None."""
    known = set(fields)
    for name in _candidates(path):
        if name in known:
            return name
    return None


def message_for(error: FieldError, field: str) -> str:
    """The message to show under the field; an item of a list is named ("Deelnemer 2: …").

    A message that is a bare predicate ("is verplicht") starts in lower case; the form puts the
    field's label before it ("Onderwerp is verplicht").
    """
    match = _INDEX.match(error.field.split(".", 1)[1] if error.field.startswith(_PREFIXES)
                         else error.field)
    if match and field == match.group(1):
        # the services' own reading of the path ("deelnemer 2", "telefoonnummer 2")
        return f"{_capital(human_field(error.field, code_lang()))}: {translated(error)}"
    return translated(error)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def group_errors(
    errors: Iterable[FieldError], fields: Iterable[str]
) -> tuple[dict[str, list[str]], list[str]]:
    """(messages per field, messages no field claims — with the field's name in them)."""
    known = list(fields)
    per_field: dict[str, list[str]] = {}
    unclaimed: list[str] = []
    for error in errors:
        field = field_for(error.field, known)
        if field is None:
            named = _capital(human_field(error.field, code_lang()))
            unclaimed.append(f"{named}: {translated(error)}")
        else:
            per_field.setdefault(field, []).append(message_for(error, field))
    return per_field, unclaimed
