"""Export of the whole case file to JSON and a new case file made from such an export."""

from __future__ import annotations

import argparse
from pathlib import Path

from chinadossier.cli.runtime import Runtime
from chinadossier.domain.errors import UsageError
from chinadossier.services import case_file_json


def _out_path(text: str) -> Path:
    target = Path(text).expanduser().absolute()
    if target.is_dir():
        raise UsageError(f"{target} is een map; geef bij --out een bestandsnaam op.")
    if not target.parent.is_dir():
        raise UsageError(f"De map {target.parent} bestaat niet.")
    return target


def run_export(args: argparse.Namespace, rt: Runtime) -> int:
    """Export the case file (JSON: everything, losslessly).

    Returns:
        0 when the file was written.
    """
    path = rt.require_case_file()
    target = _out_path(args.out)
    report = case_file_json.export_json(
        path, target, clock=rt.clock, actor=rt.actor, overwrite=args.overwrite
    )
    rt.out.result(
        f"Dossier geëxporteerd naar {report.path}: {report.records} records, "
        f"{sum(report.rows.values())} rijen in {len(report.rows)} tabellen (schema "
        f"{report.schema_version})."
    )
    return 0


def run_import_json(args: argparse.Namespace, rt: Runtime) -> int:
    """Create a new case file from a JSON export; refused when a case file exists there.

    Returns:
        0 when the new case file was made and passed its check.
    """
    source = Path(args.file).expanduser().absolute()
    if source.is_dir():
        raise UsageError(f"{source} is een map; geef het exportbestand op.")
    if not source.is_file():
        raise UsageError(f"{source} bestaat niet.")
    target = rt.case_file
    rt.prepare_dirs()
    report = case_file_json.import_json(source, target)
    rt.out.result(
        f"Nieuw dossier gemaakt uit de export: {report.path} ({report.records} records; "
        "controle geslaagd)."
    )
    return 0
