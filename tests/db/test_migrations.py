"""The migration chain: one head, the schema it builds equals the models, and upgrades are safe.

Safe means: a batch rebuild of a parent table keeps its child rows and their references, and a
failing step or one that would break a reference rolls everything back, so the file is as it was.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import textwrap
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from chinadossier.db import migrate
from chinadossier.db.create import create_case_file
from chinadossier.db.engine import Database, _make_engine
from chinadossier.db.migrate import MigrationFailed, head_ordinal, revisions
from chinadossier.db.models import Base
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind, TieStatus, TieType
from chinadossier.domain.drafts import OrganisationDraft, PersonDraft, PositionDraft, TieDraft
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.dossier import Dossier

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")
#: The real chain's head: test revisions are added after it (never a hard-coded number).
HEAD = revisions()[-1]
HEAD_ORDINAL = head_ordinal()

#: The FTS5 index is created by hand (SQLite only) and is not a mapped table.
FTS_TABLES = frozenset({
    "search_fts", "search_fts_data", "search_fts_idx", "search_fts_content",
    "search_fts_docsize", "search_fts_config",
})
NOT_MAPPED = FTS_TABLES | {"alembic_version"}

#: Table-level constraint keywords and the name prefix the naming convention gives them.
CONSTRAINT_PREFIX = {"PRIMARY KEY": "pk", "FOREIGN KEY": "fk", "UNIQUE": "uq", "CHECK": "ck"}


def _no_seed(database: Database) -> None:
    """Leave the migrated schema empty."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _dump(path: Path) -> str:
    conn = _connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _scalar(path: Path, sql: str) -> object:
    conn = _connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = _connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A newly created, freshly migrated case file without data."""
    return create_case_file(tmp_path_factory.mktemp("fresh") / "dossier.sqlite3", _no_seed)


# -- the chain ----------------------------------------------------------------------------------


def test_the_chain_has_exactly_one_head_and_no_gaps() -> None:
    # Given the package's migration scripts
    script = ScriptDirectory.from_config(migrate.alembic_config())

    # When the chain is read from base to head
    chain = revisions()

    # Then there is one head and every revision follows the one before it
    assert len(script.get_heads()) == 1
    assert chain[-1] == script.get_current_head()
    assert script.get_revision(chain[0]).down_revision is None
    for previous, current in zip(chain, chain[1:], strict=False):
        assert script.get_revision(current).down_revision == previous


def test_opening_a_file_imports_neither_alembic_nor_mako(fresh: Path) -> None:
    # Given a fresh interpreter that opens a case file and lists it, as every command does
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path\n"
        "from chinadossier.services.dossier import Dossier\n"
        "import chinadossier.cli.commands_read\n"
        "with Dossier.open(Path(sys.argv[1]), read_only=True) as d: d.organisations.list()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(fresh)], capture_output=True,
                         text=True, check=True)
    # Then neither was imported
    assert out.stdout.strip() == "[]"


def test_head_ordinal_counts_the_revisions_and_stamps_new_files(fresh: Path) -> None:
    # Given the package's migration scripts and a freshly created case file
    script = ScriptDirectory.from_config(migrate.alembic_config())

    # When the head ordinal is compared with the scripts and the file
    # Then it is the number of revisions and the file's user_version
    assert head_ordinal() == len(list(script.walk_revisions())) == len(revisions())
    # (head_ordinal reads the files without Alembic; the chain it reads is Alembic's)
    assert migrate.chain_from_files() == revisions()
    assert _scalar(fresh, "PRAGMA user_version") == head_ordinal()
    assert _scalar(fresh, "SELECT version_num FROM alembic_version") == revisions()[-1]


# -- the schema equals the models ---------------------------------------------------------------


def test_a_fresh_upgrade_equals_the_models(fresh: Path) -> None:
    # Given a freshly migrated case file
    engine = _make_engine(fresh, read_only=True)
    try:
        # When alembic compares it with the mapped models (types and defaults too)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_name": lambda name, type_, parents: not (
                    type_ == "table" and name in NOT_MAPPED
                ),
            })
            differences = compare_metadata(context, Base.metadata)
            reflected = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()

    # Then there is nothing to migrate, and every mapped table exists
    assert differences == []
    assert set(Base.metadata.tables) == reflected - NOT_MAPPED


def test_no_cascading_deletes_anywhere(fresh: Path) -> None:
    # Given the schema of a fresh case file and the models
    conn = _connect(fresh)
    try:
        schema = [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql NOT NULL")]
    finally:
        conn.close()

    # When it is searched for cascading deletes
    cascading = [sql for sql in schema if re.search(r"ON\s+DELETE\s+CASCADE", sql, re.I)]
    model_cascades = [
        fk.parent for table in Base.metadata.tables.values() for fk in table.foreign_keys
        if (fk.ondelete or "").upper() == "CASCADE"
    ]

    # Then there are none: a record is never removed as a side effect
    assert schema
    assert cascading == []
    assert model_cascades == []


def _split_top_level(body: str) -> list[str]:
    """Split a CREATE TABLE body on commas outside parentheses and quotes."""
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    for i, ch in enumerate(body):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    return parts


def _constraints(table: str, create_sql: str) -> set[str]:
    """The names of a table's constraints; fails on an unnamed or oddly named one."""
    body = create_sql[create_sql.index("(") + 1 : create_sql.rindex(")")]
    names: set[str] = set()
    for part in _split_top_level(body):
        named = re.match(r"CONSTRAINT\s+(\S+)\s+(PRIMARY KEY|FOREIGN KEY|UNIQUE|CHECK)\b", part,
                         re.I)
        if named is None:
            # A column definition: no inline (unnamed) constraint allowed.
            inline = re.search(r"\b(PRIMARY KEY|REFERENCES|UNIQUE|CHECK)\b", part, re.I)
            assert inline is None, f"{table}: unnamed constraint in {part!r}"
            continue
        name, kind = named.group(1).strip('"'), named.group(2).upper()
        assert name.startswith(f"{CONSTRAINT_PREFIX[kind]}_{table}"), f"{table}: {part!r}"
        names.add(name)
    return names


def _model_schema() -> tuple[dict[str, set[str]], set[str]]:
    """Constraint names per table and index names, as the models render them on SQLite."""
    dialect = sqlite.dialect()
    tables = {
        name: _constraints(name, str(CreateTable(table).compile(dialect=dialect)))
        for name, table in Base.metadata.tables.items()
    }
    indexes = set()
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            created = str(CreateIndex(index).compile(dialect=dialect))
            match = re.match(r"CREATE (?:UNIQUE )?INDEX (\S+) ON", created)
            assert match is not None
            indexes.add(match.group(1))
    return tables, indexes


def test_every_constraint_and_index_is_named_by_the_convention(fresh: Path) -> None:
    # Given the schema as stored in a fresh case file
    conn = _connect(fresh)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()

    # When every table's constraints and every index are read from their SQL
    stored: dict[str, set[str]] = {}
    stored_indexes: set[str] = set()
    for type_, name, table, sql in rows:
        if table in NOT_MAPPED:
            continue
        if type_ == "table":
            stored[name] = _constraints(name, sql)
        elif type_ == "index" and sql is not None:
            stored_indexes.add(name)
        elif type_ == "index":
            assert name.startswith("sqlite_autoindex_")  # SQLite's own, for PK/UNIQUE
    model_tables, model_indexes = _model_schema()

    # Then each is named, the names follow the convention and are exactly the models' names
    assert stored == model_tables
    assert stored_indexes == model_indexes
    assert all(name.startswith("ix_") for name in stored_indexes)
    engine = _make_engine(fresh, read_only=True)
    try:
        inspector = inspect(engine)
        for table in stored:
            pk = inspector.get_pk_constraint(table)["name"]
            assert pk == f"pk_{table}"
            for fk in inspector.get_foreign_keys(table):
                assert fk["name"] and fk["name"].startswith(f"fk_{table}_"), (table, fk)
            for uq in inspector.get_unique_constraints(table):
                assert uq["name"] and uq["name"].startswith(f"uq_{table}_"), (table, uq)
            for ck in inspector.get_check_constraints(table):
                assert ck["name"] and ck["name"].startswith(f"ck_{table}_"), (table, ck)
            for ix in inspector.get_indexes(table):
                assert ix["name"] and ix["name"].startswith("ix_"), (table, ix)
    finally:
        engine.dispose()


# -- upgrades on a file with data ---------------------------------------------------------------


@dataclass(frozen=True)
class Populated:
    """A case file with an organisation that others point at."""

    path: Path
    organisation_id: uuid.UUID
    branch_id: uuid.UUID
    person_id: uuid.UUID
    tie_id: uuid.UUID


@pytest.fixture
def populated(case_file: Path, clock: FixedClock) -> Populated:
    # An organisation with a branch (self-reference), a tie and a person's position at it.
    with Dossier.open(case_file, clock=clock, actor=ACTOR) as dossier:
        own = dossier.authorities.by_code("GM0599").meta.id
        org = dossier.organisations.create(OrganisationDraft(
            name_nl="Volksregering van Shanghai", org_kind=OrganisationKind.GOVERNMENT,
        )).record.meta.id
        branch = dossier.organisations.create(OrganisationDraft(
            name_nl="Bureau Buitenlandse Zaken Shanghai",
            org_kind=OrganisationKind.FOREIGN_AFFAIRS_OFFICE, parent_id=org,
        )).record.meta.id
        person = dossier.persons.create(PersonDraft(
            family_name="Li", given_name="Wei",
            positions=(PositionDraft(title="Directeur", organisation_id=org,
                                     starts=PartialDate.year(2019)),),
        )).record.meta.id
        tie = dossier.ties.create(TieDraft(
            authority_id=own, organisation_id=org, tie_type=TieType.SISTER_CITY,
            status=TieStatus.ACTIVE, starts=PartialDate.year(1986, circa=True),
        )).record.meta.id
    assert [p.name for p in case_file.parent.iterdir()] == [case_file.name]
    return Populated(case_file, org, branch, person, tie)


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A copy of the package's migrations, to add revisions to (a fresh path: caches differ)."""
    location = tmp_path / f"migrations-{uuid.uuid4().hex[:8]}"
    shutil.copytree(migrate.MIGRATIONS_DIR, location,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return location


def _add_revision(location: Path, revision: str, down: str, body: str) -> None:
    source = textwrap.dedent('''\
        """Test revision {revision}."""

        from __future__ import annotations

        import sqlalchemy as sa
        from alembic import op

        revision = "{revision}"
        down_revision = "{down}"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
        {body}


        def downgrade() -> None:
            raise NotImplementedError
        ''').format(revision=revision, down=down, body=textwrap.indent(body, "    "))
    (location / "versions" / f"{revision}_test.py").write_text(source, encoding="utf-8")


def _references(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = _connect(path)
    try:
        return {
            "tie": conn.execute("SELECT id, authority_id, organisation_id FROM tie").fetchall(),
            "position": conn.execute(
                "SELECT id, person_id, organisation_id, authority_id FROM position"
            ).fetchall(),
            "organisation": conn.execute(
                "SELECT id, parent_id, name_nl FROM organisation ORDER BY id"
            ).fetchall(),
            "record": conn.execute("SELECT count(*) FROM record").fetchall(),
        }
    finally:
        conn.close()


def _organisation_schema(path: Path) -> dict[str, object]:
    engine = _make_engine(path, read_only=True)
    try:
        inspector = inspect(engine)
        return {
            "fks": sorted((fk["name"], fk["referred_table"]) for fk in
                          inspector.get_foreign_keys("organisation")),
            "checks": sorted(ck["name"] for ck in inspector.get_check_constraints("organisation")),
            "indexes": sorted(ix["name"] for ix in inspector.get_indexes("organisation")),
            "pk": inspector.get_pk_constraint("organisation")["name"],
            "children": sorted(
                (table, fk["name"]) for table in inspector.get_table_names()
                if table not in NOT_MAPPED
                for fk in inspector.get_foreign_keys(table)
                if fk["referred_table"] == "organisation"
            ),
        }
    finally:
        engine.dispose()


def test_a_batch_rebuild_of_a_parent_table_keeps_its_children(
    populated: Populated, scripts: Path
) -> None:
    # Given a case file where a tie, a position and a branch point at an organisation,
    # and a revision that rebuilds the organisation table (batch add column; "always", because
    # on "auto" alembic would use a plain ALTER TABLE ADD COLUMN and rebuild nothing)
    _add_revision(scripts, "t_rebuild", HEAD, textwrap.dedent("""\
        with op.batch_alter_table("organisation", recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.String(20)))
        """))
    before = _references(populated.path)
    schema_before = _organisation_schema(populated.path)
    assert len(before["tie"]) == 1 and len(before["position"]) == 1
    assert before["tie"][0][2] == before["position"][0][2] == populated.organisation_id.hex

    # When the file is upgraded
    engine = _make_engine(populated.path, read_only=False)
    try:
        version = migrate.upgrade(engine, script_location=scripts)
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            foreign_keys_after = raw.execute("PRAGMA foreign_keys").fetchone()[0]
    finally:
        engine.dispose()

    # Then the rows and their references are all still there and consistent
    assert version == HEAD_ORDINAL + 1
    assert _references(populated.path) == before
    conn = _connect(populated.path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD_ORDINAL + 1
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("t_rebuild",)
        ]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(organisation)")]
        created = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'organisation'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert "extra" in columns
    # (rebuilt, not altered: ALTER TABLE ADD COLUMN would append the column after the constraints)
    assert created.index("extra") < created.index("CONSTRAINT")
    # and the rebuilt table kept its named constraints and indexes, and children still point at it
    assert _organisation_schema(populated.path) == schema_before
    assert foreign_keys_after == 1


def test_a_failing_migration_changes_nothing(populated: Populated, scripts: Path) -> None:
    # Given a chain where a first new revision adds a table and a second one then fails
    _add_revision(scripts, "t_first", HEAD, textwrap.dedent("""\
        op.create_table("extra_table", sa.Column("id", sa.Integer(), primary_key=True))
        op.execute("UPDATE organisation SET name_nl = 'gewijzigd'")
        """))
    _add_revision(scripts, "t_second", "t_first", 'raise RuntimeError("stap 3 is kapot")')
    bytes_before = _sha256(populated.path)
    dump_before = _dump(populated.path)

    # When the file is upgraded
    engine = _make_engine(populated.path, read_only=False)
    try:
        with pytest.raises(MigrationFailed) as failed:
            migrate.upgrade(engine, script_location=scripts)
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            foreign_keys_after = raw.execute("PRAGMA foreign_keys").fetchone()[0]
            in_transaction = raw.in_transaction
    finally:
        engine.dispose()

    # Then the upgrade is reported in Dutch and the file is exactly as it was
    assert "niets gewijzigd" in str(failed.value)
    # the step is named; the exception's own (English, maybe SQL) text goes to the log only
    step = HEAD_ORDINAL + 2  # the second revision after the real head
    assert f"stap {step} (t_second: Test revision t_second)" in str(failed.value)
    assert "stap 3 is kapot" not in str(failed.value)
    assert isinstance(failed.value.__cause__, RuntimeError)
    assert _sha256(populated.path) == bytes_before
    assert _dump(populated.path) == dump_before
    assert _scalar(populated.path, "PRAGMA user_version") == HEAD_ORDINAL
    assert _scalar(populated.path, "SELECT version_num FROM alembic_version") == HEAD
    assert "extra_table" not in _tables(populated.path)
    # and the connection is left usable: foreign keys back on, no open transaction
    assert foreign_keys_after == 1
    assert in_transaction is False


def test_a_migration_that_breaks_references_is_rolled_back(
    populated: Populated, scripts: Path
) -> None:
    # Given a revision that deletes every authority while ties point at them
    _add_revision(scripts, "t_delete", HEAD, 'op.execute("DELETE FROM authority")')
    authorities = _scalar(populated.path, "SELECT count(*) FROM authority")
    assert isinstance(authorities, int) and authorities > 0
    bytes_before = _sha256(populated.path)
    dump_before = _dump(populated.path)

    # When the file is upgraded
    engine = _make_engine(populated.path, read_only=False)
    try:
        with pytest.raises(MigrationFailed) as failed:
            migrate.upgrade(engine, script_location=scripts)
    finally:
        engine.dispose()

    # Then the foreign key check refused it and nothing changed
    assert "verwijzingen breken" in str(failed.value)
    assert "niets gewijzigd" in str(failed.value)
    assert _scalar(populated.path, "SELECT count(*) FROM authority") == authorities
    assert _scalar(populated.path, "PRAGMA user_version") == HEAD_ORDINAL
    assert _scalar(populated.path, "SELECT version_num FROM alembic_version") == HEAD
    assert _dump(populated.path) == dump_before
    assert _sha256(populated.path) == bytes_before


def test_a_migration_chain_with_two_heads_is_refused(scripts: Path) -> None:
    # Given a copy of the chain with two revisions that both follow the head
    _add_revision(scripts, "t_one", HEAD, "pass")
    _add_revision(scripts, "t_two", HEAD, "pass")

    # When its revisions are listed
    # Then the branching is refused
    with pytest.raises(RuntimeError, match="exactly one head"):
        revisions(scripts)


def test_an_upgrade_with_the_package_chain_is_a_no_op_at_head(populated: Populated) -> None:
    # Given a case file already at the head
    dump_before = _dump(populated.path)

    # When it is upgraded with the package's chain
    engine = _make_engine(populated.path, read_only=False)
    try:
        version = migrate.upgrade(engine)
    finally:
        engine.dispose()

    # Then it stays at the head with the same content
    assert version == head_ordinal()
    assert _dump(populated.path) == dump_before


def test_every_supported_sort_is_backed_by_an_index() -> None:
    # Each list's sorts (db.listing.SORTS) must lead an index, so the first page never sorts
    # the whole table.
    from sqlalchemy import UniqueConstraint

    from chinadossier.db.listing import SORTS
    from chinadossier.db.models import Base

    indexed_first: set[tuple[str, str]] = set()
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            indexed_first.add((table.name, index.columns[0].name))
        for constraint in table.constraints:  # SQLite backs a UNIQUE constraint by an index
            if isinstance(constraint, UniqueConstraint) and constraint.columns:
                indexed_first.add((table.name, next(iter(constraint.columns)).name))
    for kind, sorts in SORTS.items():
        for name, sort in sorts.items():
            column = sort.column
            assert (column.table.name, column.name) in indexed_first, (kind, name)
