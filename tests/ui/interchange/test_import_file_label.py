"""The import wizard's "Tekenset (CSV)" reads whole: its label had exactly its text's width
and lost the last pixels of the closing ")" ("Tekenset (CSV")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from chinadossier.ui.interchange.import_wizard import ImportWizard


def test_tekenset_label_has_room_after_its_text(qtbot: Any, tmp_path: Path) -> None:
    wizard = ImportWizard(None, tmp_path / "backups")
    qtbot.addWidget(wizard)
    wizard.resize(1366 - 2 * 253, 560)  # as it opens over the main window at 1366×768
    wizard.show()
    qtbot.waitExposed(wizard)
    (label,) = [w for w in wizard.file_page.findChildren(QLabel) if "Tekenset" in w.text()]
    text = label.text().replace("&", "")
    assert text == "Tekenset (CSV)"
    metrics = label.fontMetrics()
    ink = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).right() + 1)
    assert label.isVisible() and label.width() >= ink + 3, (label.width(), ink)
    # and the field beside it starts after the label, not over it
    assert label.geometry().right() < wizard.file_page.encoding.geometry().left()
