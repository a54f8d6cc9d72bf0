"""One demo case file per test process for the export and import-wizard tests (made once)."""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import shutil
import tempfile
from pathlib import Path

from chinadossier.domain.actor import Actor

TODAY = dt.date(2026, 11, 29)
ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")


@functools.cache
def demo_template() -> Path:
    """A demo case file (fictional data, every kind of record); never write to it."""
    from chinadossier.services.demo.create import create_demo

    folder = Path(tempfile.mkdtemp(prefix="export-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "chinadossier.sqlite3"
    create_demo(path, today=TODAY, actor=ACTOR)
    return path


def demo_copy(target: Path) -> Path:
    """A copy of the demo case file at `target` (a file path)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template(), target)
    return target
