"""Backup rotation keeps exactly the documented set: newest per day, ISO week and month."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinadossier.domain.backup_rotation import RotationPolicy, backups_to_keep

UTC = dt.UTC


def _daily_for(days: int, start: dt.datetime) -> list[tuple[str, dt.datetime]]:
    return [((start - dt.timedelta(days=n)).date().isoformat(), start - dt.timedelta(days=n))
            for n in range(days)]


def test_a_year_of_daily_backups_keeps_7_daily_4_weekly_12_monthly():
    now = dt.datetime(2026, 12, 6, 9, 0, tzinfo=UTC)  # a Sunday
    backups = _daily_for(400, now)
    kept = backups_to_keep(backups)
    days = sorted(kept, reverse=True)
    # 7 newest days
    assert days[:7] == [(now - dt.timedelta(days=n)).date().isoformat() for n in range(7)]
    # Newest of each of the last 4 ISO weeks: this Sunday and the three Sundays before
    sundays = {(now - dt.timedelta(days=7 * n)).date().isoformat() for n in range(4)}
    assert sundays <= kept
    # Newest of each of the last 12 months: 6 Dec, then the last day of Nov … Jan.
    month_ends = {"2026-12-06"} | {
        (dt.date(2026, m + 1, 1) - dt.timedelta(days=1)).isoformat() for m in range(1, 12)
    }
    assert month_ends <= kept
    assert kept == set(days[:7]) | sundays | month_ends
    assert len(kept) == len(set(days[:7]) | sundays | month_ends) <= 7 + 4 + 12


def test_the_calendar_is_amsterdams_not_utc():
    # 23:30 UTC on 5 Dec is 00:30 on 6 Dec in Amsterdam: a different day from 22:00 UTC.
    late = ("late", dt.datetime(2026, 12, 5, 23, 30, tzinfo=UTC))
    early = ("early", dt.datetime(2026, 12, 5, 22, 0, tzinfo=UTC))
    assert backups_to_keep([late, early], RotationPolicy(daily=2, weekly=0, monthly=0)) == {
        "late", "early"}


def test_nothing_gives_nothing_and_a_zero_policy_still_keeps_the_newest():
    assert backups_to_keep([]) == set()
    only = [("a", dt.datetime(2026, 1, 1, tzinfo=UTC)), ("b", dt.datetime(2026, 2, 1, tzinfo=UTC))]
    assert backups_to_keep(only, RotationPolicy(0, 0, 0)) == {"b"}


@pytest.mark.parametrize("bad", [-1, 1001, True, 2.5])
def test_a_policy_is_bounded(bad):
    with pytest.raises(ValueError):
        RotationPolicy(daily=bad)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1),
                             timezones=st.just(UTC)), min_size=1, max_size=60, unique=True),
       st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))
def test_rotation_properties(times, daily, weekly, monthly):
    backups = [(t.isoformat(), t) for t in times]
    policy = RotationPolicy(daily, weekly, monthly)
    kept = backups_to_keep(backups, policy)
    assert max(times).isoformat() in kept
    assert len(kept) <= max(1, daily + weekly + monthly) + 1
    # Stable: rotating what was kept keeps all of it.
    assert backups_to_keep([(k, dt.datetime.fromisoformat(k)) for k in kept], policy) == kept
