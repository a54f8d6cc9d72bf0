"""The whole case file out to one JSON document and back into a new case file, losslessly."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from chinadossier import __version__
from chinadossier.db import dump, migrate
from chinadossier.db.check.runner import run_checks
from chinadossier.db.engine import Database, open_database
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import Clock
from chinadossier.domain.codes import AuditAction
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.progress import Phase, Progress
from chinadossier.services.files import write_atomically


@dataclass(frozen=True, slots=True)
class JsonExportReport:
    """What an export or a load did."""

    path: Path
    schema_version: int
    rows: dict[str, int]

    @property
    def records(self) -> int:
        """How many records (of every kind) the document holds."""
        return self.rows.get("record", 0)


def export_json(
    path: Path,
    out: Path,
    *,
    clock: Clock,
    actor: Actor,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> JsonExportReport:
    """Write the whole case file to `out` (atomically), then note the export in the audit trail.

    The document is a snapshot of one read transaction. The audit entry (file name, records)
    is written afterwards, so the export does not contain its own entry and a file loaded
    from it exports to the same document again.

    `progress` hears the fraction of rows written; its cancel stops the export until the
    document is complete (Cancelled): the temporary file is removed, no file appears at `out`
    and nothing is audited. Once the document is complete the export finishes.
    """
    progress = progress or Progress()
    database = open_database(path)
    try:
        header = {
            "application": f"chinadossier {__version__}",
            "exported_at": clock.now().isoformat(),
        }

        def write(handle: IO[bytes]) -> dump.DumpSummary:
            summary = dump.write_dump(database, handle, header=header,
                                      progress=progress.part(0.0, 0.97))
            # The last chance to stop: after this the file is moved into place and audited.
            progress.point_of_no_return(Phase.AUDITING_EXPORT)
            return summary

        summary = write_atomically(out, write, overwrite=overwrite)
        if database.is_current and not database.read_only:
            with UnitOfWork(database, clock=clock, actor=actor) as uow:
                uow.event(
                    AuditAction.EXPORT,
                    format="json",
                    file=out.name,
                    records=summary.rows.get("record", 0),
                    scope="dossier",
                )
                uow.commit()
    finally:
        database.close()
    progress.report(1.0, Phase.DONE)
    return JsonExportReport(out, summary.schema_version, summary.rows)


def import_json(source: Path, target: Path) -> JsonExportReport:
    """Create a new case file at `target` from an export; refused when `target` exists.

    The file is built beside the target: schema of the export's version, every row as it was,
    newer migrations, the search index, then the full check. Only a file that passes is moved
    into place; otherwise nothing is left behind.

    Raises:
        FileRefused: the target exists, the document is not a loadable export, or the loaded
            file fails its check.
    """
    if target.exists():
        raise FileRefused(
            f"Er staat al een dossier op {target}; een export wordt alleen in een nieuw dossier "
            "geladen (kies een andere map met --data-dir of --db)."
        )
    head = migrate.head_ordinal()

    def migrate_to(engine: Any, ordinal: int) -> None:
        migrate.upgrade(engine, to=ordinal)

    def finish(database: Database) -> None:
        if database.schema_version < head:
            database.schema_version = migrate.upgrade(database.engine)
        dump.rebuild_search(database)
        problems = [r for r in run_checks(database.path, full=False) if not r.ok]
        if problems:
            names = "; ".join(r.message for r in problems[:3])
            raise FileRefused(f"Het geladen dossier doorstaat de controle niet ({names}).")

    try:
        with open(source, encoding="utf-8") as stream:
            summary = dump.load_dump(
                stream, target, head_ordinal=head, migrate_to=migrate_to, finish=finish
            )
    except UnicodeDecodeError:
        raise dump.ExportUnreadable(f"{source} is geen UTF-8-tekst en dus geen export.") from None
    return JsonExportReport(target, summary.schema_version, summary.rows)
