"""Writing a plan: the new records and updates in one unit of work, all or nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chinadossier.domain import plural
from chinadossier.domain.codes import MeetingKind, NameOrder, OrganisationKind, ParticipantSide
from chinadossier.domain.drafts import (
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    PositionDraft,
)
from chinadossier.domain.errors import Conflict, ValidationFailed, human_field
from chinadossier.domain.generated_text import LAST_CONTACT_SUMMARY, last_contact_title
from chinadossier.domain.progress import Progress
from chinadossier.interchange.columns import ImportKind
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.services.importing.planning import service_for
from chinadossier.services.importing.plans import ImportPlan, ImportResult, RowPlan
from chinadossier.services.importing.quiet_gc import no_gc

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
            or a record to update was changed by someone else since the preview; the message
            names the row. Nothing was written.
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
    created = updated = 0
    current: RowPlan | None = None
    service: Any = service_for(dossier, plan.kind)
    try:
        with no_gc(), dossier.bulk(progress) as bulk:
            organisation_ids: dict[str, uuid.UUID] = {}
            needed = {row.extra.get("organisation_name") for row in work}
            for name in plan.new_organisations:
                if name not in needed:
                    continue  # only rows that are not written named it
                organisation = plan.organisation_drafts.get(name) or OrganisationDraft(
                    name_nl=name, org_kind=OrganisationKind.OTHER)
                organisation_ids[name] = bulk.create(dossier.organisations, organisation)
                created += 1
            for current in work:
                if current.outcome == "update":
                    record = current.record
                    bulk.update(service, record.meta.id, current.draft,
                                expected_version=record.meta.version, current=record)
                    updated += 1
                    continue
                draft: Any = current.draft
                if plan.kind is ImportKind.PERSONS:
                    draft = _with_position(draft, current.extra, organisation_ids)
                elif plan.kind is ImportKind.TIES and "organisation_name" in current.extra:
                    draft = _replaced(draft, organisation_id=organisation_ids[
                        current.extra["organisation_name"]])
                record_id = bulk.create(service, draft)
                created += 1
                contact = current.extra.get("last_contact")
                if contact is not None:
                    bulk.create(dossier.meetings, MeetingDraft(
                        held_on=contact,
                        meeting_kind=MeetingKind.OTHER,
                        title=last_contact_title(_display(draft)),
                        participants=(ParticipantDraft(ParticipantSide.THEIRS,
                                                       person_id=record_id),),
                        summary=LAST_CONTACT_SUMMARY,
                        common=draft.common,
                    ))
                    created += 1
            current = None
            bulk.commit()
    except ValidationFailed as exc:
        lines = "; ".join(f"{human_field(e.field)}: {e.message}" for e in exc.errors)
        where = f"Rij {current.number}" if current is not None else "Een nieuwe organisatie"
        raise ImportRefused(
            f"{where} wordt geweigerd ({lines}); er is niets geïmporteerd."
        ) from exc
    except Conflict as exc:
        where = f"rij {current.number}" if current is not None else "een rij"
        raise ImportRefused(
            f"Het record van {where} is sinds het voorbeeld door iemand anders gewijzigd; er is "
            "niets geïmporteerd. Bekijk het voorbeeld opnieuw."
        ) from exc
    return ImportResult(created, made, len(plan.rows) - len(work), updated)


def _replaced(draft: Any, **changes: Any) -> Any:
    return type(draft)(**{**_fields(draft), **changes})


def _with_position(
    draft: PersonDraft, extra: Mapping[str, Any], organisation_ids: Mapping[str, uuid.UUID]
) -> PersonDraft:
    if "title" not in extra:
        return draft
    organisation_id = extra.get("organisation_id") or organisation_ids.get(
        extra.get("organisation_name", ""))
    position = PositionDraft(
        title=extra["title"],
        organisation_id=organisation_id,
        authority_id=extra.get("authority_id"),
    )
    return PersonDraft(**{**_fields(draft), "positions": (position,)})


def _fields(draft: Any) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in draft.__dataclass_fields__}


def _display(draft: PersonDraft) -> str:
    if draft.name_order is NameOrder.FAMILY_FIRST:
        latin = " ".join(p for p in (draft.family_name, draft.given_name) if p)
    else:
        latin = " ".join(p for p in (draft.given_name, draft.tussenvoegsel, draft.family_name) if p)
    return " ".join(p for p in (draft.hanzi, latin) if p)
