"""`person-export`: the AVG access export of one person as JSON and/or PDF (issue 10.6)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import IO

from chinadossier.cli.runtime import Runtime
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
