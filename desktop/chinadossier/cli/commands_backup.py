"""Backup and restore of the case file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from chinadossier.cli import render
from chinadossier.cli.progress_line import progress_line
from chinadossier.cli.runtime import Runtime
from chinadossier.desktop_lock import refuse_if_open
from chinadossier.domain import plural
from chinadossier.domain.backup_rotation import AMSTERDAM
from chinadossier.domain.errors import UsageError
from chinadossier.domain.local_time import moment_text
from chinadossier.services import backups, maintenance

MANUAL_REASON = "handmatig"

#: Suffixes that make a --out path that does not exist yet a file name rather than a folder.
_FILE_SUFFIXES = (".sqlite3", ".sqlite", ".db", ".bak", ".backup")


def backup_place(rt: Runtime) -> backups.BackupPlace:
    """Where backups go for this run: the data folder's setting, else its backups/."""
    place = backups.place_for(rt.paths.data_dir)
    if place.problem:
        rt.out.message(f"Let op: {place.problem}")
    return place


def _out_target(args: argparse.Namespace) -> tuple[Path, bool] | None:
    """(path, is a file name) of --out; None without --out.

    An existing folder, a path ending in a separator or a new path without a suffix is a
    folder; an existing file or a new path ending in .sqlite3/.sqlite/.db/.bak/.backup is the
    backup's file name (an existing one only with --force). A new path with another suffix
    ("foo.txt") is refused: neither a folder named so nor a backup that is no .txt file.
    """
    if args.out is None:
        return None
    raw = str(args.out)
    path = Path(raw).expanduser().absolute()
    if path.is_dir() or raw.endswith(("/", "\\")):
        return path, False
    if path.exists():
        if not args.force:
            raise UsageError(
                f"{path} bestaat al. Een back-up overschrijft nooit zomaar een bestand: kies een "
                "andere naam of map, of herhaal met --force."
            )
        return path, True
    suffix = path.suffix.lower()
    if suffix and suffix not in _FILE_SUFFIXES:
        raise UsageError(
            f"--out {path.name}: een back-up is een SQLite-bestand, geen {suffix}-bestand. Geef "
            f"een bestandsnaam op .sqlite3 (zoals {path.stem}.sqlite3) of een map (eindig dan "
            f"met {os.sep}); er is niets gemaakt."
        )
    return path, suffix in _FILE_SUFFIXES


def run_backup(args: argparse.Namespace, rt: Runtime) -> int:
    """Make a verified backup of the case file; an existing file only replaced with --force.

    Args:
        args: Parsed arguments (`out`, `force`).
        rt: The run's environment.

    Returns:
        0 when the backup was made.
    """
    path = rt.require_case_file()
    target = _out_target(args)
    if target is None:
        rt.prepare_dirs()
        with progress_line(rt.out) as progress:  # on a terminal: the copy page by page
            done = backups.make_now(path, backup_place(rt), clock=rt.clock, actor=rt.actor,
                                    progress=progress)
        if done.removed:
            old = plural.count(len(done.removed), "oudere automatische back-up",
                               "oudere automatische back-ups")
            rt.out.result(f"{old} opgeruimd volgens het bewaarschema.")
    elif not target[1]:
        # The same verified backup and verification record as in the backup folder.
        done = backups.make_in_folder(path, target[0], clock=rt.clock, actor=rt.actor)
    else:
        if not target[0].parent.is_dir():
            raise UsageError(f"De map {target[0].parent} bestaat niet; maak die eerst of kies "
                             "een andere.")
        done = backups.make_to_file(path, target[0], replace=args.force, clock=rt.clock,
                                    actor=rt.actor)
    rt.out.result(f"Back-up gemaakt en gecontroleerd: {done.path}")
    if done.audit_head is not None:
        seq, digest = done.audit_head
        rt.out.result(f"Laatste auditregel in de back-up: regel {seq}, {digest}. Later "
                      f"nagaan dat het dossier niet is teruggezet of herschreven: "
                      f"chinadossier check --against {done.path}")
    if not done.noted:
        rt.out.message(f"Let op: de back-up is niet vastgelegd in het auditspoor van het "
                       f"dossier ({done.note_problem}). De back-up zelf is in orde.")
    return 0


_SLOT_NAMES = {"newest": "nieuwste", "recent": "laatste 24 uur", "daily": "dag",
               "weekly": "week", "monthly": "maand",
               "manual": "handmatig (wordt niet opgeruimd)",
               "outside": "buiten het bewaarschema (wordt niet opgeruimd)"}


def run_backups(args: argparse.Namespace, rt: Runtime) -> int:
    """List the backups of the case file: date, size, records, verified, rotation slot.

    Returns:
        0 (also when there are none).
    """
    place = backup_place(rt)
    folder = place.folder
    if args.folder is not None:
        folder = Path(args.folder).expanduser().absolute()
        if not folder.is_dir():
            raise UsageError(f"De map {folder} bestaat niet of is geen map.")
    case_file = rt.case_file if rt.case_file.exists() else None
    entries = backups.list_entries(case_file, place, folder)
    if args.json:
        rt.out.json({
            "folder": str(folder),
            "backups": [{
                "path": str(e.path), "created": e.created.isoformat(), "size": e.size,
                "reason": e.reason, "records": e.records, "verified": e.verified,
                "kept_as": list(e.slots), "schema": e.schema, "older_schema": e.older_schema,
            } for e in entries],
        })
        return 0
    rt.out.result(f"Back-upmap: {folder}")
    if not entries:
        rt.out.result("Er zijn nog geen back-ups van dit dossier.")
        return 0
    for e in entries:
        local = moment_text(e.created)
        records = "onleesbaar" if e.record_total is None else plural.records(e.record_total)
        verified = "gecontroleerd" if e.verified else "niet gecontroleerd"
        if e.older_schema:
            verified += ", ouder schema"
        kept = ", ".join(_SLOT_NAMES[s] for s in e.slots) if e.slots else (
            "wordt bij de volgende back-up opgeruimd")
        rt.out.result(f"{local}  {_size(e.size):>9}  {records:>13}  {verified:<18}  "
                      f"{e.reason:<18} bewaard als: {kept}")
        rt.out.result(f"    {e.path}")
    return 0


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1000)} kB"


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
    # The restore renames a new file into place: a desktop with the file open would keep
    # writing into the old, unlinked one (lost).
    refuse_if_open(rt.case_file)
    place = backup_place(rt)
    if place.configured:
        problem = backups.check_target(rt.case_file, place)
        if problem:
            raise backups.BackupUnavailable(f"{problem} Zonder veiligheidskopie wordt er niets "
                                            "teruggezet; het dossier is niet gewijzigd.")
    with rt.new_dirs():  # a refused restore leaves no new folders behind
        outcome = maintenance.restore(rt.case_file, source, safety_dir=place.folder,
                                      clock=rt.clock, actor=rt.actor,
                                      accept_other_case_file=args.accept_other_case_file,
                                      accept_failed_check=args.accept_failed_check)
    rt.out.result(f"Back-up teruggezet: {source} → {rt.case_file}")
    if outcome.backup_created is not None:
        made = outcome.backup_created.astimezone(AMSTERDAM).strftime("%d-%m-%Y om %H:%M")
        rt.out.result(f"Het dossier is nu zoals het was op {made} (het moment van de back-up); "
                      "wat daarna is gewijzigd, staat alleen in de veiligheidskopie.")
    if outcome.safety_copy is None:
        rt.out.result("Er was nog geen dossier; de back-up is het nieuwe dossier.")
    else:
        rt.out.result(f"Het dossier van vóór het terugzetten is bewaard als: "
                      f"{outcome.safety_copy}")
    if outcome.migrated_to is not None:
        rt.out.result(f"De back-up had schema {outcome.restored_version} en is bijgewerkt naar "
                      f"schema {outcome.migrated_to}.")
    erasures = outcome.erasures
    if erasures.anonymised or erasures.destroyed:
        rt.out.result(f"Wisregister opnieuw toegepast: "
                      f"{plural.count(erasures.anonymised, 'persoon', 'personen')} opnieuw "
                      f"geanonimiseerd, {plural.records(erasures.destroyed)} opnieuw vernietigd.")
    for reason in erasures.refused:
        rt.out.message(f"Let op: niet opnieuw vernietigd: {reason}. Vernietig of wijzig die "
                       "eerst en vernietig het daarna opnieuw.")
    rt.out.result("Controle van het teruggezette dossier:")
    rt.out.result(render.check_text(outcome.report, rt.out.marks()))
    return 0 if outcome.report.ok else 1
