"""A demo made early in the morning carries no time stamp later than the moment it was made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import AMSTERDAM, FixedClock
from chinadossier.services.demo import create, create_demo
from chinadossier.services.dossier import Dossier

MADE_AT = dt.datetime(2026, 12, 6, 7, 34, tzinfo=AMSTERDAM)


class _EarlyMorning:
    """The system clock at 07:34 on the day the demo is made."""

    def now(self) -> dt.datetime:
        return MADE_AT.astimezone(dt.UTC)

    def today(self) -> dt.date:
        return MADE_AT.date()


def test_a_demo_made_at_0734_has_no_stamps_after_0734(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(create, "SystemClock", _EarlyMorning)
    path = tmp_path / "demo.cdos"
    create_demo(path, actor=Actor(account="demo-test", domain=None, host="testhost"))
    with Dossier.open(path, clock=FixedClock(MADE_AT), actor=Actor.current()) as dossier:
        activity = dossier.cockpit.recent_activity(limit=50)
    assert activity
    assert max(item.at for item in activity) <= MADE_AT
    assert all(item.at.astimezone(AMSTERDAM).date() == MADE_AT.date() for item in activity)
