"""Schema migrations: all pending steps in one transaction, foreign keys checked before commit."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from chinadossier.db import sqlite_errors
from chinadossier.domain.errors import ChinadossierError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


_LOG = logging.getLogger(__name__)


class MigrationFailed(ChinadossierError):
    """A migration step failed; the transaction was rolled back and the file is unchanged."""


def _failed_step(conn: Connection, script_location: Path) -> str:
    """ "stap 3 (0003: what it does)" — the revision after the last one that completed."""
    chain = revisions(script_location)
    try:
        done = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except Exception:  # noqa: BLE001 - the table may not exist yet, or the file is damaged
        done = None
    index = chain.index(done) + 1 if done in chain else 0
    if index >= len(chain):
        return "de controle na de stappen"
    script = ScriptDirectory.from_config(alembic_config(script_location))
    doc = (script.get_revision(chain[index]).doc or "").strip().rstrip(".")
    what = f"{chain[index]}: {doc}" if doc else chain[index]
    return f"stap {index + 1} ({what})"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    """Alembic configuration without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


@cache
def revisions(script_location: Path = MIGRATIONS_DIR) -> tuple[str, ...]:
    """Revision ids from the first to the head; their 1-based position is the ordinal."""
    script = ScriptDirectory.from_config(alembic_config(script_location))
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migration chain must have exactly one head, found {heads}")
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")]
    return tuple(reversed(chain))


def head_ordinal(script_location: Path = MIGRATIONS_DIR) -> int:
    """The schema version (PRAGMA user_version) that this code writes."""
    return len(revisions(script_location))


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in alembic_version, or None for an empty file."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(
    engine: Engine, script_location: Path = MIGRATIONS_DIR, *, to: int | None = None
) -> int:
    """Run every pending migration in ONE transaction and return the new schema version.

    `to` stops at that schema version instead of the head (a JSON export of an older version is
    loaded into the schema it was made with, then brought up to date).

    Foreign keys are switched off before the transaction (SQLite ignores the pragma inside one)
    so batch table rebuilds keep child rows; PRAGMA foreign_key_check must come back empty before
    the commit. Any failure rolls everything back: the file is as it was.
    """
    config = alembic_config(script_location)
    chain = revisions(script_location)
    target = len(chain) if to is None else to
    if not 1 <= target <= len(chain):
        raise MigrationFailed(f"Schemaversie {target} bestaat niet; er is niets gewijzigd.")
    with engine.connect() as conn:
        # Outside any transaction, on the DB-API connection: inside one SQLite ignores it.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                config.attributes["connection"] = conn
                try:
                    command.upgrade(config, chain[target - 1])
                except Exception as exc:
                    step = _failed_step(conn, script_location)
                    _LOG.error("Migration failed at %s", step, exc_info=exc)  # SQL: log only
                    raise MigrationFailed(
                        f"De bijwerking van het dossier is mislukt bij {step}: "
                        f"{sqlite_errors.dutch(exc)}. Er is niets gewijzigd; de details staan "
                        "in het logbestand."
                    ) from exc
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(
                        "De bijwerking van het dossier zou verwijzingen breken "
                        f"({len(problems)} gevallen); er is niets gewijzigd."
                    )
                conn.exec_driver_sql(f"PRAGMA user_version = {target}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return target
