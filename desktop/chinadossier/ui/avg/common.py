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

        made = backups.before_change(dossier.path, backups.place_beside(dossier.path),
                                     reason=reason, clock=dossier.ctx.clock,
                                     actor=dossier.ctx.actor, required=True)
        return made.path

    return run


def error_text(exc: BaseException) -> str:
    """A Dutch message for a failed call (the service's own when it has one)."""
    message = getattr(exc, "message", None)
    return str(message or exc)
