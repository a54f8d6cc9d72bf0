"""How the desktop names an undo (Ctrl+Z) that the audit trail marks (#8): the history of a
record and the Overzicht's recent activity both say "Ongedaan gemaakt: …" in these words.

A small module of its own, so the Overzicht (the first window) need not load the detail pane's
HTML to say it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from chinadossier.domain.history import UndoOf


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate reads _tr as QT_TR_NOOP (no context)


def undo_text(undo_of: UndoOf) -> str:
    """How an undo is named: "Ongedaan gemaakt: wijziging" (#8)."""
    what = {
        UndoOf.CREATE: _tr("aanmaken (naar de prullenbak)"),
        UndoOf.EDIT: _tr("wijziging"),
        UndoOf.TAG: _tr("tag toevoegen"),
        UndoOf.DELETE: _tr("verwijderen (teruggezet)"),
    }[undo_of]
    return _tr("Ongedaan gemaakt: {0}").format(what)
