"""Export of the whole case file to JSON and a new case file made from such an export."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from chinadossier.cli.commands_records_args import KIND_NAMES
from chinadossier.cli.commands_records_args import KINDS as KIND_CODES
from chinadossier.cli.runtime import Runtime
from chinadossier.domain import plural
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.labels import label, parse_label
from chinadossier.domain.queries import Filter, ListQuery
from chinadossier.services import case_file_json, exporting
from chinadossier.services.dossier import Dossier


def _out_path(text: str) -> Path:
    target = Path(text).expanduser().absolute()
    if target.is_dir():
        raise UsageError(f"{target} is een map; geef bij --out een bestandsnaam op.")
    if not target.parent.is_dir():
        raise UsageError(f"De map {target.parent} bestaat niet.")
    return target


_SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xlsx", ".json": "json",
             ".sqlite3": None}
"""File name endings that say what a file is; another format under such a name is refused."""


def _check_suffix(target: Path, fmt: str) -> None:
    """Refuse `--out lijst.csv` with `--format xlsx`: the name would lie about the content."""
    suffix = target.suffix.lower()
    if suffix in _SUFFIXES and _SUFFIXES[suffix] != fmt:
        raise UsageError(
            f"--out {target.name} eindigt op {suffix}, maar --format is {fmt}: het bestand zou "
            f"niet te openen zijn met wat bij {suffix} hoort. Noem het "
            f"{target.stem}.{fmt} of kies het passende --format."
        )


_LIST_OPTIONS = ("type", "organisation", "person", "tie", "text", "tag", "classification",
                 "since", "until", "overdue")


def run_export(args: argparse.Namespace, rt: Runtime) -> int:
    """Export the case file (JSON: everything, losslessly) or one list (CSV or XLSX).

    Returns:
        0 when the file was written.
    """
    path = rt.require_case_file()
    target = _out_path(args.out)
    if args.format != "json":
        return _export_list(args, rt, path, target)
    given = [name for name in _LIST_OPTIONS if getattr(args, name, None)]
    if given:
        raise UsageError(
            f"--{given[0]} hoort bij een lijst; kies --format csv of xlsx (JSON is altijd het "
            "hele dossier)."
        )
    _check_suffix(target, args.format)
    report = case_file_json.export_json(
        path, target, clock=rt.clock, actor=rt.actor, overwrite=args.overwrite
    )
    rt.out.result(
        f"Dossier geëxporteerd naar {report.path}: {plural.records(report.records)}, "
        f"{plural.rows(sum(report.rows.values()))} in "
        f"{plural.count(len(report.rows), 'tabel', 'tabellen')} (schema "
        f"{report.schema_version})."
    )
    return 0


def _resolve(dossier: Dossier, number: str | None, option: str) -> uuid.UUID | None:
    if number is None:
        return None
    record = dossier.overview.by_number(number)
    if record is None:
        raise UsageError(f"--{option}: er is geen record met nummer {number}.")
    return record.meta.id  # type: ignore[no-any-return]


def _export_list(args: argparse.Namespace, rt: Runtime, path: Path, target: Path) -> int:
    """One list, filtered like `list`, to Excel-friendly CSV or typed XLSX (audited)."""
    if args.type is None:
        raise UsageError(
            f"Geef bij --format {args.format} aan welke lijst: --type "
            f"{'|'.join(KIND_NAMES)}."
        )
    _check_suffix(target, args.format)
    if args.since and args.until and args.since > args.until:
        raise UsageError(
            f"--since ({args.since:%d-%m-%Y}) ligt na --until ({args.until:%d-%m-%Y}); "
            "zo past geen enkel record. Verwissel de twee datums."
        )
    kind = RecordKind(KIND_CODES[args.type])
    classification = None
    if args.classification:
        try:
            classification = parse_label(Classification, args.classification)
        except ValueError as exc:
            raise UsageError(f"--classification: {exc}") from None
    with Dossier.open(path, clock=rt.clock, actor=rt.actor) as dossier:
        where = Filter(
            text=args.text or "",
            tag=args.tag,
            classification=classification,
            since=args.since,
            until=args.until,
            organisation_id=_resolve(dossier, args.organisation, "organisation"),
            person_id=_resolve(dossier, args.person, "person"),
            tie_id=_resolve(dossier, args.tie, "tie"),
        )
        filters: dict[str, Any] = {}
        if args.overdue:
            if kind is RecordKind.ACTION:
                filters["overdue_on"] = rt.clock.today()
            elif kind is RecordKind.RISK_NOTE:
                filters["review_due_on"] = rt.clock.today()
            else:
                raise UsageError("--overdue kan alleen bij acties en risicos.")
        report = exporting.export_list(
            dossier, kind, target, fmt=args.format, query=ListQuery(where=where, filters=filters),
            overwrite=args.overwrite,
        )
    marking = f"; hoogste classificatie: {label(report.marking).lower()}" if report.marking else ""
    what = label(kind, "nl") if report.records == 1 else args.type  # "1 persoon", "2 personen"
    rt.out.result(
        f"{report.records} {what} geëxporteerd naar {report.path} "
        f"({args.format.upper()}{marking})."
    )
    return 0


def run_import_json(args: argparse.Namespace, rt: Runtime) -> int:
    """Create a new case file from a JSON export; refused when a case file exists there.

    Returns:
        0 when the new case file was made and passed its check. A file that is not a loadable
        export exits 2 (unusable input), leaving no folders behind.
    """
    source = Path(args.file).expanduser().absolute()
    if source.is_dir():
        raise UsageError(f"{source} is een map; geef het exportbestand op.")
    if not source.is_file():
        raise UsageError(f"{source} bestaat niet.")
    target = rt.case_file
    with rt.new_dirs():  # a refused export leaves no empty folders behind
        report = case_file_json.import_json(source, target)
    rt.out.result(
        f"Nieuw dossier gemaakt uit de export: {report.path} ({plural.records(report.records)}; "
        "controle geslaagd)."
    )
    return 0
