"""Whether the file's schema is current and its database pages and foreign-key links are whole."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from chinadossier.db import migrate, schema_shape, sqlite_errors, sqlite_file
from chinadossier.db.check.common import MAX_NAMED, CheckItem, _capital
from chinadossier.domain import plural
from chinadossier.domain.errors import FileRefused

_UPGRADE_HINT = "Werk het bij met: chinadossier upgrade"


def _check_schema(path: Path) -> tuple[CheckItem, bool | None]:
    """The schema item, and whether to go on: True all checks, False page checks only, None stop.

    PRAGMA user_version must equal the code's head and the ordinal of the revision stamped in
    alembic_version. Then the file's schema objects are compared with what a fresh upgrade
    makes (the stored shape of db.schema_head: milliseconds, so no longer left to the second
    process of a large file's check).
    """
    head = migrate.head_ordinal()
    # The chain as the revision files name it (no Alembic import: a tenth of a second;
    # tests/db/test_migrations.py holds it equal to Alembic's own reading).
    chain = migrate.chain_from_files()
    try:
        with closing(sqlite_file.connect_existing(path, read_only=True)) as conn:
            version = sqlite_file.schema_version(conn)
            stamped = _stamped_revisions(conn)
            found_shape = schema_shape.shape_of(conn)
    except FileRefused as exc:
        return CheckItem("schema", False, exc.message), None
    except sqlite3.DatabaseError as exc:
        return CheckItem(
            "schema", False, f"De opbouw kan niet worden gelezen: {sqlite_errors.dutch(exc)}."
        ), None
    unknown = [rev for rev in stamped if rev not in chain]
    if version > head or unknown:
        shown = f"schema {version}" + (f", revisie {', '.join(unknown)}" if unknown else "")
        return CheckItem(
            "schema",
            False,
            f"Het bestand is gemaakt met een nieuwere versie van Chinadossier ({shown}; deze "
            f"versie kent t/m schema {head}). Installeer de nieuwste versie; er is verder niets "
            "gecontroleerd.",
            version,
        ), None
    ordinal = chain.index(stamped[0]) + 1 if len(stamped) == 1 else None
    problems: list[str] = []
    if len(stamped) != 1:
        problems.append(
            "de migratiestand (alembic_version) ontbreekt"
            if not stamped
            else f"er zijn {len(stamped)} migratiestanden in plaats van één"
        )
    elif ordinal != version:
        problems.append(
            f"het schemanummer ({version}) en de migratiestand ({stamped[0]}, schema {ordinal}) "
            "komen niet overeen"
        )
    if version < head:
        problems.append(f"de opbouw is ouder (schema {version}, deze versie: {head})")
    if problems:
        message = (
            f"{_capital('; '.join(problems))}. {_UPGRADE_HINT}. Alleen de pagina's en "
            "verwijzingen zijn gecontroleerd; de overige controles volgen na het bijwerken."
        )
        return CheckItem("schema", False, message, version), False
    difference = schema_shape.compare(found_shape)
    if difference:
        # Reported, and the data checks still run: they read the expected tables only.
        message = (
            f"De opbouw wijkt af van wat deze versie maakt ({difference.dutch(MAX_NAMED)}); "
            "buiten het programma gewijzigd? Een extra trigger zou bij elke wijziging meedraaien: "
            "het dossier wordt zo niet geopend om te schrijven. Zet een back-up terug die deze "
            "controle doorstaat."
        )
        return CheckItem("schema", False, message, version), True
    return CheckItem("schema", True, f"De opbouw is actueel (schema {version}).", version), True


def _stamped_revisions(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return []
    return [str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version")]


def _check_pages(session: Session, *, full: bool) -> CheckItem:
    """PRAGMA quick_check (integrity_check with full) must answer exactly "ok"."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        lines = [str(row[0]) for row in session.connection().exec_driver_sql(f"PRAGMA {pragma}")]
    except (sqlite3.DatabaseError, SQLAlchemyError) as exc:
        lines = [str(getattr(exc, "orig", None) or exc)]
    what = "volledige" if full else "snelle"
    if lines == ["ok"]:
        return CheckItem(
            "quick_check", True, f"De {what} controle van de databasepagina's is in orde.", 0
        )
    shown = "; ".join(lines[:3]) + (f" (en {len(lines) - 3} meer)" if len(lines) > 3 else "")
    return CheckItem(
        "quick_check",
        False,
        f"Het bestand is beschadigd ({pragma}): {shown}. Herstel een back-up.",
        len(lines),
    )


def _check_links(session: Session) -> CheckItem:
    """PRAGMA foreign_key_check must come back empty."""
    rows = session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return CheckItem("foreign_keys", True, "Alle verwijzingen tussen tabellen kloppen.", 0)
    per_link = Counter(f"{row[0]} → {row[2]}" for row in rows)
    shown = ", ".join(f"{link} ({n})" for link, n in per_link.most_common(MAX_NAMED))
    broken = plural.count(len(rows), "verbroken verwijzing", "verbroken verwijzingen")
    return CheckItem("foreign_keys", False, f"{broken}: {shown}.", len(rows))
