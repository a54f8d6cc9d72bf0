"""The main window's open dialogs by name, held weakly.

A form or message box parented to the window is kept alive by Qt (the parent owns it) and
deletes itself when closed (WA_DeleteOnClose). A plain Python attribute on the window would
keep its wrapper after that — a stale object that fails on first use, and a leak per dialog
opened. `OpenDialogs` remembers each one by a weak reference instead: after the dialog is gone,
`get` answers None.
"""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class OpenDialogs:
    """Weak references to the window's dialogs by name (the latest one per name)."""

    def __init__(self) -> None:
        self._refs: dict[str, weakref.ref[QWidget]] = {}

    def keep(self, name: str, dialog: Any) -> Any:
        """Remember a dialog under a name; it is deleted when closed (WA_DeleteOnClose)."""
        if isinstance(dialog, QWidget):
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._refs[name] = weakref.ref(dialog)
        return dialog

    def get(self, name: str) -> Any | None:
        """The dialog last kept under this name, or None once it was closed and deleted."""
        ref = self._refs.get(name)
        dialog = ref() if ref is not None else None
        if dialog is None or not shiboken6.isValid(dialog):
            self._refs.pop(name, None)
            return None
        return dialog
