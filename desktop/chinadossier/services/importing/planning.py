"""The preview: every row of a table planned by its kind's planner, then checked by the services."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import human_field
from chinadossier.domain.field_paths import parse as parse_path
from chinadossier.domain.progress import Progress
from chinadossier.interchange.columns import (
    DRAFT_FIELD_SOURCES,
    ImportKind,
    detect_kind,
    map_columns,
)
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.rows import CellError, ParsedRow, parse_rows
from chinadossier.interchange.tables import Table
from chinadossier.services import import_merge
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.plan_decisions import plan_decision
from chinadossier.services.importing.plan_meetings import plan_meeting
from chinadossier.services.importing.plan_organisations import plan_organisation
from chinadossier.services.importing.plan_persons import plan_person, with_last_contacts
from chinadossier.services.importing.plan_progress import (
    CHECKING_AS_SAVING,
    DONE,
    LOOKING_FOR_DUPLICATES,
    READING_CASE_FILE,
    READING_ROWS,
    WEIGHTS,
    counted,
)
from chinadossier.services.importing.plan_risks import plan_risk
from chinadossier.services.importing.plan_ties import plan_tie
from chinadossier.services.importing.plans import SUPPORTED, ImportPlan, PreparedDraft, RowPlan
from chinadossier.services.importing.row_drafts import Seen
from chinadossier.services.quiet_gc import no_gc

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier


def plan_import(
    dossier: Dossier,
    table: Table,
    *,
    kind: ImportKind | None = None,
    overrides: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """The preview of importing `table`: nothing is written. `progress` hears the Dutch phases
    (rows counted) and may stop it anywhere (Cancelled; services.importing.plan_progress).

    Raises:
        UnreadableFile: the kind cannot be told from the columns, a required column is missing,
            or an override is wrong.
    """
    if kind is None:
        kind = detect_kind(table.header)
        if kind is None:
            raise UnreadableFile(
                "Uit de kolomnamen blijkt niet wat het bestand bevat; geef het aan met --type "
                f"({', '.join(k.value for k in SUPPORTED)})."
            )
    mapping = map_columns(table.header, kind, overrides)
    if mapping.missing:
        raise UnreadableFile(
            f"Het bestand mist de kolom {', '.join(mapping.missing)} (verplicht voor "
            f"{kind.value}); wijs een kolom toe met --map \"Kolom=veld\"."
        )
    progress = progress or Progress()
    with no_gc():
        progress.report(WEIGHTS[READING_CASE_FILE][0], READING_CASE_FILE)
        known = Known(dossier, kind)
        planners: dict[ImportKind, Callable[[ParsedRow, Seen, Known], RowPlan]] = {
            ImportKind.ORGANISATIONS: plan_organisation,
            ImportKind.PERSONS: plan_person,
            ImportKind.MEETINGS: plan_meeting,
            ImportKind.TIES: plan_tie,
            ImportKind.DECISIONS: plan_decision,
            ImportKind.RISKS: plan_risk,
        }
        planner = planners[kind]
        seen = Seen()
        progress.report(WEIGHTS[READING_ROWS][0], READING_ROWS)
        parsed = list(parse_rows(table, mapping))
        plans = [planner(row, seen, known) for row in counted(parsed, progress, *WEIGHTS["rows"])]
        if kind is ImportKind.PERSONS:
            plans = with_last_contacts(plans, dossier.meetings)
        progress.report(WEIGHTS[CHECKING_AS_SAVING][0], CHECKING_AS_SAVING)
        columns = {name: table.header[column] for column, name in mapping.fields.items()}
        plans, as_of = _with_service_checks(plans, service_for(dossier, kind),
                                            list(seen.organisation_ids.values()),
                                            dossier.meetings, columns)
        # "Mogelijk dubbel": what the row would be as new, for the preview's choice.
        progress.report(WEIGHTS[LOOKING_FOR_DUPLICATES][0], LOOKING_FOR_DUPLICATES)
        plans = import_merge.with_alternatives(plans, parsed, kind, known, planner, Seen)
        as_one = import_merge.records_as_one(parsed, kind, known)
        progress.report(1.0, DONE)
    # Only the organisations a row that is written needs: a row the services rejected named
    # one that will not be made, and the preview announces only what is written.
    needed = {plan.extra.get("organisation_name") for plan in plans
              if plan.outcome in ("new", "update")}
    made = [name for name in seen.new_organisations if name in needed]
    return ImportPlan(
        source=table.source,
        sheet=table.sheet,
        kind=kind,
        mapping=mapping,
        rows=tuple(plans),
        new_organisations=tuple(made),
        encoding=table.encoding,
        header=table.header,
        organisation_drafts={name: seen.organisation_drafts[name] for name in made},
        organisation_ids={name: seen.organisation_ids[name] for name in made},
        checked_as_of=as_of,
        records_as_one=as_one,
        header_row=table.header_row,
        notes=tuple(n for n in table.notes if not n.casefold().startswith("hoogste")),
    )


def service_for(dossier: Dossier, kind: ImportKind) -> Any:
    return {
        ImportKind.ORGANISATIONS: dossier.organisations,
        ImportKind.PERSONS: dossier.persons,
        ImportKind.MEETINGS: dossier.meetings,
        ImportKind.TIES: dossier.ties,
        ImportKind.DECISIONS: dossier.decisions,
        ImportKind.RISKS: dossier.risk_notes,
    }[kind]


def _with_service_checks(
    plans: list[RowPlan], service: Any, new_organisations: list[uuid.UUID], meetings_service: Any,
    columns: Mapping[str, str],
) -> tuple[list[RowPlan], tuple[int, str] | None]:
    """Rows the services would refuse become rejected, with their Dutch reasons; the others
    keep what the services prepared to write. With the case file's change mark of the check.

    One read for all new rows and updates (check_many; an update against its record). Links to
    the organisations the import creates first count as links to existing organisations.
    """
    # An update without a draft only adds a contact moment (the person stays as is).
    checked = [i for i, plan in enumerate(plans)
               if plan.outcome in ("new", "update") and plan.draft is not None]
    results = service.check_many([plans[i].draft for i in checked],
                                 [plans[i].record for i in checked],
                                 assume={RecordKind.ORGANISATION: new_organisations})
    for i, result in zip(checked, results.checked, strict=True):
        plan = plans[i]
        if result.errors:
            plans[i] = RowPlan(plan.number, "rejected", plan.label, errors=tuple(
                _cell_error(e.field, e.message, columns) for e in result.errors))
        elif plan.outcome == "new":
            plans[i] = dataclasses.replace(
                plan, prepared=PreparedDraft(plan.draft, result.prepared))
    as_of = results.as_of
    contacts = [i for i, plan in enumerate(plans)
                if plan.outcome in ("new", "update") and "last_contact" in plan.extra]
    if contacts:
        # The persons' contact moments ("laatste contact"), linking to the persons as created
        # (a new row) or as they are (an update).
        meetings = meetings_service.check_many(
            [plans[i].extra["last_contact"] for i in contacts],
            assume={RecordKind.PERSON: [plans[i].extra["record_id"] for i in contacts
                                        if "record_id" in plans[i].extra],
                    RecordKind.ORGANISATION: new_organisations})
        if meetings.as_of != as_of:
            as_of = None  # something was committed between the two checks: check at commit
        for i, result in zip(contacts, meetings.checked, strict=True):
            plan = plans[i]
            if result.errors:
                plans[i] = RowPlan(plan.number, "rejected", plan.label, errors=tuple(
                    CellError(columns.get("last_contact", "Laatste contact"),
                              f"{human_field(e.field)}: {e.message}")
                    for e in result.errors))
            else:
                plans[i] = dataclasses.replace(plan, extra={
                    **plan.extra,
                    "last_contact_prepared": PreparedDraft(plan.extra["last_contact"],
                                                           result.prepared)})
    return plans, as_of


def _cell_error(field: str, message: str, columns: Mapping[str, str]) -> CellError:
    """A service's refusal of a draft field, in the column of the file that filled it, named
    as the file's header ("Naam" for the family name); a field no column filled keeps its
    Dutch name."""
    try:
        parts = parse_path(field)
    except ValueError:
        parts = []
    while len(parts) > 1 and parts[0] in ("common", "assessment"):
        parts = parts[1:]
    if parts and isinstance(parts[0], str):
        # An entry of a list ("positions[0].title") is named in the reason: which one.
        reason = f"{human_field(field)}: {message}" if len(parts) > 1 else message
        for source in DRAFT_FIELD_SOURCES.get(parts[0], (parts[0],)):
            if source in columns:
                return CellError(columns[source], reason)
    return CellError(human_field(field), message)
