"""What happens to a file already at the demo's path: demo or real, counted, removed."""

from __future__ import annotations

import contextlib
from pathlib import Path

from chinadossier.domain.errors import ChinadossierError
from chinadossier.services.demo.counts import count_records
from chinadossier.services.dossier import Dossier


def occupied(path: Path) -> bool:
    """Whether something (a file or a dangling link) is at the path."""
    return path.exists() or path.is_symlink()


def is_demo(path: Path) -> bool:
    """Whether the file is a demo case file; FileRefused when it is no case file at all.

    Opened for writing but only read: SQLite then removes the -wal and -shm files it made when
    the file is closed (a read-only connection would leave them behind); the file is unchanged.
    """
    with Dossier.open(path, require_current=False) as dossier:
        return dossier.settings().is_demo


def existing_counts(path: Path) -> dict[str, int]:
    """Number of records per kind in an existing demo; empty when its schema is not current."""
    with Dossier.open(path, require_current=False) as dossier:
        if not dossier.ctx.database.is_current:
            return {}
        return count_records(dossier)


def check_closed(path: Path) -> None:
    """Refuse to move a file whose write-ahead log still holds data (it would be lost)."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ChinadossierError(
            f"De demo kon niet worden afgerond: {wal} is nog in gebruik. Probeer het opnieuw."
        )


def remove(path: Path) -> None:
    """Delete the case file with its -wal and -shm files, as far as they exist."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
