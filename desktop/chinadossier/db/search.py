"""Full-text search behind a small interface; SQLite FTS5 over text normalised in Python.

Indexing and querying share domain.search_text, so SQLite 3.40 and newer versions behave alike
(no trigram tokenizer, no reliance on SQLite's diacritics handling). A server backend provides
its own SearchIndex.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from chinadossier.db import fts
from chinadossier.db.bulk_insert import insert_rows
from chinadossier.db.fts import IndexHit, fts_expression
from chinadossier.db.models import SearchKey
from chinadossier.db.reading import core
from chinadossier.domain.search_text import IndexPart, QueryTerm, index_text

__all__ = ["RANK_LIMIT", "IndexHit", "SearchIndex", "SqliteFtsIndex", "fts_expression", "rebuild"]


class SearchIndex(Protocol):
    """What the services need of a search index."""

    def put(
        self,
        session: Session,
        record_id: uuid.UUID,
        kind: str,
        title: list[IndexPart],
        body: list[IndexPart],
    ) -> None:
        """Index (or re-index) one record."""

    def put_many(
        self,
        session: Session,
        documents: list[tuple[uuid.UUID, str, list[IndexPart], list[IndexPart]]],
    ) -> None:
        """Index records that are not in the index yet (one statement for all)."""

    def remove(self, session: Session, record_id: uuid.UUID) -> None:
        """Drop one record from the index."""

    def query(
        self, session: Session, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> list[IndexHit]:
        """Records matching every term, best first."""

    def indexed(self, session: Session) -> dict[uuid.UUID, tuple[str, str]]:
        """Every indexed record with its stored (title, body) text."""

    def query_counted(
        self, session: Session, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> tuple[list[IndexHit], int]:
        """Records matching every term, best first, and how many match in all (a number above
        RANK_LIMIT: more than RANK_LIMIT)."""


#: Above this many matches a query is not ranked as a whole (see db.fts).
RANK_LIMIT = fts.RANK_LIMIT


def sql_runner(session: Session) -> fts.Run:
    """Plain SQL on the session's connection (SQLAlchemy's cursor events still see it); pending
    ORM changes are flushed first, as a query through the session would (db.reading.core)."""
    connection = core(session)

    def run(sql: str, params: Sequence[Any]) -> list[Any]:
        result = connection.exec_driver_sql(sql, tuple(params))
        return list(result.all()) if result.returns_rows else []

    return run


_FTS_INSERT = "INSERT INTO search_fts(rowid, record_id, kind, title, body) VALUES (?, ?, ?, ?, ?)"


class SqliteFtsIndex:
    """The FTS5 table search_fts(record_id, kind, title, body) created by the first migration."""

    def put(
        self,
        session: Session,
        record_id: uuid.UUID,
        kind: str,
        title: list[IndexPart],
        body: list[IndexPart],
    ) -> None:
        """Index (or re-index) one record."""
        self.remove(session, record_id)
        self.put_many(session, [(record_id, kind, title, body)])

    def put_many(
        self,
        session: Session,
        documents: list[tuple[uuid.UUID, str, list[IndexPart], list[IndexPart]]],
    ) -> None:
        """Index records that are not in the index yet (one executemany per table)."""
        if not documents:
            return
        fts, keys = self.rows_for(documents, self.last_rowid(session))
        # Plain tuples straight to the driver, in the session's transaction: text() with a
        # dict per row had SQLAlchemy turn 20,000 dicts into positional rows one by one.
        session.connection().exec_driver_sql(*fts)
        insert_rows(session, SearchKey.__tablename__, keys)

    @staticmethod
    def last_rowid(session: Session) -> int:
        """The highest rowid of the index (0 when empty): new documents follow it."""
        return int(session.execute(
            text("SELECT coalesce(max(rowid), 0) FROM search_fts")).scalar_one())

    @staticmethod
    def rows_for(
        documents: list[tuple[uuid.UUID, str, list[IndexPart], list[IndexPart]]], last: int
    ) -> tuple[tuple[str, list[tuple[Any, ...]]], list[dict[str, Any]]]:
        """What put_many() inserts for documents numbered after rowid `last`: the FTS rows as
        (SQL, parameter rows) and the search_key rows."""
        rows = [
            (last + n, rid.hex, kind, index_text(*title), index_text(*body))
            for n, (rid, kind, title, body) in enumerate(documents, start=1)
        ]
        keys = [{"record_id": doc[0], "fts_rowid": last + n} for n, doc in enumerate(documents, 1)]
        return (_FTS_INSERT, rows), keys

    def remove(self, session: Session, record_id: uuid.UUID) -> None:
        """Drop one record from the index, found by rowid (the id column is not indexed)."""
        rowid = session.scalar(select(SearchKey.fts_rowid).where(SearchKey.record_id == record_id))
        if rowid is None:
            return
        session.execute(text("DELETE FROM search_fts WHERE rowid = :rowid"), {"rowid": rowid})
        # No search_key row is ever held as an object: skip the ORM's scan of the identity map,
        # which made removing many records (a retention update of thousands) quadratic.
        session.execute(
            delete(SearchKey).where(SearchKey.record_id == record_id),
            execution_options={"synchronize_session": False},
        )

    def query(
        self, session: Session, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> list[IndexHit]:
        """Records matching every term; title matches weigh ten times body matches.

        Ranking costs time for every match: a query matching more than RANK_LIMIT records (a
        common word) ranks only its newest RANK_LIMIT matches (see db.fts).
        """
        return self.query_counted(session, terms, kinds=kinds, limit=limit)[0]

    def query_counted(
        self, session: Session, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> tuple[list[IndexHit], int]:
        """As query(), with the number of matching records (the index holds live records only);
        a number above RANK_LIMIT means "more than RANK_LIMIT" (a common word is not counted
        through)."""
        return fts.counted_hits(sql_runner(session), terms, kinds=kinds, limit=limit)

    def indexed(self, session: Session) -> dict[uuid.UUID, tuple[str, str]]:
        """Every indexed record with its stored text."""
        rows = session.execute(text("SELECT record_id, title, body FROM search_fts"))
        return {uuid.UUID(hex=row[0]): (row[1], row[2]) for row in rows}


def rebuild(session: Session, index: SqliteFtsIndex) -> int:
    """Throw the whole index away and build it again from the live records; returns the count."""
    from chinadossier.db.registry import SPECS

    session.execute(text("DELETE FROM search_fts"))
    session.execute(delete(SearchKey))
    documents = []
    for kind, spec in SPECS.items():
        model = spec.model
        stmt = select(model).where(model.kind == kind, model.deleted_at.is_(None))
        for obj in session.scalars(stmt.execution_options(yield_per=2000)):
            title, body = spec.document(obj, session)
            documents.append((obj.id, kind.value, [obj.display_no, *title], body))
    index.put_many(session, documents)
    return len(documents)
