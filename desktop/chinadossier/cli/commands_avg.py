"""`person-export`: the AVG access export of one person as JSON and/or PDF (issue 10.6)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import IO

from chinadossier.cli.runtime import Runtime
from chinadossier.domain import plural
from chinadossier.domain.errors import FileRefused, UsageError
from chinadossier.services.access import AccessService
from chinadossier.services.dossier import Dossier
from chinadossier.services.files import write_atomically

SUFFIXES = (".json", ".pdf")


def export_targets(out: Path, file_format: str | None) -> list[Path]:
    """The files to write: from --format, else from the suffix (.json, .pdf; none: both)."""
    suffix = out.suffix.lower()
    if file_format == "beide" or (file_format is None and suffix not in SUFFIXES):
        stem = out.with_suffix("") if suffix in SUFFIXES else out
        return [stem.with_name(stem.name + ".json"), stem.with_name(stem.name + ".pdf")]
    wanted = f".{file_format}" if file_format else suffix
    return [out if suffix == wanted else out.with_name(out.name + wanted)]


def _write(target: Path, data: bytes, *, overwrite: bool) -> None:
    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    write_atomically(target, write, overwrite=overwrite)


def run_person_export(args: argparse.Namespace, rt: Runtime) -> int:
    """Write everything held on one person (JSON, PDF or both); the export is audited."""
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise UsageError(f"De map {out.parent} bestaat niet; maak haar eerst aan.")
    targets = export_targets(out, args.format)
    for target in targets:
        if target.exists() and not args.overwrite:
            raise FileRefused(f"{target} bestaat al en wordt niet overschreven; kies een andere "
                              "naam of geef --overwrite.")
    with Dossier.open(rt.require_case_file(), clock=rt.clock, actor=rt.actor) as dossier:
        svc = AccessService(dossier.ctx)
        person_id = dossier.merges.find(args.number)
        export = svc.collect(person_id)
        for target in targets:
            if target.suffix == ".json":
                data = json.dumps(export.document, ensure_ascii=False, indent=1).encode("utf-8")
            else:
                from chinadossier.memo.access_pdf import render_access_pdf

                data = render_access_pdf(export)
            _write(target, data, overwrite=args.overwrite)
        svc.note_export(export, [t.name for t in targets])
    rt.out.result(f"Inzageverzoek {export.person_no} ({export.person_name}) geschreven: "
                  + ", ".join(str(t) for t in targets))
    return 0


RETENTION_REASON = "voor-vernietigen"


def _backup(rt: Runtime, path: Path, reason: str) -> Callable[[], Path]:
    """The verified, rotated backup made before the change (services.backups)."""
    def make() -> Path:
        from chinadossier.services import backups

        rt.prepare_dirs()
        made = backups.before_change(path, backups.place_for(rt.paths.data_dir), reason=reason,
                                     clock=rt.clock, actor=rt.actor, required=True)
        assert made.path is not None
        return made.path
    return make


def run_retention(args: argparse.Namespace, rt: Runtime) -> int:
    """Show retention per kind and what is due ("te vernietigen"); optionally apply proposals."""
    from chinadossier.cli.commands_backup import backup_place
    from chinadossier.domain.labels import label
    from chinadossier.domain.retention import RULES
    from chinadossier.services import backups
    from chinadossier.services.retention import RetentionService

    path = rt.require_case_file()
    with Dossier.open(path, clock=rt.clock, actor=rt.actor,
                      read_only=not args.apply_defaults) as dossier:
        svc = RetentionService(dossier.ctx)
        if args.apply_defaults:
            rt.prepare_dirs()
            backup = backups.backup_step(path, backup_place(rt), "voor-bewaartermijnen",
                                         clock=rt.clock, actor=rt.actor)
            done = svc.apply_proposals(backup=backup).record
            rt.out.message(f"Voorgestelde bewaartermijn vastgelegd bij {plural.records(done)}.")
        overview = svc.overview()
    if args.json:
        rt.out.json({
            "today": overview.today.isoformat(),
            "counts": {k.value: {c.value: n for c, n in per.items()}
                       for k, per in overview.counts.items()},
            "due": [{"number": i.display_no, "kind": i.kind.value, "title": i.title,
                     "retention_on": i.retention_on.isoformat() if i.retention_on else None,
                     "in_trash": i.deleted} for i in overview.due],
        })
        return 0
    rt.out.result(f"Bewaartermijnen op {overview.today:%d-%m-%Y} (bewaren / vernietigen / "
                  "nog te bepalen; voorstel):")
    for kind, per in overview.counts.items():
        rule = RULES[kind]
        term = (f"{label(rule.category)} {rule.years} jaar na {rule.anchor}" if rule.years
                else label(rule.category))
        counts = " / ".join(str(per[c]) for c in per)
        rt.out.result(f"  {label(kind):<22} {counts:<16} voorstel: {term}")
    if not overview.due:
        rt.out.result("Niets te vernietigen.")
        return 0
    rt.out.result(f"Te vernietigen ({len(overview.due)}):")
    for item in overview.due:
        trash = " [prullenbak]" if item.deleted else ""
        when = f"{item.retention_on:%d-%m-%Y}" if item.retention_on else ""
        rt.out.result(f"  {item.display_no:<16} {when}  {item.title}{trash}")
    rt.out.result("Vernietigen: chinadossier destroy NUMMER ... --yes (eerst een back-up).")
    return 0


def run_destroy(args: argparse.Namespace, rt: Runtime) -> int:
    """Purge records whose retention has passed (after a backup); --yes is required."""
    from chinadossier.cli.commands_backup import backup_place
    from chinadossier.services import backups
    from chinadossier.services.retention import RetentionService

    path = rt.require_case_file()
    with Dossier.open(path, clock=rt.clock, actor=rt.actor) as dossier:
        ids = [dossier.merges.find(n) for n in args.numbers]
        svc = RetentionService(dossier.ctx)
        if not args.yes:
            for record_id in ids:
                svc.check(record_id)
            rt.out.result("Mag vernietigd worden: " + ", ".join(n.upper() for n in args.numbers)
                          + ". Vernietigen kan niet ongedaan worden gemaakt (alleen met een "
                          "back-up); herhaal met --yes.")
            return 1

        rt.prepare_dirs()
        backup = backups.backup_step(path, backup_place(rt), RETENTION_REASON, clock=rt.clock,
                                     actor=rt.actor)
        numbers = svc.destroy(ids, backup=backup).record
        from chinadossier.services import anonymise  # the ledger copy beside these backups

        anonymise.mirror_ledger(path, anonymise.ledger(dossier.ctx), backup_place(rt).folder)
    rt.out.result(f"Vernietigd: {', '.join(numbers)} (het nummer blijft in het logboek).")
    return 0
