"""Backup and restore of the case file."""

from __future__ import annotations

import argparse
from pathlib import Path

from chinadossier.cli import render
from chinadossier.cli.runtime import Runtime
from chinadossier.domain.errors import UsageError
from chinadossier.services import maintenance

MANUAL_REASON = "handmatig"


def _out_dir(args: argparse.Namespace, rt: Runtime) -> Path:
    """The folder for a new backup: --out, else the data folder's backups/."""
    if args.out is None:
        rt.prepare_dirs()
        return rt.paths.backups_dir
    folder = Path(args.out).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise UsageError(
            f"{folder} is een bestand; geef bij --out een map op (een back-up overschrijft nooit "
            "een bestaand bestand)."
        )
    return folder


def run_backup(args: argparse.Namespace, rt: Runtime) -> int:
    """Make a verified backup of the case file; never overwrites an existing file.

    Args:
        args: Parsed arguments (`out`).
        rt: The run's environment.

    Returns:
        0 when the backup was made.
    """
    path = rt.require_case_file()
    done = maintenance.make_backup(path, out_dir=_out_dir(args, rt), reason=MANUAL_REASON,
                                   clock=rt.clock, actor=rt.actor)
    rt.out.result(f"Back-up gemaakt en gecontroleerd: {done.path}")
    if done.audit_head is not None:
        seq, digest = done.audit_head
        rt.out.result(f"Laatste auditregel in de back-up: regel {seq}, {digest}. Later "
                      f"nagaan dat het dossier niet is teruggezet of herschreven: "
                      f"chinadossier check --against {done.path}")
    if not done.noted:
        rt.out.message(f"Let op: de back-up is niet vastgelegd in het auditspoor van het "
                       f"dossier ({done.problem}). De back-up zelf is in orde.")
    return 0


def run_restore(args: argparse.Namespace, rt: Runtime) -> int:
    """Put a backup back in place of the case file, after a safety copy of the current file.

    Args:
        args: Parsed arguments (`backup`).
        rt: The run's environment.

    Returns:
        0 when the restored file passes its check, 1 otherwise.
    """
    source = Path(args.backup).expanduser().absolute()
    if source.is_dir():
        raise UsageError(f"{source} is een map; geef het back-upbestand zelf op.")
    if not source.is_file():
        raise UsageError(f"Het back-upbestand {source} bestaat niet.")
    with rt.new_dirs():  # a refused restore leaves no new folders behind
        outcome = maintenance.restore(rt.case_file, source, safety_dir=rt.paths.backups_dir,
                                      clock=rt.clock, actor=rt.actor,
                                      accept_other_case_file=args.accept_other_case_file,
                                      accept_failed_check=args.accept_failed_check)
    rt.out.result(f"Back-up teruggezet: {source} → {rt.case_file}")
    if outcome.safety_copy is None:
        rt.out.result("Er was nog geen dossier; de back-up is het nieuwe dossier.")
    else:
        rt.out.result(f"Het dossier van vóór het terugzetten is bewaard als: "
                      f"{outcome.safety_copy}")
    if outcome.migrated_to is not None:
        rt.out.result(f"De back-up had schema {outcome.restored_version} en is bijgewerkt naar "
                      f"schema {outcome.migrated_to}.")
    rt.out.result("Controle van het teruggezette dossier:")
    rt.out.result(render.check_text(outcome.report, rt.out.marks()))
    return 0 if outcome.report.ok else 1
