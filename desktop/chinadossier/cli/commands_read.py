"""Commands that only read the case file: overview, search and check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from chinadossier.cli import render
from chinadossier.cli.runtime import Runtime
from chinadossier.domain.errors import UsageError

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier

# The services are imported by the command that needs them: `check` needs only the check
# (services.checking), not every service a Dossier opens (a third of a second of imports) nor
# the other maintenance services (backups, conversion: another tenth).


def open_read_only(rt: Runtime) -> Dossier:
    """Open the case file for reading; never changes a byte of it.

    Args:
        rt: The run's environment.

    Returns:
        The opened case file (use it in a `with` block).

    Raises:
        NotFound: There is no case file.
        SchemaTooOld: The file needs `chinadossier upgrade` first.
        FileRefused: The file is foreign, damaged or made by a newer version.
    """
    from chinadossier.services.dossier import Dossier

    return Dossier.open(rt.require_case_file(), clock=rt.clock, actor=rt.actor, read_only=True)


def run_overview(args: argparse.Namespace, rt: Runtime) -> int:
    """Show the own authority, counts, its ties and the dashboard figures.

    Args:
        args: Parsed arguments (`json`).
        rt: The run's environment.

    Returns:
        0; errors are raised as ChinadossierError.
    """
    from chinadossier.cli.overview_data import gather, overview_json

    with open_read_only(rt) as dossier:
        data = gather(dossier)
    if args.json:
        rt.out.json(overview_json(data))
    else:
        rt.out.result(render.overview_text(data))
    return 0


def suggestion(rt: Runtime, query: str) -> str | None:
    """A "Bedoelde u …?" spelling for a search that found nothing (needs the full services,
    which `chinadossier search` only loads in that case)."""
    with open_read_only(rt) as dossier:
        return dossier.overview.suggest(query)


def run_check(args: argparse.Namespace, rt: Runtime) -> int:
    """Check the case file and show every item with its outcome.

    Args:
        args: Parsed arguments (`full`, `json`).
        rt: The run's environment.

    Returns:
        0 when everything is in order, 1 when a problem was found.
    """
    from chinadossier.services import checking

    path = rt.require_case_file()
    against = getattr(args, "against", None)
    if against is not None:
        backup = Path(against).expanduser().absolute()
        if not backup.is_file():
            raise UsageError(f"Het back-upbestand {backup} bestaat niet of is geen bestand.")
    report = checking.check(path, full=args.full)
    if against is not None:
        from chinadossier.services import maintenance

        report = checking.CheckReport.of(
            [*report.items, maintenance.compare_with_backup(path, backup)])
    if args.json:
        rt.out.json(report.to_json())
    else:
        rt.out.result(render.check_text(report, rt.out.marks()))
    return 0 if report.ok else 1
