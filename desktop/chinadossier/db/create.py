"""Creating a case file: built beside its target, migrated and seeded, then moved into place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from chinadossier.db import sqlite_file
from chinadossier.db.engine import Database, _make_engine
from chinadossier.db.migrate import upgrade
from chinadossier.domain.errors import FileRefused


def create_case_file(target: Path, seed: Callable[[Database], None]) -> Path:
    """Create a new case file at target; never overwrites; a failure leaves no file behind.

    seed runs on the finished schema (one unit of work of its own) before the move, so a
    half-seeded file is never visible under the target name.
    """
    if target.exists():
        raise FileRefused(f"{target} bestaat al en wordt niet overschreven.")
    temp: Path | None = None
    try:
        temp = sqlite_file.new_file_beside(target)
        engine = _make_engine(temp, read_only=False)
        try:
            version = upgrade(engine)
            database = Database(temp, engine, False, version)
            seed(database)
        finally:
            engine.dispose()
        sqlite_file.checkpoint(temp)
        sqlite_file.move_into_place(temp, target)
    except BaseException:
        if temp is not None:
            sqlite_file.discard(temp)
        raise
    return target
