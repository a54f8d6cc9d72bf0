"""Keeping a case file sound: check it, back it up, put a backup back, and upgrade its schema."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinadossier.db import backup as db_backup
from chinadossier.db import casefile, migrate
from chinadossier.db.check import CheckItem, run_checks
from chinadossier.db.engine import Database, inspect_file, open_database
from chinadossier.db.migrate import MigrationFailed
from chinadossier.db.repository import Records
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import Clock
from chinadossier.domain.codes import AuditAction
from chinadossier.domain.errors import ChinadossierError, FileRefused
from chinadossier.services.reference import ReferenceReport, load_reference, update_reference

__all__ = [
    "UPGRADE_REASON",
    "CheckItem",
    "CheckReport",
    "MigrationFailed",
    "RestoreOutcome",
    "UpgradeOutcome",
    "backup",
    "check",
    "rebuild_search_index",
    "restore",
    "schema_status",
    "upgrade",
]

#: Reason in the name of the backup taken before an upgrade.
UPGRADE_REASON = "voor-upgrade"

#: Prefix of a backup's name when the case file's own id cannot be read.
_FALLBACK_CASE_ID = "dossier"


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The outcome of every check of a case file.

    Attributes:
        ok: True when every item passed.
        items: The checks in the order they ran.
    """

    ok: bool
    items: tuple[CheckItem, ...]

    @classmethod
    def of(cls, items: list[CheckItem] | tuple[CheckItem, ...]) -> CheckReport:
        """A report over these items; ok only when there is at least one and all passed."""
        return cls(bool(items) and all(item.ok for item in items), tuple(items))

    def item(self, name: str) -> CheckItem | None:
        """The item of one check (by its English name), or None when it did not run."""
        return next((item for item in self.items if item.name == name), None)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form with English keys (for `chinadossier check --json`)."""
        return {
            "ok": self.ok,
            "items": [
                {"name": i.name, "ok": i.ok, "message": i.message, "count": i.count}
                for i in self.items
            ],
        }


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What restore() did, and how the restored case file fared in the check afterwards.

    Attributes:
        safety_copy: Where the state before the restore was saved (None: there was none).
        restored_version: The schema version of the backup.
        migrated_to: The schema the restored file was upgraded to, or None when it was current.
        report: The check of the restored case file.
    """

    safety_copy: Path | None
    restored_version: int
    migrated_to: int | None
    report: CheckReport


@dataclass(frozen=True, slots=True)
class UpgradeOutcome:
    """What upgrade() did.

    Attributes:
        from_version: The schema version before.
        to_version: The schema version now (equal to from_version when nothing was needed).
        backup: The verified backup taken first, or None when the file was already current.
    """

    from_version: int
    to_version: int
    backup: Path | None
    reference: ReferenceReport | None = None

    @property
    def changed(self) -> bool:
        """Whether the schema was upgraded."""
        return self.to_version != self.from_version


def check(path: Path, *, full: bool = False) -> CheckReport:
    """Check a case file without changing it (see db.check.run_checks).

    Args:
        path: The case file.
        full: Also the full page check, every search text and every attachment's bytes.

    Returns:
        The report; ok is False when any check failed.
    """
    return CheckReport.of(run_checks(path, full=full))


def schema_status(path: Path) -> tuple[int, int]:
    """The file's schema version and the version this code writes.

    Raises:
        FileRefused: the file is missing, foreign or from a newer version (untouched).
    """
    return inspect_file(path), migrate.head_ordinal()


def backup(path: Path, *, out_dir: Path, reason: str, clock: Clock, actor: Actor) -> Path:
    """Make a verified backup of a case file in out_dir and note it in the audit trail.

    The backup holds what was committed before it; the audit entry (file name and reason) is
    written afterwards in its own transaction, so it is in the case file but not in the backup.
    A file with an older schema is backed up without an audit entry (this code only writes the
    current schema).

    Returns:
        The path of the new backup file.

    Raises:
        FileRefused: the case file is refused or the copy failed its verification.
    """
    database = open_database(path)
    try:
        case_id = _case_file_id(database, clock=clock, actor=actor)
        made = db_backup.backup(database, out_dir, reason=reason, clock=clock, case_file_id=case_id)
        if database.is_current:
            _note(database, clock, actor, AuditAction.BACKUP, file=made.name, reason=reason)
    finally:
        database.close()
    return made


def restore(
    path: Path,
    backup_path: Path,
    *,
    safety_dir: Path,
    clock: Clock,
    actor: Actor,
    accept_other_case_file: bool = False,
) -> RestoreOutcome:
    """Put a backup back into the case file, keeping a safety copy; then check the result.

    The current state is first saved in safety_dir (see db.backup.restore). After a successful
    restore an audit entry (backup and safety copy file names) is appended and the restored
    case file is checked; the report is part of the outcome.

    Raises:
        FileRefused: the backup or the case file was refused; nothing was changed.
        MigrationFailed: the restored (older) backup could not be upgraded; the safety copy
            holds the state before the restore.
    """
    current = casefile.identity_of_file(path) if path.exists() else None
    incoming = casefile.identity_of_file(backup_path)
    if current and incoming and current[0] != incoming[0] and not accept_other_case_file:
        demo = " (een demodossier)" if incoming[2] and not current[2] else ""
        raise FileRefused(
            f"De back-up hoort bij een ander dossier (eigen overheid {incoming[1]}{demo}) dan "
            f"het huidige (eigen overheid {current[1]}). Er is niets teruggezet. Is dit toch de "
            "bedoeling, herhaal dan met --accept-other-case-file."
        )
    case_id = _case_file_id_of(path, clock, actor) or _case_file_id_of(backup_path, clock, actor)
    done = db_backup.restore(
        path,
        backup_path,
        safety_dir=safety_dir,
        clock=clock,
        case_file_id=case_id or _FALLBACK_CASE_ID,
    )
    database = open_database(path)
    try:
        if database.is_current:
            _note(
                database,
                clock,
                actor,
                AuditAction.RESTORE_BACKUP,
                file=backup_path.name,
                safety_copy=done.safety_copy.name if done.safety_copy else None,
                schema=done.restored_version,
            )
    finally:
        database.close()
    return RestoreOutcome(done.safety_copy, done.restored_version, done.migrated_to, check(path))


def upgrade(path: Path, *, backups_dir: Path, clock: Clock, actor: Actor) -> UpgradeOutcome:
    """Bring a case file to this release: schema first, then the shipped reference data.

    A file that is current in both respects is left alone (no backup). Otherwise a backup
    (reason "voor-upgrade") is made and verified first; every pending migration runs in one
    transaction (a failure rolls back everything, so the file is unchanged); then a newer
    reference version is applied in one unit of work (inserts and retires, keeps user edits).

    Raises:
        FileRefused: the file is foreign or newer, or the backup failed (nothing migrated).
        MigrationFailed: a migration step failed; the message names the backup.
    """
    database = open_database(path)
    try:
        before = database.schema_version
        if database.is_current:
            made = None
            after = before
        else:
            made, after = _migrate(database, backups_dir, clock, actor)
        reference = _update_reference(database, backups_dir, clock, actor, made)
        if reference is not None and made is None:
            made = reference[1]
    finally:
        database.close()
    return UpgradeOutcome(before, after, made, reference[0] if reference else None)


def _migrate(database: Database, backups_dir: Path, clock: Clock, actor: Actor) -> tuple[Path, int]:
    """Backup, then all pending migrations; returns (backup, new schema version)."""
    before = database.schema_version
    case_id = _case_file_id(database, clock=clock, actor=actor)
    made = db_backup.backup(
        database, backups_dir, reason=UPGRADE_REASON, clock=clock, case_file_id=case_id
    )
    try:
        after = migrate.upgrade(database.engine)
    except MigrationFailed as exc:
        raise MigrationFailed(
            f"{exc.message} Reservekopie van vóór de bijwerking: {made}."
        ) from exc
    except ChinadossierError:
        raise
    except Exception as exc:  # e.g. the file is locked by another program
        raise MigrationFailed(
            f"De bijwerking van het dossier is mislukt ({exc}); er is niets gewijzigd. "
            f"Reservekopie van vóór de bijwerking: {made}."
        ) from exc
    database.schema_version = after
    # A new release may index more of a record (migration 0002: a tie's partner and labels); the
    # index is rebuilt in one unit of work so search and `check` agree with this version.
    from chinadossier.db.search import SqliteFtsIndex, rebuild

    with UnitOfWork(database, clock=clock, actor=actor) as uow:
        count = rebuild(uow.session, SqliteFtsIndex())
        uow.event("reindex", records=count)
        uow.commit()
    _note(
        database,
        clock,
        actor,
        AuditAction.BACKUP,
        file=made.name,
        reason=UPGRADE_REASON,
        schema_from=before,
        schema_to=after,
    )
    return made, after


def _update_reference(
    database: Database, backups_dir: Path, clock: Clock, actor: Actor, made: Path | None
) -> tuple[ReferenceReport, Path] | None:
    """Apply this release's reference data when the case file follows an older version."""
    with UnitOfWork(database, clock=clock, actor=actor, write=False) as uow:
        current = casefile.settings(uow.session).reference_version
    shipped = load_reference()
    if current == shipped.version:
        return None
    if made is None:
        made = db_backup.backup(
            database,
            backups_dir,
            reason=UPGRADE_REASON,
            clock=clock,
            case_file_id=_case_file_id(database, clock=clock, actor=actor),
        )
    with UnitOfWork(database, clock=clock, actor=actor) as uow:
        report = update_reference(Records(uow), shipped)
        uow.commit()
    return report, made


# --- helpers ---------------------------------------------------------------------------------


def _note(
    database: Database, clock: Clock, actor: Actor, action: AuditAction, **details: Any
) -> None:
    """Append one event to the audit trail in its own unit of work."""
    with UnitOfWork(database, clock=clock, actor=actor) as uow:
        uow.event(action, **details)
        uow.commit()


def _case_file_id(database: Database, *, clock: Clock, actor: Actor) -> str:
    """The case file's id (names its backups); a fallback when the settings cannot be read."""
    try:
        with UnitOfWork(database, clock=clock, actor=actor, write=False) as uow:
            return str(casefile.settings(uow.session).case_file_id)
    except Exception:  # only the backup's name depends on it
        return _FALLBACK_CASE_ID


def _case_file_id_of(path: Path, clock: Clock, actor: Actor) -> str | None:
    """The id of the case file at path, or None when it cannot be opened or read (damaged)."""
    try:
        database = open_database(path, read_only=True)
    except Exception:  # a damaged file is restored all the same
        return None
    try:
        found = _case_file_id(database, clock=clock, actor=actor)
    finally:
        database.close()
    return None if found == _FALLBACK_CASE_ID else found


def rebuild_search_index(path: Path, *, clock: Clock, actor: Actor) -> int:
    """Rebuild the search index from the live records (after `check` reports it out of step).

    One unit of work: either the whole new index is there, or the old one still is. Audited as
    a maintenance event; returns how many records were indexed.
    """
    from chinadossier.db.search import SqliteFtsIndex, rebuild

    database = open_database(path)
    try:
        if not database.is_current:
            raise ChinadossierError(
                "Dit dossier heeft een oudere opbouw; werk het eerst bij met: chinadossier upgrade"
            )
        with UnitOfWork(database, clock=clock, actor=actor) as uow:
            count = rebuild(uow.session, SqliteFtsIndex())
            uow.event("reindex", records=count)
            uow.commit()
        return count
    finally:
        database.close()
