"""`duplicates`, `merge` and `unmerge`: duplicate organisations and persons (issue 10.5)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from chinadossier.cli.runtime import Runtime
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.merge import MergePreview, Side
from chinadossier.services.dossier import Dossier

KINDS = {"organisaties": RecordKind.ORGANISATION, "personen": RecordKind.PERSON}


def _backup(rt: Runtime, path: Path) -> Any:
    """The verified, rotating backup a merge makes first (services.backups)."""
    from chinadossier.cli.commands_backup import backup_place
    from chinadossier.services import backups

    rt.prepare_dirs()
    return backups.backup_step(path, backup_place(rt), backups.REASON_MERGE, clock=rt.clock,
                               actor=rt.actor)


def run_duplicates(args: argparse.Namespace, rt: Runtime) -> int:
    """List likely duplicate pairs (organisations and persons, or one kind)."""
    path = rt.require_case_file()
    kinds = [KINDS[args.type]] if args.type else list(KINDS.values())
    found = []
    with Dossier.open(path, clock=rt.clock, actor=rt.actor, read_only=True) as dossier:
        for kind in kinds:
            found += dossier.merges.duplicates(kind, limit=args.limit)
    if args.json:
        rt.out.json([{"kind": p.kind.value, "a": p.a_no, "a_title": p.a_title, "b": p.b_no,
                      "b_title": p.b_title, "score": p.score} for p in found])
        return 0
    if not found:
        rt.out.result("Geen mogelijke dubbelen gevonden.")
        return 0
    rt.out.result(f"Mogelijke dubbelen ({len(found)}):")
    for p in found:
        rt.out.result(f"  {p.score:5.1f}  {p.a_no} {p.a_title}  ~  {p.b_no} {p.b_title}")
    rt.out.result("Samenvoegen: chinadossier merge NUMMER_A NUMMER_B (A blijft bestaan).")
    return 0


def _choices(items: list[str] | None) -> dict[str, Side]:
    out: dict[str, Side] = {}
    for item in items or []:
        name, sep, side = item.partition("=")
        side = side.strip().lower()
        if not sep or side not in ("a", "b", "both"):
            raise UsageError(f"--keep '{item}': gebruik VELD=a of VELD=b (notities van beide: "
                             "notes=both), bijv. notes=b.")
        out[name.strip()] = "a" if side == "a" else "b" if side == "b" else "both"
    return out


def _show(preview: MergePreview, choices: dict[str, Side], rt: Runtime) -> None:
    a, b = preview.a, preview.b
    rt.out.result(f"Samenvoegen: {b.display_no} {b.title}  →  {a.display_no} {a.title} "
                  "(blijft bestaan)")
    rt.out.result("Velden (* = verschillend; gekozen waarde):")
    for field in preview.fields:
        side = choices.get(field.name, field.choice)
        value = field.value(side)
        mark = "*" if field.differs else " "
        extra = f"   [a: {field.a or '—'} | b: {field.b or '—'}]" if field.differs else ""
        rt.out.result(f" {mark} {field.label} ({field.name}={side}): {value or '—'}{extra}")
        if field.both and side != "both":
            lost = field.b if side == "a" else field.a
            rt.out.result(f"   let op: {field.label} van {'B' if side == 'a' else 'A'} gaat "
                          f"verloren ({lost}); beide bewaren: --keep {field.name}=both")
    if preview.links:
        moved = ", ".join(f"{n} {what}" for what, n in preview.links)
        rt.out.result(f"Over te zetten van {b.display_no} naar {a.display_no}: {moved}")


def run_merge(args: argparse.Namespace, rt: Runtime) -> int:
    """Merge record B into record A (after a backup); --dry-run shows the preview only."""
    path = rt.require_case_file()
    choices = _choices(args.keep)
    with Dossier.open(path, clock=rt.clock, actor=rt.actor) as dossier:
        a = dossier.merges.find(args.a)
        b = dossier.merges.find(args.b)
        preview = dossier.merges.preview(a, b)
        known = {f.name for f in preview.fields}
        unknown = sorted(set(choices) - known)
        if unknown:
            raise UsageError(f"--keep: onbekend veld {', '.join(unknown)}; kies uit "
                             f"{', '.join(f.name for f in preview.fields)}.")
        _show(preview, choices, rt)
        if args.dry_run:
            rt.out.message("Proefrun: er is niets samengevoegd.")
            return 0
        done = dossier.merges.merge(a, b, choices,
                                       expected=(preview.a.version, preview.b.version),
                                       backup=_backup(rt, path)).record
    also = f"; ook bijgewerkt: {', '.join(done.touched)}" if done.touched else ""
    rt.out.result(f"{done.merged} is samengevoegd met {done.kept}{also}. "
                  f"Ongedaan maken: chinadossier unmerge {done.merged}")
    return 0


def run_unmerge(args: argparse.Namespace, rt: Runtime) -> int:
    """Undo the merge of a merged-away record."""
    path = rt.require_case_file()
    with Dossier.open(path, clock=rt.clock, actor=rt.actor) as dossier:
        merged = dossier.merges.find(args.number)
        done = dossier.merges.unmerge(merged, backup=_backup(rt, path)).record
    rt.out.result(f"Samenvoegen ongedaan gemaakt: {done.merged} en {done.kept} zijn weer "
                  "zoals vóór het samenvoegen.")
    return 0
