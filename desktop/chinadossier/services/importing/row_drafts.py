"""What every kind's planner shares: the rows seen so far, the common fields of a row, and
a rejected, matched or updated row plan."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from chinadossier.domain.codes import Classification, OrganisationKind
from chinadossier.domain.drafts import Common, OrganisationDraft
from chinadossier.domain.ids import new_id
from chinadossier.interchange.rows import CellError, ParsedRow
from chinadossier.services.importing.plans import RowPlan
from chinadossier.services.importing_updates import draft_of, overlay
from chinadossier.services.importing_updates import same as overlay_same


@dataclass
class Seen:
    keys: dict[str, int] = field(default_factory=dict)
    facts: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    """Per key, what the first row of that key says besides the key (see `double_row`)."""
    new_organisations: list[str] = field(default_factory=list)
    organisation_drafts: dict[str, OrganisationDraft] = field(default_factory=dict)

    def first(self, key: str, number: int, facts: Mapping[str, Any] | None = None) -> int | None:
        """The row number of an earlier row with this key, or None (this row is the first)."""
        earlier = self.keys.get(key)
        if earlier is None:
            self.keys[key] = number
            self.facts[key] = facts or {}
        return earlier

    def adds(self, key: str, facts: Mapping[str, Any]) -> bool:
        """Whether a later row of this key says something the first row does not: another
        value, or a value the first row lacks (another organisation, another e-mail)."""
        return _adds(facts, self.facts.get(key, {}))

    def release(self, key: str) -> None:
        """A probable duplicate is for the user: a later row of that name is not its double."""
        self.keys.pop(key, None)

    organisation_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    """The id each new organisation is created with: rows link to it from the preview on."""

    def new_organisation(self, name: str, draft: OrganisationDraft | None = None) -> uuid.UUID:
        """An organisation the import creates (once per name); its id."""
        if name not in self.organisation_drafts:
            self.new_organisations.append(name)
            self.organisation_drafts[name] = draft or OrganisationDraft(
                name_nl=name, org_kind=OrganisationKind.OTHER)
            self.organisation_ids[name] = new_id()
        return self.organisation_ids[name]


def double_row(seen: Seen, key: str, row: ParsedRow, label: str,
               facts: Mapping[str, Any]) -> RowPlan | None:
    """A row whose key an earlier row of the file has, or None for the first.

    "dubbel in het bestand" only when it says nothing the earlier row does not (it would add
    nothing); otherwise — the same name at another organisation, another e-mail address, another
    date — "mogelijk dubbel": the user decides, nothing is dropped silently. `facts`: the row's
    values besides its key.
    """
    earlier = seen.first(key, row.number, facts)
    if earlier is None:
        return None
    if seen.adds(key, facts):
        return RowPlan(row.number, "similar", label, f"rij {earlier}")
    return RowPlan(row.number, "duplicate", label, f"rij {earlier}")


def facts_of(values: Mapping[str, Any], key_fields: tuple[str, ...]) -> dict[str, Any]:
    """A row's values besides the fields its key is made of."""
    return {f: v for f, v in values.items() if f not in key_fields}


def _same_text(value: Any) -> Any:
    return " ".join(value.split()).casefold() if isinstance(value, str) else value


def _adds(later: Mapping[str, Any], earlier: Mapping[str, Any]) -> bool:
    for name, value in later.items():
        if value is None or value == () or value == "":
            continue
        old = earlier.get(name)
        if isinstance(value, tuple):
            if not {_same_text(v) for v in value} <= {_same_text(v) for v in old or ()}:
                return True
        elif _same_text(value) != _same_text(old):
            return True
    return False


def common_of(values: Mapping[str, Any]) -> Common:
    classification = values.get("classification")
    return Common(
        classification=classification if isinstance(classification, Classification) else None,
        tags=tuple(values.get("tags", ())),
    )


def given_common(values: Mapping[str, Any]) -> dict[str, Any]:
    """The shared fields a row gives (for an update)."""
    given: dict[str, Any] = {}
    if isinstance(values.get("classification"), Classification):
        given["classification"] = values["classification"]
    if values.get("tags"):
        given["tags"] = tuple(values["tags"])
    return given


def rejected_row(row: ParsedRow, label: str, *more: CellError) -> RowPlan:
    return RowPlan(row.number, "rejected", label, errors=(*row.errors, *more))


def matched_row(row: ParsedRow, label: str, record: Any, given: Mapping[str, Any]) -> RowPlan:
    """A row that names an existing record: an update when it changes something."""
    stored = getattr(record, "pinyin", None)
    if "pinyin" in given and stored and overlay_same(stored, given["pinyin"]):
        # Derived pinyin stays derived: the row only repeats it (an export read back).
        given = {k: v for k, v in given.items() if k != "pinyin"}
    # The record's own free text stays; the row's is added to it (importing_updates.overlay).
    draft, changes = overlay(draft_of(record), given, keep_text=True)
    if not changes:
        return RowPlan(row.number, "exists", label, record.meta.display_no)
    return RowPlan(row.number, "update", label, record.meta.display_no, draft=draft,
                   changes=changes, record=record)


def given_fields(values: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The row's filled values of these fields, plus the description (with the notes joined)."""
    given = {f: values[f] for f in fields if values.get(f) is not None}
    description = joined(values.get("description"), values.get("notes"))
    if description:
        given["description"] = description
    return given


def joined(*parts: str | None, sep: str = "\n") -> str | None:
    kept = [p for p in parts if p]
    return sep.join(kept) or None


def contact_given(values: Mapping[str, Any]) -> dict[str, Any]:
    given: dict[str, Any] = {}
    if values.get("email"):
        given["emails"] = tuple(values["email"])
    if values.get("phone"):
        given["phones"] = tuple(values["phone"])
    if values.get("address"):
        given["postal_addresses"] = (values["address"],)
    return given


def headers(row: ParsedRow) -> Mapping[str, str]:
    return row.columns
