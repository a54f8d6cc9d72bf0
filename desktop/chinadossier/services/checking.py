"""`check` on its own: the report over a case file's checks, without the other maintenance
services (backups, conversion, reference data), so `chinadossier check` starts with only what
it runs. services.maintenance re-exports both names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinadossier.db.check import CheckItem, run_checks
from chinadossier.domain.progress import Progress


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The outcome of every check of a case file.

    Attributes:
        ok: True when every item passed.
        items: The checks in the order they ran.
    """

    ok: bool
    items: tuple[CheckItem, ...]

    @classmethod
    def of(cls, items: list[CheckItem] | tuple[CheckItem, ...]) -> CheckReport:
        """A report over these items; ok only when there is at least one and all passed."""
        return cls(bool(items) and all(item.ok for item in items), tuple(items))

    def item(self, name: str) -> CheckItem | None:
        """The item of one check (by its English name), or None when it did not run."""
        return next((item for item in self.items if item.name == name), None)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form with English keys (for `chinadossier check --json`)."""
        return {
            "ok": self.ok,
            "items": [
                {"name": i.name, "ok": i.ok, "message": i.message, "count": i.count}
                for i in self.items
            ],
        }


def check(path: Path, *, full: bool = False, progress: Progress | None = None) -> CheckReport:
    """Check a case file without changing it (see db.check.run_checks).

    Args:
        path: The case file.
        full: Also the full page check, every search text and every attachment's bytes.
        progress: Told each phase; cancel stops between phases (Cancelled), changing nothing.

    Returns:
        The report; ok is False when any check failed.
    """
    return CheckReport.of(run_checks(path, full=full, progress=progress))
