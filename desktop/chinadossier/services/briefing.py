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
from chinadossier.domain import plural
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
from chinadossier.domain.clock import AMSTERDAM
from chinadossier.domain.codes import (
    ActionStatus,
    AuthorityKind,
    Classification,
    DecisionOutcome,
    RecordKind,
    RetentionCategory,
    RiskLevel,
    TieStatus,
)
from chinadossier.domain.date_words import dutch_date
from chinadossier.domain.errors import ChinadossierError, NotFound, UsageError
from chinadossier.domain.labels import label, tie_type_label
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.records import (
    ActionRecord,
    DecisionRecord,
    MeetingRecord,
    OrganisationRecord,
    RiskNoteRecord,
    TieRecord,
)
from chinadossier.domain.tie_text import ended_on, memo_date, tie_sentence
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
            done_since = _day(previous.generated_at) if previous else None
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
                b.PreviousMemo(previous_row.display_no, _day(previous_row.generated_at))
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


def _day(moment: dt.datetime) -> dt.date:
    """The day of an instant in Europe/Amsterdam."""
    return moment.astimezone(AMSTERDAM).date() if moment.tzinfo else moment.date()


def _changes(
    snap: BriefingSnapshot, previous: BriefingSnapshot | None, f: _Filter,
    meetings: Sequence[MeetingRecord], decisions: Sequence[DecisionRecord],
    actions: Sequence[ActionRecord],
) -> tuple[tuple[b.ChangeItem, ...], int]:
    """Section 4 against the previous memo's snapshot; and how many changes were left out."""
    if previous is None:
        return (), 0
    since = _day(previous.generated_at)
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
                ChangeTag.DECIDED, f"{d.kind} {d.decided_on:%d-%m-%Y}: {d.title}{_outcome(d)}.",
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


def tie_status(t: b.TieItem) -> TieStatus:
    """The tie's status code (a snapshot made before `status_code` has only its label)."""
    if t.status_code is not None:
        return t.status_code
    return next((s for s in TieStatus if label(s) == t.status), TieStatus.UNKNOWN)


def t_start(t: b.TieItem) -> PartialDate | None:
    """The start of a tie in a snapshot made before `starts` (``since``: start or signing)."""
    return t.since if t.status_code is None else None


#: The order in which a memo names the statuses of its ties.
_STATUS_ORDER = (TieStatus.ACTIVE, TieStatus.PREPARATION, TieStatus.DORMANT,
                 TieStatus.SUSPENDED, TieStatus.UNKNOWN, TieStatus.ENDED)


def _scope_ties(snap: BriefingSnapshot) -> list[b.TieItem]:
    """The ties the advice is about: the tie of a tie memo, else every tie the memo shows."""
    if snap.scope.kind is ScopeKind.TIE:
        return list(snap.ties[:1])
    return list(snap.ties)


def _by_status(ties: Sequence[b.TieItem]) -> dict[TieStatus, list[b.TieItem]]:
    """The ties grouped by status, in `_STATUS_ORDER`."""
    groups: dict[TieStatus, list[b.TieItem]] = {}
    for t in ties:
        groups.setdefault(tie_status(t), []).append(t)
    return {s: groups[s] for s in _STATUS_ORDER if s in groups}


def status_word(status: TieStatus) -> str:
    """A status as a memo names it after a count: "actief", "opgeschort", "status onbekend"."""
    return "status onbekend" if status is TieStatus.UNKNOWN else label(status)


def status_summary(ties: Sequence[b.TieItem]) -> str:
    """ "2 banden, status onbekend"; "6 banden: 1 actief, 1 opgeschort, 4 beëindigd"."""
    groups = _by_status(ties)
    noun = plural.count(len(ties), "band", "banden")
    if len(groups) == 1:
        return f"{noun}, {status_word(next(iter(groups)))}"
    return f"{noun}: " + ", ".join(f"{len(g)} {status_word(s)}" for s, g in groups.items())


def _reason(status: TieStatus, ties: Sequence[b.TieItem]) -> str:
    """Why "voortzetten" cannot be advised for ties that all have this status (not active)."""
    one = len(ties) == 1
    subject = "de band" if one else "de banden"
    if status is TieStatus.ENDED:
        t = ties[0]
        when = f" {ended_on(t.ends, memo_date)}" if one and t.ends is not None else ""
        return (f"{subject} {'is' if one else 'zijn'} beëindigd{when}; voortzetten zoals nu kan "
                f"niet. Of {'de band' if one else 'een band'} opnieuw wordt aangegaan, vraagt "
                "een nieuw besluit.")
    if status is TieStatus.UNKNOWN:
        return (f"de huidige status van {subject} is onbekend; een advies over voortzetten "
                "vraagt eerst dat die status is vastgesteld.")
    return (f"{subject} {'is' if one else 'zijn'} {label(status)}, niet actief; of "
            f"{'zij wordt' if one else 'zij worden'} voortgezet, hervat of beëindigd, is een "
            "bestuurlijke afweging die deze notitie niet maakt.")


def _not_active(snap: BriefingSnapshot) -> str | None:
    """Why option A ("voortzetten") cannot be advised, or None when it can: the tie of a tie memo
    is not active, or no tie a wider memo shows is active. The reason follows the statuses the
    ties actually have (an unknown status is not an end)."""
    ties = _scope_ties(snap)
    if not ties:
        return None
    groups = _by_status(ties)
    if TieStatus.ACTIVE in groups:
        return None
    if len(groups) == 1:
        status, group = next(iter(groups.items()))
        return _reason(status, group)
    return (f"geen van de banden in deze notitie is actief ({status_summary(ties)}); per band "
            "is een eigen afweging nodig, die deze notitie niet maakt.")


def _numbers(ties: Sequence[b.TieItem]) -> str:
    return ", ".join(t.cite.record_no for t in ties)


def _condition(high: Sequence[b.RiskItem], ties: Sequence[b.TieItem]) -> str:
    """ "Beheers eerst …" for resuming these ties: a high risk about one of them, or about no
    tie the memo shows (never a risk of another tie)."""
    mine = {t.cite.record_no for t in ties}
    wanted = [r for r in high if r.subject_no is None or r.subject_no in mine]
    return (f"Beheers eerst {wanted[0].category_code} {wanted[0].title} "
            f"(netto {wanted[0].residual_score}).\n" if wanted else "")


def _status_options(status: TieStatus, ties: Sequence[b.TieItem],
                    high: Sequence[b.RiskItem]) -> list[str]:
    """The options for ties that all have this status (not active); none is advised."""
    one = len(ties) == 1
    band = "Band" if one else "Banden"
    condition = _condition(high, ties)
    if status is TieStatus.ENDED:
        return [
            "Optie A — Beëindiging afronden\nLopende contacten, acties en toezeggingen "
            "afronden en vastleggen.\nVoor: duidelijk voor partner en raad.\n"
            "Tegen: contacten met de partner vallen weg.",
            f"Optie B — {band} opnieuw aangaan\n{condition}Vraagt een nieuw besluit "
            "en een nieuwe afweging van de risico’s.\nVoor: het contact blijft mogelijk.\n"
            "Tegen: extra ambtelijke en bestuurlijke inzet.",
        ]
    if status is TieStatus.UNKNOWN:
        return [
            f"Optie A — Status van de {'band' if one else 'banden'} vaststellen\nBij de "
            f"partner en in het archief nagaan of de {'band' if one else 'banden'} nog "
            f"{'bestaat' if one else 'bestaan'}.\nVoor: de raad krijgt feiten.\n"
            "Tegen: ambtelijke inzet.",
            f"Optie B — {band} formeel beëindigen\nDe partner en de raad informeren.\n"
            "Voor: duidelijkheid.\nTegen: onomkeerbaar signaal naar de partner.",
        ]
    keep, resume = {
        TieStatus.SUSPENDED: ("Opschorting handhaven", f"{band} hervatten met voorwaarden"),
        TieStatus.DORMANT: (f"{band} slapend laten", f"{band} weer actief maken met voorwaarden"),
    }.get(status, ("Voorbereiding aanhouden", f"{band} aangaan met voorwaarden"))
    return [
        f"Optie A — {keep}\nDe huidige situatie handhaven; geen nieuwe afspraken.\n"
        "Voor: weinig inzet.\nTegen: onduidelijk voor partner en raad.",
        f"Optie B — {resume}\n{condition}Vraagt een bestuurlijk "
        "besluit.\nVoor: de samenwerking wordt weer stuurbaar.\nTegen: extra ambtelijke inzet.",
        f"Optie C — {band} beëindigen\nDe partner en de raad informeren.\n"
        "Voor: duidelijkheid.\nTegen: contacten met de partner vallen weg.",
    ]


def _options_not_active(snap: BriefingSnapshot, high: Sequence[b.RiskItem]) -> list[str]:
    """The options for a tie (or ties) that is not active, following each tie's status; none of
    them is marked as advice. Ties of different statuses get one option per status."""
    groups = _by_status(_scope_ties(snap))
    if len(groups) == 1:
        status, group = next(iter(groups.items()))
        return _status_options(status, group, high)
    out = []
    for letter, (status, group) in zip("ABCDEF", groups.items(), strict=False):
        nos = _numbers(group)
        if status is TieStatus.ENDED:
            out.append(f"Optie {letter} — Beëindiging afronden ({nos})\nLopende contacten, "
                       "acties en toezeggingen afronden en vastleggen.\nVoor: duidelijk voor "
                       "partner en raad.\nTegen: contacten met de partner vallen weg.")
        elif status is TieStatus.UNKNOWN:
            out.append(f"Optie {letter} — Status vaststellen ({nos})\nBij de partner en in het "
                       "archief nagaan of de band nog bestaat.\nVoor: de raad krijgt feiten.\n"
                       "Tegen: ambtelijke inzet.")
        else:
            ties_text = plural.count(len(group), "band", "banden")
            out.append(f"Optie {letter} — Besluiten over {ties_text} "
                       f"({label(status)}: {nos})\n{_condition(high, group)}Handhaven, hervatten "
                       "met voorwaarden of beëindigen; vraagt een bestuurlijk besluit.\n"
                       "Voor: de samenwerking wordt weer stuurbaar.\n"
                       "Tegen: extra ambtelijke inzet.")
    return out


def _within(snap: BriefingSnapshot) -> str:
    """" binnen de classificatie van deze notitie" when records were left out, else ""."""
    return f" {b.WITHIN}" if snap.left_out else ""


def key_points(snap: BriefingSnapshot, today: dt.date) -> tuple[b.KeyPoint, ...]:
    """Section 1: at most five bullets drawn from the snapshot itself.

    Every count, "hoogste" or "laatste" is computed from what the memo shows. When records were
    left out for their classification, the section says so once, above the bullets
    (memo.content.key_points_intro, `WITHIN`), not in every bullet: it covers all of them.
    """
    points: list[b.KeyPoint] = []
    if snap.scope.kind is ScopeKind.TIE and snap.ties:
        t = snap.ties[0]
        term = ""
        if t.term_ends_on:
            if t.term_ends_on < today:
                term = f"; de looptijd eindigde op {dutch_date(t.term_ends_on)}"
            elif tie_status(t) is TieStatus.ENDED:
                # An ended tie has no running term: the agreed end is no longer current.
                term = f"; de looptijd zou tot {dutch_date(t.term_ends_on)} lopen"
            else:
                term = f"; de looptijd eindigt op {dutch_date(t.term_ends_on)}"
        # Each fact from its own field: the start is never the date of the end or the status.
        sentence = tie_sentence(t.title, t.tie_type, tie_status(t), t.starts or t_start(t),
                                t.signed, t.ends, today)
        points.append(b.KeyPoint(f"{sentence}{term}.", (t.cite,)))
    elif snap.ties:
        # The statuses by name ("waarvan 0 actief" read as if unknown or suspended ties had
        # ended); with few ties, each with its status and dates.
        text = status_summary(snap.ties)
        if len(snap.ties) <= 3:
            same = len(_by_status(snap.ties)) == 1  # the status is said once, before the dash
            text += " — " + "; ".join(
                f"{t.title}{_period(t, same)}" for t in snap.ties)
        points.append(b.KeyPoint(f"{text}.", tuple(t.cite for t in snap.ties)))
    if snap.meetings:
        last = snap.meetings[-1]
        n = len(snap.meetings)
        points.append(b.KeyPoint(
            f"{n} {'contactmoment' if n == 1 else 'contactmomenten'} van "
            f"{dutch_date(snap.period_from)} tot en met {dutch_date(snap.period_to)}; "
            f"het laatste {'daarvan ' if snap.left_out else ''}op {dutch_date(last.held_on)}: "
            f"{last.title}.", (last.cite,)))
    if snap.risks:
        top = snap.risks[0]
        points.append(b.KeyPoint(
            f"Hoogste netto risico: {top.category_code} {top.title}, score "
            f"{top.residual_score} ({label(top.residual_level)}; bruto {top.inherent_score}).",
            (top.cite,)))
    open_actions = [a for a in snap.actions if a.status is ActionStatus.OPEN]
    if open_actions:
        overdue = [a for a in open_actions if a.overdue]
        n = len(open_actions)
        points.append(b.KeyPoint(
            f"{n} openstaande {'actie of toezegging' if n == 1 else 'acties en toezeggingen'}; "
            + (f"bij {len(overdue)} daarvan is de uiterste datum verstreken." if overdue
               else "bij geen daarvan is de uiterste datum verstreken."),
            tuple(a.cite for a in overdue[:3])))
    recent = [d for d in snap.decisions if d.decided_on >= snap.period_from]
    if recent:
        d = recent[-1]
        points.append(b.KeyPoint(
            f"Laatste besluit: {d.kind} van {dutch_date(d.decided_on)}, {d.title}"
            f"{_outcome(d)}.", (d.cite,)))
    return tuple(points[:5])


def _outcome(d: b.DecisionItem) -> str:
    """ " (aangenomen)"; nothing for an outcome that does not apply ("n.v.t." is not quoted)."""
    if not d.outcome or d.outcome == label(DecisionOutcome.NOT_APPLICABLE):
        return ""
    return f" ({d.outcome})"


def _period(t: b.TieItem, status_said: bool) -> str:
    """A tie's status and dates in a few words, for a wider memo's key point: " (opgeschort,
    sinds 2023)", " (beëindigd in 2020)"; without the status when the point already said it."""
    status = tie_status(t)
    if status is TieStatus.ENDED:
        parts = [] if status_said else ["beëindigd"]
        if t.ends is not None:
            parts = [f"{'beëindigd ' if not status_said else ''}{ended_on(t.ends, memo_date)}"]
    else:
        parts = [] if status_said else [status_word(status)]
        starts = t.starts or t_start(t)
        if starts is not None:
            parts.append(f"sinds {memo_date(starts)}")
        elif t.signed is not None:
            parts.append(f"overeenkomst {memo_date(t.signed)}")
    return f" ({', '.join(parts)})" if parts else ""


def suggestions(snap: BriefingSnapshot) -> tuple[str, str, str]:
    """Starting texts for Aanleiding, Handelingsopties/advies and Spreekpunten.

    Drawn from open risks, overdue actions and recent decisions; the official rewrites them (the
    memo marks a text that is still exactly its proposal as a generated draft). Like the key
    points, every count and "geen …" is computed from what the memo shows and says so when
    records were left out; an advice that records above the memo could reverse is not given.
    """
    o = snap.options
    within = _within(snap)
    subject = snap.scope.label
    if o.meeting:
        if o.meeting_on is None:
            when = "Binnenkort bespreekt "
        else:
            verb = "besprak" if o.meeting_on < _day(snap.generated_at) else "bespreekt"
            when = f"Op {dutch_date(o.meeting_on)} {verb} "
        item = f" onder agendapunt {o.agenda_item}" if o.agenda_item else ""
        occasion = f"{when}{o.meeting}{item} de banden met China ({subject})."
    else:
        occasion = (f"Deze notitie geeft een feitelijk overzicht van {subject} over de periode "
                    f"{dutch_date(snap.period_from)} tot en met {dutch_date(snap.period_to)}"
                    f"{',' + within if within else ''}.")
    occasion += (" De feiten in deze notitie verwijzen naar een record in Chinadossier en, waar "
                 "vastgelegd, naar de bron daarvan.")
    advice: list[str] = []
    high = [r for r in snap.risks if r.residual_level in (RiskLevel.HIGH, RiskLevel.VERY_HIGH)]
    not_active = _not_active(snap)
    records = ""
    if snap.left_out:
        n = snap.left_out
        records = (f"{n} {'record' if n == 1 else 'records'} met een hogere classificatie dan "
                   f"{label(snap.classification)} {'is' if n == 1 else 'zijn'} niet meegewogen")
    if not_active is not None:
        # "Voortzetten zoals nu" is no option for a tie that is not active: no advice, and why.
        advice += _options_not_active(snap, high)
        advice.append(f"Geen advies in deze notitie: {not_active}"
                      + (f" Ook {records}." if records else ""))
    else:
        ties = "Band" if snap.scope.kind is ScopeKind.TIE else "Banden"
        inactive = [t for t in _scope_ties(snap) if tie_status(t) is not TieStatus.ACTIVE]
        if inactive:
            ties = "Actieve banden"
        # Continuing the active ties weighs only their risks (and those about no shown tie):
        # a suspended tie's risk is no condition for continuing another tie.
        others = {t.cite.record_no for t in inactive}
        weighed = [r for r in high if r.subject_no not in others]
        if weighed:
            r = weighed[0]
            advice.append(f"Optie A — {ties} voortzetten met voorwaarden (advies)\nBeheers eerst "
                          f"{r.category_code} {r.title} (netto {r.residual_score}).\n"
                          f"Voor: de samenwerking blijft bestuurlijk stuurbaar.\n"
                          f"Tegen: extra ambtelijke inzet.")
        else:
            # Without records left out, no high risk is open; with them, the memo cannot know.
            advised = "" if snap.left_out else " (advies)"
            where = " bij de actieve banden" if len(weighed) < len(high) else ""
            advice.append(f"Optie A — {ties} voortzetten zoals nu{advised}\nGeen hoge netto "
                          f"risico’s open{where}{within}.\nVoor: continuïteit.\n"
                          "Tegen: geen nieuw signaal naar de raad.")
        advice.append(f"Optie B — {ties} slapend laten\nGeen nieuwe afspraken; lopende contacten "
                      "afronden.\nVoor: weinig inzet.\nTegen: onduidelijk voor partner en raad.")
        if inactive:
            listing = ", ".join(f"{t.cite.record_no} {status_word(tie_status(t))}"
                                for t in inactive)
            advice.append(f"Dit advies gaat niet over de banden die niet actief zijn ({listing}); "
                          "die vragen een eigen afweging.")
        if records:
            if weighed:
                advice.append(f"Dit advies is onvolledig voor deze classificatie: {records}.")
            else:
                advice.append(f"Geen advies in deze notitie: {records} en kunnen het advies "
                              "veranderen. Het advies hoort in een notitie met een classificatie "
                              "die alle records omvat.")
    overdue = [a for a in snap.actions if a.overdue]
    for a in overdue[:2]:
        advice.append(f"- Bij actie {a.cite.record_no} ({a.what}) is de uiterste datum "
                      "verstreken; maak een nieuwe afspraak.")
    talking: list[str] = []
    if snap.meetings:
        n = len(snap.meetings)
        word = "contactmoment" if n == 1 else "contactmomenten"
        if within:
            verb = "is" if n == 1 else "zijn"
            talking.append(f"- Binnen de classificatie van deze notitie {verb} in de periode "
                           f"{n} {word} geregistreerd.")
        else:
            talking.append(f"- {'Het' if n == 1 else f'Alle {n}'} {word} in de periode "
                           f"{'is' if n == 1 else 'zijn'} geregistreerd in het dossier.")
    for r in high[:2]:
        talking.append(f"- Wij volgen het risico ‘{r.title}’ actief; maatregelen: "
                       f"{(r.measures or 'in uitwerking').rstrip('.')}.")
    adopted = [d for d in snap.decisions
               if d.decided_on >= snap.period_from and d.outcome == label(DecisionOutcome.ADOPTED)]
    if adopted:
        d = adopted[-1]
        talking.append(f"- Wij voeren het besluit '{d.title}' uit.")
    if snap.risks:
        r = snap.risks[0]
        where = " in deze notitie" if within else ""
        today = _day(snap.generated_at)
        review = ("volgende herbeoordeling" if r.next_review_on >= today
                  else "herbeoordeling gepland op")
        # The title as recorded ("Vragen over …" lowercased read as a broken sentence).
        talking.append(f"V: Waarom staat het risico ‘{r.title}’ bovenaan{where}?\nA: Netto score "
                       f"{r.residual_score} ({label(r.residual_level)}); {review} "
                       f"{dutch_date(r.next_review_on)}.")
    return occasion, "\n\n".join(advice), "\n\n".join(talking)


def with_suggestions(snap: BriefingSnapshot, *, keep_edited: bool = False) -> BriefingSnapshot:
    """The snapshot with the proposed texts of sections 2, 7 and 8 filled in and remembered as
    proposals (so the memo marks them as a generated draft until the official edits them).

    Args:
        snap: A snapshot whose options may already hold texts and earlier proposals.
        keep_edited: Keep a text the official changed (it differs from its earlier proposal);
            a text still equal to its proposal follows the new one, so an unedited proposal
            never carries facts from another classification, period or scope.
    """
    o = snap.options
    occasion, advice, talking = suggestions(snap)

    def pick(text: str, proposal: str, new: str) -> str:
        return text if keep_edited and text.strip() != proposal.strip() else new

    return replace(snap, options=replace(
        o,
        occasion_text=pick(o.occasion_text, o.occasion_suggested, occasion),
        advice_text=pick(o.advice_text, o.advice_suggested, advice),
        talking_points_text=pick(o.talking_points_text, o.talking_points_suggested, talking),
        occasion_suggested=occasion, advice_suggested=advice, talking_points_suggested=talking))
