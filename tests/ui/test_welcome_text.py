"""The welcome dialog promises only the steps it has (#8): it spoke of choosing a default
classification, which it never asks for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from chinadossier.ui.dialogs.welcome_dialog import WelcomeDialog


def test_the_welcome_text_names_no_classification_step(qtbot: Any, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "standaardclassificatie worden" not in texts
    assert "drie keuzes" in texts
    steps = [label.text() for label in dialog.findChildren(QLabel)
             if label.text().endswith("?")]
    assert len(steps) == 3 and not any("classificatie" in s.lower() for s in steps)
