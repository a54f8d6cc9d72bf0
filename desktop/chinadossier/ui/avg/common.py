"""What the AVG dialogs share: a backup step run on the writer thread before a write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def backup_step(dossier: Any, backups_dir: Path | None, reason: str) -> Callable[[], Path | None]:
    """The backup a merge, undo or destruction makes first (None: no backup folder known)."""

    def run() -> Path | None:
        if backups_dir is None:
            return None
        from chinadossier.services import backups

        # The one verified, rotating "backup first" (services.backups; issue 10.4).
        place = backups.desktop_place(dossier.path, backups_dir)
        return backups.backup_step(dossier.path, place, reason, clock=dossier.ctx.clock,
                                   actor=dossier.ctx.actor)()

    return run


def error_text(exc: BaseException) -> str:
    """A Dutch message for a failed call (the service's own when it has one)."""
    message = getattr(exc, "message", None)
    return str(message or exc)
