"""One event reads at one time everywhere: Europe/Amsterdam, also on a computer set to UTC."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.services.dossier import Dossier

from .test_shell import LIMIT, _window, start  # noqa: F401

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TEST_ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")


@pytest.fixture
def utc_computer(monkeypatch: pytest.MonkeyPatch):
    """The computer's own zone is UTC (as on the reviewer's machine)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_overview_history_and_backup_line_show_amsterdam_time(
        qtbot: Any, start: Any, case_file: Path, utc_computer: None) -> None:  # noqa: F811
    made = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0) - dt.timedelta(minutes=1)
    with Dossier.open(case_file, clock=FixedClock(made), actor=TEST_ACTOR) as dossier:
        org = dossier.organisations.create(OrganisationDraft(
            name_nl="Gemeente Nanjing", org_kind=OrganisationKind.GOVERNMENT)).record
    local = made.astimezone(AMSTERDAM)
    assert local.strftime("%H:%M") != made.strftime("%H:%M")  # the two zones differ
    window = _window(qtbot, start(case_file.parent))

    from PySide6.QtWidgets import QLabel
    qtbot.waitUntil(lambda: any(lbl.text().startswith("vandaag") for lbl in
                                window.overview.findChildren(QLabel)), timeout=LIMIT)
    texts = [lbl.text() for lbl in window.overview.findChildren(QLabel)]
    assert f"vandaag {local:%H:%M}" in texts  # Recente activiteit

    window.open_record(RecordKind.ORGANISATION, org.meta.id)
    detail = window.page("organisations").detail
    qtbot.waitUntil(lambda: detail.record is not None, timeout=LIMIT)
    assert f"{local:%d-%m-%Y %H:%M}" in detail.text()  # Geschiedenis

    window._show_newest_backup(made.timestamp())  # the sidebar's Back-up line
    assert window.sidebar.backup.text() == f"Back-up: vandaag {local:%H:%M}"
