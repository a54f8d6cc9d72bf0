"""Briefing memos: the snapshot (one read transaction, filtered by classification) and history.

Classification is enforced here, before anything reaches a renderer: a record marked above the
memo is left out and counted; a record within the memo that links to one above it (a public tie
with an internal partner) shows the link as "[intern]" / "[vertrouwelijk]", never its name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from chinadossier import __version__
from chinadossier.db import briefing as q
from chinadossier.db.briefing import BriefingRepository
from chinadossier.db.repository import Shared
from chinadossier.domain import briefing as b
from chinadossier.domain.briefing import (
    BriefingOptions,
    BriefingSnapshot,
    ChangeTag,
    Cite,
    MemoFormat,
    Scope,
    ScopeKind,
)
from chinadossier.domain.changes import Result
from chinadossier.domain.codes import (
    ActionStatus,
    AuthorityKind,
    Classification,
    RecordKind,
    RetentionCategory,
)
from chinadossier.domain.errors import ChinadossierError, NotFound, UsageError
from chinadossier.domain.labels import label, tie_type_label
from chinadossier.domain.records import (
    ActionRecord,
    DecisionRecord,
    MeetingRecord,
    OrganisationRecord,
    RiskNoteRecord,
    TieRecord,
)
from chinadossier.domain.tie_text import memo_date
from chinadossier.services.briefing_text import (
    key_points,
    memo_day,
    outcome_text,
    tie_status,
)
from chinadossier.services.context import ServiceContext

#: How far back the period reaches when the official gives no start date.
DEFAULT_PERIOD_DAYS = 365

_MARKERS = {Classification.INTERNAL: "[intern]", Classification.CONFIDENTIAL: "[vertrouwelijk]"}


def hidden_marker(classification: Classification) -> str:
    """What a memo shows instead of the name of a linked record classified above it."""
    return _MARKERS.get(classification, "[afgeschermd]")


class KenmerkTaken(ChinadossierError):
    """Another memo took the kenmerk of this snapshot meanwhile: build the snapshot again."""


@dataclass(frozen=True, slots=True)
class MemoEntry:
    """A memo in the history (its snapshot and file are fetched separately)."""

    id: uuid.UUID
    kenmerk: str
    title: str
    classification: Classification
    generated_at: dt.datetime
    scope: Scope
    file_format: MemoFormat
    file_name: str | None
    sha256: str | None
    created_by: str


def _entry(row: q.MemoRow) -> MemoEntry:
    scope = row.scope
    return MemoEntry(
        row.id,
        row.display_no,
        row.title,
        row.classification,
        row.generated_at,
        Scope(ScopeKind(scope["kind"]), str(scope["record_no"]), str(scope["label"])),
        MemoFormat(row.options.get("format", "pdf")),
        row.file_name,
        row.file_sha256,
        row.created_by,
    )


class _Filter:
    """The memo's classification applied to records and their links; counts what it left out."""

    def __init__(self, limit: Classification, linked: dict[uuid.UUID, Classification]) -> None:
        self.limit = limit
        self.linked = linked
        self.left_out: set[uuid.UUID] = set()

    def allows(self, meta: Any) -> bool:
        if meta.classification <= self.limit:
            return True
        self.left_out.add(meta.id)
        return False

    def keep(self, records: Iterable[Any]) -> list[Any]:
        return [r for r in records if self.allows(r.meta)]

    def marker(self, record_id: uuid.UUID) -> str | None:
        """None when the linked record may be named, else the marker that replaces its name."""
        cls = self.linked.get(record_id, Classification.CONFIDENTIAL)
        return None if cls <= self.limit else hidden_marker(cls)

    def cite(self, meta: Any, description: str) -> Cite:
        sources = []
        for s in meta.sources:
            if s.classification <= self.limit:
                sources.append(
                    b.SourceItem(s.display_no, s.title, None, None, s.locator, s.classification)
                )
            else:
                self.left_out.add(s.source_id)
        return Cite(meta.display_no, description, meta.classification, tuple(sources))


def linked_classifications(
    repo: BriefingRepository, refs: Iterable[Any]
) -> dict[uuid.UUID, Classification]:
    """The classification of linked records, from `Ref.classification`.

    A ref built without one (None) is looked up in the same transaction.
    """
    out: dict[uuid.UUID, Classification] = {}
    missing: list[uuid.UUID] = []
    for ref in refs:
        cls = getattr(ref, "classification", None)
        if cls is None:
            missing.append(ref.id)
        else:
            out[ref.id] = Classification(cls)
    if missing:
        out.update(repo.classifications(missing))
    return out


class BriefingService:
    """Builds briefing snapshots and keeps the memo history; each call one transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- scope ----------------------------------------------------------------------------------

    def scope_id(self, number: str | None) -> tuple[ScopeKind, uuid.UUID | None]:
        """Scope of a record number (a tie or organisation); None means the own authority.

        Raises:
            UsageError: The number is not a live tie or organisation.
        """
        if not number:
            return ScopeKind.AUTHORITY, None
        with self.ctx.uow(write=False) as uow:
            found = BriefingRepository(uow).id_by_number(number)
        if found is None:
            raise UsageError(f"Er is geen record met nummer '{number}' in het dossier.")
        record_id, kind = found
        if kind is RecordKind.TIE:
            return ScopeKind.TIE, record_id
        if kind is RecordKind.ORGANISATION:
            return ScopeKind.ORGANISATION, record_id
        if kind is RecordKind.AUTHORITY:
            return ScopeKind.AUTHORITY, None
        raise UsageError(
            f"'{number}' is geen band of organisatie; een notitie gaat over de eigen overheid, "
            "één band of één organisatie."
        )

    # -- the snapshot ---------------------------------------------------------------------------

    def snapshot(
        self, options: BriefingOptions, scope_id: uuid.UUID | None = None
    ) -> BriefingSnapshot:
        """Everything the memo shows, read in one transaction and filtered by classification.

        Args:
            options: The memo's classification, period, header fields and texts.
            scope_id: A tie or organisation; None for the own authority.

        Raises:
            UsageError: The period ends before it starts, or the scope is not a tie or
                organisation.
        """
        today = self.ctx.clock.today()
        period_to = options.period_to or today
        period_from = options.period_from or (period_to - dt.timedelta(days=DEFAULT_PERIOD_DAYS))
        if period_from > period_to:
            raise UsageError("De periode eindigt vóór ze begint; kies een latere einddatum.")
        with self.ctx.uow(write=False) as uow:
            repo = BriefingRepository(uow)
            settings = repo.settings()
            own_id = settings.own_authority.id
            own = repo.get_many(RecordKind.AUTHORITY, [own_id])[0]
            _version, matrix = repo.current_matrix()
            kind = ScopeKind.AUTHORITY
            if scope_id is not None:
                found = repo.record_kind(scope_id)
                if found is RecordKind.TIE:
                    kind = ScopeKind.TIE
                elif found is RecordKind.ORGANISATION:
                    kind = ScopeKind.ORGANISATION
                else:
                    raise UsageError("Een notitie gaat over de eigen overheid, een band of een "
                                     "organisatie.")
            # What is in scope, before classification.
            if kind is ScopeKind.TIE:
                assert scope_id is not None
                ties = repo.ties(tie_id=scope_id)
                org_ids = [t.organisation.id for t in ties]
                meetings = repo.meetings(period_from, period_to, tie_ids=[scope_id])
                linked: list[uuid.UUID] | None = [scope_id, *org_ids]
                decisions = repo.decisions(period_to, authority_id=None, linked_to=linked)
                risks = repo.open_risks(linked)
            elif kind is ScopeKind.ORGANISATION:
                assert scope_id is not None
                ties = repo.ties(organisation_id=scope_id)
                tie_ids = [t.meta.id for t in ties]
                meetings = repo.meetings(
                    period_from, period_to, tie_ids=tie_ids, organisation_id=scope_id
                )
                linked = [scope_id, *tie_ids]
                decisions = repo.decisions(period_to, authority_id=None, linked_to=linked)
                risks = repo.open_risks(linked)
            else:
                ties = repo.ties(authority_id=own_id)
                meetings = repo.meetings(period_from, period_to, tie_ids=None)
                linked = None
                decisions = repo.decisions(period_to, authority_id=own_id, linked_to=None)
                risks = repo.open_risks(None)
            series = self._series(repo, kind, scope_id, options.classification)
            previous_row = series[0] if series else None
            previous = (
                b.from_json(repo.memo_snapshot(previous_row.id) or {})
                if previous_row is not None
                else None
            )
            # Completed actions show only as changes since the previous memo: without one,
            # none is read (nor counted as left out), so the count does not depend on history.
            done_since = memo_day(previous.generated_at) if previous else None
            action_links = (
                None if linked is None
                else [m.meta.id for m in meetings] + [d.meta.id for d in decisions]
            )
            actions = repo.actions(done_since, linked_to=action_links)
            wanted: list[Any] = []
            for t in ties:
                wanted += [t.organisation, t.authority]
            for r in risks:
                wanted += [r.category, r.subject]
            scope_label, scope_no = own.display_name, own.code
            scope_refs = repo.refs([scope_id]) if scope_id is not None else {}
            wanted += list(scope_refs.values())
            partners = {
                o.meta.id: o
                for o in repo.get_many(
                    RecordKind.ORGANISATION, sorted({t.organisation.id for t in ties})
                )
            }
            # A province's sister tie is a "zusterprovincie", as `show` and the exports say.
            authority_kinds = {
                a.meta.id: a.authority_kind
                for a in repo.get_many(
                    RecordKind.AUTHORITY, sorted({t.authority.id for t in ties})
                )
            }
            classes = linked_classifications(repo, wanted)
            kenmerk = repo.peek_memo_number(today)
            now = uow.now
        f = _Filter(options.classification, classes)
        if scope_id is not None:
            ref = scope_refs[scope_id]
            scope_no = ref.display_no
            scope_label = ref.label if f.marker(scope_id) is None else hidden_marker(
                classes[scope_id]
            )
        scope = Scope(kind, scope_no, scope_label)
        tie_items = [
            self._tie(t, partners.get(t.organisation.id), f, authority_kinds.get(t.authority.id))
            for t in f.keep(ties)
        ]
        meeting_items = [
            b.MeetingItem(f.cite(m.meta, m.title), m.held_on, m.direction,
                          label(m.meeting_kind), m.title)
            for m in f.keep(meetings)
        ]
        in_period = [d for d in decisions if d.decided_on >= period_from]
        older = [d for d in decisions if d.decided_on < period_from]
        # Decisions in the period, and the latest three before it for context.
        decision_items = [
            b.DecisionItem(f.cite(d.meta, d.title), d.decided_on, label(d.decision_kind),
                           d.reference, d.title, label(d.outcome))
            for d in [*f.keep(older)[-3:], *f.keep(in_period)]
        ]
        f.left_out.update(d.meta.id for d in older if d.meta.classification > f.limit)
        risk_items = sorted(
            (self._risk(r, f) for r in f.keep(risks)),
            key=lambda r: (-r.residual_score, -r.inherent_score, r.cite.record_no),
        )
        action_items = [
            b.ActionItem(f.cite(a.meta, a.what), a.what, a.owner, a.due_on, a.status, a.done_on,
                         a.status is ActionStatus.OPEN and a.due_on is not None
                         and a.due_on < today)
            for a in f.keep(actions)
        ]
        # Ranges as a 5×5 matrix can score them: hoog is 10–16, since 17–19 cannot occur.
        scores = sorted({k * i for k in range(1, 6) for i in range(1, 6)})
        levels = tuple(
            b.LevelBand(rule.level, rule.min_score, max(
                (x for x in scores if x >= rule.min_score and (
                    i + 1 == len(matrix.rules) or x < matrix.rules[i + 1].min_score)),
                default=rule.min_score), rule.review_months)
            for i, rule in enumerate(matrix.rules)
        )
        snap = BriefingSnapshot(
            version=b.SNAPSHOT_VERSION,
            generated_at=now,
            app_version=__version__,
            is_demo=settings.is_demo,
            authority_name=own.display_name,
            authority_kind=label(own.authority_kind),
            scope=scope,
            options=options,
            period_from=period_from,
            period_to=period_to,
            kenmerk=kenmerk,
            matrix_version=settings.matrix_version,
            levels=levels,
            ties=tuple(tie_items),
            meetings=tuple(meeting_items),
            decisions=tuple(decision_items),
            risks=tuple(risk_items),
            actions=tuple(action_items),
            previous=(
                b.PreviousMemo(previous_row.display_no, memo_day(previous_row.generated_at))
                if previous_row is not None
                else None
            ),
            memo_version=str(len(series) + 1),
        )
        changes, changes_left_out = _changes(snap, previous, f, meetings, decisions, actions)
        snap = replace(snap, changes=changes, changes_left_out=changes_left_out,
                       left_out=len(f.left_out))
        return replace(snap, key_points=key_points(snap, today))

    @staticmethod
    def _tie(
        t: TieRecord, org: OrganisationRecord | None, f: _Filter,
        authority_kind: AuthorityKind | None = None,
    ) -> b.TieItem:
        marker = f.marker(t.organisation.id)
        if marker is not None or org is None:
            partner = b.Partner("", None, None, "", None, marker or hidden_marker(
                Classification.CONFIDENTIAL))
        else:
            partner = b.Partner(org.name_nl, org.hanzi, org.pinyin, label(org.org_kind),
                                org.place_label or org.place_text)
        return b.TieItem(
            f.cite(t.meta, t.title), t.title, partner,
            tie_type_label(t.tie_type, authority_kind), t.starts or t.signed,
            label(t.status), t.ends, t.term_ends_on, t.evaluation_on,
            status_code=t.status, starts=t.starts, signed=t.signed,
        )

    @staticmethod
    def _risk(r: RiskNoteRecord, f: _Filter) -> b.RiskItem:
        a = r.current
        marker = f.marker(r.category.id)
        code, _, name = r.category.label.partition(" ")
        if marker is not None:
            code, name = marker, ""
        return b.RiskItem(
            f.cite(r.meta, r.title), code, name.strip(" –-"), r.title, r.description,
            a.inherent_likelihood, a.inherent_impact, a.inherent_level,
            a.residual_likelihood, a.residual_impact, a.residual_level,
            r.measures, r.owner, r.next_review_on,
            subject_no=(r.subject.display_no if r.subject.kind is RecordKind.TIE
                        and f.marker(r.subject.id) is None else None),
        )

    @staticmethod
    def _series(
        repo: BriefingRepository, kind: ScopeKind, scope_id: uuid.UUID | None,
        limit: Classification,
    ) -> list[q.MemoRow]:
        """Earlier memos on the same scope and of the same classification, newest first.

        A memo is itself a record with a classification: a public memo neither compares with
        nor names an internal one. Nor does an internal memo build on a public one: whatever
        the public memo had to leave out would show up as "NIEUW" without being new.
        """
        wanted = str(scope_id) if scope_id is not None else None
        return [
            row for row in repo.memo_rows()
            if row.scope.get("kind") == kind.value and row.scope.get("id") == wanted
            and row.classification == limit
        ]

    # -- the history ----------------------------------------------------------------------------

    def save(
        self, snapshot: BriefingSnapshot, file_format: MemoFormat, data: bytes, file_name: str,
        scope_id: uuid.UUID | None = None,
    ) -> Result[MemoEntry]:
        """Keep a rendered memo in the history (audited); one write transaction.

        Raises:
            Conflict: Another memo took this kenmerk meanwhile; build the snapshot again.
        """
        digest = hashlib.sha256(data).hexdigest()
        with self.ctx.uow() as uow:
            records = uow.records
            number = records.next_display_no(RecordKind.MEMO, self.ctx.clock.today())
            if number != snapshot.kenmerk:
                raise KenmerkTaken(
                    f"Het kenmerk {snapshot.kenmerk} is intussen aan een andere notitie gegeven; "
                    "maak de notitie opnieuw."
                )
            BriefingRepository(uow).store_blob(data, digest)
            memo_id = records.create(
                RecordKind.MEMO,
                {
                    "title": snapshot.subject[:300],
                    "generated_at": snapshot.generated_at,
                    "scope": {
                        "kind": snapshot.scope.kind.value,
                        "id": str(scope_id) if scope_id is not None else None,
                        "record_no": snapshot.scope.record_no,
                        "label": snapshot.scope.label,
                    },
                    "options": {
                        "format": file_format.value,
                        "classification": snapshot.classification.value,
                        "period_from": snapshot.period_from.isoformat(),
                        "period_to": snapshot.period_to.isoformat(),
                    },
                    "snapshot_version": snapshot.version,
                    "snapshot": b.to_json(snapshot),
                    "file_name": file_name[:255],
                    "file_sha256": digest,
                },
                Shared(classification=snapshot.classification,
                       retention_category=RetentionCategory.UNDECIDED, retention_on=None,
                       tags=(), sources=()),
                display_no=number,
            )
            row = BriefingRepository(uow).memo_row(memo_id)
            changes = uow.commit()
        assert row is not None
        return Result(_entry(row), changes)

    def history(self) -> list[MemoEntry]:
        """Every memo kept, newest first."""
        with self.ctx.uow(write=False) as uow:
            return [_entry(r) for r in BriefingRepository(uow).memo_rows()]

    def stored_snapshot(self, memo_id: uuid.UUID) -> BriefingSnapshot:
        """The snapshot a memo was made from (to re-render or compare)."""
        with self.ctx.uow(write=False) as uow:
            data = BriefingRepository(uow).memo_snapshot(memo_id)
        if data is None:
            raise NotFound("Deze notitie bestaat niet (meer) in het dossier.")
        return b.from_json(data)

    def file_bytes(self, memo_id: uuid.UUID) -> bytes:
        """The exact file that was produced."""
        with self.ctx.uow(write=False) as uow:
            repo = BriefingRepository(uow)
            row = repo.memo_row(memo_id)
            data = repo.blob_bytes(row.file_sha256) if row and row.file_sha256 else None
        if data is None:
            raise NotFound("Het bestand van deze notitie ontbreekt in het dossier.")
        return data


def _changes(
    snap: BriefingSnapshot, previous: BriefingSnapshot | None, f: _Filter,
    meetings: Sequence[MeetingRecord], decisions: Sequence[DecisionRecord],
    actions: Sequence[ActionRecord],
) -> tuple[tuple[b.ChangeItem, ...], int]:
    """Section 4 against the previous memo's snapshot; and how many changes were left out."""
    if previous is None:
        return (), 0
    since = memo_day(previous.generated_at)
    before_meetings = {m.cite.record_no for m in previous.meetings}
    before_decisions = {d.cite.record_no for d in previous.decisions}
    before_ties = {t.cite.record_no for t in previous.ties}
    before_risks = {r.cite.record_no: r for r in previous.risks}
    out: list[b.ChangeItem] = []
    new_ties = [t for t in snap.ties if t.cite.record_no not in before_ties]
    for t in new_ties:
        out.append(b.ChangeItem(ChangeTag.NEW, f"Band: {t.title} ({t.status}).", (t.cite,)))
    # A tie's status or end changed since the previous memo (its snapshot holds both).
    earlier = {t.cite.record_no: t for t in previous.ties}
    for t in snap.ties:
        was = earlier.get(t.cite.record_no)
        if was is None:
            continue
        facts = []
        if tie_status(was) is not tie_status(t):
            facts.append(f"status van {label(tie_status(was))} naar {label(tie_status(t))}")
        if was.ends != t.ends:
            facts.append(f"einddatum van {memo_date(was.ends) if was.ends else 'niet vastgelegd'}"
                         f" naar {memo_date(t.ends) if t.ends else 'niet vastgelegd'}")
        if facts:
            out.append(b.ChangeItem(
                ChangeTag.CHANGED, f"Band {t.title}: {'; '.join(facts)}.", (t.cite,)))
    new_meetings = [
        m for m in snap.meetings if m.cite.record_no not in before_meetings and m.held_on >= since
    ]
    if new_meetings:
        listing = "; ".join(f"{m.title} ({m.held_on:%d-%m})" for m in new_meetings[:6])
        more = f" en {len(new_meetings) - 6} meer" if len(new_meetings) > 6 else ""
        word = "contactmoment" if len(new_meetings) == 1 else "contactmomenten"
        out.append(b.ChangeItem(
            ChangeTag.NEW, f"{len(new_meetings)} {word}: {listing}{more}.",
            tuple(m.cite for m in new_meetings[:6]),
        ))
    for r in snap.risks:
        old = before_risks.get(r.cite.record_no)
        if old is None:
            out.append(b.ChangeItem(
                ChangeTag.NEW,
                f"Risico {r.category_code} {r.title}: netto {r.residual_score} "
                f"({label(r.residual_level)}).", (r.cite,)))
        elif r.residual_score > old.residual_score or r.inherent_score > old.inherent_score:
            out.append(b.ChangeItem(
                ChangeTag.RAISED,
                f"{r.category_code} {r.title}: netto van {old.residual_score} "
                f"({label(old.residual_level)}) naar {r.residual_score} "
                f"({label(r.residual_level)}); bruto van {old.inherent_score} naar "
                f"{r.inherent_score}.", (r.cite,)))
    for d in snap.decisions:
        if d.cite.record_no not in before_decisions and d.decided_on >= since:
            out.append(b.ChangeItem(
                ChangeTag.DECIDED, f"{d.kind} {d.decided_on:%d-%m-%Y}: {d.title}{outcome_text(d)}.",
                (d.cite,)))
    for a in snap.actions:
        if a.status is ActionStatus.DONE and a.done_on is not None and a.done_on >= since:
            out.append(b.ChangeItem(
                ChangeTag.COMPLETED, f"Actie {a.cite.record_no}: {a.what} (afgerond "
                f"{a.done_on:%d-%m-%Y}).", (a.cite,)))
    hidden = sum(1 for m in meetings if m.held_on >= since and m.meta.id in f.left_out)
    hidden += sum(1 for d in decisions if d.decided_on >= since and d.meta.id in f.left_out)
    hidden += sum(
        1 for a in actions
        if a.status is ActionStatus.DONE and a.done_on and a.done_on >= since
        and a.meta.id in f.left_out
    )
    return tuple(out), hidden
