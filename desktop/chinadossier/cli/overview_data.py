"""What `chinadossier overview` shows, gathered read-only from an opened case file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinadossier.domain.codes import AuthorityKind, RecordKind
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.records import CaseFileSettings, Dashboard, TieRecord
from chinadossier.services.dossier import Dossier

#: Kinds counted in the overview, in the order shown.
COUNTED: tuple[RecordKind, ...] = (
    RecordKind.ORGANISATION,
    RecordKind.PERSON,
    RecordKind.TIE,
    RecordKind.MEETING,
    RecordKind.ACTION,
    RecordKind.DECISION,
    RecordKind.RISK_NOTE,
    RecordKind.SOURCE,
)


@dataclass(frozen=True, slots=True)
class OverviewData:
    """The figures of one case file for its own authority."""

    case_file: Path
    settings: CaseFileSettings
    authority_kind: AuthorityKind
    schema_version: int
    counts: dict[RecordKind, int]
    ties: list[TieRecord]
    dashboard: Dashboard


def gather(dossier: Dossier) -> OverviewData:
    """Read everything the overview shows.

    Args:
        dossier: A case file opened (read-only is enough).

    Returns:
        The overview of the case file's own authority.
    """
    settings = dossier.settings()
    own = settings.own_authority
    # Counted in the database: paging through 100,000 contact moments took half a minute.
    found = dossier.overview.counts()
    counts = {kind: found[kind] for kind in COUNTED}
    ties = dossier.ties.list_all({"authority_id": own.id})
    return OverviewData(
        case_file=dossier.path,
        settings=settings,
        authority_kind=dossier.authorities.get(own.id).authority_kind,
        schema_version=dossier.schema_version,
        counts=counts,
        ties=ties,
        dashboard=dossier.overview.dashboard(),
    )


def tie_since(tie: TieRecord) -> PartialDate | None:
    """Since when a tie exists: its start, else the day it was signed; None when unknown."""
    return tie.starts or tie.signed


def tie_json(tie: TieRecord) -> dict[str, Any]:
    """One tie with English keys, stored codes and ISO dates.

    Args:
        tie: The tie.

    Returns:
        JSON-compatible data.
    """
    since = tie_since(tie)
    return {
        "id": str(tie.meta.id),
        "display_no": tie.meta.display_no,
        "title": tie.title,
        "type": tie.tie_type.value,
        "status": tie.status.value,
        # ISO text plus precision and the "ca." / "onzeker" flags: a rough date is never
        # presented as exact.
        "since": since.to_json() if since else None,
        "ends": tie.ends.to_json() if tie.ends else None,
        "signed": tie.signed.to_json() if tie.signed else None,
        "renewed": tie.renewed.to_json() if tie.renewed else None,
        "term_starts": tie.term_starts.to_json() if tie.term_starts else None,
        "term_ends": tie.term_ends.to_json() if tie.term_ends else None,
        "evaluation_on": tie.evaluation_on.isoformat() if tie.evaluation_on else None,
        "organisation": {
            "id": str(tie.organisation.id),
            "display_no": tie.organisation.display_no,
            "label": tie.organisation.label,
        },
    }


def dashboard_json(dashboard: Dashboard) -> dict[str, Any]:
    """The dashboard figures with English keys and stored codes.

    Args:
        dashboard: The figures.

    Returns:
        JSON-compatible data.
    """
    return {
        "today": dashboard.today.isoformat(),
        "ties_by_status": {k.value: n for k, n in dashboard.ties_by_status.items()},
        "meetings_last_12_months": dashboard.meetings_last_12_months,
        "open_risks_by_level": {k.value: n for k, n in dashboard.open_risks_by_level.items()},
        "overdue_actions": dashboard.overdue_actions,
        "overdue_reviews": dashboard.overdue_reviews,
    }


def overview_json(data: OverviewData) -> dict[str, Any]:
    """The whole overview as JSON data (English keys, codes, ISO dates).

    Args:
        data: The gathered overview.

    Returns:
        JSON-compatible data.
    """
    own = data.settings.own_authority
    return {
        "case_file": str(data.case_file),
        "own_authority": {
            "code": data.settings.own_authority_code,
            "name": own.label,
            "kind": data.authority_kind.value,
        },
        "is_demo": data.settings.is_demo,
        "schema_version": data.schema_version,
        "reference_version": data.settings.reference_version,
        "counts": {kind.value: n for kind, n in data.counts.items()},
        "ties": [tie_json(t) for t in data.ties],
        "dashboard": dashboard_json(data.dashboard),
    }
