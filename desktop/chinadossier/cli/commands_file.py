"""Commands that make or change the case file as a whole: init, demo and upgrade."""

from __future__ import annotations

import argparse

from chinadossier.cli import render
from chinadossier.cli.runtime import Runtime
from chinadossier.desktop_lock import refuse_if_open
from chinadossier.domain import plural
from chinadossier.domain.errors import FileRefused, NotFound, UsageError
from chinadossier.services import demo, maintenance
from chinadossier.services.dossier import Dossier
from chinadossier.services.reference import resolve_authority
from chinadossier.services.setup import new_case_file

#: The authority of a demo case file when --authority is not given (Rotterdam).
DEMO_AUTHORITY = "GM0599"


def run_init(args: argparse.Namespace, rt: Runtime) -> int:
    """Create a new, empty case file for an authority; never overwrites an existing file.

    Args:
        args: Parsed arguments (`authority`).
        rt: The run's environment.

    Returns:
        0 when the file was created.

    Raises:
        UsageError: The code is malformed or names no municipality or province (exit 2).
        FileRefused: A file already exists at the path (exit 1; it is not touched).
    """
    code = resolve_authority(args.authority)
    path = rt.case_file
    if path.exists():
        from chinadossier.services.maintenance import schema_status

        try:
            schema_status(path)
            what = "een dossier"
        except FileRefused:
            what = "een bestand dat geen dossier is"
        raise FileRefused(
            f"Er staat al {what} op {path}; het wordt niet overschreven. Kies een andere "
            "map met --data-dir of een ander bestand met --db."
        )
    try:
        with rt.new_dirs():
            new_case_file(path, authority_code=code, clock=rt.clock, actor=rt.actor)
    except NotFound as exc:
        raise UsageError(exc.message) from exc
    with Dossier.open(path, clock=rt.clock, actor=rt.actor, read_only=True) as dossier:
        own = dossier.settings().own_authority
    rt.out.result(f"Nieuw dossier aangemaakt voor {own.label} ({own.display_no}): {path}")
    return 0


def run_demo(args: argparse.Namespace, rt: Runtime) -> int:
    """Create (or with --reset re-create) a demo case file with fictitious data.

    Args:
        args: Parsed arguments (`authority`, `today`, `reset`).
        rt: The run's environment.

    Returns:
        0 when the demo file was made or already existed; a real case file is refused (exit 1).
    """
    code = resolve_authority(args.authority or DEMO_AUTHORITY)
    if args.reset and rt.case_file.exists():
        refuse_if_open(rt.case_file)  # --reset replaces the file under an open desktop
    try:
        with rt.new_dirs():
            outcome = demo.create_demo(rt.case_file, authority_code=code, today=args.today,
                                       reset=args.reset, actor=rt.actor,
                                       backups_dir=rt.paths.backups_dir)
    except NotFound as exc:
        raise UsageError(exc.message) from exc
    if outcome.created:
        rt.out.result(f"Demodossier aangemaakt: {outcome.path}")
        rt.out.result("Let op: de banden komen uit openbare bronnen; personen, contactmomenten, "
                      "besluiten en risico's zijn verzonnen en gemarkeerd als fictief.")
        if args.data_dir is None and args.db is None:
            rt.out.result("Bekijk het met: chinadossier --data-dir "
                          f"\"{outcome.path.parent}\" overview")
    else:
        rt.out.result(f"Het demodossier bestaat al, niets gewijzigd: {outcome.path}")
        rt.out.result("Gebruik --reset om het opnieuw te maken.")
    if outcome.counts:
        rt.out.result(render.counts_text(outcome.counts))
    return 0


def run_upgrade(args: argparse.Namespace, rt: Runtime) -> int:
    """Bring the case file to this version's schema, after a backup.

    Args:
        args: Parsed arguments (none of its own).
        rt: The run's environment.

    Returns:
        0 when the file is current afterwards.
    """
    path = rt.require_case_file()
    refuse_if_open(path)  # migrations may rebuild tables under the desktop's open file
    rt.prepare_dirs()
    from chinadossier.services import backups

    place = backups.place_for(rt.paths.data_dir)
    outcome = maintenance.upgrade(path, backups_dir=place.folder, clock=rt.clock,
                                  actor=rt.actor, place=place)
    if outcome.anchored:
        rt.out.result("De instellingen en referentiegegevens zijn vastgelegd in het auditspoor.")
    if outcome.from_version == outcome.to_version and outcome.reference is None:
        if not outcome.anchored:
            rt.out.result(
                f"Het dossier is al bijgewerkt (schema {outcome.to_version}); niets gewijzigd: "
                f"{path}"
            )
        return 0
    if outcome.changed:
        rt.out.result(
            f"Dossier bijgewerkt van schema {outcome.from_version} naar {outcome.to_version}: "
            f"{path}"
        )
    if outcome.reference is not None:
        a = outcome.reference.authorities
        rt.out.result(
            f"Referentiegegevens bijgewerkt naar versie {outcome.reference.version}: "
            f"{a.inserted} nieuw, {a.updated} gewijzigd, {a.retired} vervallen; "
            f"{plural.count(a.kept_user_edits, 'eigen aanpassing', 'eigen aanpassingen')} behouden."
        )
    if outcome.backup is not None:
        rt.out.result(f"Back-up van de oude versie: {outcome.backup}")
    return 0


def run_reindex(args: argparse.Namespace, rt: Runtime) -> int:
    """Rebuild the search index from the live records.

    Args:
        args: Parsed arguments (none of its own).
        rt: The run's environment.

    Returns:
        0 when the index was rebuilt.
    """
    path = rt.require_case_file()
    count = maintenance.rebuild_search_index(path, clock=rt.clock, actor=rt.actor)
    rt.out.result(f"Zoekindex opnieuw opgebouwd: {plural.records(count)} ({path})")
    return 0
