"""Keeping a case file sound: check it, back it up, put a backup back, and upgrade its schema."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chinadossier.db import backup as db_backup
from chinadossier.db import casefile, guarded, migrate, sqlite_errors
from chinadossier.db.check import CheckItem
from chinadossier.db.engine import Database, inspect_file, open_database
from chinadossier.db.migrate import MigrationFailed
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.changes import Changes
from chinadossier.domain.clock import Clock
from chinadossier.domain.codes import AuditAction
from chinadossier.domain.errors import ChinadossierError, FileRefused
from chinadossier.domain.progress import Phase, Progress
from chinadossier.services import anonymise
from chinadossier.services.checking import CheckReport, check
from chinadossier.services.reference import ReferenceReport, load_reference, update_reference

if TYPE_CHECKING:
    from chinadossier.services.backups import BackupPlace

__all__ = [
    "UPGRADE_REASON",
    "CheckItem",
    "BackupOutcome",
    "CheckReport",
    "MigrationFailed",
    "RestoreOutcome",
    "UpgradeOutcome",
    "backup",
    "check",
    "compare_with_backup",
    "make_backup",
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
    changes: Changes = Changes.all()
    """Anything in the file may differ now: every page re-reads (see ui.ops.changes_of)."""
    erasures: anonymise.Reapplied = anonymise.Reapplied()
    """What the erasure ledger of the replaced file (and its copy beside the backups) did to
    the restored one: persons anonymised again, records destroyed again, and destructions
    that could not be re-applied (with the reason)."""
    backup_created: dt.datetime | None = None
    """When the restored backup was made (from its name), when known."""

    @property
    def reapplied(self) -> int:
        """Records erased again from the erasure ledger (anonymised or destroyed)."""
        return self.erasures.total


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
    anchored: bool = False  # the settings were first recorded in the audit trail (issue 7.3)

    @property
    def changed(self) -> bool:
        """Whether the schema was upgraded."""
        return self.to_version != self.from_version

    @property
    def changes(self) -> Changes:
        """Everything, when the schema or the reference data changed; else nothing."""
        return Changes.all() if self.changed or self.reference is not None else Changes()


def explain_failure(error: BaseException) -> str | None:
    """The Dutch cause of an unexpected database or OS error, or None for anything else."""
    import sqlite3

    orig = getattr(error, "orig", None)
    if isinstance(error, (sqlite3.Error, OSError)) or isinstance(orig, sqlite3.Error):
        return sqlite_errors.dutch(error)
    return None


def schema_status(path: Path) -> tuple[int, int]:
    """The file's schema version and the version this code writes.

    Raises:
        FileRefused: the file is missing, foreign or from a newer version (untouched).
    """
    return inspect_file(path), migrate.head_ordinal()


def read_only_reason(path: Path) -> str | None:
    """Why this account cannot write the case file or its folder (Dutch); None when it can.

    Such a file is opened read-only (the desktop says "Alleen lezen"); see
    docs/architecture.md, "Read-only case files".
    """
    from chinadossier.db.sqlite_file import read_only_reason as reason_of

    return reason_of(path, folder=True)


@dataclass(frozen=True, slots=True)
class BackupOutcome:
    """What make_backup() did (issue 7.5: a backup says what it did).

    Attributes:
        path: The new, verified backup file.
        audit_head: (seq, entry hash) of the last audit entry in the backup, to keep for a
            later `check --against` (None for a file without entries).
        noted: Whether the backup was noted in the case file's audit trail.
        problem: Why it was not noted (Dutch), when it was not.
    """

    path: Path
    audit_head: tuple[int, str] | None
    noted: bool
    problem: str | None = None


def backup(
    path: Path,
    *,
    out_dir: Path,
    reason: str,
    clock: Clock,
    actor: Actor,
    progress: Progress | None = None,
) -> Path:
    """Make a verified backup of a case file in out_dir and note it in the audit trail.

    The backup holds what was committed before it; the audit entry (file name and reason) is
    written afterwards in its own transaction, so it is in the case file but not in the backup.
    A file with an older schema is backed up without an audit entry (this code only writes the
    current schema).

    Returns:
        The path of the new backup file.

    Raises:
        FileRefused: the case file is refused or the copy failed its verification.
        Cancelled: progress was cancelled before the copy got its name; no file was made.
    """
    return make_backup(
        path, out_dir=out_dir, reason=reason, clock=clock, actor=actor, progress=progress
    ).path


def make_backup(
    path: Path,
    *,
    out_dir: Path,
    reason: str,
    clock: Clock,
    actor: Actor,
    progress: Progress | None = None,
) -> BackupOutcome:
    """Like backup(), and say what was done: the backup, its last audit entry, the note.

    The backup is only read from the case file, so a read-only case file (or one holding a
    foreign trigger) is backed up all the same; the audit note is then left out and the
    outcome says why, instead of reporting a made and verified backup as a failure.
    Temporary files left by an interrupted backup (kill -9) are removed first.
    """
    db_backup.sweep_stale_temps(path.parent)
    database = open_database(path, read_only=True)
    try:
        case_id = _case_file_id(database, clock=clock, actor=actor)
        made = db_backup.backup(
            database,
            out_dir,
            reason=reason,
            clock=clock,
            case_file_id=case_id,
            progress=(progress or Progress()).part(0.0, 0.95),
        )
        current = database.is_current
    finally:
        database.close()
    head = db_backup.audit_head(made)
    if not current:
        return BackupOutcome(made, head, False, "het dossier heeft een oudere opbouw")
    try:
        writer = open_database(path)
    except ChinadossierError as exc:
        return BackupOutcome(made, head, False, exc.message)
    try:
        _note(writer, clock, actor, AuditAction.BACKUP, file=made.name, reason=reason)
    except ChinadossierError as exc:
        return BackupOutcome(made, head, False, exc.message)
    except Exception as exc:  # noqa: BLE001 - the backup itself is made and verified
        return BackupOutcome(made, head, False, sqlite_errors.dutch(exc))
    finally:
        writer.close()
    return BackupOutcome(made, head, True)


def compare_with_backup(path: Path, backup_path: Path) -> CheckItem:
    """Whether the case file still holds the last audit entry of an earlier backup.

    A case file rolled back to an older state, or whose trail was rewritten (even with this
    program's own code), no longer has that entry with that hash (issue 7.3).
    """
    db_backup.verify_backup(backup_path)
    theirs = db_backup.audit_head(backup_path)
    if theirs is None:
        return CheckItem("against_backup", True, "De back-up heeft geen auditregels.", 0)
    seq, digest = theirs
    ours = casefile.identity_of_file(path)
    other = casefile.identity_of_file(backup_path)
    if ours and other and ours[0] != other[0]:
        return CheckItem("against_backup", False,
                         "De back-up hoort bij een ander dossier; er is niets vergeleken.", 0)
    found = db_backup.audit_entry_hash(path, seq)
    if found == digest:
        return CheckItem(
            "against_backup", True,
            f"Het auditspoor bevat de laatste regel van de back-up (regel {seq}, "
            f"{digest[:12]}): sindsdien is alleen aangevuld.", seq)
    return CheckItem(
        "against_backup", False,
        f"Het auditspoor bevat de laatste regel van de back-up (regel {seq}, {digest[:12]}) "
        "niet meer: het dossier is teruggezet naar een oudere stand of het auditspoor is "
        "herschreven.", seq)


def restore(
    path: Path,
    backup_path: Path,
    *,
    safety_dir: Path,
    clock: Clock,
    actor: Actor,
    accept_other_case_file: bool = False,
    progress: Progress | None = None,
    accept_failed_check: bool = False,
) -> RestoreOutcome:
    """Put a backup back into the case file, keeping a safety copy; then check the result.

    The current state is first saved in safety_dir (see db.backup.restore). After a successful
    restore an audit entry (backup and safety copy file names) is appended and the restored
    case file is checked; the report is part of the outcome.

    Raises:
        FileRefused: the backup or the case file was refused; nothing was changed.
        MigrationFailed: the restored (older) backup could not be upgraded; the safety copy
            holds the state before the restore.
        Cancelled: progress was cancelled before the backup was copied into the case file (the
            case file is unchanged; a safety copy already made stays in safety_dir).
    """
    progress = progress or Progress()
    db_backup.sweep_stale_temps(path.parent)
    if not accept_failed_check:
        _refuse_failing_backup(backup_path)
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
    # The erasure ledger of the file about to be replaced: re-applied to the restored one, so an
    # anonymised person never comes back with an older backup (issue 10.6).
    erased = anonymise.ledger_of_file(path) if path.exists() else []
    # Its display-number counters too: numbers it handed out (a memo's NOT-2026-0007 sent to
    # the council) are never handed out again by the older state the backup brings back.
    counters = casefile.counters_of_file(path) if path.exists() else {}
    if incoming:  # and the copy kept beside the backups (a lost or damaged current file)
        erased += anonymise.mirrored_ledger(incoming[0], safety_dir)
    done = db_backup.restore(
        path,
        backup_path,
        safety_dir=safety_dir,
        clock=clock,
        case_file_id=case_id or _FALLBACK_CASE_ID,
        progress=progress.part(0.0, 0.7),
    )
    database = open_database(path)
    try:
        if database.is_current:
            with UnitOfWork(database, clock=clock, actor=actor) as uow:
                kept = uow.case_file.keep_counters_at_least(counters)
                details: dict[str, Any] = {
                    "file": backup_path.name,
                    "safety_copy": done.safety_copy.name if done.safety_copy else None,
                    "schema": done.restored_version,
                }
                if kept:  # which numbers the restored file will not hand out again
                    details["numbers_kept"] = {p: new for p, (_old, new) in kept.items()}
                uow.event(AuditAction.RESTORE_BACKUP, **details)
                uow.commit()
    finally:
        database.close()
    if done.safety_copy is not None and done.safety_copy.suffix == db_backup.BACKUP_SUFFIX:
        from chinadossier.services.backups import note_verified

        note_verified(done.safety_copy, clock.now(), db_backup.SAFETY_REASON)
    progress.report(0.7, Phase.REAPPLYING_ERASURES)
    erasures = anonymise.reapply(path, erased, clock=clock, actor=actor)
    if erased:  # the restored file's ledger and every line it was given (also those refused)
        anonymise.mirror_ledger(path, anonymise.ledger_of_file(path) + erased, safety_dir)
    progress.report(0.75, Phase.CHECKING_RESTORED)
    report = check(path)
    progress.report(1.0, Phase.RESTORED)
    return RestoreOutcome(done.safety_copy, done.restored_version, done.migrated_to, report,
                          erasures=erasures, backup_created=_created_of(backup_path))


def _created_of(backup_path: Path) -> dt.datetime | None:
    """When a backup was made, from its name (None for a name that is not a backup's)."""
    for info in db_backup.list_backups(backup_path.parent):
        if info.path.name == backup_path.name:
            return info.created
    return None


def _refuse_broken(path: Path, command: str, *, tolerated: tuple[str, ...]) -> None:
    """Refuse to write into a file that `check` reports as broken (issue 7.4).

    `tolerated` names the checks the command itself is there to put right (the search index
    for reindex, an older schema for upgrade).
    """
    report = check(path)
    failed = [i for i in report.items if not i.ok and i.name not in tolerated]
    if failed:
        shown = " ".join(i.message for i in failed[:3])
        raise FileRefused(
            f"Het dossier doorstaat de controle niet: {shown} 'chinadossier {command}' raakt het "
            "daarom niet aan; er is niets gewijzigd. Zet een back-up terug die de controle "
            "doorstaat (chinadossier restore)."
        )


def _refuse_failing_backup(backup_path: Path) -> None:
    """Refuse, before anything is replaced, a backup that does not pass `check` (issue 7.5).

    A backup of an older schema is checked as far as its schema allows (pages and links);
    its being older is no reason to refuse it (restore upgrades it).
    """
    version = db_backup.verify_backup(backup_path)
    report = check(backup_path)
    older = version < migrate.head_ordinal()
    failed = [i for i in report.items if not i.ok and not (older and i.name == "schema")]
    if failed:
        shown = " ".join(f"{i.message}" for i in failed[:3])
        raise FileRefused(
            f"De back-up {backup_path} doorstaat de controle niet: {shown} Er is niets "
            "teruggezet; het huidige dossier is niet gewijzigd. Wilt u deze back-up toch "
            "terugzetten, herhaal dan met --accept-failed-check."
        )


def upgrade(path: Path, *, backups_dir: Path, clock: Clock, actor: Actor,
            place: BackupPlace | None = None) -> UpgradeOutcome:
    """Bring a case file to this release: schema first, then the shipped reference data.

    A file that is current in both respects is left alone (no backup). Otherwise a backup
    (reason "voor-upgrade") is made, verified and older automatic backups in backups_dir are
    rotated (services.backups.before_change; `place`, when given, wins over backups_dir and
    brings the rotation policy and whether the folder was chosen by the user); every pending
    migration runs in one
    transaction (a failure rolls back everything, so the file is unchanged); then a newer
    reference version is applied in one unit of work (inserts and retires, keeps user edits).

    Raises:
        FileRefused: the file is foreign or newer, or the backup failed (nothing migrated).
        MigrationFailed: a migration step failed; the message names the backup.
    """
    from chinadossier.services.backups import BackupPlace

    place = place or BackupPlace(backups_dir)
    older = inspect_file(path) < migrate.head_ordinal()
    _refuse_broken(path, "upgrade", tolerated=("schema",) if older else ())
    database = open_database(path)
    try:
        before = database.schema_version
        if database.is_current:
            made = None
            after = before
        else:
            made, after = _migrate(database, place, clock, actor)
        reference = _update_reference(database, place, clock, actor, made)
        if reference is not None and made is None:
            made = reference[1]
        anchored = guarded.anchor_if_missing(database, clock=clock, actor=actor)
    finally:
        database.close()
    return UpgradeOutcome(before, after, made, reference[0] if reference else None, anchored)


def _verified_backup(database: Database, place: BackupPlace, clock: Clock, actor: Actor) -> Path:
    """The backup before an upgrade: verified and rotated; without it nothing is migrated."""
    from chinadossier.services.backups import before_change

    made = before_change(database.path, place, reason=UPGRADE_REASON, clock=clock,
                         actor=actor, required=True)
    assert made.path is not None
    return made.path


def _migrate(
    database: Database, place: BackupPlace, clock: Clock, actor: Actor
) -> tuple[Path, int]:
    """Backup, then all pending migrations; returns (backup, new schema version)."""
    before = database.schema_version
    made = _verified_backup(database, place, clock, actor)
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
            f"De bijwerking van het dossier is mislukt: {sqlite_errors.dutch(exc)}. Er is niets "
            "gewijzigd. "
            f"Reservekopie van vóór de bijwerking: {made}."
        ) from exc
    database.schema_version = after
    # A new release may index more of a record (migration 0002: a tie's partner and labels); the
    # index is rebuilt in one unit of work so search and `check` agree with this version.
    with UnitOfWork(database, clock=clock, actor=actor) as uow:
        count = uow.views.rebuild_search_index()
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
    database: Database, place: BackupPlace, clock: Clock, actor: Actor, made: Path | None
) -> tuple[ReferenceReport, Path] | None:
    """Apply this release's reference data when the case file follows an older version."""
    with UnitOfWork(database, clock=clock, actor=actor, write=False) as uow:
        current = uow.case_file.settings().reference_version
    shipped = load_reference()
    if current == shipped.version:
        return None
    if made is None:
        made = _verified_backup(database, place, clock, actor)
    with UnitOfWork(database, clock=clock, actor=actor) as uow:
        report = update_reference(uow, shipped)
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
            return str(uow.case_file.settings().case_file_id)
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


def rebuild_search_index(
    path: Path, *, clock: Clock, actor: Actor, progress: Progress | None = None
) -> int:
    """Rebuild the search index from the live records (after `check` reports it out of step).

    One unit of work: either the whole new index is there, or the old one still is. Audited as
    a maintenance event; returns how many records were indexed. A cancel through progress is
    honoured up to the commit (Cancelled; the old index stays).
    """
    progress = progress or Progress()
    if inspect_file(path) == migrate.head_ordinal():
        _refuse_broken(path, "reindex", tolerated=("search_index",))
    database = open_database(path)
    try:
        if not database.is_current:
            raise ChinadossierError(
                "Dit dossier heeft een oudere opbouw; werk het eerst bij met: chinadossier upgrade"
            )
        with UnitOfWork(database, clock=clock, actor=actor) as uow:
            progress.report(0.0, Phase.REBUILDING_SEARCH_INDEX)
            count = uow.views.rebuild_search_index()
            uow.event("reindex", records=count)
            uow.commit(progress.part(0.8, 1.0))
        return count
    finally:
        database.close()
