"""Issue 7.1: what the services accept is stored and hashed alike, so `check` never cries wolf.

Each case was a permanent false "direct in het bestand gewijzigd?" before: the value was hashed
as given (a tz-aware time, a datetime, an int for a bool) but stored and read back differently.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import make_org, meeting_draft, own_authority_id, source_draft, tie_draft

from chinadossier.domain.codes import DatePrecision
from chinadossier.domain.errors import ValidationFailed
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services import maintenance


def _failed(path: Path) -> list[str]:
    return [f"{i.name}: {i.message}" for i in maintenance.check(path).items if not i.ok]


def test_a_timezone_aware_start_time_is_refused_with_a_field_message(dossier: Any) -> None:
    aware = dt.time(14, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    with pytest.raises(ValidationFailed) as caught:
        dossier.meetings.create(meeting_draft(start_time=aware))
    assert "start_time" in {e.field for e in caught.value.errors}
    assert not _failed(dossier.path)


def test_a_partial_date_from_a_datetime_is_stored_as_its_date(dossier: Any) -> None:
    moment = dt.datetime(2022, 11, 16, 15, 45)
    made = dossier.sources.create(
        source_draft(published=PartialDate(moment, DatePrecision.DAY))).record
    assert made.published == PartialDate(dt.date(2022, 11, 16))
    assert type(made.published.value) is dt.date
    assert not _failed(dossier.path)


@pytest.mark.parametrize("flag", [1, 0])
def test_an_int_for_a_partial_date_flag_is_stored_as_a_bool(dossier: Any, flag: int) -> None:
    org = make_org(dossier)
    when = PartialDate(dt.date(1985, 1, 1), DatePrecision.YEAR, uncertain=flag, circa=flag)  # type: ignore[arg-type]
    made = dossier.ties.create(tie_draft(own_authority_id(dossier), org.meta.id,
                                         starts=when)).record
    assert made.starts.uncertain is bool(flag)
    assert not _failed(dossier.path)


def test_a_partial_date_flag_of_another_type_is_refused(dossier: Any) -> None:
    org = make_org(dossier)
    when = PartialDate(dt.date(1985, 1, 1), DatePrecision.YEAR, uncertain="ja")  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed) as caught:
        dossier.ties.create(tie_draft(own_authority_id(dossier), org.meta.id, starts=when))
    assert "starts" in {e.field for e in caught.value.errors}


def test_an_int_for_a_bool_field_is_stored_as_a_bool(dossier: Any) -> None:
    from chinadossier.domain.drafts import RiskCategoryDraft

    made = dossier.risk_categories.create(
        RiskCategoryDraft("R-NEW", "Nieuw", "New", retired=1)).record  # type: ignore[arg-type]
    assert made.retired is True
    assert not _failed(dossier.path)
