"""Bestand → Importeren… / Exporteren… / Hele dossier exporteren (JSON)… in the real window."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from chinadossier.paths import Paths
from chinadossier.ui.app import DesktopApp
from chinadossier.ui.interchange.import_wizard import ImportWizard

LIMIT = 60_000

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture
def start(qtbot: Any) -> Iterator[Callable[[Path], DesktopApp]]:
    QCoreApplication.setOrganizationName("Chinadossier-tests")
    QCoreApplication.setApplicationName("Chinadossier-tests")
    QSettings().clear()
    made: list[DesktopApp] = []

    def start(data_dir: Path) -> DesktopApp:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        desktop = DesktopApp(app, Paths.from_data_dir(data_dir), catch_exceptions=False)
        made.append(desktop)
        desktop.start()
        return desktop

    yield start
    for desktop in made:
        if desktop.ops is not None:
            desktop.ops.wait_idle()
        qtbot.wait(1)
        if desktop.window is not None:
            desktop.window.hide()
            desktop.window.deleteLater()
        desktop.shutdown()
        desktop.deleteLater()
    QSettings().clear()


def test_file_menu_imports_and_exports(qtbot: Any, start: Any, case_file: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    desktop = start(case_file.parent)
    qtbot.waitUntil(lambda: desktop.window is not None and desktop.window.overview.data
                    is not None, timeout=LIMIT)
    window = desktop.window
    actions = window.actions_by_name
    out = tmp_path / "uit"
    out.mkdir()

    actions["export"].trigger()  # on the overview: no list to export
    assert "Kies eerst een lijst" in window.statusBar().currentMessage()

    chosen = [out / "organisaties.xlsx", out / "dossier.json"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(chosen.pop(0)), "")))
    window.show_page("organisations")
    actions["export"].trigger()
    qtbot.waitUntil(lambda: "geëxporteerd naar" in window.statusBar().currentMessage(),
                    timeout=LIMIT)
    assert (out / "organisaties.xlsx").is_file()

    actions["export_json"].trigger()
    qtbot.waitUntil(lambda: "Dossier geëxporteerd" in window.statusBar().currentMessage(),
                    timeout=LIMIT)
    document = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert document["format"] == "chinadossier-export"

    wizard = actions["import"].trigger() or window.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.currentId() == ImportWizard.FILE
    wizard.reject()

    # Back-up maken: on the writer thread behind a progress dialog, then said in the status bar.
    actions["backup"].trigger()
    qtbot.waitUntil(lambda: "Back-up gemaakt en gecontroleerd" in
                    window.statusBar().currentMessage(), timeout=LIMIT)
