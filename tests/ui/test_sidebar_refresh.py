"""Vernieuwen re-reads the sidebar's counts too: a change made elsewhere (the CLI, another
window) showed on the page but the sidebar kept "Risico's 8" beside a list of ten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from tests.ui.shell_helpers import add_risk
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture


def test_overview_refresh_button_recounts_the_sidebar(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    add_risk(dossier, net=(2, 3))
    window = _window(qtbot, start(case_file.parent))
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 1, timeout=LIMIT)
    add_risk(dossier, net=(3, 3), title="Tweede risico")  # outside this window, as the CLI
    qtbot.mouseClick(window.overview.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 2, timeout=LIMIT)


def test_f5_on_a_list_page_recounts_the_sidebar(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    add_risk(dossier, net=(2, 3))
    window = _window(qtbot, start(case_file.parent))
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 1, timeout=LIMIT)
    window.sidebar.select("risks")
    page = window.pages["risks"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=LIMIT)
    add_risk(dossier, net=(3, 3), title="Tweede risico")
    window.actions_by_name["refresh"].trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=LIMIT)
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 2, timeout=LIMIT)


def test_going_to_a_page_recounts_the_sidebar_with_it(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    add_risk(dossier, net=(2, 3))
    window = _window(qtbot, start(case_file.parent))
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 1, timeout=LIMIT)
    add_risk(dossier, net=(3, 3), title="Tweede risico")
    window.sidebar.select("risks")
    page = window.pages["risks"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=LIMIT)
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 2, timeout=LIMIT)
