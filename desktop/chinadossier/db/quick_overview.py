"""The desktop's first paint on plain sqlite3: settings, sidebar counts and the Overzicht.

The desktop application shows its main window before SQLAlchemy and the ORM models are
imported (most of a cold start; docs/performance.md). QuickOverview answers exactly what the
first window shows with hand-written SQL on one read transaction of db.quick_read: the same
statements the services run (db.views.dashboard, db.views.counts, db.cockpit, db.casefile,
db.listing's trash count), written out. tests/db/test_quick_overview.py compares every answer
with the services' on a populated file (trash, merged and classified records included).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from chinadossier.db.quick_read import QuickViews
from chinadossier.domain.cockpit import (
    ActivityItem,
    AttentionItem,
    AttentionKind,
    HeatCell,
    HeatMap,
)
from chinadossier.domain.codes import Classification, RecordKind, RiskLevel, TieStatus
from chinadossier.domain.errors import ChinadossierError
from chinadossier.domain.history import undo_mark
from chinadossier.domain.records import CaseFileSettings, Dashboard
from chinadossier.domain.risk import add_months

#: The live rows of an entity table, counted as db.views._live_counts does: the table's own
#: rows minus the deleted ones found through the record table's (kind, deleted_at) index.
_DELETED = (
    "(SELECT id FROM record INDEXED BY ix_record_kind_deleted "
    "WHERE kind = ? AND deleted_at IS NOT NULL) AS deleted JOIN {table} ON {table}.id = deleted.id"
)

_LATEST_OPEN_ASSESSMENTS = (
    "SELECT ra.inherent_likelihood, ra.inherent_impact, ra.residual_likelihood, "
    "ra.residual_impact FROM risk_assessment ra "
    "JOIN (SELECT risk_note_id, max(seq) AS seq FROM risk_assessment GROUP BY risk_note_id) "
    "AS latest ON latest.risk_note_id = ra.risk_note_id AND latest.seq = ra.seq "
    "JOIN (record JOIN risk_note ON risk_note.id = record.id) ON risk_note.id = ra.risk_note_id "
    "WHERE risk_note.status = 'open' AND record.deleted_at IS NULL"
)


def _uuid(value: str) -> uuid.UUID:
    return uuid.UUID(hex=value)


def _utc(value: str) -> dt.datetime:
    """An aware UTC moment from the stored text (naive UTC, as db.types.UTCDateTime stores)."""
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


class QuickOverview:
    """The first window's reads on a bare sqlite3 connection inside a read transaction."""

    def __init__(self, views: QuickViews) -> None:
        self._views = views

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._views._run(sql, params)  # noqa: SLF001 - the same package's connection

    def _live_counts(self, table: str, kind: str, where: str, params: Sequence[Any],
                     group: str | None = None) -> dict[Any, int]:
        key = group or "NULL"
        tail = f" GROUP BY {group}" if group else ""
        counts: dict[Any, int] = {}
        sources: tuple[tuple[str, list[str]], ...] = (
            (table, []), (_DELETED.format(table=table), [kind]))
        for sign, (source, first) in zip((1, -1), sources, strict=True):
            sql = f"SELECT {key}, count(*) FROM {source} WHERE {where}{tail}"
            for value, n in self._run(sql, [*first, *params]):
                counts[value] = counts.get(value, 0) + sign * int(n)
        return counts

    def settings(self) -> CaseFileSettings:
        """The case file's settings (as db.casefile.settings)."""
        rows = self._run(
            "SELECT c.case_file_id, c.own_authority_id, c.default_classification, c.is_demo, "
            "c.reference_version, m.version, c.created_at, c.council_seats, a.code "
            "FROM case_file c JOIN risk_matrix m ON m.id = c.current_matrix_id "
            "JOIN authority a ON a.id = c.own_authority_id WHERE c.id = 1"
        )
        if not rows:
            raise ChinadossierError(
                "Dit dossier is niet volledig aangemaakt (instellingen ontbreken).")
        (case_id, own, classification, demo, reference, matrix, created, seats, code), = rows
        own_id = _uuid(own)
        return CaseFileSettings(
            case_file_id=_uuid(case_id),
            own_authority=self._views.refs([own_id])[own_id],
            own_authority_code=str(code),
            default_classification=Classification(classification),
            is_demo=bool(demo),
            reference_version=reference,
            matrix_version=int(matrix),
            created_at=_utc(created),
            council_seats=seats,
        )

    def counts(self) -> dict[RecordKind, int]:
        """Live records of each kind, every kind listed (as OverviewService.counts)."""
        found = dict(self._run(
            "SELECT kind, count(*) FROM record WHERE deleted_at IS NULL GROUP BY kind"))
        return {kind: int(found.get(kind.value, 0)) for kind in RecordKind}

    def trash_count(self, kinds: Iterable[RecordKind]) -> int:
        """Records of these kinds in the Prullenbak: deleted, not merged away (db.listing)."""
        total = 0
        for kind in kinds:
            ((n,),) = self._run(
                "SELECT count(*) FROM record WHERE kind = ? AND deleted_at IS NOT NULL "
                "AND merged_into IS NULL", [kind.value])
            total += int(n)
        return total

    def dashboard(self, authority_id: uuid.UUID, today: dt.date) -> Dashboard:
        """The own authority's figures (as db.views.dashboard with own=True)."""
        since = add_months(today, -12).isoformat()
        day = today.isoformat()
        ties_by_status = {status: 0 for status in TieStatus}
        for status, n in self._run(
            "SELECT tie.status, count(*) FROM record JOIN tie ON record.id = tie.id "
            "WHERE tie.authority_id = ? AND record.deleted_at IS NULL GROUP BY tie.status",
            [authority_id.hex],
        ):
            ties_by_status[TieStatus(status)] = int(n)
        by_level = {level: 0 for level in RiskLevel}
        for level, n in self._live_counts("risk_note", "risk_note", "risk_note.status = 'open'",
                                          [], "risk_note.residual_level").items():
            if n:
                by_level[RiskLevel(level)] = n
        meetings = self._live_counts("meeting", "meeting",
                                     "meeting.held_on > ? AND meeting.held_on <= ?", [since, day])
        reviews = self._live_counts(
            "risk_note", "risk_note",
            "+risk_note.status = 'open' AND risk_note.next_review_on < ?", [day])
        ((actions,),) = self._run(
            "SELECT count(*) FROM record JOIN action ON record.id = action.id "
            "WHERE action.status = 'open' AND action.due_on < ? AND record.deleted_at IS NULL",
            [day])
        return Dashboard(
            authority=self._views.refs([authority_id])[authority_id],
            today=today,
            ties_by_status=ties_by_status,
            meetings_last_12_months=sum(meetings.values()),
            open_risks_by_level=by_level,
            overdue_actions=int(actions or 0),
            overdue_reviews=sum(reviews.values()),
        )

    def heat_map(self) -> HeatMap:
        """Open, live risk notes per cell of their latest assessment (as db.cockpit.heat_map)."""

        def cells(likelihood: str, impact: str) -> tuple[HeatCell, ...]:
            rows = self._run(
                f"SELECT {likelihood}, {impact}, count(*) FROM ({_LATEST_OPEN_ASSESSMENTS}) "
                f"GROUP BY {likelihood}, {impact}")
            return tuple(HeatCell(likelihood=int(k), impact=int(i), count=int(n))
                         for k, i, n in rows)

        gross = cells("inherent_likelihood", "inherent_impact")
        net = cells("residual_likelihood", "residual_impact")
        return HeatMap(gross=gross, net=net, total=sum(c.count for c in net))

    def attention(self, *, today: dt.date, horizon_days: int = 14,
                  limit: int = 20) -> list[AttentionItem]:
        """Overdue or soon-due actions and reviews, ties to evaluate or ending soon (as
        db.cockpit.attention, with CockpitService's defaults)."""
        until = (today + dt.timedelta(days=horizon_days)).isoformat()
        items: list[AttentionItem] = []
        for rid, number, what, owner, due in self._run(
            "SELECT action.id, record.display_no, action.what, action.owner, action.due_on "
            "FROM record JOIN action ON record.id = action.id WHERE action.status = 'open' "
            "AND record.deleted_at IS NULL AND action.due_on IS NOT NULL AND action.due_on <= ? "
            "ORDER BY action.due_on, action.id LIMIT ?", [until, limit],
        ):
            on = _date(due)
            kind = AttentionKind.ACTION_OVERDUE if on < today else AttentionKind.ACTION_DUE
            items.append(AttentionItem(kind=kind, record_id=_uuid(rid),
                                       record_kind=RecordKind.ACTION, display_no=number,
                                       title=what, due_on=on, owner=owner))
        for rid, number, title, owner, due in self._run(
            "SELECT risk_note.id, record.display_no, risk_note.title, risk_note.owner, "
            "risk_note.next_review_on FROM record JOIN risk_note ON risk_note.id = record.id "
            "WHERE risk_note.status = 'open' AND record.deleted_at IS NULL "
            "AND risk_note.next_review_on <= ? ORDER BY risk_note.next_review_on, risk_note.id "
            "LIMIT ?", [until, limit],
        ):
            items.append(AttentionItem(kind=AttentionKind.REVIEW_DUE, record_id=_uuid(rid),
                                       record_kind=RecordKind.RISK_NOTE, display_no=number,
                                       title=title, due_on=_date(due), owner=owner))
        earliest = (today - dt.timedelta(days=30)).isoformat()
        latest = (today + dt.timedelta(days=max(horizon_days, 120))).isoformat()
        for column, kind in (("evaluation_on", AttentionKind.TIE_EVALUATION),
                             ("ends_on", AttentionKind.TIE_END)):
            for rid, number, title, due in self._run(
                f"SELECT tie.id, record.display_no, tie.title, tie.{column} "
                "FROM record JOIN tie ON record.id = tie.id WHERE record.deleted_at IS NULL "
                f"AND tie.status IN ('active', 'preparation') AND tie.{column} IS NOT NULL "
                f"AND tie.{column} >= ? AND tie.{column} <= ? ORDER BY tie.{column}, tie.id "
                "LIMIT ?", [earliest, latest, limit],
            ):
                items.append(AttentionItem(kind=kind, record_id=_uuid(rid),
                                           record_kind=RecordKind.TIE, display_no=number,
                                           title=title, due_on=_date(due), owner=None))
        items.sort(key=lambda item: (item.due_on, item.display_no))
        return items

    def recent_activity(self, *, limit: int = 8) -> list[ActivityItem]:
        """The newest audit entries about records, with their current labels (as
        db.cockpit.recent_activity, with CockpitService's default)."""
        rows = self._run(
            "SELECT e.at, e.actor, e.action, e.record_id, e.record_kind, e.display_no, "
            "p.payload FROM audit_entry e LEFT JOIN audit_payload p ON p.entry_seq = e.seq "
            "WHERE e.record_id IS NOT NULL AND e.record_kind != 'authority' "
            "AND NOT (e.record_kind = 'risk_category' "
            "AND e.at = (SELECT at FROM audit_entry ORDER BY seq LIMIT 1)) "
            "ORDER BY e.seq DESC LIMIT ?", [limit])
        ids = [_uuid(row[3]) for row in rows]
        labels = self._views.refs(ids)
        out: list[ActivityItem] = []
        for (at, actor, action, _rid, kind, number, payload), rid in zip(rows, ids, strict=True):
            ref = labels.get(rid)
            out.append(ActivityItem(at=_utc(at), actor=actor, action=action, record_id=rid,
                                    record_kind=RecordKind(kind) if kind else None,
                                    display_no=number, label=ref.label if ref else None,
                                    undo_of=undo_mark(payload)))
        return out
