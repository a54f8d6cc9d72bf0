"""A brand-new case file has no "recent activity": the authorities and risk categories written
while it was made are set-up, not something an official did (#8). Both reads (the services and
the desktop's quick first read on sqlite3) agree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft, RiskCategoryDraft
from chinadossier.services.dossier import Dossier
from chinadossier.services.quick import first_view


def _both(path: Path, clock: FixedClock) -> tuple[list[str | None], list[str | None]]:
    with Dossier.open(path, clock=clock) as d:
        services = [i.display_no for i in d.cockpit.recent_activity()]
    quick = first_view(path, clock=clock, trash_kinds=list(RecordKind)).activity
    return services, [i.display_no for i in quick]


def test_a_new_case_file_shows_no_set_up_as_activity(case_file: Path, clock: FixedClock) -> None:
    assert _both(case_file, clock) == ([], [])


def test_what_an_official_does_afterwards_is_shown(case_file: Path, clock: FixedClock) -> None:
    later = FixedClock(clock.now() + dt.timedelta(hours=1))
    with Dossier.open(case_file, clock=later) as d:
        org = d.organisations.create(OrganisationDraft(
            name_nl="Volksregering Xinghe (fictief)", org_kind=OrganisationKind.GOVERNMENT))
        d.risk_categories.create(RiskCategoryDraft(code="R-HAV", name_nl="Havens",
                                                   name_en="Ports"))
    services, quick = _both(case_file, later)
    assert services == quick == ["R-HAV", org.record.meta.display_no]
