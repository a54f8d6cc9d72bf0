"""What an import preview says: per row what would happen (`RowPlan`), for the whole file
(`ImportPlan`), and what a committed import wrote (`ImportResult`)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.interchange.columns import ColumnMapping, ImportKind
from chinadossier.interchange.rows import CellError
from chinadossier.services.importing_updates import FieldChange

if TYPE_CHECKING:
    from chinadossier.services.import_merge import RecordsAsOne

Outcome = Literal["new", "update", "exists", "duplicate", "similar", "rejected"]
OUTCOME_LABELS: Mapping[Outcome, str] = {
    "new": "nieuw",
    "update": "bijwerken",
    "exists": "bestaat al",
    "duplicate": "dubbel in het bestand",
    "similar": "mogelijk dubbel",
    "rejected": "afgewezen",
}
SUPPORTED = tuple(ImportKind)
POSITION_AS_NOTE = "position_as_note"
"""`RowPlan.extra` key: a person row's function, kept as a note for want of an organisation."""
OWN_SIDE_CONTACT = "own_side_contact"
"""`RowPlan.extra` key: the Dutch authority a person row works at, whose "Laatste contact" is
therefore not made a contact moment (a contact moment is contact with a Chinese party)."""
OWN_SIDE_REASON = ("Laatste contact niet als contactmoment vastgelegd: medewerker van een "
                   "Nederlandse overheid ({0})")
"""The preview's notice for such a row (`RowPlan.own_side_contact`)."""


@dataclass(frozen=True, slots=True)
class PreparedDraft:
    """What the services prepared to write for one draft object, when the preview checked it."""

    draft: Any
    prepared: Any

    def for_draft(self, draft: Any) -> Any:
        """The prepared values if `draft` is the very draft they were made from, else None (a
        row whose draft was replaced since is checked again at commit)."""
        return self.prepared if draft is self.draft else None


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What one data row will do; `number` is the row number as Excel shows it."""

    number: int
    outcome: Outcome
    label: str
    match: str | None = None
    """The display number of the record it matches, or "rij N" for an earlier row."""
    errors: tuple[CellError, ...] = ()
    draft: Any = None
    """What is saved: the new record, or (update) the matched record with the row's values."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    changes: tuple[FieldChange, ...] = ()
    """For an update: each field that changes, old → new."""
    record: Any = None
    """For an update: the matched record as read for the preview (its version is checked)."""
    prepared: PreparedDraft | None = None
    """For a new record: what the services prepared to write when the preview checked it
    (reused by the commit when the case file did not change in between)."""

    @property
    def position_as_note(self) -> str | None:
        """The function ("Functie") a new person row keeps in its notes ("Functie: Adviseur")
        because the row names no organisation; None otherwise. A notice, not a rejection."""
        if self.outcome != "new":
            return None
        title = self.extra.get(POSITION_AS_NOTE)
        return str(title) if title else None

    @property
    def own_side_contact(self) -> str | None:
        """The Dutch authority ("Gemeente Rotterdam") of a person row whose "Laatste contact" is
        not made a contact moment: an official of a Dutch authority is no Chinese party. None
        otherwise (also for a row that is not written). A notice, not a rejection."""
        if self.outcome not in ("new", "update", "exists"):
            return None
        where = self.extra.get(OWN_SIDE_CONTACT)
        return str(where) if where else None

    @property
    def makes_contact(self) -> bool:
        """Whether writing this row also creates a contact moment ("Laatste contact")."""
        return self.outcome in ("new", "update") and self.extra.get("last_contact") is not None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The preview: per row what happens, and what the file itself could not say."""

    source: str
    sheet: str | None
    kind: ImportKind
    mapping: ColumnMapping
    rows: tuple[RowPlan, ...]
    new_organisations: tuple[str, ...] = ()
    """Organisations that rows name and the case file lacks (created with them)."""
    encoding: str | None = None
    header: tuple[str, ...] = ()
    organisation_drafts: Mapping[str, OrganisationDraft] = field(default_factory=dict)
    """How each of new_organisations is created (a partner city from the reference data as a
    government with its Hanzi and place; others as "overig")."""
    organisation_ids: Mapping[str, uuid.UUID] = field(default_factory=dict)
    """The id each of new_organisations is created with (rows link to it)."""
    checked_as_of: tuple[int, str] | None = None
    """The case file's change mark when the services checked the rows (see Bulk.change_mark)."""
    records_as_one: tuple[RecordsAsOne, ...] = ()
    """Pairs of records the file names as one (services.import_merge)."""
    header_row: int = 1
    """The row number of the header (title rows above it are skipped)."""
    notes: tuple[str, ...] = ()
    """Remarks about reading the file (title rows skipped, …) for the preview."""

    def counts(self) -> dict[str, int]:
        """Rows per outcome (every outcome present, zero included)."""
        counted = Counter(row.outcome for row in self.rows)
        return {outcome: counted.get(outcome, 0) for outcome in OUTCOME_LABELS}

    def mapping_header(self, column: int) -> str:
        """The header text of a mapped column."""
        return self.header[column]

    @property
    def rejected(self) -> tuple[RowPlan, ...]:
        """The rows that cannot be imported."""
        return tuple(row for row in self.rows if row.outcome == "rejected")

    @property
    def new_contacts(self) -> int:
        """Contact moments the import creates besides the rows' records ("Laatste contact")."""
        return sum(1 for row in self.rows if row.makes_contact)

    @property
    def positions_as_notes(self) -> tuple[RowPlan, ...]:
        """New person rows whose function becomes a note (no organisation to hold it at)."""
        return tuple(row for row in self.rows if row.position_as_note is not None)

    @property
    def own_side_contacts(self) -> tuple[RowPlan, ...]:
        """Person rows whose "Laatste contact" is not made a contact moment (staff of a Dutch
        authority; see `RowPlan.own_side_contact`)."""
        return tuple(row for row in self.rows if row.own_side_contact is not None)

    @property
    def updates(self) -> tuple[RowPlan, ...]:
        """The rows that change an existing record."""
        return tuple(row for row in self.rows if row.outcome == "update")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a committed import wrote."""

    created: int
    backup: Path | None
    skipped: int
    updated: int = 0
    created_by_kind: Mapping[str, int] = field(default_factory=dict)
    """What `created` is made of: "organisations" (new organisations the rows named),
    "records" (the rows' own kind), "contacts" (contact moments from "Laatste contact")."""
