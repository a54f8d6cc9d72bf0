"""Updates of matched records by an import: a record as a draft, a row's values laid over it.

A row that matches a record exactly (the same name, the same tie, the same decision) and carries
values the record lacks or holds differently becomes an update: `overlay` says which fields
change (old → new, for the preview) and gives the draft the service saves, through the same
validation and audit as an edit in a form. What a row leaves empty is kept; lists (e-mail
addresses, telephone numbers, tags, positions, links, participants) gain the row's new entries
and lose none. Free text an official wrote (notes, description, summary, measures) is never
replaced by an import: an empty one is filled, a differing one gains the row's text as a new
paragraph, and one that holds the row's text already stays as it is (so importing twice
changes nothing). A row identical to its record changes nothing ("bestaat al").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from chinadossier.domain import labels, plural
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import (
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    PoliticalFactDraft,
    PositionDraft,
    RiskNoteDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.pinyin import toneless
from chinadossier.domain.records import (
    DecisionRecord,
    MeetingRecord,
    Meta,
    OrganisationRecord,
    PersonRecord,
    RiskNoteRecord,
    TieRecord,
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field an update changes, as the preview shows it."""

    field: str
    """The draft field (`emails`, `status`, `common.tags`)."""
    label: str
    """Its Dutch name."""
    old: str
    new: str


def common_of(meta: Meta) -> Common:
    """A record's shared fields as a draft's Common (sources and their locators kept)."""
    return Common(
        classification=meta.classification,
        retention_category=meta.retention_category,
        retention_on=meta.retention_on,
        tags=tuple(meta.tags),
        sources=tuple(SourceLink(s.source_id, s.locator) for s in meta.sources),
    )


def draft_of(record: Any) -> Any:
    """The draft that saves `record` unchanged (the start of an update)."""
    common = common_of(record.meta)
    if isinstance(record, OrganisationRecord):
        return OrganisationDraft(
            name_nl=record.name_nl, org_kind=record.org_kind, name_en=record.name_en,
            hanzi=record.hanzi, pinyin=None if record.pinyin_auto else record.pinyin,
            place_adcode=record.place_adcode, place_text=record.place_text,
            parent_id=record.parent_id, website=record.website, aliases=record.aliases,
            notes=record.notes, common=common, emails=record.emails, phones=record.phones,
            postal_addresses=record.postal_addresses,
        )
    if isinstance(record, PersonRecord):
        return PersonDraft(
            family_name=record.family_name, given_name=record.given_name,
            tussenvoegsel=record.tussenvoegsel, name_order=record.name_order,
            hanzi=record.hanzi, pinyin=None if record.pinyin_auto else record.pinyin,
            aliases=record.aliases, notes=record.notes,
            positions=tuple(
                PositionDraft(
                    p.title,
                    organisation_id=p.organisation.id if p.organisation else None,
                    authority_id=p.authority.id if p.authority else None,
                    starts=p.starts, ends=p.ends,
                ) for p in record.positions
            ),
            political_facts=tuple(
                PoliticalFactDraft(f.fact_kind, f.text, f.source.id, f.as_of)
                for f in record.political_facts
            ),
            common=common, emails=record.emails, phones=record.phones,
            postal_addresses=record.postal_addresses,
        )
    if isinstance(record, TieRecord):
        return TieDraft(
            authority_id=record.authority.id, organisation_id=record.organisation.id,
            tie_type=record.tie_type, status=record.status, title=record.title,
            starts=record.starts, signed=record.signed, ends=record.ends,
            term_ends_on=None, evaluation_on=record.evaluation_on,
            description=record.description, common=common, term_starts=record.term_starts,
            term_ends=record.term_ends, renewed=record.renewed,
        )
    if isinstance(record, DecisionRecord):
        return DecisionDraft(
            authority_id=record.authority.id, body=record.body,
            decision_kind=record.decision_kind, decided_on=record.decided_on,
            title=record.title, outcome=record.outcome, reference=record.reference,
            summary=record.summary, votes_for=record.votes_for,
            votes_against=record.votes_against,
            link_ids=tuple(ref.id for ref in record.links), common=common,
        )
    if isinstance(record, RiskNoteRecord):
        now = record.current
        return RiskNoteDraft(
            subject_id=record.subject.id, category_code=_category_code(record),
            title=record.title,
            assessment=AssessmentDraft(now.inherent_likelihood, now.inherent_impact,
                                       now.residual_likelihood, now.residual_impact),
            description=record.description, measures=record.measures,
            treatment=record.treatment, owner=record.owner, status=record.status,
            next_review_on=record.next_review_on,
            knowledge_strength=record.knowledge_strength, common=common,
        )
    if isinstance(record, MeetingRecord):
        return MeetingDraft(
            held_on=record.held_on, meeting_kind=record.meeting_kind, title=record.title,
            direction=record.direction, start_time=record.start_time,
            place_adcode=record.place_adcode, place_text=record.place_text,
            summary=record.summary, topics=record.topics, gifts=record.gifts,
            gift_value_cents=record.gift_value_cents, costs_cents=record.costs_cents,
            participants=tuple(_participant(p) for p in record.participants),
            tie_ids=tuple(ref.id for ref in record.ties), common=common,
        )
    raise TypeError(f"no import update for {type(record).__name__}")


def _category_code(record: RiskNoteRecord) -> str:
    # A category's label starts with its code ("R-POL …"); the display number is the code.
    return record.category.display_no


def _participant(p: Any) -> ParticipantDraft:
    party = p.party
    return ParticipantDraft(
        p.side,
        person_id=party.id if party.kind is RecordKind.PERSON else None,
        organisation_id=party.id if party.kind is RecordKind.ORGANISATION else None,
        authority_id=party.id if party.kind is RecordKind.AUTHORITY else None,
        role=p.role,
    )


#: Fields whose values are lists: a row adds its new entries, never removes any.
_LISTS = {"emails", "phones", "postal_addresses", "positions", "link_ids", "participants",
          "tie_ids", "tags"}


#: Free text an official writes: an import adds to it, never replaces it (`keep_text`).
FREE_TEXT = frozenset({"notes", "description", "summary", "measures"})
PARAGRAPH = "\n\n"
"""Between the record's own text and the text an import adds to it."""


def overlay(draft: Any, given: Mapping[str, Any], *, keep_text: bool = False
            ) -> tuple[Any, tuple[FieldChange, ...]]:
    """`draft` with the row's `given` values (draft field → value; `classification` and
    `tags` go to the Common); the changed fields, old → new, for the preview.

    `keep_text` (an import's update): a FREE_TEXT field keeps its text and gains the row's as
    a new paragraph (nothing when it holds that text already); a merge, where the user chose
    the row's value, replaces it."""
    changes: list[FieldChange] = []
    top: dict[str, Any] = {}
    common = draft.common
    for name, value in given.items():
        if name in ("classification", "tags"):
            old = getattr(common, name)
        else:
            old = getattr(draft, name)
        new: Any
        if name == "participants":
            # Someone already taking part stays as entered (side and role kept).
            there = {_party(p) for p in old}
            new = (*old, *(item for item in value if _party(item) not in there))
        elif name in _LISTS:
            new = (*old, *(item for item in value if item not in old))
        elif keep_text and name in FREE_TEXT and isinstance(old, str) and old.strip():
            new = old if _holds(old, value) else f"{old.rstrip()}{PARAGRAPH}{value}"
        else:
            new = value
        if (same(old, new) if name == "pinyin" else old == new):
            continue
        label = labels.field_label(name)
        if keep_text and name in FREE_TEXT and old:
            label = f"{label} (aangevuld)"  # the preview says the text is added, not replaced
        changes.append(FieldChange(name, label, shown(old), shown(new)))
        if name in ("classification", "tags"):
            common = dataclasses.replace(common, **{name: new})
        else:
            top[name] = new
    if not changes:
        return draft, ()
    return dataclasses.replace(draft, **top, common=common), tuple(changes)


def _holds(text: str, part: Any) -> bool:
    """Whether `text` holds `part` already (spacing and case aside)."""
    if not isinstance(part, str):
        return False
    return " ".join(part.split()).casefold() in " ".join(text.split()).casefold()


def _party(p: ParticipantDraft) -> tuple[Any, ...]:
    return (p.person_id, p.organisation_id, p.authority_id)


def same(old: Any, new: Any) -> bool:
    """Whether a row's pinyin is the record's (tones, case and spacing aside)."""
    if isinstance(old, str) and isinstance(new, str):
        return " ".join(toneless(old).casefold().split()) == " ".join(
            toneless(new).casefold().split())
    return bool(old == new)


def shown(value: Any) -> str:
    """A value as the preview shows it, in Dutch."""
    if value is None or value == ():
        return "(leeg)"
    if isinstance(value, tuple | list):
        # Links and participants are ids: the preview says how many, before and after.
        if all(isinstance(item, uuid.UUID) for item in value):
            return f"{len(value)} gekoppeld"
        if all(isinstance(item, ParticipantDraft) for item in value):
            return plural.count(len(value), "deelnemer", "deelnemers")
        return "; ".join(shown(item) for item in value)
    if isinstance(value, enum.StrEnum):
        return labels.label(value)
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, PositionDraft):
        return value.title
    if dataclasses.is_dataclass(value):
        return type(value).__name__
    return str(value)
