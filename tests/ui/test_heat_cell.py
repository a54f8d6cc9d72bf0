"""A heat-map cell opens its risks in the Risico's list under a removable chip; an empty cell
only says so in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from .shell_helpers import add_risk
from .test_shell import LIMIT, _window, start  # noqa: F401


def test_cell_filters_the_risk_list_by_bruto_cell_and_the_chip_removes_it(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    add_risk(dossier, net=(2, 3), gross=(4, 5), title="Risico in de cel")
    elders = add_risk(dossier, net=(1, 1), gross=(1, 1), title="Risico elders").record
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    overview = window.overview
    qtbot.waitUntil(lambda: overview.heatmap.count(2, 3) == 1, timeout=LIMIT)
    window.sidebar.select("risks")  # the list showed another risk before
    window.page("risks").show_record(elders.meta.id)
    qtbot.waitUntil(lambda: window.page("risks").selected_ids() == [elders.meta.id],
                    timeout=LIMIT)
    window.sidebar.select("overview")
    overview.gross_button.click()  # bruto: the cell is likelihood 4 × impact 5
    heat = overview.heatmap
    heat.setFocus()
    heat.set_focus_cell(4, 5)
    QTest.keyClick(heat, Qt.Key.Key_Return)
    page = window.page("risks")
    qtbot.waitUntil(lambda: window.current_page_key() == "risks" and page.model.rowCount() == 1
                    and not desktop.ops.is_busy(), timeout=LIMIT)
    assert [r.title for r in page.model.records()] == ["Risico in de cel"]
    qtbot.waitUntil(lambda: page.detail.record is not None
                    and page.detail.record.title == "Risico in de cel", timeout=LIMIT)
    assert page.selected_ids() == [page.model.record(0).meta.id]
    assert page.scope_chip.isVisible()
    assert page.scope_chip.text().startswith("bruto kans 4 × impact 5")
    assert page.scope_chip.accessibleName() == "Filter bruto kans 4 × impact 5 weghalen"
    assert "gevonden" in page.subtitle.text()
    assert QApplication.focusWidget() is page.table

    page.scope_chip.click()  # the chip removes its filter: the whole list again
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not desktop.ops.is_busy(),
                    timeout=LIMIT)
    assert not page.scope_chip.isVisible()


def test_an_empty_cell_opens_no_dialog(qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    window = _window(qtbot, start(case_file.parent))
    heat = window.overview.heatmap
    heat.setFocus()
    heat.set_focus_cell(1, 5)
    QTest.keyClick(heat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Geen open risico's" in window.statusBar().currentMessage(),
                    timeout=LIMIT)
    assert window.current_page_key() == "overview"
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
