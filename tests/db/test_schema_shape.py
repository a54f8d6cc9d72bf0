"""Issue 7.2: check compares the schema with the migrations'; foreign triggers block writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from chinadossier.db.check import run_checks
from chinadossier.db.engine import open_database
from chinadossier.domain.errors import FileRefused


def _schema_item(path: Path) -> tuple[bool, str]:
    item = next(i for i in run_checks(path, full=False) if i.name == "schema")
    return item.ok, item.message


def _execute(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_a_fresh_file_has_exactly_the_expected_schema(case_file: Path) -> None:
    ok, message = _schema_item(case_file)
    assert ok, message


@pytest.mark.parametrize(("sql", "named"), [
    ("CREATE TRIGGER steal AFTER INSERT ON person BEGIN "
     "UPDATE person SET notes = 'x' WHERE id = new.id; END", "trigger steal"),
    ("CREATE TABLE extra (x)", "tabel extra"),
    ("CREATE INDEX ix_extra ON person (notes)", "index ix_extra"),
    ("CREATE VIEW v_extra AS SELECT 1", "view v_extra"),
    ("ALTER TABLE person ADD COLUMN secret TEXT", "tabel person"),
    ("DROP INDEX ix_action_due_on_id", "index ix_action_due_on_id"),
])
def test_a_schema_change_is_reported(case_file: Path, sql: str, named: str) -> None:
    _execute(case_file, sql)
    ok, message = _schema_item(case_file)
    assert not ok
    assert named in message


def test_analyze_statistics_are_not_a_schema_change(case_file: Path) -> None:
    _execute(case_file, "ANALYZE")
    ok, message = _schema_item(case_file)
    assert ok, message


def test_a_file_with_a_foreign_trigger_is_not_opened_for_writing(case_file: Path) -> None:
    _execute(case_file, "CREATE TRIGGER t_copy AFTER UPDATE ON record BEGIN SELECT 1; END")
    before = case_file.read_bytes()
    with pytest.raises(FileRefused) as caught:
        open_database(case_file)
    assert "t_copy" in caught.value.message
    assert "trigger" in caught.value.message
    # Reading (to check or copy it) stays possible, and nothing was written.
    open_database(case_file, read_only=True).close()
    assert case_file.read_bytes() == before


def test_the_services_refuse_to_write_into_it(case_file: Path) -> None:
    from chinadossier.domain.actor import Actor
    from chinadossier.domain.clock import FixedClock
    from chinadossier.services.dossier import Dossier

    _execute(case_file, "CREATE TRIGGER t_x BEFORE DELETE ON tag BEGIN SELECT 1; END")
    with pytest.raises(FileRefused):
        Dossier.open(case_file, clock=FixedClock.on(dt.date(2026, 1, 1)),
                     actor=Actor("t", None, "h"))


def test_the_stored_shape_is_what_a_fresh_upgrade_to_the_head_makes() -> None:
    # The stored shape (schema_head.py) replaces a fresh upgrade on every check: it must be
    # exactly what `alembic upgrade head` on an empty database gives, for the chain's head.
    from chinadossier.db import schema_head, schema_shape
    from chinadossier.db.migrate import chain_from_files, revisions

    assert schema_head.REVISION == chain_from_files()[-1] == revisions()[-1]
    assert schema_shape.expected_shape() == schema_shape.fresh_shape()
    # And the module is what the generator writes now (regenerate with --write)
    assert Path(schema_head.__file__).read_text(encoding="utf-8") == schema_shape.stored_text(
        schema_shape.fresh_shape(), schema_head.REVISION
    )


def test_a_head_without_a_stored_shape_falls_back_to_a_fresh_upgrade(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a chain whose head is not the stored revision (a migration added, not regenerated)
    from chinadossier.db import schema_head, schema_shape

    monkeypatch.setattr(schema_head, "REVISION", "0000_elsewhere")
    monkeypatch.setattr(schema_head, "SHAPE", (("table", "not_the_schema", None),))
    schema_shape.expected_shape.cache_clear()
    try:
        # Then the expected shape is made fresh, not taken from the stored one
        assert schema_shape.expected_shape() == schema_shape.fresh_shape()
        assert ("table", "not_the_schema") not in schema_shape.expected_shape()
    finally:
        schema_shape.expected_shape.cache_clear()


def test_a_stored_shape_that_differs_is_noticed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The comparison in the first test can fail: one changed definition makes them unequal
    from chinadossier.db import schema_head, schema_shape

    (kind, name, sql), *rest = schema_head.SHAPE
    monkeypatch.setattr(schema_head, "SHAPE", ((kind, name, f"{sql} "), *rest))
    schema_shape.expected_shape.cache_clear()
    try:
        assert schema_shape.expected_shape() != schema_shape.fresh_shape()
    finally:
        schema_shape.expected_shape.cache_clear()
