"""A save conflict: the record changed since the form opened it. Reload, or keep editing.

Uses ui-lists' `chinadossier.ui.dialogs.conflict_dialog.conflict_dialog` when it is there;
otherwise this minimal dialog with the same choice.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

RELOAD = "reload"
KEEP = "keep"


def ask_conflict(parent: QWidget, exc: Any, on_choice: Callable[[str], None]) -> QMessageBox | Any:
    """Explain the conflict and call on_choice(RELOAD or KEEP); returns the (open) dialog."""
    try:
        module = importlib.import_module("chinadossier.ui.dialogs.conflict_dialog")
        shared = module.conflict_dialog
    except (ImportError, AttributeError):
        shared = None
    if shared is not None:
        try:
            return shared(parent, exc, on_choice)
        except TypeError:
            pass  # another signature: fall back to the minimal dialog below
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Record is intussen gewijzigd")
    box.setText(getattr(exc, "message", str(exc)))
    box.setInformativeText(
        "Herladen toont de huidige gegevens (uw invoer vervalt). Verder bewerken houdt uw invoer; "
        "slaat u daarna op, dan vervangt die de nieuwe versie."
    )
    reload_button = box.addButton("Herladen", QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton("Verder bewerken", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)

    def done(_result: int) -> None:
        on_choice(RELOAD if box.clickedButton() is reload_button else KEEP)

    box.finished.connect(done)
    box.open()
    return box
