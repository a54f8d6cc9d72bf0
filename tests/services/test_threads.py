"""The desktop's threading model, without Qt: one shared Dossier, two readers, one writer.

ui.ops.Operations runs reads in a pool of two threads and writes on one thread, all against the
same opened Dossier; its engine hands each thread its own pooled connection. This test runs the
same arrangement with plain threads against a real case file and checks what the model promises:
no connection is ever used by two threads at once, reads run while writes do, every read sees a
committed state (never half a user action), and the file checks out afterwards.
"""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from helpers import org_draft
from sqlalchemy import event

from chinadossier.services import maintenance

WRITES = 8


def test_two_readers_and_one_writer_share_one_dossier(dossier: Any) -> None:
    engine = dossier.ctx.database.engine
    in_use: dict[int, int] = {}  # id of the sqlite3 connection → thread using it
    overlaps: list[str] = []
    threads_seen: set[int] = set()
    guard = threading.Lock()

    @event.listens_for(engine, "checkout")
    def _out(dbapi: Any, record: Any, proxy: Any) -> None:
        with guard:
            me = threading.get_ident()
            threads_seen.add(me)
            if id(dbapi) in in_use:
                overlaps.append(f"connection {id(dbapi)} taken by two threads")
            in_use[id(dbapi)] = me

    @event.listens_for(engine, "checkin")
    def _in(dbapi: Any, record: Any) -> None:
        with guard:
            in_use.pop(id(dbapi), None)

    committed: list[uuid.UUID] = []  # ids whose create has returned (committed)
    writing = threading.Event()
    done = threading.Event()
    reads_during_writes = 0
    problems: list[str] = []

    def write_all() -> None:
        writing.set()
        try:
            for n in range(WRITES):
                record = dossier.organisations.create(org_draft(f"Draad {n:02d} (fictief)")).record
                # the same user action edits it once more: readers must see version 1 or 2,
                # the name matching the version, never a mix
                edited = dossier.organisations.edit(
                    record.meta.id, org_draft(f"Draad {n:02d} bewerkt (fictief)"),
                    expected_version=record.meta.version).record
                with guard:
                    committed.append(edited.meta.id)
        finally:
            done.set()

    def read_until_done(reader: int) -> int:
        nonlocal reads_during_writes
        writing.wait()
        last_count = 0
        reads = 0
        while True:
            finished = done.is_set()
            with guard:
                known = list(committed)
            items = dossier.organisations.list_all()
            if len(items) < last_count:
                problems.append(f"reader {reader}: the list shrank")
            last_count = len(items)
            for item in items:
                edited = "bewerkt" in item.name_nl
                if edited != (item.meta.version == 2):
                    problems.append(f"reader {reader}: {item.name_nl} at v{item.meta.version}")
            if known:
                seen = dossier.organisations.get(known[-1])
                if seen.meta.version != 2:
                    problems.append(f"reader {reader}: a committed edit is not visible")
            dossier.overview.search("Draad")
            reads += 1
            if not finished:
                with guard:
                    reads_during_writes += 1
            if finished:
                return reads

    with ThreadPoolExecutor(max_workers=1) as writer, ThreadPoolExecutor(max_workers=2) as pool:
        readers = [pool.submit(read_until_done, n) for n in range(2)]
        writes = writer.submit(write_all)
        writes.result()
        total_reads = sum(r.result() for r in readers)

    event.remove(engine, "checkout", _out)
    event.remove(engine, "checkin", _in)
    assert not problems, problems[:5]
    assert not overlaps, overlaps[:5]
    assert len(threads_seen) >= 3, "writer and both readers each used a pooled connection"
    assert reads_during_writes >= 2 and total_reads >= 2
    assert len({o.meta.id for o in dossier.organisations.list_all()}) >= WRITES
    dossier.close()
    assert maintenance.check(dossier.path).ok
