"""What a good backup is and how one is made: a verified snapshot under a new, unused name."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from chinadossier.db import sqlite_errors, sqlite_file
from chinadossier.db.backup.naming import _MAX_SEQUENCE, backup_name
from chinadossier.db.backup.transfer import _copy_pages, _exclusive_temp, sweep_stale_temps
from chinadossier.db.engine import Database
from chinadossier.db.migrate import head_ordinal
from chinadossier.domain import plural
from chinadossier.domain.clock import Clock
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.progress import Phase, Progress

COPY_SHARE = 0.4
"""The copy's part of a backup's bar (page by page); verifying it takes most of the rest (on the
435 MB benchmark file 1.9 s copying, 2.7 s verifying)."""


def backup(
    database: Database,
    dest_dir: Path,
    *,
    reason: str,
    clock: Clock,
    case_file_id: str,
    progress: Progress | None = None,
) -> Path:
    """Copy the live case file into a new, verified backup file in dest_dir and return its path.

    The copy is made with SQLite's online backup API from a fresh read-only connection, so it is
    one consistent snapshot of what was committed (uncommitted work of any connection, including
    this process's own sessions, is not in it; the WAL is included). It is written to an
    exclusive 0600 temporary file beside the target, switched to journal_mode=DELETE, verified
    and only then moved to its name. Nothing is ever overwritten: a name already taken gets
    "-2", "-3", … dest_dir is created (0700) when missing.

    Raises:
        FileRefused: the copy did not pass verify_backup (e.g. the case file is damaged); no
            file is left behind.
        Cancelled: progress was cancelled before the copy got its name; no file is left behind.
        OSError: the folder cannot be written.
    """
    dest_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    sweep_stale_temps(dest_dir)
    created = clock.now()
    for sequence in range(1, _MAX_SEQUENCE + 1):
        target = dest_dir / backup_name(case_file_id, created, reason, sequence)
        if os.path.lexists(target):
            continue
        temp = _copy_to_temp(database.path, target, progress or Progress())
        try:
            sqlite_file.move_into_place(temp, target)
        except FileRefused:
            # Another writer took the name between the check and the move; the temporary file
            # is already gone. Make a fresh copy under the next name.
            if os.path.lexists(target):
                continue
            raise
        except BaseException:
            sqlite_file.discard(temp)
            raise
        return target
    raise FileRefused(
        f"In {dest_dir} zijn al {_MAX_SEQUENCE} back-ups met dezelfde naam en tijd; "
        "er is geen nieuwe gemaakt."
    )


#: SQLite virtual-machine steps between two looks at a pending cancel during verification.
_CANCEL_LOOK_STEPS = 100_000


def verify_backup(path: Path, progress: Progress | None = None) -> int:
    """Check that path is a whole, consistent Chinadossier backup and return its schema version.

    The header is read before SQLite opens the file; the file is then only opened read-only.
    Checks: ours (application_id), not newer than this code, PRAGMA integrity_check exactly
    "ok", PRAGMA foreign_key_check empty. A cancel of `progress` interrupts the checks (they
    take seconds on a large file) and raises Cancelled.

    Raises:
        FileRefused: with a Dutch message; the file is not changed.
        Cancelled: progress was cancelled.
    """
    try:
        header = sqlite_file.read_header(path, keep_open=False)
    except FileRefused as exc:
        raise FileRefused(f"Deze back-up wordt niet gebruikt. {exc.message}") from exc
    head = head_ordinal()
    if header.user_version > head:
        raise _too_new(path, header.user_version, head)
    try:
        conn = sqlite_file.connect_existing(path, read_only=True)
    except FileRefused as exc:
        raise FileRefused(f"Deze back-up wordt niet gebruikt. {exc.message}") from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, sqlite_errors.dutch(exc)) from exc
    if progress is not None:
        watched = progress
        conn.set_progress_handler(lambda: int(watched.cancelled and watched.stoppable),
                                  _CANCEL_LOOK_STEPS)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        broken_links = conn.execute("PRAGMA foreign_key_check").fetchall()
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = sqlite_file.schema_version(conn)
    except sqlite3.DatabaseError as exc:
        if progress is not None:
            progress.checkpoint()  # interrupted by a cancel: Cancelled, not "damaged"
        raise _damaged(path, sqlite_errors.dutch(exc)) from exc
    finally:
        conn.close()
    if integrity != ["ok"]:
        detail = "; ".join(str(line) for line in integrity[:3])
        raise _damaged(path, detail or "geen uitslag van de controle")
    if broken_links:
        broken = plural.count(len(broken_links), "verbroken verwijzing", "verbroken verwijzingen")
        raise FileRefused(
            f"De back-up {path} bevat {broken} en wordt niet gebruikt. Het bestand is niet "
            "gewijzigd."
        )
    if app_id != sqlite_file.APPLICATION_ID:
        raise FileRefused(
            f"{path} is geen back-up van Chinadossier en wordt niet gebruikt. "
            "Het bestand is niet gewijzigd."
        )
    if version > head:
        raise _too_new(path, version, head)
    return version


def _copy_to_temp(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """A verified, self-contained copy of source in an exclusive temporary file beside target."""
    progress = progress or Progress()
    progress.report(0.0, Phase.COPYING)
    temp = _exclusive_temp(target)
    try:
        src = sqlite_file.connect_existing(source, read_only=True)
        try:
            # One read transaction: the counts and the identity are read from the very snapshot
            # the backup API copies (a backup of a connection inside a read transaction copies
            # that transaction's view), so a writer in another process cannot make them differ.
            src.execute("BEGIN")
            try:
                expected = snapshot_facts(src)
            except sqlite3.DatabaseError as exc:
                raise FileRefused(
                    f"Er is geen back-up gemaakt: {source} kon niet volledig worden gelezen "
                    f"({sqlite_errors.dutch(exc)}); het dossier lijkt beschadigd. Het is niet "
                    "gewijzigd."
                ) from exc
            dst = sqlite_file.connect_existing(temp, read_only=False)
            try:
                # In steps, so the bar moves and a cancel stops it between two of them.
                copying = progress.part(0.0, COPY_SHARE)
                _copy_pages(src, dst, source, moved=copying.report)
                dst.execute("PRAGMA journal_mode = DELETE")
                found = snapshot_facts(dst)
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        if found != expected:
            raise FileRefused(
                f"Er is geen back-up gemaakt: de kopie van {source} bevat niet dezelfde "
                f"gegevens als het dossier ({_difference(expected, found)})."
            )
        progress.report(COPY_SHARE, Phase.VERIFYING_COPY)
        try:
            verify_backup(temp, progress)
        except FileRefused as exc:
            raise FileRefused(
                f"Er is geen back-up gemaakt: de kopie van {source} doorstond de controle "
                f"niet. {exc.message}"
            ) from exc
        progress.report(0.9, Phase.STORING_COPY)
        _fsync(temp)
        progress.checkpoint()
    except BaseException:
        sqlite_file.discard(temp)
        raise
    return temp


def snapshot_facts(conn: sqlite3.Connection) -> dict[str, object]:
    """Row count of every table and the case-file id, as seen by conn (its read snapshot).

    Virtual tables (the search index) are left out: their rows live in shadow tables, which
    are counted.
    """
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    facts: dict[str, object] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        facts[f"rows:{name}"] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    if "case_file" in names:
        row = conn.execute("SELECT case_file_id FROM case_file").fetchone()
        facts["case_file_id"] = None if row is None else str(row[0])
    return facts


def _difference(expected: dict[str, object], found: dict[str, object]) -> str:
    keys = sorted(set(expected) | set(found))
    shown = [
        f"{key.removeprefix('rows:')}: {expected.get(key)} → {found.get(key)}"
        for key in keys
        if expected.get(key) != found.get(key)
    ]
    return "; ".join(shown[:3])


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _damaged(path: Path, detail: str) -> FileRefused:
    return FileRefused(
        f"De back-up {path} is beschadigd ({detail}) en wordt niet gebruikt. "
        "Het bestand is niet gewijzigd."
    )


def _too_new(path: Path, version: int, head: int) -> FileRefused:
    return FileRefused(
        f"De back-up {path} is gemaakt met een nieuwere versie van Chinadossier (schema "
        f"{version}, deze versie kent t/m {head}). Installeer de nieuwste versie; het bestand is "
        "niet gewijzigd."
    )


def audit_head(path: Path) -> tuple[int, str] | None:
    """(seq, entry hash) of the last audit entry in a case file or backup; None when empty.

    Printed with each backup: a later `check --against BACKUP` proves the case file still
    holds that entry, so a rollback or a rewritten trail shows up (issue 7.3).
    """
    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        row = conn.execute(
            "SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return None if row is None else (int(row[0]), str(row[1]))


def audit_entry_hash(path: Path, seq: int) -> str | None:
    """The entry hash of one audit entry of a case file (None when there is no such entry)."""
    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        row = conn.execute("SELECT entry_hash FROM audit_entry WHERE seq = ?", (seq,)).fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])
