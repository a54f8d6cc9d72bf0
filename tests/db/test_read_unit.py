"""A read unit of work reads pages on a bare pooled connection, in one snapshot, and frees it.

A read unit opens no Session for a list page, a count or get_many (db.uow._dbapi); a Session
needed later in the same unit joins that connection and its transaction. These tests hold the
unit to what a Session per unit gave: the same records, one snapshot for everything it reads,
and the connection back in the pool afterwards, also after an error.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from chinadossier.db import listing
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.domain.queries import ListQuery, Trash
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR, TODAY


def _add_organisation_elsewhere(path: Path, name: str) -> None:
    """Another program's write, committed while this one reads."""
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=TEST_ACTOR) as other:
        other.organisations.create(OrganisationDraft(name_nl=name, org_kind=OrganisationKind.OTHER))


@pytest.fixture
def opened(case_file: Path, clock: FixedClock) -> Any:
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as dossier:
        for n in range(3):
            dossier.organisations.create(
                OrganisationDraft(name_nl=f"Organisatie {n}", org_kind=OrganisationKind.OTHER)
            )
        yield dossier


def test_pages_of_a_read_unit_equal_the_reference_without_a_session(opened: Any) -> None:
    database = opened.ctx.database
    for kind in listing.SORTS:
        query = ListQuery(limit=3, trash=Trash.INCLUDE)
        with opened.ctx.uow(write=False) as uow:
            page = uow.views.list_page(kind, query)
            counted = uow.views.count(kind, query)
            ids = [r.meta.id for r in page.items]
            many = uow.views.get_many(kind, ids)
            assert uow._session is None  # read on the bare connection, no Session opened
        session = database.read_session()
        try:
            assert page == listing.list_page_reference(session, kind, query)
            assert counted == listing.count_reference(session, kind, query)
            assert many == listing.get_many_reference(session, kind, ids)
        finally:
            session.close()
    assert database.connections_in_use() == 0
    assert not database.idle_reads_in_transaction()


def test_a_session_opened_after_a_page_reads_the_same_snapshot(
    opened: Any, case_file: Path
) -> None:
    with opened.ctx.uow(write=False) as uow:
        before = uow.views.count(RecordKind.ORGANISATION, ListQuery())
        # Another program adds an organisation while this unit is open
        _add_organisation_elsewhere(case_file, "Later toegevoegd")
        # A Session-based read in the same unit still sees the unit's snapshot
        counts = uow.views.counts()
        assert counts.get("organisation", 0) == before
        assert uow.views.count(RecordKind.ORGANISATION, ListQuery()) == before
    # A new unit sees the new record
    with opened.ctx.uow(write=False) as uow:
        assert uow.views.count(RecordKind.ORGANISATION, ListQuery()) == before + 1
    assert opened.ctx.database.connections_in_use() == 0
    assert not opened.ctx.database.idle_reads_in_transaction()


def test_an_error_in_a_read_unit_frees_the_connection_and_ends_its_transaction(
    opened: Any, case_file: Path
) -> None:
    database = opened.ctx.database
    for needs_session in (False, True):
        with pytest.raises(RuntimeError, match="stop"), opened.ctx.uow(write=False) as uow:
            uow.views.list_page(RecordKind.ORGANISATION, ListQuery())
            if needs_session:
                uow.views.counts()
            raise RuntimeError("stop")
        assert database.connections_in_use() == 0
    assert not database.idle_reads_in_transaction()
    # No read transaction was left open on a pooled connection: a checkpoint can truncate
    # the whole log, which an open reader would prevent.
    _add_organisation_elsewhere(case_file, "Na de fout")
    with database.raw() as conn:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    with sqlite3.connect(case_file) as conn:
        assert conn.execute("SELECT count(*) FROM organisation").fetchone()[0] == 4


def test_a_read_unit_is_only_read_while_open(opened: Any) -> None:
    uow = opened.ctx.uow(write=False)
    with pytest.raises(RuntimeError, match="not open"):
        uow.views.list_page(RecordKind.ORGANISATION, ListQuery())
    with uow:
        uow.views.list_page(RecordKind.ORGANISATION, ListQuery())
    with pytest.raises(RuntimeError, match="not open"):
        uow.views.count(RecordKind.ORGANISATION, ListQuery())


def test_a_read_unit_gives_its_connection_to_the_next_and_close_releases_it(
    opened: Any, case_file: Path
) -> None:
    """The connection a read unit gives back is taken by the next read unit (no pool checkout),
    outside any transaction in between, sees what was committed since, and closing the case
    file returns it to the pool."""
    database = opened.ctx.database
    with opened.ctx.uow(write=False) as uow:
        first = uow._dbapi
        before = uow.views.count(RecordKind.ORGANISATION, ListQuery())
    assert not first.in_transaction
    assert database.connections_in_use() == 0
    _add_organisation_elsewhere(case_file, "Tussendoor")
    with opened.ctx.uow(write=False) as uow:
        assert uow._dbapi is first
        assert uow.views.count(RecordKind.ORGANISATION, ListQuery()) == before + 1
    # Two units open at once: two connections; both kept or given back, none in a transaction
    with opened.ctx.uow(write=False) as one, opened.ctx.uow(write=False) as two:
        assert one._dbapi is not two._dbapi
    assert database.connections_in_use() == 0
    assert not database.idle_reads_in_transaction()
    pool = database.engine.pool
    assert pool.checkedout() == database.kept_read_connections() > 0  # kept for the next …
    database.close()
    assert pool.checkedout() == 0  # … and back in the pool once the case file is closed
    # A read unit still open when the case file is closed does not keep its connection
    with opened.ctx.uow(write=False) as late:
        assert late._dbapi is not None
        database.close()
    assert database.kept_read_connections() == 0  # closed, not kept by a closed case file
