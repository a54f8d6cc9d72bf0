"""The bulk path's plain executemany stores exactly what SQLAlchemy's insert() stores."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from chinadossier.db.bulk_insert import _statement, insert_rows
from chinadossier.db.engine import Database, open_database
from chinadossier.db.models import Base
from chinadossier.domain.clock import AMSTERDAM
from chinadossier.domain.codes import Classification, OrganisationKind, RecordKind

MOMENT = dt.datetime(2026, 3, 14, 12, 30, 5, 250000, tzinfo=AMSTERDAM)


@pytest.fixture
def database(case_file: Path) -> Iterator[Database]:
    opened = open_database(case_file)
    yield opened
    opened.close()


def _record(number: str, **kw: Any) -> dict[str, Any]:
    return {"id": uuid.uuid4(), "kind": RecordKind.ORGANISATION, "display_no": number,
            "classification": Classification.INTERNAL,
            "retention_category": kw.pop("retention_category", "permanent"),
            "retention_on": dt.date(2030, 1, 1), "created_at": MOMENT, "created_by": "t",
            "updated_at": MOMENT, "updated_by": "t", "version": 1, "deleted_at": None,
            "deleted_by": None, **kw}


def _organisation(record_id: uuid.UUID, kind: Any) -> dict[str, Any]:
    # pinyin_auto left out: its Python default (True) is stored, as insert() does.
    return {"id": record_id, "name_nl": "Xinghe Havengroep (fictief)", "org_kind": kind,
            "sort_key": "xinghe", "notes": "ëén\nregel"}


def _stored(session: Any, table: str, record_id: uuid.UUID) -> dict[str, Any]:
    row = session.execute(text(f"SELECT * FROM {table} WHERE id = :id"),
                          {"id": record_id.hex}).mappings().one()
    return {k: v for k, v in row.items() if k not in ("id", "display_no")}


def test_rows_are_stored_as_insert_stores_them(database: Database) -> None:
    with database.write_session() as session, session.begin():
        by_orm = _record("ORG-9001")
        by_plain = _record("ORG-9002")
        session.execute(insert(Base.metadata.tables["record"]), [by_orm])
        insert_rows(session, "record", [by_plain])
        session.execute(insert(Base.metadata.tables["organisation"]),
                        [_organisation(by_orm["id"], OrganisationKind.GOVERNMENT)])
        # A code given as its text binds like the code itself.
        insert_rows(session, "organisation", [_organisation(by_plain["id"], "government")])

        assert _stored(session, "record", by_plain["id"]) == _stored(
            session, "record", by_orm["id"])
        stored = _stored(session, "organisation", by_plain["id"])
        assert stored == _stored(session, "organisation", by_orm["id"])
        assert stored["pinyin_auto"] == 1
        session.rollback()


def test_rows_with_other_keys_and_bad_values_are_handled_like_insert(
    database: Database
) -> None:
    with database.write_session() as session, session.begin():
        rows = [_record("ORG-9003"), _record("ORG-9004")]
        del rows[1]["deleted_by"]  # another key set: its own statement
        insert_rows(session, "record", rows)
        assert session.execute(text("SELECT count(*) FROM record WHERE display_no IN "
                                    "('ORG-9003', 'ORG-9004')")).scalar_one() == 2
        naive = _record("ORG-9005", created_at=dt.datetime(2026, 3, 14, 12, 30))
        with pytest.raises(ValueError, match="naive datetime refused"):
            insert_rows(session, "record", [naive])
        unknown = _record("ORG-9006", retention_category="forever")
        with pytest.raises(LookupError):
            insert_rows(session, "record", [unknown])
        session.rollback()


def test_a_column_empty_in_every_row_is_written_as_null_not_bound(database: Database) -> None:
    with database.write_session() as session, session.begin():
        statements: list[tuple[str, Any]] = []
        connection = session.connection()
        original = connection.exec_driver_sql

        def spy(sql: str, parameters: Any = None, *args: Any) -> Any:
            statements.append((sql, parameters))
            return original(sql, parameters, *args)

        connection.exec_driver_sql = spy  # type: ignore[method-assign]
        by_orm = [_record("ORG-9011"), _record("ORG-9012", retention_on=None)]
        by_plain = [_record("ORG-9013"), _record("ORG-9014", retention_on=None)]
        session.execute(insert(Base.metadata.tables["record"]), by_orm)
        insert_rows(session, "record", by_plain)
        # deleted_at and deleted_by (and the left-out merged_into) are empty in both rows; the
        # retention date only in one: that one is still bound.
        sql, parameters = statements[-1]
        names = sql.split("(", 1)[1].split(")", 1)[0].replace('"', "").split(", ")
        marks = sql.rsplit("VALUES (", 1)[1].rstrip(")").split(", ")
        assert sorted(n for n, m in zip(names, marks, strict=True) if m == "NULL") == [
            "deleted_at", "deleted_by"]
        assert all(len(p) == marks.count("?") for p in parameters)
        for orm_row, plain_row in zip(by_orm, by_plain, strict=True):
            stored = _stored(session, "record", plain_row["id"])
            assert stored == _stored(session, "record", orm_row["id"])
        assert _stored(session, "record", by_plain[1]["id"])["retention_on"] is None
        assert _stored(session, "record", by_plain[0]["id"])["deleted_at"] is None

        session.rollback()


def test_rows_whose_every_value_is_empty_keep_one_parameter_tuple_each(
    database: Database,
) -> None:
    statement = _statement(database.engine.dialect, "record_source", ("locator",))
    assert statement is not None
    sql, parameters = statement.prepared([{"locator": None}, {"locator": None}])
    assert sql == 'INSERT INTO "record_source" ("locator") VALUES (NULL)'
    assert parameters == [(), ()]
    sql, parameters = statement.prepared([{"locator": None}, {"locator": "p. 3"}])
    assert sql == 'INSERT INTO "record_source" ("locator") VALUES (?)'
    assert parameters == [(None,), ("p. 3",)]
