"""Schema migrations: all pending steps in one transaction, foreign keys checked before commit."""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from chinadossier.db import sqlite_errors
from chinadossier.domain.errors import ChinadossierError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# Alembic (and Mako, which it imports) is imported only where a migration runs or the chain is
# inspected: every command opens a file and needs the head's ordinal, which head_ordinal() reads
# from the revision files themselves (a test proves it agrees with Alembic's own reading).

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
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    doc = (script.get_revision(chain[index]).doc or "").strip().rstrip(".")
    what = f"{chain[index]}: {doc}" if doc else chain[index]
    return f"stap {index + 1} ({what})"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    """Alembic configuration without an ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


@cache
def revisions(script_location: Path = MIGRATIONS_DIR) -> tuple[str, ...]:
    """Revision ids from the first to the head; their 1-based position is the ordinal."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migration chain must have exactly one head, found {heads}")
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")]
    return tuple(reversed(chain))


#: `revision = "0002_x"` or `down_revision: str | None = None` at the start of a line.
_REVISION_LINE = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=]*)?=\s*(?P<value>None|\"[^\"]*\"|'[^']*')\s*(?:#.*)?$"
)


@cache
def chain_from_files(script_location: Path = MIGRATIONS_DIR) -> tuple[str, ...]:
    """The revision chain read from the `revision`/`down_revision` lines of the version files.

    No Alembic import: opening a case file needs only the head's ordinal. Refuses (RuntimeError)
    anything but one unbranched chain, as revisions() does.
    """
    parents: dict[str, str | None] = {}
    for path in sorted((script_location / "versions").glob("*.py")):
        # Only the module's own top-level lines (no indent): parsing the whole file with ast
        # cost more than the rest of opening a case file.
        found: dict[str, object] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _REVISION_LINE.match(line)
            if match and match["name"] not in found:
                value = match["value"]
                found[match["name"]] = None if value == "None" else value[1:-1]
        if "revision" in found:
            down = found.get("down_revision")
            if not (down is None or isinstance(down, str)):
                raise RuntimeError(f"{path.name}: a merge revision is not supported here")
            parents[str(found["revision"])] = down
    children: dict[str | None, list[str]] = {}
    for rev, down in parents.items():
        children.setdefault(down, []).append(rev)
    chain: list[str] = []
    current: str | None = None
    while current in children:
        following = children[current]
        if len(following) != 1:
            raise RuntimeError(f"the migration chain branches after {current}: {following}")
        current = following[0]
        chain.append(current)
    if len(chain) != len(parents):
        raise RuntimeError("the migration chain must have exactly one head")
    return tuple(chain)


def head_ordinal(script_location: Path = MIGRATIONS_DIR) -> int:
    """The schema version (PRAGMA user_version) that this code writes."""
    return len(chain_from_files(script_location))


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in alembic_version, or None for an empty file."""
    from alembic.runtime.migration import MigrationContext

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
    from alembic import command

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
