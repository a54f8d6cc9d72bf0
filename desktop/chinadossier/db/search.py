"""Full-text search behind a small interface; SQLite FTS5 over text normalised in Python.

Indexing and querying share domain.search_text, so SQLite 3.40 and newer versions behave alike
(no trigram tokenizer, no reliance on SQLite's diacritics handling). A server backend provides
its own SearchIndex.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from chinadossier.db.models import SearchKey
from chinadossier.domain.search_text import IndexPart, QueryTerm, index_text


@dataclass(frozen=True, slots=True)
class IndexHit:
    """A matching record and its rank (lower is better)."""

    record_id: uuid.UUID
    kind: str
    rank: float


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
        """Records matching every term, best first, and how many match in all."""


def fts_expression(terms: list[QueryTerm]) -> str:
    """An FTS5 MATCH expression ANDing the terms; each quoted, prefix terms with '*'."""
    parts = []
    for term in terms:
        quoted = '"' + term.text.replace('"', '""') + '"'
        parts.append(quoted + ("*" if term.prefix else ""))
    return " AND ".join(parts)


#: Above this many matches a query is not ranked as a whole (see SqliteFtsIndex.query).
RANK_LIMIT = 5000


def _kind_filter(kinds: list[str] | None) -> tuple[str, dict[str, object]]:
    if not kinds:
        return "", {}
    names = [f":k{i}" for i in range(len(kinds))]
    return f" AND kind IN ({', '.join(names)})", {f"k{i}": k for i, k in enumerate(kinds)}


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
        last = session.execute(text("SELECT coalesce(max(rowid), 0) FROM search_fts")).scalar_one()
        rows = [
            {
                "rowid": last + n,
                "id": rid.hex,
                "kind": kind,
                "t": index_text(*title),
                "b": index_text(*body),
            }
            for n, (rid, kind, title, body) in enumerate(documents, start=1)
        ]
        session.execute(
            text(
                "INSERT INTO search_fts(rowid, record_id, kind, title, body) "
                "VALUES (:rowid, :id, :kind, :t, :b)"
            ),
            rows,
        )
        session.execute(
            insert(SearchKey),
            [{"record_id": doc[0], "fts_rowid": last + n} for n, doc in enumerate(documents, 1)],
        )

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
        common word) ranks only the title matches and lists the other matches newest first.
        """
        return self.query_counted(session, terms, kinds=kinds, limit=limit)[0]

    def query_counted(
        self, session: Session, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> tuple[list[IndexHit], int]:
        """As query(), with the number of matching records (the index holds live records only)."""
        if not terms:
            return [], 0
        expression = fts_expression(terms)
        kind_sql, params = _kind_filter(kinds)
        params.update({"expr": expression, "limit": limit})
        ranked = (
            "SELECT record_id, kind, bm25(search_fts, 0.0, 0.0, 10.0, 1.0) AS rank "
            f"FROM search_fts WHERE search_fts MATCH :expr{kind_sql} ORDER BY rank LIMIT :limit"
        )
        count = session.execute(
            text(f"SELECT count(*) FROM search_fts WHERE search_fts MATCH :expr{kind_sql}"), params
        ).scalar_one()
        if count <= RANK_LIMIT:
            rows = list(session.execute(text(ranked), params))
        else:
            titles = dict(params, expr=f"{{title}} : ({expression})")
            rows = list(session.execute(text(ranked), titles))
            seen = {row[0] for row in rows}
            newest = session.execute(
                text(
                    "SELECT record_id, kind, 0.0 FROM search_fts WHERE search_fts MATCH :expr"
                    f"{kind_sql} ORDER BY rowid DESC LIMIT :limit"
                ),
                params,
            )
            rows += [row for row in newest if row[0] not in seen]
        hits = [IndexHit(uuid.UUID(hex=row[0]), row[1], float(row[2])) for row in rows[:limit]]
        return hits, int(count)

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
