"""A save conflict: the record changed since the form opened it. Reload, or keep editing.

Uses ui-lists' `chinadossier.ui.dialogs.conflict_dialog.ConflictDialog` when it is there;
otherwise a minimal dialog here with the same two choices.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

RELOAD = "reload"
KEEP = "keep"


def _shared_dialog() -> Any:
    try:
        module = importlib.import_module("chinadossier.ui.dialogs.conflict_dialog")
    except ImportError:
        return None
    return getattr(module, "ConflictDialog", None)


def ask_conflict(
    parent: QWidget, exc: Any, on_choice: Callable[[str], None], ops: Any = None
) -> Any:
    """Explain the conflict and call on_choice(RELOAD or KEEP); returns the (open) dialog."""
    shared = _shared_dialog()
    if shared is not None:
        dialog = shared(exc, parent, ops=ops)

        def chosen(_result: int) -> None:
            choice = getattr(dialog.choice, "value", dialog.choice)
            on_choice(RELOAD if choice == "reload" else KEEP)

        dialog.finished.connect(chosen)
        dialog.open()
        return dialog
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("conflict", "Record is intussen gewijzigd"))
    box.setText(getattr(exc, "message", str(exc)))
    box.setInformativeText(
        QCoreApplication.translate(
            "conflict",
            "Opnieuw laden toont de huidige gegevens (wat u typte vervalt). Verder bewerken houdt "
            "wat u typte; slaat u daarna op, dan vervangt dat de nieuwe versie.")
    )
    reload_button = box.addButton(QCoreApplication.translate("conflict", "Opnieuw laden"),
                                  QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(QCoreApplication.translate("conflict", "Verder bewerken"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)

    def done(_result: int) -> None:
        on_choice(RELOAD if box.clickedButton() is reload_button else KEEP)

    box.finished.connect(done)
    box.open()
    return box
