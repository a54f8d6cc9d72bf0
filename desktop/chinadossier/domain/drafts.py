"""Commands: what a form or the CLI submits to create or edit a record (validated by services)."""

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
    RetentionCategory,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.partial_date import PartialDate


@dataclass(frozen=True, slots=True)
class SourceLink:
    """Cite a source (by id), optionally saying where in it the fact stands."""

    source_id: uuid.UUID
    locator: str | None = None


@dataclass(frozen=True, slots=True)
class Common:
    """Shared fields of every draft; None classification means the case file's default."""

    classification: Classification | None = None
    retention_category: RetentionCategory = RetentionCategory.UNDECIDED
    retention_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    sources: tuple[SourceLink, ...] = ()


@dataclass(frozen=True, slots=True)
class AuthorityDraft:
    """A municipality or province added by hand (e.g. after a merger)."""

    code: str
    name: str
    authority_kind: AuthorityKind
    common_name: str | None = None
    province_code: str | None = None
    retired_on: dt.date | None = None
    common: Common = field(default_factory=Common)


@dataclass(frozen=True, slots=True)
class OrganisationDraft:
    """A Chinese counterpart; pinyin left empty is derived from the Hanzi."""

    name_nl: str
    org_kind: OrganisationKind
    name_en: str | None = None
    hanzi: str | None = None
    pinyin: str | None = None
    place_adcode: str | None = None
    place_text: str | None = None
    parent_id: uuid.UUID | None = None
    website: str | None = None
    aliases: str | None = None
    notes: str | None = None
    common: Common = field(default_factory=Common)
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    postal_addresses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PositionDraft:
    """A post at an organisation or an authority (exactly one of the two)."""

    title: str
    organisation_id: uuid.UUID | None = None
    authority_id: uuid.UUID | None = None
    starts: PartialDate | None = None
    ends: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class PoliticalFactDraft:
    """A party membership or post; source and date are required (AVG art. 9)."""

    fact_kind: PoliticalFactKind
    text: str
    source_id: uuid.UUID | None
    as_of: dt.date | None


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """A person; for Chinese names the family name comes first."""

    family_name: str
    given_name: str | None = None
    tussenvoegsel: str | None = None
    name_order: NameOrder = NameOrder.FAMILY_FIRST
    hanzi: str | None = None
    pinyin: str | None = None
    aliases: str | None = None
    notes: str | None = None
    positions: tuple[PositionDraft, ...] = ()
    political_facts: tuple[PoliticalFactDraft, ...] = ()
    common: Common = field(default_factory=Common)
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    postal_addresses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TieDraft:
    """A tie; title left empty is made from the two parties' names."""

    authority_id: uuid.UUID
    organisation_id: uuid.UUID
    tie_type: TieType
    status: TieStatus
    title: str | None = None
    starts: PartialDate | None = None
    signed: PartialDate | None = None
    ends: PartialDate | None = None
    term_ends_on: dt.date | None = None
    evaluation_on: dt.date | None = None
    description: str | None = None
    common: Common = field(default_factory=Common)


@dataclass(frozen=True, slots=True)
class ParticipantDraft:
    """A participant: exactly one of person, organisation or authority."""

    side: ParticipantSide
    person_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    authority_id: uuid.UUID | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """A contact moment."""

    held_on: dt.date
    meeting_kind: MeetingKind
    title: str
    direction: Direction = Direction.NEUTRAL
    start_time: dt.time | None = None
    place_adcode: str | None = None
    place_text: str | None = None
    summary: str | None = None
    topics: str | None = None
    gifts: str | None = None
    gift_value_cents: int | None = None
    costs_cents: int | None = None
    participants: tuple[ParticipantDraft, ...] = ()
    tie_ids: tuple[uuid.UUID, ...] = ()
    common: Common = field(default_factory=Common)


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """A follow-up action, from a contact moment or a decision (or neither)."""

    what: str
    owner: str | None = None
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    done_on: dt.date | None = None
    meeting_id: uuid.UUID | None = None
    decision_id: uuid.UUID | None = None
    common: Common = field(default_factory=Common)


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    """A decision, motion, set of questions or commitment."""

    authority_id: uuid.UUID
    body: DecisionBody
    decision_kind: DecisionKind
    decided_on: dt.date
    title: str
    outcome: DecisionOutcome = DecisionOutcome.NOT_APPLICABLE
    reference: str | None = None
    summary: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    link_ids: tuple[uuid.UUID, ...] = ()
    common: Common = field(default_factory=Common)


@dataclass(frozen=True, slots=True)
class AssessmentDraft:
    """Scores for one (re-)assessment on the 5×5 scale."""

    inherent_likelihood: int
    inherent_impact: int
    residual_likelihood: int
    residual_impact: int
    assessed_on: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RiskNoteDraft:
    """A risk note; the first assessment comes with it; next review follows from the level."""

    subject_id: uuid.UUID
    category_code: str
    title: str
    assessment: AssessmentDraft
    description: str | None = None
    measures: str | None = None
    treatment: Treatment = Treatment.OPEN
    owner: str | None = None
    status: RiskStatus = RiskStatus.OPEN
    next_review_on: dt.date | None = None
    knowledge_strength: KnowledgeStrength = KnowledgeStrength.MEDIUM
    common: Common = field(default_factory=Common)


@dataclass(frozen=True, slots=True)
class RiskCategoryDraft:
    """A risk category (code like R-POL)."""

    code: str
    name_nl: str
    name_en: str
    red_flags: str | None = None
    typical_measures: str | None = None
    retired: bool = False
    sort_order: int = 100
    common: Common = field(default_factory=Common)


@dataclass(frozen=True, slots=True)
class SourceDraft:
    """A source."""

    title: str
    publisher: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    accessed_on: dt.date | None = None
    notes: str | None = None
    common: Common = field(default_factory=Common)
