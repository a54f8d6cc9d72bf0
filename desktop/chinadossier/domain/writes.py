"""What a service hands the repository to store, typed per kind (checked by mypy strict).

A service validates a draft (domain.drafts) into one of these: the entity's column values
(partial dates as PartialDate, the repository splits them into columns) and its child rows.
The keys are the entity's columns; the repository refuses a key its table does not have.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import NotRequired, TypedDict

from chinadossier.domain.codes import (
    ActionStatus,
    AuthorityKind,
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
    RiskLevel,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.partial_date import PartialDate


class AuthorityValues(TypedDict):
    """An authority's columns."""

    code: str
    name: str | None
    common_name: str | None
    authority_kind: AuthorityKind
    province_code: str | None
    retired_on: dt.date | None
    user_edited: bool
    sort_key: str
    from_reference: NotRequired[str | None]


class OrganisationValues(TypedDict):
    """An organisation's columns."""

    name_nl: str | None
    name_en: str | None
    hanzi: str | None
    pinyin: str | None
    pinyin_auto: bool
    org_kind: OrganisationKind
    place_adcode: str | None
    place_text: str | None
    parent_id: uuid.UUID | None
    website: str | None
    aliases: str | None
    notes: str | None
    sort_key: str
    emails: str | None
    phones: str | None
    postal_addresses: str | None


class PositionRow(TypedDict):
    """A post of a person (exactly one of organisation and authority)."""

    title: str | None
    organisation_id: uuid.UUID | None
    authority_id: uuid.UUID | None
    starts: PartialDate | None
    ends: PartialDate | None


class PoliticalFactRow(TypedDict):
    """A sourced, dated political fact about a person."""

    fact_kind: PoliticalFactKind
    text: str | None
    source_id: uuid.UUID | None
    as_of: dt.date | None


class PersonValues(TypedDict):
    """A person's columns."""

    family_name: str | None
    given_name: str | None
    tussenvoegsel: str | None
    name_order: NameOrder
    hanzi: str | None
    pinyin: str | None
    pinyin_auto: bool
    aliases: str | None
    notes: str | None
    sort_key: str
    emails: str | None
    phones: str | None
    postal_addresses: str | None


class PersonChildren(TypedDict):
    """A person's child rows, each replaced as a whole on edit."""

    positions: list[PositionRow]
    political_facts: list[PoliticalFactRow]


class TieValues(TypedDict):
    """A tie's columns."""

    authority_id: uuid.UUID
    organisation_id: uuid.UUID
    tie_type: TieType
    status: TieStatus
    title: str
    starts: PartialDate | None
    signed: PartialDate | None
    ends: PartialDate | None
    term_ends_on: dt.date | None
    evaluation_on: dt.date | None
    description: str | None
    sort_key: str


class ParticipantRow(TypedDict):
    """A participant of a contact moment (exactly one of person, organisation, authority)."""

    side: ParticipantSide
    person_id: uuid.UUID | None
    organisation_id: uuid.UUID | None
    authority_id: uuid.UUID | None
    role: str | None


class MeetingValues(TypedDict):
    """A contact moment's columns."""

    held_on: dt.date | None
    start_time: dt.time | None
    meeting_kind: MeetingKind
    direction: Direction
    title: str | None
    place_adcode: str | None
    place_text: str | None
    summary: str | None
    topics: str | None
    gifts: str | None
    gift_value_cents: int | None
    costs_cents: int | None


class MeetingChildren(TypedDict):
    """A contact moment's participants (in order) and ties (by id)."""

    participants: list[ParticipantRow]
    tie_ids: list[uuid.UUID]


class ActionValues(TypedDict):
    """An action's columns."""

    what: str | None
    owner: str | None
    due_on: dt.date | None
    status: ActionStatus
    done_on: dt.date | None
    meeting_id: uuid.UUID | None
    decision_id: uuid.UUID | None


class DecisionValues(TypedDict):
    """A decision's columns."""

    authority_id: uuid.UUID
    body: DecisionBody
    decision_kind: DecisionKind
    decided_on: dt.date | None
    reference: str | None
    title: str | None
    summary: str | None
    outcome: DecisionOutcome
    votes_for: int | None
    votes_against: int | None


class DecisionChildren(TypedDict):
    """The records a decision is about (by id)."""

    link_ids: list[uuid.UUID]


class RiskNoteValues(TypedDict):
    """A risk note's columns; the scores come from its first assessment (create only)."""

    subject_id: uuid.UUID
    category_id: uuid.UUID | None
    title: str | None
    description: str | None
    measures: str | None
    treatment: Treatment
    owner: str | None
    status: RiskStatus
    knowledge_strength: KnowledgeStrength
    inherent_score: NotRequired[int]
    residual_score: NotRequired[int]
    residual_level: NotRequired[RiskLevel]
    next_review_on: NotRequired[dt.date]


class RiskCategoryValues(TypedDict):
    """A risk category's columns."""

    code: str
    name_nl: str | None
    name_en: str | None
    red_flags: str | None
    typical_measures: str | None
    retired: bool
    sort_order: int


class SourceValues(TypedDict):
    """A source's columns."""

    title: str | None
    publisher: str | None
    url: str | None
    published: PartialDate | None
    accessed_on: dt.date | None
    notes: str | None
    sort_key: str


EntityValues = (
    AuthorityValues
    | OrganisationValues
    | PersonValues
    | TieValues
    | MeetingValues
    | ActionValues
    | DecisionValues
    | RiskNoteValues
    | RiskCategoryValues
    | SourceValues
)
"""The columns of one record of any kind."""

Children = PersonChildren | MeetingChildren | DecisionChildren
"""The child rows of a kind that has them."""
