"""`chinadossier import`: a preview of every row, then all rows in one transaction (or none)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from chinadossier.cli.progress_line import progress_line
from chinadossier.cli.runtime import Runtime
from chinadossier.domain import plural
from chinadossier.domain.errors import UsageError
from chinadossier.interchange.columns import ImportKind, parse_overrides
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.services import import_merge, importing
from chinadossier.services.dossier import Dossier

IMPORT_REASON = "voor-import"
DUPLICATE_CHOICES: dict[str, import_merge.Choice] = {
    "overslaan": "skip", "nieuw": "new", "samenvoegen": "merge"}
"""`--duplicates` → the wizard's choice for every "mogelijk dubbel" row."""


def _report(plan: importing.ImportPlan) -> dict[str, Any]:
    return {
        "file": plan.source,
        "sheet": plan.sheet,
        "kind": plan.kind.value,
        "encoding": plan.encoding,
        "header_row": plan.header_row,
        "notes": list(plan.notes),
        "columns": {plan.mapping_header(i): name for i, name in plan.mapping.fields.items()},
        "unknown_columns": list(plan.mapping.unknown),
        "counts": plan.counts(),
        "new_organisations": list(plan.new_organisations),
        "rejected": [
            {"row": row.number, "column": e.column, "reason": e.message}
            for row in plan.rejected
            for e in row.errors
        ],
        "rows": [
            {
                "row": row.number,
                "outcome": row.outcome,
                "label": row.label,
                "match": row.match,
                "errors": [{"column": e.column, "reason": e.message} for e in row.errors],
                "changes": [
                    {"field": c.field, "label": c.label, "old": c.old, "new": c.new}
                    for c in row.changes
                ],
            }
            for row in plan.rows
            if row.outcome != "new"
        ],
        "notices": [
            {"row": row.number, "column": plan.mapping_header(column) if column is not None
             else "Laatste contact",
             "notice": importing.OWN_SIDE_REASON.format(row.own_side_contact)}
            for row in plan.own_side_contacts
            for column in (_column_of(plan, "last_contact"),)
        ],
        "records_as_one": [
            {"row": f.row, "a": f.pair.a_no, "b": f.pair.b_no, "reason": f.reason}
            for f in plan.records_as_one
        ],
    }


def run_import(args: argparse.Namespace, rt: Runtime) -> int:
    """Import organisations, persons, ties, contact moments, decisions or risk notes.

    Returns:
        0 when every row was imported (or, with --dry-run, would be; a double of an earlier
        row that adds nothing counts as imported), 1 when rows were rejected (nothing written
        unless --accept-partial: then the valid rows are), rows are probable duplicates left
        undecided (the others are written; those wait for the user; `--duplicates nieuw` or
        `samenvoegen` decides for every row that resembles a record), a row `--duplicates nieuw`
        would add is refused (nothing written) or the services refused a row while
        writing (nothing written). Unusable input (no such file,
        unreadable, unknown kind, a required column missing) raises UsageError: exit 2.
    """
    source = Path(args.file).expanduser().absolute()
    if source.is_dir():
        raise UsageError(f"{source} is een map; geef het bestand op.")
    if not source.is_file():
        raise UsageError(f"{source} bestaat niet.")
    path = rt.require_case_file()
    try:
        table = importing.read_table(source.read_bytes(), file_name=source.name,
                                     sheet=args.sheet, encoding=args.encoding,
                                     header_row=args.header_row)
        overrides = parse_overrides(args.map or [])
        kind = ImportKind(args.type) if args.type else None
        with Dossier.open(path, clock=rt.clock, actor=rt.actor) as dossier:
            plan = importing.plan_import(dossier, table, kind=kind, overrides=overrides)
            if not plan.rows:
                where = f"Werkblad '{plan.sheet}'" if plan.sheet else "Het bestand"
                raise UsageError(f"{where} heeft een kopregel maar geen rijen; er is niets "
                                 "geïmporteerd.")
            choice = DUPLICATE_CHOICES[getattr(args, "duplicates", None) or "overslaan"]
            chosen = len(import_merge.similar_rows(plan)) if choice != "skip" else 0
            try:
                plan = import_merge.choose_for_all(dossier, plan, choice)
            except import_merge.ChoiceRefused as exc:
                _show(plan, rt, as_json=args.json)
                rt.out.message(f"{exc.message} Er is niets geïmporteerd. Kies voor deze rijen "
                               "--duplicates overslaan of samenvoegen, of verbeter de rij.")
                return 1
            _show(plan, rt, as_json=args.json)
            if chosen and not args.json:
                how = import_merge.CHOICE_LABELS[choice]
                rt.out.result(f"  mogelijk dubbel: {plural.rows(chosen)} {how} "
                              "(--duplicates)")
            if args.dry_run:
                rt.out.message("Proefrun: er is niets geïmporteerd.")
                return 1 if plan.rejected or _undecided(plan) else 0
            if plan.rejected and not args.accept_partial:
                rt.out.message(
                    f"{plural.rows(len(plan.rejected))} afgewezen; er is niets geïmporteerd. "
                    "Verbeter het bestand, of importeer alleen de goede rijen met "
                    "--accept-partial."
                )
                return 1

            # On a terminal one line on stderr shows the backup copied page by page, then the
            # rows and the saving (cli.progress_line; nothing on a pipe).
            with progress_line(rt.out) as progress:

                def backup() -> Path:
                    from chinadossier.services import backups

                    rt.prepare_dirs()
                    made = backups.before_change(path, backups.place_for(rt.paths.data_dir),
                                                 reason=IMPORT_REASON, clock=rt.clock,
                                                 actor=rt.actor, required=True,
                                                 progress=progress.part(*importing.BACKUP_SPAN))
                    assert made.path is not None
                    return made.path

                try:
                    result = importing.commit_import(dossier, plan,
                                                     accept_partial=args.accept_partial,
                                                     backup=backup, progress=progress)
                except importing.ImportRefused as exc:
                    rt.out.message(exc.message)
                    return 1
    except UnreadableFile as exc:
        raise UsageError(exc.message) from None
    if not args.json:
        made = f" (back-up vooraf: {result.backup.name})" if result.backup else ""
        updated = f", {result.updated} bijgewerkt" if result.updated else ""
        rt.out.result(f"{plural.records(result.created)} geïmporteerd{updated}{made}.")
        summary = not_imported(plan.counts())
        if summary:  # a warning when rows were refused or wait for the user, else a note
            (rt.out.message if plan.rejected or _undecided(plan) else rt.out.result)(summary)
        choosable = bool(import_merge.similar_rows(plan))  # left to choose for: --duplicates
        in_file = [row for row in plan.rows
                   if row.outcome == "similar" and (row.match or "").startswith("rij ")]
        if in_file and choice != "skip":
            rt.out.message(
                f"Afsluitcode 1: {plural.rows(len(in_file))} met dezelfde naam als een eerdere "
                "rij van het bestand (--duplicates beslist alleen over rijen die op een record "
                "in het dossier lijken): "
                + ", ".join(f"rij {row.number} ({row.match})" for row in in_file) + ".")
        if _undecided(plan):
            rt.out.message(
                "Beoordeel elke mogelijk dubbele rij: dezelfde als het record of de rij erbij? "
                "Pas dan de rij of het record aan"
                + (", of kies --duplicates samenvoegen" if choosable else "")
                + ". Een ander met dezelfde naam? Voeg die dan apart toe"
                + (", of kies --duplicates nieuw." if choosable else "."))
    return 1 if plan.rejected or _undecided(plan) else 0


NOT_IMPORTED: dict[str, tuple[str, str]] = {
    "exists": ("{0} bestond al in het dossier", "{0} bestonden al in het dossier"),
    "duplicate": ("{0} stond dubbel in het bestand", "{0} stonden dubbel in het bestand"),
    "similar": ("{0} overgeslagen", "{0} overgeslagen"),
    "rejected": ("{0} afgewezen", "{0} afgewezen"),
}
"""Per outcome that writes nothing, how the summary says it (as the wizard's result page)."""


def not_imported(counts: dict[str, int]) -> str:
    """Every row not written, per outcome, in Dutch singular or plural: "Niet geïmporteerd:
    1 rij stond dubbel in het bestand, 2 rijen afgewezen." ("" when every row was written)."""
    parts = []
    for outcome, (one, more) in NOT_IMPORTED.items():
        number = counts.get(outcome, 0)
        if not number:
            continue
        what = (plural.count(number, "mogelijk dubbele rij", "mogelijk dubbele rijen")
                if outcome == "similar" else plural.rows(number))
        parts.append(plural.form(number, one, more).format(what))
    return f"Niet geïmporteerd: {', '.join(parts)}." if parts else ""


def _column_of(plan: importing.ImportPlan, field: str) -> int | None:
    return next((i for i, name in plan.mapping.fields.items() if name == field), None)


def _undecided(plan: importing.ImportPlan) -> int:
    """Rows that are "mogelijk dubbel": not imported until the user decides."""
    return plan.counts()["similar"]


def _show(plan: importing.ImportPlan, rt: Runtime, *, as_json: bool) -> None:
    if as_json:
        rt.out.json(_report(plan))
        return
    where = f", werkblad '{plan.sheet}'" if plan.sheet else ""
    rt.out.result(f"{plan.source}{where}: {plural.rows(len(plan.rows))} {plan.kind.value}")
    for note in plan.notes:
        rt.out.result(f"  {note}")
    for outcome, count in plan.counts().items():
        if count:
            rt.out.result(f"  {importing.OUTCOME_LABELS[outcome]}: {count}")  # type: ignore[index]
    contacts = plan.new_contacts
    if contacts:  # records besides the rows': said here, so the result's count adds up
        rt.out.result(f"  daarbij nieuw: {contacts} "
                      f"{'contactmoment' if contacts == 1 else 'contactmomenten'} uit de kolom "
                      "'Laatste contact'")
    as_notes = len(plan.positions_as_notes)
    if as_notes:  # a notice, not a rejection
        rt.out.result(f"  let op: {plural.rows(as_notes)} zonder organisatie; de kolom 'Functie' "
                      "komt daar in de opmerkingen (\"Functie: …\"), niet als functie")
    own_side = len(plan.own_side_contacts)
    if own_side:  # a notice, not a rejection
        rt.out.result(f"  let op: bij {plural.rows(own_side)} is 'Laatste contact' niet als "
                      "contactmoment vastgelegd: "
                      f"{plural.form(own_side, 'medewerker', 'medewerkers')} van een "
                      "Nederlandse overheid (een contactmoment is contact met een Chinese partij)")
    if plan.new_organisations:
        shown = ", ".join(plan.new_organisations[:10])
        more = len(plan.new_organisations) - 10
        rest = f" en {more} meer" if more > 0 else ""
        rt.out.result(f"  nieuwe organisaties ({len(plan.new_organisations)}): {shown}{rest}")
    if plan.mapping.unknown:
        rt.out.result(f"  niet herkende kolommen (overgeslagen): {', '.join(plan.mapping.unknown)}")
    for row in plan.rows:
        if row.outcome == "rejected":
            for error in row.errors:
                column = f" kolom {error.column}:" if error.column else ""
                rt.out.result(f"  rij {row.number}:{column} {error.message}")
        elif row.outcome in ("duplicate", "similar", "exists", "update"):
            rt.out.result(f"  rij {row.number}: {importing.OUTCOME_LABELS[row.outcome]} "
                          f"({row.match}) — {row.label}")
            for change in row.changes:
                rt.out.result(f"      {change.label}: {change.old} → {change.new}")
        if row.own_side_contact is not None:  # under the row's line, or a line of its own
            reason = importing.OWN_SIDE_REASON.format(row.own_side_contact)
            rt.out.result(f"      {reason}" if row.outcome != "new"
                          else f"  rij {row.number}: {reason} — {row.label}")
    for found in plan.records_as_one:
        rt.out.result(f"  {found.reason} Samenvoegen: chinadossier merge {found.pair.a_no} "
                      f"{found.pair.b_no}")
