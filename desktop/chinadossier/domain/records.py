"""Frozen records that services return: what a page, the CLI or a memo may hold of the data."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from chinadossier.domain.codes import (
    ActionStatus,
    AuthorityKind,
    Classification,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    KnowledgeStrength,
    MeetingKind,
    NameOrder,
    OrganisationKind,
    ParticipantSide,
    PoliticalFactKind,
    RecordKind,
    RetentionCategory,
    RiskLevel,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.record_refs import Ref as Ref  # re-exported: see domain.record_refs
from chinadossier.domain.record_refs import SearchHit as SearchHit
from chinadossier.domain.record_refs import person_name as person_name


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRef:
    """A source cited by a record."""

    source_id: uuid.UUID
    display_no: str
    title: str
    classification: Classification
    locator: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A live record that cites a source, with where in the source (or, for a person's political
    fact, the fact's text)."""

    ref: Ref
    locator: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Meta:
    """Fields every record shares."""

    id: uuid.UUID
    kind: RecordKind
    display_no: str
    classification: Classification
    retention_category: RetentionCategory
    retention_on: dt.date | None
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    version: int
    deleted_at: dt.datetime | None
    tags: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()

    @property
    def deleted(self) -> bool:
        """Whether the record is in the trash."""
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthorityRecord:
    """A Dutch municipality or province."""

    meta: Meta
    code: str
    name: str
    common_name: str | None
    authority_kind: AuthorityKind
    province_code: str | None
    retired_on: dt.date | None
    user_edited: bool
    from_reference: str | None = None

    @property
    def display_name(self) -> str:
        """The common name where CBS's official one differs ('s-Gravenhage → Den Haag)."""
        return self.common_name or self.name


@dataclass(frozen=True, slots=True, kw_only=True)
class OrganisationRecord:
    """A Chinese counterpart."""

    meta: Meta
    name_nl: str
    name_en: str | None
    hanzi: str | None
    pinyin: str | None
    pinyin_auto: bool
    org_kind: OrganisationKind
    place_adcode: str | None
    place_text: str | None
    place_label: str | None
    parent_id: uuid.UUID | None
    website: str | None
    aliases: str | None
    notes: str | None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    postal_addresses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class PositionRecord:
    """A post held for a period."""

    title: str
    organisation: Ref | None
    authority: Ref | None
    starts: PartialDate | None
    ends: PartialDate | None


@dataclass(frozen=True, slots=True, kw_only=True)
class PoliticalFactRecord:
    """A sourced, dated political fact about a person (AVG art. 9)."""

    fact_kind: PoliticalFactKind
    text: str
    source: Ref
    as_of: dt.date


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonRecord:
    """A person, Chinese counterpart or our own official."""

    meta: Meta
    family_name: str
    given_name: str | None
    tussenvoegsel: str | None
    name_order: NameOrder
    hanzi: str | None
    pinyin: str | None
    pinyin_auto: bool
    aliases: str | None
    notes: str | None
    positions: tuple[PositionRecord, ...] = ()
    political_facts: tuple[PoliticalFactRecord, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    postal_addresses: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        """Hanzi first, then the pinyin or Latin name in the person's own order."""
        return person_name(
            self.family_name,
            self.given_name,
            self.tussenvoegsel,
            self.name_order,
            self.hanzi,
            self.pinyin,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class TieRecord:
    """A tie between one of our authorities and a counterpart."""

    meta: Meta
    authority: Ref
    organisation: Ref
    tie_type: TieType
    status: TieStatus
    title: str
    starts: PartialDate | None
    signed: PartialDate | None
    ends: PartialDate | None
    term_ends_on: dt.date | None
    evaluation_on: dt.date | None
    description: str | None
    #: MoU term as rough dates; ``term_ends_on`` above is ``term_ends`` when that is an exact day.
    term_starts: PartialDate | None = None
    term_ends: PartialDate | None = None
    renewed: PartialDate | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantRecord:
    """Someone at a contact moment."""

    side: ParticipantSide
    party: Ref
    role: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingRecord:
    """A contact moment."""

    meta: Meta
    held_on: dt.date
    start_time: dt.time | None
    meeting_kind: MeetingKind
    direction: Direction
    title: str
    place_adcode: str | None
    place_text: str | None
    place_label: str | None
    summary: str | None
    topics: str | None
    gifts: str | None
    gift_value_cents: int | None
    costs_cents: int | None
    participants: tuple[ParticipantRecord, ...] = ()
    ties: tuple[Ref, ...] = ()
    open_actions: OpenActions | None = None
    """Its open follow-up actions, in table rows (MeetingService.list_rows) only; None elsewhere.
    Read beside the record, never stored or audited."""


@dataclass(frozen=True, slots=True)
class OpenActions:
    """A contact moment's open follow-up actions as a list row shows them."""

    count: int
    next_due: dt.date | None
    overdue: int
    """How many of them are past their due date (today not counted)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionRecord:
    """A follow-up action."""

    meta: Meta
    meeting_id: uuid.UUID | None
    decision_id: uuid.UUID | None
    what: str
    owner: str | None
    due_on: dt.date | None
    status: ActionStatus
    done_on: dt.date | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionRecord:
    """A council or executive decision."""

    meta: Meta
    authority: Ref
    body: DecisionBody
    decision_kind: DecisionKind
    decided_on: dt.date
    reference: str | None
    title: str
    summary: str | None
    outcome: DecisionOutcome
    votes_for: int | None
    votes_against: int | None
    links: tuple[Ref, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class AssessmentRecord:
    """One scoring of a risk note under one matrix version."""

    seq: int
    assessed_on: dt.date
    matrix_version: int
    inherent_likelihood: int
    inherent_impact: int
    residual_likelihood: int
    residual_impact: int
    inherent_score: int
    residual_score: int
    inherent_level: RiskLevel
    residual_level: RiskLevel
    note: str | None
    recorded_at: dt.datetime
    recorded_by: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RiskCategoryRecord:
    """A risk category."""

    meta: Meta
    code: str
    name_nl: str
    name_en: str
    red_flags: str | None
    typical_measures: str | None
    retired: bool
    sort_order: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RiskNoteRecord:
    """A risk note with its history, newest assessment last."""

    meta: Meta
    subject: Ref
    category: Ref
    title: str
    description: str | None
    measures: str | None
    treatment: Treatment
    owner: str | None
    status: RiskStatus
    next_review_on: dt.date
    knowledge_strength: KnowledgeStrength
    inherent_score: int
    residual_score: int
    residual_level: RiskLevel
    assessments: tuple[AssessmentRecord, ...] = field(default=())

    @property
    def current(self) -> AssessmentRecord:
        """The latest assessment."""
        return self.assessments[-1]


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRecord:
    """A source document."""

    meta: Meta
    title: str
    publisher: str | None
    url: str | None
    published: PartialDate | None
    accessed_on: dt.date | None
    notes: str | None


AnyRecord = (
    AuthorityRecord
    | OrganisationRecord
    | PersonRecord
    | TieRecord
    | MeetingRecord
    | ActionRecord
    | DecisionRecord
    | RiskCategoryRecord
    | RiskNoteRecord
    | SourceRecord
)


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseFileSettings:
    """The case file's own settings (stored in it, backed up with it)."""

    case_file_id: uuid.UUID
    own_authority: Ref
    own_authority_code: str
    default_classification: Classification
    is_demo: bool
    reference_version: str
    matrix_version: int
    created_at: dt.datetime
    #: Seats of the gemeenteraad or Provinciale Staten, when set (votes must fit).
    council_seats: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineItem:
    """One dated event on a timeline: a contact moment, a decision or a risk assessment."""

    on: dt.date
    ref: Ref
    what: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Dashboard:
    """Figures for one authority on a given day."""

    authority: Ref
    today: dt.date
    ties_by_status: dict[TieStatus, int]
    meetings_last_12_months: int
    open_risks_by_level: dict[RiskLevel, int]
    overdue_actions: int
    overdue_reviews: int


@dataclass(frozen=True, slots=True, kw_only=True)
class AttachmentRecord:
    """A file attached to a record (its bytes are fetched separately)."""

    id: uuid.UUID
    record_id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str
    deleted_at: dt.datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class MemoRecord:
    """A memo in the history, as lists show it: what it covered and which file it produced.

    The stored snapshot and the file bytes are not part of it (they are large); a list of memos
    reads only this.
    """

    meta: Meta
    title: str
    generated_at: dt.datetime
    scope: dict[str, object]
    options: dict[str, object]
    snapshot_version: int
    file_name: str | None
    file_sha256: str | None
