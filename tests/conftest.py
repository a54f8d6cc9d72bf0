"""Shared test set-up: Qt without a screen, and no test ever touches the real home folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests run headless, also on a desktop with a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

_HOME_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _redirect_home(mp: pytest.MonkeyPatch, root: Path) -> None:
    """Point the data dir, HOME and the XDG folders below `root`."""
    home = root / "home"
    home.mkdir(parents=True, exist_ok=True)
    mp.setenv("HOME", str(home))
    mp.setenv("USERPROFILE", str(home))
    for name in _HOME_VARIABLES:
        folder = root / name.lower()
        folder.mkdir(exist_ok=True)
        mp.setenv(name, str(folder))
    mp.setenv("CHINADOSSIER_DATA_DIR", str(root / "data"))


@pytest.fixture(scope="session", autouse=True)
def _session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Redirect user folders for session-wide fixtures too (e.g. the QApplication)."""
    with pytest.MonkeyPatch.context() as mp:
        _redirect_home(mp, tmp_path_factory.mktemp("session-home"))
        yield


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Give every test its own empty home and data folder (STYLE.md point 10)."""
    _redirect_home(monkeypatch, tmp_path_factory.mktemp("home"))


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Cyclic garbage collected on the GUI thread only, as in the application (ui.gui_gc).

    Installed by the first test with a QApplication (pytest-qt's `qapp`, also through `qtbot`);
    from then on collection is off in every thread and each test's end collects what is due
    here, on the main thread. Without it a background thread of one test could collect a
    window of an earlier test and run its C++ destructor outside the GUI thread (a crash).
    """
    if "qapp" in request.fixturenames:
        from chinadossier.ui import gui_gc

        gui_gc.install(request.getfixturevalue("qapp"))
    yield
    module = sys.modules.get("chinadossier.ui.gui_gc")  # no Qt import for a test without it
    collector = module.installed() if module is not None else None
    if collector is not None:
        collector.tick()


# -- case files ---------------------------------------------------------------------------------
# One case file is created and migrated per session; every test gets its own byte copy of it
# (STYLE.md 11), so tests are isolated and fast.

import datetime as dt  # noqa: E402
import shutil  # noqa: E402

from chinadossier.domain.actor import Actor  # noqa: E402
from chinadossier.domain.clock import FixedClock  # noqa: E402

TODAY = dt.date(2026, 11, 29)
TEST_ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")


@pytest.fixture(scope="session")
def case_file_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh case file for Rotterdam (GM0599), made once per test session."""
    from chinadossier.services.setup import new_case_file

    path = tmp_path_factory.mktemp("template") / "chinadossier.sqlite3"
    return new_case_file(path, authority_code="GM0599", clock=FixedClock.on(TODAY),
                         actor=TEST_ACTOR)


@pytest.fixture
def case_file(case_file_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the template case file."""
    target = tmp_path / "chinadossier.sqlite3"
    shutil.copy2(case_file_template, target)
    return target


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing on 29 November 2026, 10:00 in Amsterdam."""
    return FixedClock.on(TODAY)


@pytest.fixture
def dossier(case_file: Path, clock: FixedClock) -> Iterator[object]:
    """The services of this test's case file."""
    from chinadossier.services.dossier import Dossier

    opened = Dossier.open(case_file, clock=clock, actor=TEST_ACTOR)
    yield opened
    opened.close()
