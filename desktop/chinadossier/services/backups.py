"""Automatic, verified, rotating backups: the one way every "backup first" goes (issue 10.4).

Every trigger — start-up (when the newest backup is older than 24 hours), upgrade, import,
merge, restore, bulk delete, a backup by hand — calls `before_change` (or `make_now`), which

1. checks the target folder (exists, writable, room for the file), with a Dutch message;
2. makes the backup with SQLite's online backup API and verifies it: `integrity_check`,
   `foreign_key_check`, application id and schema (db.backup.verify_backup), and the row count
   of every table plus the case-file id, read in the same snapshot that was copied
   (db.backup.snapshot_facts);
3. writes a small manifest beside it (`<backup>.json`: when verified, size, counts);
4. only then removes older *automatic* backups of the same case file that the rotation policy
   (domain.backup_rotation: 7 daily, 4 weekly, 12 monthly, and every backup of the last
   24 hours) no longer keeps. A backup made by
   hand ("handmatig") is never removed.

Where backups go is a setting of this computer, not of the case file: `instellingen.json` in
the data folder (`backup_folder`, `keep_daily`, `keep_weekly`, `keep_monthly`,
`keep_hours`). Restoring an older backup must not move the backups elsewhere, and a network
share's path belongs to the machine that mounts it. The default folder is `backups/` in the
data folder.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinadossier.db import backup as db_backup
from chinadossier.db import casefile, sqlite_errors, sqlite_file
from chinadossier.domain.actor import Actor
from chinadossier.domain.backup_rotation import RotationPolicy, rotation_slots
from chinadossier.domain.clock import Clock
from chinadossier.domain.errors import ChinadossierError, FileRefused
from chinadossier.domain.progress import Cancelled, Progress

__all__ = [
    "DUE_AFTER",
    "MANUAL_REASON",
    "REASON_DELETE",
    "REASON_IMPORT",
    "REASON_MERGE",
    "REASON_STARTUP",
    "AutoBackup",
    "BackupEntry",
    "BackupPlace",
    "BackupUnavailable",
    "backup_before",
    "backup_step",
    "before_change",
    "desktop_place",
    "check_target",
    "note_verified",
    "is_due",
    "list_entries",
    "make_in_folder",
    "make_now",
    "make_to_file",
    "place_beside",
    "place_for",
    "rotate",
    "save_place",
    "startup_backup",
]

#: Reason of a backup made by hand; such backups never rotate out.
MANUAL_REASON = "handmatig"
REASON_STARTUP = "dagelijks"
REASON_IMPORT = "voor-import"
REASON_MERGE = "voor-samenvoegen"
REASON_DELETE = "voor-verwijderen"

#: At start-up a backup is made when the newest one is older than this.
DUE_AFTER = dt.timedelta(hours=24)

#: The application's rotation: 7 daily, 4 weekly, 12 monthly, and everything of the last 24 h.
DEFAULT_POLICY = RotationPolicy(recent_hours=24)

SETTINGS_FILE = "instellingen.json"
_DEFAULT_FOLDER = "backups"
_MANIFEST_SUFFIX = ".json"
_SPARE_FACTOR = 1.1  # room wanted beyond the file's own size


class BackupUnavailable(FileRefused):
    """No verified backup could be made; the action that needed one did not happen."""


@dataclass(frozen=True, slots=True)
class BackupPlace:
    """Where backups go and how many automatic ones are kept.

    Attributes:
        folder: The backup folder.
        policy: The rotation policy.
        configured: Whether the user chose the folder (then it is never created by us: a
            missing network share is reported, not replaced by a local folder of that name).
        problem: Why the settings file could not be used (Dutch), when it could not.
    """

    folder: Path
    policy: RotationPolicy = DEFAULT_POLICY
    configured: bool = False
    problem: str | None = None


def place_for(data_dir: Path) -> BackupPlace:
    """The backup place of the data folder: its setting, else `<data_dir>/backups`.

    Never raises: an unreadable settings file gives the default place with `problem` set.
    """
    default = data_dir / _DEFAULT_FOLDER
    settings_file = data_dir / SETTINGS_FILE
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return BackupPlace(default)
    except (OSError, ValueError) as exc:
        return BackupPlace(default, problem=f"{settings_file} is onleesbaar "
                           f"({exc.__class__.__name__}); de standaardmap voor back-ups wordt "
                           "gebruikt.")
    if not isinstance(data, dict):
        return BackupPlace(default, problem=f"{settings_file} is onleesbaar; de standaardmap "
                           "voor back-ups wordt gebruikt.")
    try:
        policy = RotationPolicy(
            daily=data.get("keep_daily", DEFAULT_POLICY.daily),
            weekly=data.get("keep_weekly", DEFAULT_POLICY.weekly),
            monthly=data.get("keep_monthly", DEFAULT_POLICY.monthly),
            recent_hours=data.get("keep_hours", DEFAULT_POLICY.recent_hours),
        )
    except ValueError as exc:
        return BackupPlace(default, problem=f"{settings_file}: {exc}")
    folder = data.get("backup_folder")
    if isinstance(folder, str) and folder.strip():
        return BackupPlace(Path(folder).expanduser(), policy, configured=True)
    return BackupPlace(default, policy)


def place_beside(case_file: Path) -> BackupPlace:
    """The backup place when only the case file is known: its folder is the data folder.

    That is the standard layout (`<data_dir>/chinadossier.sqlite3`), the desktop's always.
    """
    return place_for(case_file.parent)


def save_place(data_dir: Path, folder: Path | None, policy: RotationPolicy | None = None) -> None:
    """Store the backup folder (None: the default) and policy in the data folder's settings.

    Other keys in the settings file are kept. The file is written atomically.

    Raises:
        ChinadossierError: the folder is not an absolute path, or the file cannot be written.
    """
    if folder is not None and not folder.is_absolute():
        raise ChinadossierError(f"Back-upmap: geef een volledig pad op (niet {folder}).")
    settings_file = data_dir / SETTINGS_FILE
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data["backup_folder"] = None if folder is None else str(folder)
    if policy is not None:
        data.update(keep_daily=policy.daily, keep_weekly=policy.weekly,
                    keep_monthly=policy.monthly, keep_hours=policy.recent_hours)
    temp = settings_file.with_name(f".{SETTINGS_FILE}.{os.getpid()}.tmp")
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(temp, settings_file)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ChinadossierError(
            f"De instellingen konden niet worden opgeslagen in {settings_file}: "
            f"{sqlite_errors.dutch(exc)}."
        ) from exc


@dataclass(frozen=True, slots=True)
class AutoBackup:
    """What one automatic (or manual) backup did.

    Attributes:
        path: The new, verified backup; None when none could be made.
        problem: Why not (Dutch), when not.
        removed: Older automatic backups the rotation removed afterwards.
        audit_head: (seq, hash) of the backup's last audit entry (for `check --against`).
        noted: Whether the backup was noted in the case file's audit trail.
        note_problem: Why not, when not.
    """

    path: Path | None
    problem: str | None = None
    removed: tuple[Path, ...] = ()
    audit_head: tuple[int, str] | None = None
    noted: bool = False
    note_problem: str | None = None

    @property
    def ok(self) -> bool:
        """Whether a verified backup was made."""
        return self.path is not None


def before_change(
    case_file: Path,
    place: BackupPlace,
    *,
    reason: str,
    clock: Clock,
    actor: Actor,
    required: bool,
    progress: Progress | None = None,
) -> AutoBackup:
    """Back up, verify, rotate — before an action that changes much (the one "backup first").

    Call it *before* opening the action's unit of work (it reads a snapshot through its own
    connection and notes the backup in the audit trail in a transaction of its own).

    Args:
        required: True when the action must not proceed without a backup (upgrade, import,
            merge): a failure raises. False (start-up, bulk delete to the Prullenbak): the
            outcome carries the Dutch problem and the caller goes on, telling the user.

    Raises:
        BackupUnavailable: required and no verified backup could be made ("Er is niets
            gewijzigd" is in the message: the caller has not started yet).
        Cancelled: progress was cancelled; no backup file is left.
    """
    outcome = _attempt(case_file, place, reason=reason, clock=clock, actor=actor,
                       progress=progress)
    if required and outcome.path is None:
        raise BackupUnavailable(f"{outcome.problem} Zonder back-up gaat de bewerking niet door; "
                                "er is niets gewijzigd.")
    return outcome


def backup_before(dossier: Any, reason: str, *, required: bool = True,
                  place: BackupPlace | None = None,
                  progress: Progress | None = None) -> AutoBackup:
    """before_change for an opened Dossier (services.dossier.Dossier): its file, clock and
    actor; the place of its data folder unless one is given (the CLI passes place_for of its
    --data-dir). Call it before the action's unit of work, e.g.
    `backups.backup_before(dossier, backups.REASON_MERGE)` at the top of a merge."""
    return before_change(dossier.path, place or place_beside(dossier.path), reason=reason,
                         clock=dossier.ctx.clock, actor=dossier.ctx.actor, required=required,
                         progress=progress)


def backup_step(case_file: Path, place: BackupPlace, reason: str, *, clock: Clock,
                actor: Actor, progress: Progress | None = None) -> Callable[[], Path]:
    """before_change(required=True) as the `backup()` callable that commit_import, merges,
    retention and destroy take: it returns the verified backup or raises BackupUnavailable.
    `progress` hears the copy page by page and may stop it (Cancelled; no backup file)."""

    def run() -> Path:
        made = before_change(case_file, place, reason=reason, clock=clock, actor=actor,
                             required=True, progress=progress)
        assert made.path is not None
        return made.path

    return run


def desktop_place(case_file: Path, default_folder: Path | None = None) -> BackupPlace:
    """The desktop's backup place: the folder chosen in Instellingen, else default_folder
    (the window's backups folder), else `backups/` beside the case file."""
    place = place_beside(case_file)
    if place.configured or default_folder is None:
        return place
    return BackupPlace(default_folder, place.policy)


def make_now(
    case_file: Path,
    place: BackupPlace,
    *,
    clock: Clock,
    actor: Actor,
    progress: Progress | None = None,
) -> AutoBackup:
    """A backup by hand into the backup place (never rotated out); raises when none was made.

    Raises:
        BackupUnavailable: with the Dutch reason.
    """
    return before_change(case_file, place, reason=MANUAL_REASON, clock=clock, actor=actor,
                         required=True, progress=progress)


def make_in_folder(case_file: Path, folder: Path, *, clock: Clock, actor: Actor) -> AutoBackup:
    """A verified backup by hand under its usual name in a chosen folder (`backup --out MAP`),
    with the same verification record (`<backup>.json`) as every backup; never rotated, and
    nothing else in the folder is touched. A folder that does not exist yet is made.

    Raises:
        FileRefused (or the OS error): the backup could not be made there (the Dutch reason).
    """
    from chinadossier.services import maintenance

    made = maintenance.make_backup(case_file, out_dir=folder, reason=MANUAL_REASON,
                                   clock=clock, actor=actor)
    note_verified(made.path, clock.now(), MANUAL_REASON)
    return AutoBackup(made.path, audit_head=made.audit_head, noted=made.noted,
                      note_problem=made.problem)


def make_to_file(case_file: Path, target: Path, *, replace: bool, clock: Clock,
                 actor: Actor) -> AutoBackup:
    """A verified backup under a chosen file name (`backup --out FILE`), never rotated.

    It is made beside the target under a backup name, verified, then moved to the name: an
    existing file is refused unless `replace` (then replaced atomically, never half-written).

    Raises:
        FileRefused: the target exists (without replace) or the backup failed its verification.
    """
    from chinadossier.services import maintenance

    if target.exists() and not replace:
        raise FileRefused(f"{target} bestaat al; er is niets overschreven.")
    made = maintenance.make_backup(case_file, out_dir=target.parent, reason=MANUAL_REASON,
                                   clock=clock, actor=actor)
    try:
        if replace:
            os.replace(made.path, target)
        else:
            sqlite_file.move_into_place(made.path, target)
    except BaseException:
        made.path.unlink(missing_ok=True)
        raise
    note_verified(target, clock.now(), MANUAL_REASON)
    return AutoBackup(target, audit_head=made.audit_head, noted=made.noted,
                      note_problem=made.problem)


def newest(case_file: Path | None, place: BackupPlace) -> dt.datetime | None:
    """When the newest backup of this case file in the place was made (None: there is none).
    Reads only the folder's names (no backup is opened), so it is cheap on a network share."""
    found = next(iter(_own_backups(case_file, place.folder)), None)
    return None if found is None else found.created


def is_due(case_file: Path, place: BackupPlace, now: dt.datetime) -> bool:
    """Whether the newest backup of this case file in the place is older than DUE_AFTER."""
    made = newest(case_file, place)
    return made is None or now - made > DUE_AFTER


def startup_backup(case_file: Path, place: BackupPlace, *, clock: Clock,
                   actor: Actor) -> AutoBackup | None:
    """The start-up backup: made when due (see is_due), else None. Never raises for a target
    or file problem: the outcome carries it, the program starts all the same.

    A case file this account cannot write (opened read-only, "Alleen lezen") is skipped
    quietly: this session cannot change it, so no backup is due, and a backup could not be
    noted in its audit trail anyway."""
    try:
        if sqlite_file.read_only_reason(case_file, folder=True) is not None:
            return None
        if not is_due(case_file, place, clock.now()):
            return None
        return before_change(case_file, place, reason=REASON_STARTUP, clock=clock,
                             actor=actor, required=False)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - a start-up backup never stops the start
        return AutoBackup(None, _dutch_problem(place, exc))


def rotate(case_file_id: str, place: BackupPlace, *, keep: Sequence[Path] = ()) -> tuple[Path, ...]:
    """Remove the automatic backups of one case file that the policy no longer keeps.

    Backups made by hand, other case files' backups and files whose name is not a backup's
    are never touched; nor is anything in `keep`. Returns the removed files.
    """
    prefix = _prefix(case_file_id)
    automatic = [info for info in db_backup.list_backups(place.folder)
                 if info.case_file_prefix == prefix and info.reason != MANUAL_REASON]
    slots = rotation_slots(((info.path, info.created) for info in automatic), place.policy)
    removed: list[Path] = []
    for info in automatic:
        if slots.get(info.path) or info.path in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue  # not ours to remove after all, or gone: left for the next time
        _manifest(info.path).unlink(missing_ok=True)
        removed.append(info.path)
    return tuple(removed)


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """One backup of the list (the `backups` command, the restore dialog).

    Attributes:
        path: The file.
        created: When it was made (UTC, from its name; for a backup named before the current
            naming without a time stamp in its name: the file's modification time).
        size: Bytes.
        reason: Why it was made ("handmatig", "dagelijks", "voor-import", …; "onbekend" for a
            backup named before the current naming).
        records: Live records per kind, None when the file could not be read.
        verified: Whether it was verified when made (its manifest exists and fits the file).
        slots: Which rotation slots keep it ("newest", "daily", "weekly", "monthly"); empty
            for one the next rotation removes; ("manual",) for a backup made by hand;
            ("outside",) for one the rotation never touches because its name does not carry
            this case file's prefix (a backup of an older schema or naming).
        schema: Its schema version, None when unreadable.
        older_schema: It holds an older schema than this program writes ("ouder schema"): a
            restore upgrades it, after the safety copy of the current file, as `upgrade` does.
    """

    path: Path
    created: dt.datetime
    size: int
    reason: str
    records: dict[str, int] | None
    verified: bool
    slots: tuple[str, ...]
    schema: int | None = None
    older_schema: bool = False

    @property
    def record_total(self) -> int | None:
        """All live records, None when unknown."""
        return None if self.records is None else sum(self.records.values())


def list_entries(case_file: Path | None, place: BackupPlace,
                 folder: Path | None = None) -> list[BackupEntry]:
    """The backups of this case file in the place (or in `folder`), newest first.

    Listed are the backups named with this case file's prefix, and those of an older schema or
    naming that belong to it as far as can be told: their case-file id is this one, or their
    schema has no readable id (then it cannot be another case file's either, as far as the
    file says). All backups when the case file cannot be read (e.g. after it was lost).
    """
    from chinadossier.db.migrate import head_ordinal

    where = folder or place.folder
    infos = db_backup.list_backups(where) + db_backup.legacy_backups(where)
    infos += _manifested(where, {info.path for info in infos})
    identity = casefile.identity_of_file(case_file) if case_file is not None else None
    prefix = _prefix(identity[0]) if identity else None
    chosen: list[tuple[db_backup.BackupInfo, tuple[int, str | None] | None]] = []
    for info in infos:
        if prefix is not None and info.case_file_prefix == prefix:
            chosen.append((info, None))
            continue
        found = db_backup.file_identity(info.path)
        if identity is None or (found is not None and found[1] in (None, identity[0])):
            chosen.append((info, found))
    chosen.sort(key=lambda pair: (pair[0].created, pair[0].path.name), reverse=True)
    automatic = [(i.path, i.created) for i, _ in chosen
                 if i.reason != MANUAL_REASON and i.case_file_prefix
                 and (prefix is None or i.case_file_prefix == prefix)]
    slots = rotation_slots(automatic, place.policy)
    entries: list[BackupEntry] = []
    for info, found in chosen:
        manifest = _read_manifest(info.path)
        verified = manifest is not None and manifest.get("size") == info.size
        records: dict[str, int] | None = None
        schema: int | None = None
        if verified and isinstance(manifest, dict) and isinstance(manifest.get("records"), dict):
            records = {str(k): int(v) for k, v in manifest["records"].items()}
            if isinstance(manifest.get("schema"), int):
                schema = manifest["schema"]
        if records is None:
            try:
                records = db_backup.record_counts(info.path)
            except (ChinadossierError, sqlite3.DatabaseError, OSError):
                records = None
        if schema is None:
            found = found or db_backup.file_identity(info.path)
            schema = None if found is None else found[0]
        if info.reason == MANUAL_REASON:
            kept: tuple[str, ...] = ("manual",)
        elif not info.case_file_prefix or (prefix is not None
                                           and info.case_file_prefix != prefix):
            kept = ("outside",)
        else:
            kept = slots.get(info.path, ())
        entries.append(BackupEntry(info.path, info.created, info.size, info.reason, records,
                                   verified, kept, schema,
                                   schema is not None and schema < head_ordinal()))
    return entries


# --- the work --------------------------------------------------------------------------------


def _attempt(case_file: Path, place: BackupPlace, *, reason: str, clock: Clock, actor: Actor,
             progress: Progress | None) -> AutoBackup:
    from chinadossier.services import maintenance

    problem = _target_problem(case_file, place)
    if problem is not None:
        return AutoBackup(None, problem)
    try:
        made = maintenance.make_backup(case_file, out_dir=place.folder, reason=reason,
                                       clock=clock, actor=actor, progress=progress)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - reported in Dutch; the caller decides
        return AutoBackup(None, _dutch_problem(place, exc))
    identity = casefile.identity_of_file(made.path)
    try:
        _write_manifest(made.path, clock.now(), reason)
    except OSError:
        pass  # the backup is verified; only the "verified" mark of the list is missing
    removed = rotate(identity[0], place, keep=[made.path]) if identity else ()
    return AutoBackup(made.path, None, removed, made.audit_head, made.noted, made.problem)


def check_target(case_file: Path, place: BackupPlace) -> str | None:
    """Why no backup can be written to the place now (Dutch), or None. A default folder that
    is missing is created; a chosen one never is."""
    return _target_problem(case_file, place)


def note_verified(path: Path, when: dt.datetime, reason: str) -> None:
    """Write the manifest of a backup verified elsewhere (the safety copy of a restore);
    not fatal when it cannot be written."""
    try:
        _write_manifest(path, when, reason)
    except (OSError, ChinadossierError, sqlite3.DatabaseError):
        pass


def _target_problem(case_file: Path, place: BackupPlace) -> str | None:
    folder = place.folder
    if not folder.exists():
        if place.configured:
            return (f"De back-upmap {folder} bestaat niet of is niet bereikbaar (is de "
                    "netwerkschijf verbonden?). Er is geen back-up gemaakt.")
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            return (f"De back-upmap {folder} kon niet worden aangemaakt: "
                    f"{sqlite_errors.dutch(exc)}. Er is geen back-up gemaakt.")
    if not folder.is_dir():
        return f"De back-upmap {folder} is geen map. Er is geen back-up gemaakt."
    if not os.access(folder, os.W_OK | os.X_OK):
        return (f"In de back-upmap {folder} mag niet worden geschreven. Er is geen back-up "
                "gemaakt; kies in Instellingen een andere map.")
    needed = _size(case_file) + _size(case_file.with_name(case_file.name + "-wal"))
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < needed * _SPARE_FACTOR:
        return (f"De back-upmap {folder} heeft te weinig vrije ruimte (nodig ongeveer "
                f"{_mb(needed)}, vrij {_mb(free)}). Er is geen back-up gemaakt.")
    return None


def _dutch_problem(place: BackupPlace, exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in str(exc):
        return (f"De back-upmap {place.folder} is vol. Er is geen back-up gemaakt; maak ruimte "
                "of kies in Instellingen een andere map.")
    if isinstance(exc, ChinadossierError):
        return exc.message
    return (f"Er kon geen back-up worden gemaakt in {place.folder}: "
            f"{sqlite_errors.dutch(exc)}.")


def _own_backups(case_file: Path | None, folder: Path) -> list[db_backup.BackupInfo]:
    infos = db_backup.list_backups(folder)
    identity = casefile.identity_of_file(case_file) if case_file is not None else None
    if identity is None:
        return infos
    prefix = _prefix(identity[0])
    return [info for info in infos if info.case_file_prefix == prefix]


def _prefix(case_file_id: str) -> str:
    # The name's prefix, read back the way db.backup.naming makes it.
    name = db_backup.backup_name(case_file_id, dt.datetime(2000, 1, 1, tzinfo=dt.UTC), "x")
    return name.split("-")[1]


def _manifest(path: Path) -> Path:
    return path.with_name(path.name + _MANIFEST_SUFFIX)


def _write_manifest(path: Path, when: dt.datetime, reason: str) -> None:
    """The verification record beside a backup that passed db.backup's verification (only
    such a backup gets its name): integrity_check, schema, case-file identity, counts."""
    facts = db_backup.backup_facts(path)
    data: dict[str, Any] = {
        "verified_at": when.astimezone(dt.UTC).isoformat(),
        "size": path.stat().st_size,
        "reason": reason,
        "integrity_check": "ok",
        "schema": facts["schema"],
        "case_file_id": facts["case_file_id"],
        "records": facts["records"],
        "tables": facts["tables"],
        "audit_head": facts["audit_head"],
    }
    target = _manifest(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.chmod(temp, 0o600)
    os.replace(temp, target)


def _read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(_manifest(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _manifested(folder: Path, known: set[Path]) -> list[db_backup.BackupInfo]:
    """Backups under a name of the user's choosing (`backup --out FILE`) in the folder: files
    with a verification record beside them that no other listing found."""
    found: list[db_backup.BackupInfo] = []
    try:
        manifests = list(folder.glob("*" + _MANIFEST_SUFFIX))
    except OSError:
        return []
    for manifest in manifests:
        path = manifest.with_name(manifest.name.removesuffix(_MANIFEST_SUFFIX))
        if path in known or not path.is_file():
            continue
        data = _read_manifest(path)
        if data is None or db_backup.file_identity(path) is None:
            continue
        try:
            created = dt.datetime.fromisoformat(str(data.get("verified_at")))
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(db_backup.BackupInfo(path, size, created.astimezone(dt.UTC),
                                          str(data.get("reason") or MANUAL_REASON), ""))
    return found


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")

