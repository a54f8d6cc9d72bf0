"""Quick answers on plain sqlite3, without importing SQLAlchemy or the ORM models.

`chinadossier search` is a whole process; importing SQLAlchemy and declaring the models took
most of its time. search_answer() gives the same hits, total and authority kinds as
OverviewService through db.quick_read (same search logic: services.search_core; same refusal
of foreign, newer and not-yet-upgraded files).

The desktop's first window is painted the same way: first_view() reads the settings, the
sidebar counts and the Overzicht through db.quick_overview, while the services are imported
behind the painted window (docs/architecture.md, "Start-up").
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from chinadossier.db import sqlite_file
from chinadossier.db.quick_overview import QuickOverview
from chinadossier.db.quick_read import quick_views
from chinadossier.domain.clock import Clock
from chinadossier.domain.cockpit import ActivityItem, AttentionItem, HeatMap
from chinadossier.domain.codes import AuthorityKind, RecordKind
from chinadossier.domain.record_refs import SearchHit
from chinadossier.domain.records import CaseFileSettings, Dashboard
from chinadossier.services import search_core


@dataclass(frozen=True, slots=True)
class SearchAnswer:
    """The hits, how many there are in all (search_core.total), and the authorities' kinds."""

    hits: list[SearchHit]
    total: int
    authority_kinds: dict[uuid.UUID, AuthorityKind]


def search_answer(path: Path, query: str, *, limit: int) -> SearchAnswer:
    """Search a case file in one read transaction.

    Raises:
        FileRefused: The file is foreign, damaged or made by a newer version.
        SchemaTooOld: The file needs `chinadossier upgrade` first.
    """
    with quick_views(path) as views:
        hits = search_core.search(views, query, None, limit)
        total = search_core.total(views, query, None) if len(hits) >= limit else len(hits)
        kinds = views.authority_kinds(
            [h.ref.id for h in hits if h.ref.kind is RecordKind.AUTHORITY]
        )
    return SearchAnswer(hits, total, kinds)


@dataclass(frozen=True, slots=True)
class FirstView:
    """What the desktop's first window shows, read in one transaction: the same values as
    Dossier.settings(), OverviewService.counts()/dashboard(), the Prullenbak's count and
    CockpitService.heat_map()/attention()/recent_activity() with their defaults."""

    settings: CaseFileSettings
    counts: dict[RecordKind, int]
    trash_count: int
    dashboard: Dashboard
    heat: HeatMap
    attention: list[AttentionItem]
    activity: list[ActivityItem]


def first_view(path: Path, *, clock: Clock, trash_kinds: Iterable[RecordKind]) -> FirstView:
    """Read the first window's figures from a case file, opened read-only.

    Raises:
        FileRefused: The file is foreign, damaged or made by a newer version.
        SchemaTooOld: The file needs an upgrade first.
    """
    today = clock.today()
    with quick_views(path) as views:
        reads = QuickOverview(views)
        settings = reads.settings()
        return FirstView(
            settings=settings,
            counts=reads.counts(),
            trash_count=reads.trash_count(trash_kinds),
            dashboard=reads.dashboard(settings.own_authority.id, today),
            heat=reads.heat_map(),
            attention=reads.attention(today=today),
            activity=reads.recent_activity(),
        )


def read_only_reason(path: Path) -> str | None:
    """Why this account cannot write the case file or its folder (Dutch); None when it can
    (as services.maintenance.read_only_reason, without importing the services)."""
    return sqlite_file.read_only_reason(path, folder=True)
