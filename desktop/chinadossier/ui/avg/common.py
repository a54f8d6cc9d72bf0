"""What the AVG dialogs share: a backup step run on the writer thread before a write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def backup_step(dossier: Any, reason: str) -> Callable[[], Path | None]:
    """The verified, rotated backup a merge, undo or destruction makes first (services.backups:
    the folder set for this computer, else `backups/` beside the case file); raises when none
    could be made, so nothing is changed without one."""

    def run() -> Path | None:
        from chinadossier.services import backups

        # The one verified, rotating "backup first" (services.backups; issue 10.4): the folder
        # chosen in Instellingen, else `backups/` beside the case file.
        place = backups.desktop_place(dossier.path)
        return backups.backup_step(dossier.path, place, reason, clock=dossier.ctx.clock,
                                   actor=dossier.ctx.actor)()

    return run


def error_text(exc: BaseException) -> str:
    """A Dutch message for a failed call (the service's own when it has one)."""
    message = getattr(exc, "message", None)
    return str(message or exc)
