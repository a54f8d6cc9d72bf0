"""`chinadossier gui`: the desktop application is not part of this version yet."""

from __future__ import annotations

import argparse

from chinadossier.cli.runtime import Runtime

GUI_UNAVAILABLE = (
    "De desktopapplicatie is nog niet beschikbaar in deze versie; gebruik de opdrachtregel."
)


def run_gui(args: argparse.Namespace, rt: Runtime) -> int:
    """Say that there is no desktop application yet (never starts Qt).

    Args:
        args: The parsed arguments (unused).
        rt: The run's environment.

    Returns:
        2, because the requested command cannot be carried out.
    """
    rt.out.message(GUI_UNAVAILABLE)
    rt.out.message("Beschikbaar: init, demo, overview, search, check, backup, restore, upgrade, "
                   "reindex (zie 'chinadossier --help').")
    return 2
