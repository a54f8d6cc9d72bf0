"""A small filled case file for the list tests, made once per session and copied per test."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from chinadossier.domain.actor import Actor
from chinadossier.domain.codes import (
    Classification,
    DecisionBody,
    DecisionKind,
    Direction,
    MeetingKind,
    OrganisationKind,
    ParticipantSide,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import (
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    RiskNoteDraft,
    TieDraft,
)

TODAY = dt.date(2026, 11, 29)
TEST_ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")
MEETINGS = 12
"""Contact moments in the filled file: 2 pages of 5 and a short last page."""


def fill(dossier) -> dict[str, object]:
    """Create a few linked records; return their ids by name."""
    own = dossier.settings().own_authority.id
    org = dossier.organisations.create(
        OrganisationDraft(name_nl="Volksregering Xinghe (fictief)", hanzi="星河市人民政府",
                          org_kind=OrganisationKind.GOVERNMENT)
    ).record
    person = dossier.persons.create(PersonDraft(family_name="Liu", given_name="Yang",
                                                hanzi="刘洋")).record
    tie = dossier.ties.create(
        TieDraft(authority_id=own, organisation_id=org.meta.id, tie_type=TieType.SISTER_CITY,
                 status=TieStatus.ACTIVE, title="Stedenband Xinghe (fictief)")
    ).record
    with dossier.bulk() as bulk:
        meeting_ids = [
            bulk.create(
                dossier.meetings,
                MeetingDraft(
                    held_on=dt.date(2026, 1, 1) + dt.timedelta(days=7 * i),
                    meeting_kind=MeetingKind.VIDEO_CALL if i % 2 else MeetingKind.RECEPTION,
                    direction=Direction.INCOMING,
                    title=f"Overleg havens {i:02d}",
                    participants=(
                        ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id),
                        ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id),
                    ),
                    tie_ids=(tie.meta.id,),
                    common=Common(
                        classification=Classification.CONFIDENTIAL if i == 0 else None,
                        tags=("haven",),
                    ),
                ),
            )
            for i in range(MEETINGS)
        ]
        bulk.commit()
    decision = dossier.decisions.create(
        DecisionDraft(authority_id=own, body=DecisionBody.COUNCIL,
                      decision_kind=DecisionKind.MOTION,
                      decided_on=dt.date(2026, 2, 3), title="Motie stedenband Xinghe",
                      link_ids=(tie.meta.id,))
    ).record
    risk = dossier.risk_notes.create(
        RiskNoteDraft(subject_id=tie.meta.id, category_code="R-POL", title="Beïnvloeding",
                      assessment=AssessmentDraft(4, 4, 2, 3))
    ).record
    return {"org": org.meta.id, "person": person.meta.id, "tie": tie.meta.id,
            "meetings": meeting_ids, "decision": decision.meta.id, "risk": risk.meta.id}


@pytest.fixture(scope="session")
def filled_template(case_file_template: Path, tmp_path_factory) -> tuple[Path, dict]:
    """The session's filled case file (built once)."""
    from chinadossier.domain.clock import FixedClock
    from chinadossier.services.dossier import Dossier

    path = tmp_path_factory.mktemp("filled") / "chinadossier.sqlite3"
    shutil.copy2(case_file_template, path)
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=TEST_ACTOR) as dossier:
        ids = fill(dossier)
    return path, ids


@pytest.fixture
def filled(filled_template, tmp_path, clock):
    """This test's copy of the filled case file, opened: `.dossier`, `.path`, `.ids`."""
    from chinadossier.services.dossier import Dossier

    source, ids = filled_template
    path = tmp_path / "filled.sqlite3"
    shutil.copy2(source, path)
    dossier = Dossier.open(path, clock=clock, actor=TEST_ACTOR)
    yield SimpleNamespace(dossier=dossier, path=path, ids=ids)
    dossier.close()
