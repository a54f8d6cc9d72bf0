"""Shared test set-up: Qt without a screen, and no test ever touches the real home folder."""

from __future__ import annotations

import os
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
