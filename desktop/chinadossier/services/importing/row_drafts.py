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
    new_organisations: list[str] = field(default_factory=list)
    organisation_drafts: dict[str, OrganisationDraft] = field(default_factory=dict)

    def first(self, key: str, number: int) -> int | None:
        earlier = self.keys.get(key)
        if earlier is None:
            self.keys[key] = number
        return earlier

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
    draft, changes = overlay(draft_of(record), given)
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
