"""Dutch text for the results of the read commands: overview and search."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from chinadossier.domain.codes import AuthorityKind, RecordKind
from chinadossier.domain.labels import label, tie_type_label
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.record_refs import SearchHit
from chinadossier.domain.tie_text import tie_period

if TYPE_CHECKING:  # annotations only: `search` must start without the services' imports
    from chinadossier.cli.overview_data import OverviewData
    from chinadossier.domain.records import Dashboard, TieRecord
    from chinadossier.services.checking import CheckReport

E = TypeVar("E", bound=StrEnum)

#: Plural Dutch names for the counted kinds (labels.py holds singulars only).
PLURAL_NL: Mapping[RecordKind, str] = {
    RecordKind.ORGANISATION: "organisaties",
    RecordKind.PERSON: "personen",
    RecordKind.TIE: "banden",
    RecordKind.MEETING: "contactmomenten",
    RecordKind.ACTION: "acties",
    RecordKind.DECISION: "besluiten",
    RecordKind.RISK_NOTE: "risiconotities",
    RecordKind.SOURCE: "bronnen",
}

#: Dutch names for the keys of the demo's record counts.
DEMO_COUNTS_NL: Mapping[str, str] = {
    "sources": "bronnen",
    "organisations": "organisaties",
    "persons": "personen",
    "ties": "banden",
    "meetings": "contactmomenten",
    "actions": "acties",
    "decisions": "besluiten",
    "risk_notes": "risiconotities",
    "risk_assessments": "risicobeoordelingen",
}


def _table(rows: Iterable[tuple[str, ...]], indent: str = "  ") -> list[str]:
    """Rows as left-aligned columns (the last column is not padded)."""
    rows = list(rows)
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append(indent + "  ".join([*cells, row[-1]]).rstrip())
    return lines


def _figures(values: Mapping[E, int]) -> str:
    """"actief 2, slapend 1, ..." in the order of the enum."""
    return ", ".join(f"{label(code, 'nl')} {n}" for code, n in values.items())


def dutch_day(day: dt.date) -> str:
    """A date as "29 november 2026"."""
    return PartialDate.day(day).dutch()


def _tie_row(tie: TieRecord, authority_kind: AuthorityKind | None) -> tuple[str, ...]:
    return (
        tie.meta.display_no,
        tie.title,
        tie_type_label(tie.tie_type, authority_kind, "nl"),
        label(tie.status, "nl"),
        tie_period(tie.status, tie.starts, tie.signed, tie.ends),
    )


def _dashboard_lines(dashboard: Dashboard) -> list[str]:
    return [
        f"Stand op {dutch_day(dashboard.today)}",
        f"  Banden per status: {_figures(dashboard.ties_by_status)}",
        "  Contactmomenten in de afgelopen 12 maanden: "
        f"{dashboard.meetings_last_12_months}",
        f"  Open risico's per niveau: {_figures(dashboard.open_risks_by_level)}",
        f"  Acties met verstreken termijn: {dashboard.overdue_actions}"
        + (" (welke: chinadossier list acties --overdue)" if dashboard.overdue_actions else ""),
        f"  Risico's waarvan de herbeoordeling verlopen is: {dashboard.overdue_reviews}"
        + (" (welke: chinadossier list risicos --overdue)" if dashboard.overdue_reviews else ""),
    ]


def overview_text(data: OverviewData) -> str:
    """The overview as Dutch text.

    Args:
        data: The gathered overview.

    Returns:
        Lines separated by newlines (no trailing newline).
    """
    settings = data.settings
    own = settings.own_authority
    kind = label(data.authority_kind, "nl")
    lines = [
        f"Dossier: {data.case_file} (schema {data.schema_version})",
        f"Eigen {kind}: {own.label} ({settings.own_authority_code})",
        "Demodossier: ja — voorbeeldgegevens, deels fictief; niet voor echt gebruik"
        if settings.is_demo else "Demodossier: nee",
        "",
        "Aantallen",
        *_table((PLURAL_NL[k], str(n)) for k, n in data.counts.items()),
        "",
        f"Banden van {own.label}",
    ]
    others = data.counts.get(RecordKind.TIE, 0) - len(data.ties)
    if others > 0:
        lines.append(
            f"  ({len(data.ties)} van de {data.counts[RecordKind.TIE]} banden in dit dossier; de "
            f"andere {others} zijn van andere overheden — alle banden: chinadossier list banden)"
        )
    if data.ties:
        lines += _table(_tie_row(t, data.authority_kind) for t in data.ties)
    else:
        lines.append("  (nog geen banden vastgelegd)")
    lines += ["", *_dashboard_lines(data.dashboard)]
    return "\n".join(lines)


def cut_text(shown: int, total: int) -> str:
    """ "50 van 71 getoond; …" when a list or search was cut at its limit (500: at least)."""
    of = f"ten minste {total}" if total >= 500 else str(total)
    return f"{shown} van {of} getoond; gebruik --limit om meer te zien."


def search_text(
    query: str,
    hits: list[SearchHit],
    authority_kinds: Mapping[uuid.UUID, AuthorityKind] | None = None,
) -> str:
    """Search results as Dutch text: number, kind and label per hit.

    Args:
        query: What was searched for.
        hits: The hits, best first.
        authority_kinds: Kind of each authority among the hits (shown as gemeente/provincie).

    Returns:
        Lines separated by newlines (no trailing newline).
    """
    if not hits:
        return f"Niets gevonden voor '{query}'."
    kinds = authority_kinds or {}
    rows = [
        (
            h.ref.display_no,
            label(kinds[h.ref.id], "nl") if h.ref.id in kinds else label(h.ref.kind, "nl"),
            h.ref.label,
        )
        for h in hits
    ]
    count = "1 resultaat" if len(hits) == 1 else f"{len(hits)} resultaten"
    return "\n".join([f"{count} voor '{query}':", *_table(rows)])


def search_json(hits: list[SearchHit]) -> list[dict[str, object]]:
    """Search results as JSON data.

    Args:
        hits: The hits, best first.

    Returns:
        One object per hit with id, kind (code), display_no, label and rank.
    """
    return [
        {
            "id": str(h.ref.id),
            "kind": h.ref.kind.value,
            "display_no": h.ref.display_no,
            "label": h.ref.label,
            "rank": h.rank,
        }
        for h in hits
    ]


def counts_text(counts: Mapping[str, int]) -> str:
    """Record counts keyed by English names (as the demo reports them) as Dutch lines.

    Args:
        counts: Count per English key, e.g. {"ties": 20}.

    Returns:
        One indented line per key; unknown keys are shown as they are.
    """
    return "\n".join(_table((DEMO_COUNTS_NL.get(k, k), str(n)) for k, n in counts.items()))


def check_text(report: CheckReport, marks: tuple[str, str]) -> str:
    """A check report as Dutch lines, each item with its mark, and a conclusion.

    Args:
        report: The outcome of the checks.
        marks: The signs for passed and failed (✔/✘ or OK/FOUT).

    Returns:
        Lines separated by newlines (no trailing newline).
    """
    passed, failed = marks
    lines = [f"{passed if item.ok else failed} {item.message}" for item in report.items]
    if report.ok:
        lines.append("Het dossier is in orde.")
    else:
        problems = sum(1 for item in report.items if not item.ok)
        lines.append("Er is 1 probleem gevonden." if problems == 1
                     else f"Er zijn {problems} problemen gevonden.")
    return "\n".join(lines)
