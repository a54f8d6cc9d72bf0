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
