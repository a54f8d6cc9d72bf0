"""Small builders for the service tests: drafts with sensible defaults, and row counts."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from chinadossier.domain.codes import (
    DecisionBody,
    DecisionKind,
    MeetingKind,
    OrganisationKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import (
    ActionDraft,
    AssessmentDraft,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    PersonDraft,
    RiskNoteDraft,
    SourceDraft,
    TieDraft,
)

# -- drafts ---------------------------------------------------------------------------------------


def org_draft(name_nl: str = "Gemeente Nanjing", **kw: Any) -> OrganisationDraft:
    """An organisation draft; keywords override fields."""
    kw.setdefault("org_kind", OrganisationKind.GOVERNMENT)
    return OrganisationDraft(name_nl=name_nl, **kw)


def person_draft(family_name: str = "Wang", **kw: Any) -> PersonDraft:
    """A person draft."""
    return PersonDraft(family_name=family_name, **kw)


def source_draft(title: str = "Raadsvoorstel stedenband", **kw: Any) -> SourceDraft:
    """A source draft."""
    return SourceDraft(title=title, **kw)


def tie_draft(authority_id: uuid.UUID, organisation_id: uuid.UUID, **kw: Any) -> TieDraft:
    """A tie draft (active sister city unless told otherwise)."""
    kw.setdefault("tie_type", TieType.SISTER_CITY)
    kw.setdefault("status", TieStatus.ACTIVE)
    return TieDraft(authority_id=authority_id, organisation_id=organisation_id, **kw)


def meeting_draft(held_on: dt.date = dt.date(2026, 3, 14), title: str = "Werkbezoek",
                  **kw: Any) -> MeetingDraft:
    """A meeting draft."""
    kw.setdefault("meeting_kind", MeetingKind.WORKING_VISIT)
    return MeetingDraft(held_on=held_on, title=title, **kw)


def action_draft(what: str = "Verslag rondsturen", **kw: Any) -> ActionDraft:
    """An action draft."""
    return ActionDraft(what=what, **kw)


def decision_draft(authority_id: uuid.UUID, decided_on: dt.date = dt.date(2025, 6, 12),
                   title: str = "Motie stedenband", **kw: Any) -> DecisionDraft:
    """A decision draft."""
    kw.setdefault("body", DecisionBody.COUNCIL)
    kw.setdefault("decision_kind", DecisionKind.MOTION)
    return DecisionDraft(authority_id=authority_id, decided_on=decided_on, title=title, **kw)


def assessment(il: int = 4, ii: int = 4, rl: int = 2, ri: int = 3, **kw: Any) -> AssessmentDraft:
    """An assessment draft (inherent 16, residual 6 by default)."""
    return AssessmentDraft(inherent_likelihood=il, inherent_impact=ii, residual_likelihood=rl,
                           residual_impact=ri, **kw)


def risk_draft(subject_id: uuid.UUID, category_code: str = "R-POL",
               title: str = "Beïnvloeding via vriendschapsvereniging", **kw: Any) -> RiskNoteDraft:
    """A risk note draft with a default first assessment."""
    kw.setdefault("assessment", assessment())
    return RiskNoteDraft(subject_id=subject_id, category_code=category_code, title=title, **kw)


# -- set-up in a dossier --------------------------------------------------------------------------


def own_authority_id(dossier: Any) -> uuid.UUID:
    """The case file's own authority (Rotterdam)."""
    return dossier.settings().own_authority.id  # type: ignore[no-any-return]


def make_org(dossier: Any, name_nl: str = "Gemeente Nanjing", **kw: Any) -> Any:
    """Create an organisation and return the record."""
    return dossier.organisations.create(org_draft(name_nl, **kw)).record


def make_tie(dossier: Any, organisation_id: uuid.UUID | None = None, **kw: Any) -> Any:
    """Create a tie of the own authority (with a new organisation unless one is given)."""
    org_id = organisation_id or make_org(dossier).meta.id
    return dossier.ties.create(tie_draft(own_authority_id(dossier), org_id, **kw)).record


def make_source(dossier: Any, title: str = "Raadsvoorstel stedenband", **kw: Any) -> Any:
    """Create a source and return the record."""
    return dossier.sources.create(source_draft(title, **kw)).record


# -- counting rows --------------------------------------------------------------------------------


def table_counts(path: Path) -> dict[str, int]:
    """Row count of every table of the case file (read directly with sqlite3)."""
    conn = sqlite3.connect(path)
    try:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for name in names}
    finally:
        conn.close()


def audit_count(path: Path) -> int:
    """Number of audit entries."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()
