"""The desktop's first window, read on plain sqlite3, shows exactly what the services answer.

services.quick.first_view (db.quick_overview) is compared with Dossier.settings(),
OverviewService.counts()/dashboard(), CockpitService.heat_map()/attention()/recent_activity()
and the Prullenbak's count, on the demo case file with records trashed, merged away,
classified, closed and undated added, on several days (the figures depend on "today").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_fast_pages import same

from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import FileRefused, SchemaTooOld
from chinadossier.domain.history import UndoOf
from chinadossier.domain.queries import ListQuery, Trash
from chinadossier.services import reverting
from chinadossier.services.demo import create_demo
from chinadossier.services.dossier import Dossier
from chinadossier.services.quick import first_view

TODAY = dt.date(2026, 11, 29)
ACTOR = Actor(account="quick-test", domain=None, host="testhost")
KINDS = (RecordKind.MEETING, RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON,
         RecordKind.DECISION, RecordKind.RISK_NOTE, RecordKind.SOURCE, RecordKind.ACTION,
         RecordKind.AUTHORITY, RecordKind.RISK_CATEGORY)
SERVICE = {RecordKind.MEETING: "meetings", RecordKind.TIE: "ties",
           RecordKind.ORGANISATION: "organisations", RecordKind.PERSON: "persons",
           RecordKind.DECISION: "decisions", RecordKind.RISK_NOTE: "risk_notes",
           RecordKind.SOURCE: "sources", RecordKind.ACTION: "actions",
           RecordKind.AUTHORITY: "authorities", RecordKind.RISK_CATEGORY: "risk_categories"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case file with trash (one merged away), classified, closed and undated rows."""
    path = tmp_path_factory.mktemp("quick-first") / "demo.cdos"
    create_demo(path, today=TODAY, actor=ACTOR)
    conn = sqlite3.connect(path)
    with conn:
        trashed = ("SELECT max(id) FROM meeting UNION SELECT min(id) FROM person "
                   "UNION SELECT max(id) FROM organisation "
                   "UNION SELECT min(id) FROM risk_note WHERE status = 'open' "
                   "UNION SELECT min(id) FROM tie WHERE status = 'active' "
                   "UNION SELECT min(id) FROM action WHERE status = 'open'")
        conn.execute("UPDATE record SET deleted_at = '2026-11-01 08:00:00.000000', "
                     f"deleted_by = 'x' WHERE id IN ({trashed})")
        # merged away: deleted but no trash (db.listing)
        conn.execute("UPDATE record SET deleted_at = '2026-11-02 08:00:00.000000', "
                     "deleted_by = 'x', merged_into = (SELECT max(id) FROM person) "
                     "WHERE id = (SELECT min(id) FROM person WHERE id > "
                     "(SELECT min(id) FROM person))")
        conn.execute("UPDATE record SET classification = 'confidential' "
                     "WHERE id IN (SELECT max(id) FROM person UNION SELECT max(id) FROM tie "
                     "UNION SELECT max(id) FROM risk_note)")
        conn.execute("UPDATE action SET due_on = NULL WHERE id = (SELECT max(id) FROM action)")
        conn.execute("UPDATE risk_note SET status = 'closed' "
                     "WHERE id = (SELECT max(id) FROM risk_note WHERE status = 'open')")
    conn.close()
    # an edit undone (Ctrl+Z), so the recent activity holds an entry marked as an undo
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=ACTOR) as dossier:
        before = dossier.organisations.list(ListQuery(limit=1)).items[0]
        draft = dataclasses.replace(reverting.previous_draft(RecordKind.ORGANISATION, before),
                                    notes="tijdelijk")
        after = dossier.organisations.edit(before.meta.id, draft,
                                           expected_version=before.meta.version).record
        reverting.undo_edit(dossier, RecordKind.ORGANISATION, before, after)
    return path


@pytest.mark.parametrize("day", [TODAY, TODAY - dt.timedelta(days=400),
                                 TODAY + dt.timedelta(days=45)])
def test_first_view_equals_the_services(demo_file: Path, day: dt.date) -> None:
    clock = FixedClock.on(day)
    quick = first_view(demo_file, clock=clock, trash_kinds=KINDS)
    with Dossier.open(demo_file, clock=clock, actor=ACTOR) as dossier:
        same(quick.settings, dossier.settings(), "settings")
        same(quick.counts, dossier.overview.counts(), "counts")
        trash = sum(getattr(dossier, SERVICE[k]).count(ListQuery(trash=Trash.ONLY))
                    for k in KINDS)
        assert quick.trash_count == trash
        same(quick.dashboard, dossier.overview.dashboard(), "dashboard")
        same(quick.heat, dossier.cockpit.heat_map(), "heat")
        same(quick.attention, dossier.cockpit.attention(), "attention")
        same(quick.activity, dossier.cockpit.recent_activity(), "activity")
    # the fixture's variations are really there, so the comparison covers them
    assert quick.trash_count >= 6
    assert quick.activity and quick.heat.total and sum(quick.dashboard.ties_by_status.values())
    assert quick.activity[0].undo_of is UndoOf.EDIT and quick.activity[1].undo_of is None
    if day == TODAY:
        assert quick.attention and quick.dashboard.meetings_last_12_months
        assert quick.dashboard.overdue_actions + quick.dashboard.overdue_reviews


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("version", ["older", "newer"])
def test_an_older_or_newer_file_is_refused_untouched(case_file: Path, version: str) -> None:
    with sqlite3.connect(case_file) as conn:
        conn.execute(f"PRAGMA user_version = {0 if version == 'older' else head_ordinal() + 1}")
    conn.close()
    before = _sha(case_file)
    with pytest.raises(SchemaTooOld if version == "older" else FileRefused):
        first_view(case_file, clock=FixedClock.on(TODAY), trash_kinds=KINDS)
    assert _sha(case_file) == before


def test_a_foreign_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = _sha(path)
    with pytest.raises(FileRefused, match="geen Chinadossier-bestand"):
        first_view(path, clock=FixedClock.on(TODAY), trash_kinds=KINDS)
    assert _sha(path) == before


def test_the_first_view_imports_neither_sqlalchemy_nor_the_models() -> None:
    code = (
        "import sys, chinadossier.services.quick\n"
        "heavy = [m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', "
        "'chinadossier.db.models', 'chinadossier.services.dossier'))]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
