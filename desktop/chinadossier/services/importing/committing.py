"""Writing a plan: the new records and updates in one unit of work, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chinadossier.domain import plural
from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import (
    OrganisationDraft,
)
from chinadossier.domain.errors import Conflict, Refused, ValidationFailed, human_field
from chinadossier.domain.progress import Progress
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.services.importing.plan_progress import WRITE_ROWS_SPAN, WRITING_ROWS, counted
from chinadossier.services.importing.planning import service_for
from chinadossier.services.importing.plans import (
    ImportPlan,
    ImportResult,
    PreparedDraft,
    RowPlan,
)
from chinadossier.services.quiet_gc import no_gc

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier


class ImportRefused(UnreadableFile):
    """The services refused a row while writing; nothing was written (Dutch message)."""


def commit_import(
    dossier: Dossier,
    plan: ImportPlan,
    *,
    accept_partial: bool = False,
    backup: Callable[[], Path | None] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan's new records and updates in one unit of work, after `backup()`; all or
    nothing. `progress` reports the phases and may cancel (Cancelled; nothing written) up to
    the moment of COMMIT.

    Rejected rows stop the import unless `accept_partial`; then the valid rows are written.

    Raises:
        ImportRefused: rows were rejected (without accept_partial), the services refused a row,
            a record to update was changed by someone else since the preview, or the preview
            was imported already; the message names the row. Nothing was written.
        Cancelled: the user stopped it; nothing was written.
    """
    if plan.rejected and not accept_partial:
        raise ImportRefused(
            f"{plural.rows(len(plan.rejected))} afgewezen; er is niets geïmporteerd. Verbeter het "
            "bestand, of importeer alleen de goede rijen (--accept-partial)."
        )
    work = [row for row in plan.rows if row.outcome in ("new", "update")]
    if not work:
        return ImportResult(0, None, len(plan.rows))
    made = backup() if backup is not None else None
    progress = progress or Progress()
    created = updated = organisations = contacts = 0
    current: RowPlan | None = None
    service: Any = service_for(dossier, plan.kind)
    try:
        with no_gc(), dossier.bulk(progress.part(WRITE_ROWS_SPAN[1], 1.0)) as bulk:
            # Nothing committed since the preview checked the rows: what the services prepared
            # then is what they would prepare now, so it is written without checking twice.
            # Its own backup's note in the audit trail changes nothing the checks depend on.
            unchanged = (plan.checked_as_of is not None
                         and bulk.unchanged_since(plan.checked_as_of))
            needed = {row.extra.get("organisation_name") for row in work}
            # The ids the preview chose: free, checked in one read for all (taken: this
            # preview was imported already).
            bulk.reserve([*(plan.organisation_ids[name] for name in plan.new_organisations
                            if name in needed and name in plan.organisation_ids),
                          *(row.extra["record_id"] for row in work
                            if row.outcome == "new" and "record_id" in row.extra)])
            for name in plan.new_organisations:
                if name not in needed:
                    continue  # only rows that are not written named it
                organisation = plan.organisation_drafts.get(name) or OrganisationDraft(
                    name_nl=name, org_kind=OrganisationKind.OTHER)
                # With the id the rows link to since the preview.
                bulk.create(dossier.organisations, organisation,
                            record_id=plan.organisation_ids.get(name))
                created += 1
                organisations += 1
            for current in counted(work, progress, *WRITE_ROWS_SPAN, phase=WRITING_ROWS):
                if current.outcome == "update":
                    record = current.record
                    if current.draft is not None:  # None: a row that adds only a contact
                        bulk.update(service, record.meta.id, current.draft,
                                    expected_version=record.meta.version, current=record)
                        updated += 1  # (a contact moment alone counts as created, below)
                    contact = current.extra.get("last_contact")
                    if contact is not None:  # "Laatste contact" with an existing person
                        bulk.create(dossier.meetings, contact, prepared=_reusable(
                            current.extra.get("last_contact_prepared"), contact, unchanged))
                        created += 1
                        contacts += 1
                    continue
                draft: Any = current.draft
                bulk.create(service, draft, record_id=current.extra.get("record_id"),
                            prepared=_reusable(current.prepared, draft, unchanged))
                created += 1
                contact = current.extra.get("last_contact")
                if contact is not None:  # the person's contact moment, checked with the row
                    bulk.create(dossier.meetings, contact, prepared=_reusable(
                        current.extra.get("last_contact_prepared"), contact, unchanged))
                    created += 1
                    contacts += 1
            current = None
            bulk.commit()
    except ValidationFailed as exc:
        lines = "; ".join(f"{human_field(e.field)}: {e.message}" for e in exc.errors)
        where = f"Rij {current.number}" if current is not None else "Een nieuwe organisatie"
        raise ImportRefused(
            f"{where} wordt geweigerd ({lines}); er is niets geïmporteerd."
        ) from exc
    except Refused as exc:
        raise ImportRefused(
            "Dit voorbeeld is al geïmporteerd (de records die het zou maken bestaan al); er is "
            "niets geïmporteerd. Bekijk het voorbeeld opnieuw."
        ) from exc
    except Conflict as exc:
        where = f"rij {current.number}" if current is not None else "een rij"
        raise ImportRefused(
            f"Het record van {where} is sinds het voorbeeld door iemand anders gewijzigd; er is "
            "niets geïmporteerd. Bekijk het voorbeeld opnieuw."
        ) from exc
    return ImportResult(created, made, len(plan.rows) - len(work), updated, created_by_kind={
        "organisations": organisations, "records": created - organisations - contacts,
        "contacts": contacts})


def _reusable(checked: PreparedDraft | None, draft: Any, unchanged: bool) -> Any:
    """What the preview prepared for this very draft, when nothing changed since; else None."""
    if not unchanged or checked is None:
        return None
    return checked.for_draft(draft)
