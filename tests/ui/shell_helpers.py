"""Builders for the shell tests: a started DesktopApp on a case file, a risk, an older file."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import AssessmentDraft, OrganisationDraft, RiskNoteDraft


def set_user_version(path: Path, version: int) -> None:
    """Pretend the file was made by another schema version (as the maintenance tests do)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


def add_risk(dossier: Any, *, net: tuple[int, int], gross: tuple[int, int] = (4, 4),
             title: str = "Beïnvloeding via vriendschapsvereniging", **kw: Any) -> Any:
    """An organisation with one open risk note; returns the service's Result for the note."""
    org = dossier.organisations.create(
        OrganisationDraft(name_nl="Gemeente Nanjing", org_kind=OrganisationKind.GOVERNMENT,
                          hanzi="南京市")).record
    return dossier.risk_notes.create(RiskNoteDraft(
        subject_id=org.meta.id, category_code="R-POL", title=title,
        assessment=AssessmentDraft(inherent_likelihood=gross[0], inherent_impact=gross[1],
                                   residual_likelihood=net[0], residual_impact=net[1]),
        **kw,
    ))
