"""Briefing memos on the command line: `memo` makes one, `memos` lists the history."""

from __future__ import annotations

import argparse
from pathlib import Path

from chinadossier.cli.runtime import Runtime
from chinadossier.domain.briefing import BriefingOptions, MemoFormat
from chinadossier.domain.codes import Classification
from chinadossier.domain.errors import FileRefused, UsageError
from chinadossier.domain.labels import label
from chinadossier.domain.local_time import moment_text
from chinadossier.services.briefing import BriefingService, KenmerkTaken
from chinadossier.services.briefing_text import with_suggestions
from chinadossier.services.dossier import Dossier
from chinadossier.services.files import write_atomically

CLASSIFICATIONS = {
    "openbaar": Classification.PUBLIC,
    "intern": Classification.INTERNAL,
    "vertrouwelijk": Classification.CONFIDENTIAL,
}

#: How often a memo is made again when another one took its kenmerk meanwhile.
ATTEMPTS = 3


def _format(args: argparse.Namespace, out: Path) -> MemoFormat:
    if args.format:
        return MemoFormat(args.format)
    return MemoFormat.DOCX if out.suffix.lower() == ".docx" else MemoFormat.PDF


def run_memo(args: argparse.Namespace, rt: Runtime) -> int:
    """Make a briefing memo, write it atomically and keep it in the memo history.

    Args:
        args: Parsed arguments (`tie`, `organisation`, `from_`, `to`, `classification`,
            `format`, `aan`, `van`, `onderwerp`, `out`, `overwrite`).
        rt: The run's environment.

    Returns:
        0 when the memo was written and kept.

    Raises:
        UsageError: Wrong scope, period or output path (exit 2).
        FileRefused: The output file exists and --overwrite was not given (exit 1).
    """
    from chinadossier.memo import render

    if args.tie and args.organisation:
        raise UsageError("Kies --tie of --organisation, niet allebei.")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"De map {out.parent} bestaat niet; maak haar eerst aan.")
    if out.exists() and not args.overwrite:
        raise FileRefused(f"{out} bestaat al en wordt niet overschreven; kies een andere naam "
                          "of geef --overwrite.")
    file_format = _format(args, out)
    with Dossier.open(rt.require_case_file(), clock=rt.clock, actor=rt.actor) as dossier:
        svc = BriefingService(dossier.ctx)
        number = args.tie or args.organisation
        kind, scope_id = svc.scope_id(number)
        if args.tie and kind.value != "tie":
            raise UsageError(f"'{args.tie}' is geen band (BAND-…).")
        if args.organisation and kind.value != "organisation":
            raise UsageError(f"'{args.organisation}' is geen organisatie (ORG-…).")
        options = BriefingOptions(
            classification=CLASSIFICATIONS[args.classification],
            period_from=args.from_, period_to=args.to,
            aan=args.aan or "", van=args.van or "", onderwerp=args.onderwerp or "",
        )
        for attempt in range(ATTEMPTS):
            snapshot = with_suggestions(svc.snapshot(options, scope_id))
            data = render(snapshot, file_format)
            try:
                entry = svc.save(snapshot, file_format, data, out.name, scope_id).record
                break
            except KenmerkTaken:
                if attempt == ATTEMPTS - 1:
                    raise
    try:
        write_atomically(out, lambda handle: handle.write(data), overwrite=args.overwrite)
    except FileRefused as exc:
        raise FileRefused(f"{exc.message} De notitie {entry.kenmerk} staat wel in de "
                          "geschiedenis.") from None
    rt.out.result(f"Notitie {entry.kenmerk} ({file_format.value.upper()}, "
                  f"{label(snapshot.classification).lower()}) geschreven: {out}")
    if snapshot.left_out:
        n = snapshot.left_out
        rt.out.result(f"{n} {'record' if n == 1 else 'records'} met een hogere classificatie "
                      f"{'is' if n == 1 else 'zijn'} weggelaten.")
    return 0


def run_memos(args: argparse.Namespace, rt: Runtime) -> int:
    """List the memo history, newest first.

    Args:
        args: Parsed arguments (`json`).
        rt: The run's environment.

    Returns:
        0, also when there are no memos yet.
    """
    with Dossier.open(rt.require_case_file(), clock=rt.clock, actor=rt.actor,
                      read_only=True) as dossier:
        entries = BriefingService(dossier.ctx).history()
    if args.json:
        rt.out.json([
            {
                "kenmerk": e.kenmerk, "title": e.title,
                "classification": e.classification.value,
                "generated_at": e.generated_at.isoformat(), "scope": e.scope.kind.value,
                "scope_record": e.scope.record_no, "format": e.file_format.value,
                "file_name": e.file_name, "sha256": e.sha256, "created_by": e.created_by,
            }
            for e in entries
        ])
        return 0
    if not entries:
        rt.out.result("Er zijn nog geen notities gemaakt.")
        return 0
    for e in entries:
        rt.out.result(
            f"{e.kenmerk:<15} {moment_text(e.generated_at)}  {label(e.classification):<13} "
            f"{e.file_format.value.upper():<4}  {e.scope.record_no:<10} {e.title}"
        )
    return 0
