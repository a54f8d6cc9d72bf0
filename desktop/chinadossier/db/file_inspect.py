"""Inspecting a case file before it is opened, with sqlite3 alone (no SQLAlchemy import).

Shared by db.engine (every open) and db.quick_read (the command line's quick read path).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from chinadossier.db import sqlite_errors, sqlite_file
from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.errors import FileRefused, SchemaTooOld


def inspect_file(path: Path) -> int:
    """Refuse a foreign, other-program or newer file without changing a byte; return its version."""
    header = sqlite_file.read_header(path)
    sqlite_file.refuse_foreign_wal(path)
    head = head_ordinal()
    if header.user_version > head:
        raise _too_new(path, header.user_version, head)
    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        version = sqlite_file.schema_version(conn)
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise FileRefused(
            f"{path} is beschadigd of geen database: {sqlite_errors.dutch(exc)}. "
            "Het is niet gewijzigd."
        ) from exc
    finally:
        conn.close()
    if app_id != sqlite_file.APPLICATION_ID:
        raise FileRefused(f"{path} is geen Chinadossier-bestand. Het is niet gewijzigd.")
    if version > head:
        raise _too_new(path, version, head)
    return version


def _too_new(path: Path, version: int, head: int) -> FileRefused:
    return FileRefused(
        f"{path} is gemaakt met een nieuwere versie van Chinadossier (schema {version}, "
        f"deze versie kent t/m {head}). Installeer de nieuwste versie; "
        "het bestand is niet gewijzigd."
    )


def schema_too_old(path: Path, version: int) -> SchemaTooOld:
    """The refusal of a file that needs `chinadossier upgrade` first."""
    return SchemaTooOld(
        f"Het dossier {path} heeft een oudere opbouw (schema {version}). "
        "Werk het eerst bij met: chinadossier upgrade"
    )
