"""Mapped objects to frozen records, loading links and children in batches (no lazy loads)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.columns import read_partial
from chinadossier.db.models import (
    CnDivision,
    DecisionLink,
    MeetingParticipant,
    MeetingTie,
    PoliticalFact,
    Position,
    RecordSource,
    RecordTag,
    RiskAssessment,
    RiskMatrix,
    Source,
    Tag,
)
from chinadossier.db.refs import label_of, refs
from chinadossier.domain import contact
from chinadossier.domain import records as r
from chinadossier.domain.codes import RecordKind


def _metas(session: Session, objs: Sequence[Any]) -> dict[uuid.UUID, r.Meta]:
    ids = [o.id for o in objs]
    tags: dict[uuid.UUID, list[str]] = defaultdict(list)
    sources: dict[uuid.UUID, list[r.SourceRef]] = defaultdict(list)
    if ids:
        for rid, name in session.execute(
            select(RecordTag.record_id, Tag.name)
            .join(Tag, Tag.id == RecordTag.tag_id)
            .where(RecordTag.record_id.in_(ids))
        ):
            tags[rid].append(name)
        for rid, locator, src in session.execute(
            select(RecordSource.record_id, RecordSource.locator, Source)
            .join(Source, Source.id == RecordSource.source_id)
            .where(RecordSource.record_id.in_(ids))
        ):
            sources[rid].append(
                r.SourceRef(src.id, src.display_no, src.title, src.classification, locator)
            )
    return {
        o.id: r.Meta(
            id=o.id,
            kind=RecordKind(o.kind),
            display_no=o.display_no,
            classification=o.classification,
            retention_category=o.retention_category,
            retention_on=o.retention_on,
            created_at=o.created_at,
            created_by=o.created_by,
            updated_at=o.updated_at,
            updated_by=o.updated_by,
            version=o.version,
            deleted_at=o.deleted_at,
            tags=tuple(sorted(tags[o.id])),
            sources=tuple(sorted(sources[o.id], key=lambda s: s.display_no)),
        )
        for o in objs
    }


def _places(session: Session, objs: Sequence[Any]) -> dict[str, str]:
    codes = {o.place_adcode for o in objs if getattr(o, "place_adcode", None)}
    if not codes:
        return {}
    return {
        d.adcode: f"{d.hanzi} {d.pinyin}"
        for d in session.scalars(select(CnDivision).where(CnDivision.adcode.in_(codes)))
    }


def _place_label(obj: Any, places: dict[str, str]) -> str | None:
    if obj.place_adcode:
        label = places.get(obj.place_adcode, obj.place_adcode)
        return f"{label}, {obj.place_text}" if obj.place_text else label
    return obj.place_text  # type: ignore[no-any-return]


def to_records(session: Session, kind: RecordKind, objs: Sequence[Any]) -> list[Any]:
    """Frozen records for mapped objects of one kind, in the same order."""
    if not objs:
        return []
    metas = _metas(session, objs)
    builder = _BUILDERS[kind]
    return builder(session, objs, metas)  # type: ignore[no-any-return]


def _authorities(
    session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]
) -> list[Any]:
    return [
        r.AuthorityRecord(
            metas[o.id],
            o.code,
            o.name,
            o.common_name,
            o.authority_kind,
            o.province_code,
            o.retired_on,
            o.user_edited,
            o.from_reference,
        )
        for o in objs
    ]


def _organisations(
    session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]
) -> list[Any]:
    places = _places(session, objs)
    return [
        r.OrganisationRecord(
            metas[o.id],
            o.name_nl,
            o.name_en,
            o.hanzi,
            o.pinyin,
            o.pinyin_auto,
            o.org_kind,
            o.place_adcode,
            o.place_text,
            _place_label(o, places),
            o.parent_id,
            o.website,
            o.aliases,
            o.notes,
            contact.decode(o.emails),
            contact.decode(o.phones),
            contact.decode(o.postal_addresses),
        )
        for o in objs
    ]


def _persons(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    ids = [o.id for o in objs]
    positions = session.scalars(
        select(Position).where(Position.person_id.in_(ids)).order_by(Position.seq)
    ).all()
    facts = session.scalars(
        select(PoliticalFact).where(PoliticalFact.person_id.in_(ids)).order_by(PoliticalFact.seq)
    ).all()
    linked = refs(
        session,
        [p.organisation_id for p in positions]
        + [p.authority_id for p in positions]
        + [f.source_id for f in facts],
    )
    by_person: dict[uuid.UUID, list[r.PositionRecord]] = defaultdict(list)
    for p in positions:
        by_person[p.person_id].append(
            r.PositionRecord(
                p.title,
                linked.get(p.organisation_id) if p.organisation_id else None,
                linked.get(p.authority_id) if p.authority_id else None,
                read_partial(p, "starts"),
                read_partial(p, "ends"),
            )
        )
    facts_by: dict[uuid.UUID, list[r.PoliticalFactRecord]] = defaultdict(list)
    for f in facts:
        facts_by[f.person_id].append(
            r.PoliticalFactRecord(f.fact_kind, f.text, linked[f.source_id], f.as_of)
        )
    return [
        r.PersonRecord(
            metas[o.id],
            o.family_name,
            o.given_name,
            o.tussenvoegsel,
            o.name_order,
            o.hanzi,
            o.pinyin,
            o.pinyin_auto,
            o.aliases,
            o.notes,
            tuple(by_person[o.id]),
            tuple(facts_by[o.id]),
            contact.decode(o.emails),
            contact.decode(o.phones),
            contact.decode(o.postal_addresses),
        )
        for o in objs
    ]


def _ties(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    linked = refs(session, [o.authority_id for o in objs] + [o.organisation_id for o in objs])
    return [
        r.TieRecord(
            metas[o.id],
            linked[o.authority_id],
            linked[o.organisation_id],
            o.tie_type,
            o.status,
            o.title,
            read_partial(o, "starts"),
            read_partial(o, "signed"),
            read_partial(o, "ends"),
            o.term_ends_on,
            o.evaluation_on,
            o.description,
        )
        for o in objs
    ]


def _meetings(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    ids = [o.id for o in objs]
    parts = session.scalars(
        select(MeetingParticipant)
        .where(MeetingParticipant.meeting_id.in_(ids))
        .order_by(MeetingParticipant.seq)
    ).all()
    ties = session.execute(
        select(MeetingTie.meeting_id, MeetingTie.tie_id).where(MeetingTie.meeting_id.in_(ids))
    ).all()
    linked = refs(
        session,
        [p.person_id or p.organisation_id or p.authority_id for p in parts] + [t[1] for t in ties],
    )
    parts_by: dict[uuid.UUID, list[r.ParticipantRecord]] = defaultdict(list)
    for p in parts:
        party_id = p.person_id or p.organisation_id or p.authority_id
        assert party_id is not None  # CHECK constraint one_party
        party = linked[party_id]
        parts_by[p.meeting_id].append(r.ParticipantRecord(p.side, party, p.role))
    ties_by: dict[uuid.UUID, list[r.Ref]] = defaultdict(list)
    for meeting_id, tie_id in ties:
        ties_by[meeting_id].append(linked[tie_id])
    places = _places(session, objs)
    return [
        r.MeetingRecord(
            metas[o.id],
            o.held_on,
            o.start_time,
            o.meeting_kind,
            o.direction,
            o.title,
            o.place_adcode,
            o.place_text,
            _place_label(o, places),
            o.summary,
            o.topics,
            o.gifts,
            o.gift_value_cents,
            o.costs_cents,
            tuple(parts_by[o.id]),
            tuple(sorted(ties_by[o.id], key=lambda x: x.display_no)),
        )
        for o in objs
    ]


def _actions(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    return [
        r.ActionRecord(
            metas[o.id], o.meeting_id, o.decision_id, o.what, o.owner, o.due_on, o.status, o.done_on
        )
        for o in objs
    ]


def _decisions(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    ids = [o.id for o in objs]
    links = session.execute(
        select(DecisionLink.decision_id, DecisionLink.record_id).where(
            DecisionLink.decision_id.in_(ids)
        )
    ).all()
    linked = refs(session, [o.authority_id for o in objs] + [x[1] for x in links])
    by: dict[uuid.UUID, list[r.Ref]] = defaultdict(list)
    for decision_id, record_id in links:
        by[decision_id].append(linked[record_id])
    return [
        r.DecisionRecord(
            metas[o.id],
            linked[o.authority_id],
            o.body,
            o.decision_kind,
            o.decided_on,
            o.reference,
            o.title,
            o.summary,
            o.outcome,
            o.votes_for,
            o.votes_against,
            tuple(sorted(by[o.id], key=lambda x: x.display_no)),
        )
        for o in objs
    ]


def _risk_notes(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    ids = [o.id for o in objs]
    rows = session.execute(
        select(RiskAssessment, RiskMatrix.version)
        .join(RiskMatrix, RiskMatrix.id == RiskAssessment.matrix_id)
        .where(RiskAssessment.risk_note_id.in_(ids))
        .order_by(RiskAssessment.seq)
    ).all()
    by: dict[uuid.UUID, list[r.AssessmentRecord]] = defaultdict(list)
    for a, matrix_version in rows:
        by[a.risk_note_id].append(
            r.AssessmentRecord(
                a.seq,
                a.assessed_on,
                matrix_version,
                a.inherent_likelihood,
                a.inherent_impact,
                a.residual_likelihood,
                a.residual_impact,
                a.inherent_score,
                a.residual_score,
                a.inherent_level,
                a.residual_level,
                a.note,
                a.recorded_at,
                a.recorded_by,
            )
        )
    linked = refs(session, [o.subject_id for o in objs] + [o.category_id for o in objs])
    return [
        r.RiskNoteRecord(
            metas[o.id],
            linked[o.subject_id],
            linked[o.category_id],
            o.title,
            o.description,
            o.measures,
            o.treatment,
            o.owner,
            o.status,
            o.next_review_on,
            o.knowledge_strength,
            o.inherent_score,
            o.residual_score,
            o.residual_level,
            tuple(by[o.id]),
        )
        for o in objs
    ]


def _categories(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    return [
        r.RiskCategoryRecord(
            metas[o.id],
            o.code,
            o.name_nl,
            o.name_en,
            o.red_flags,
            o.typical_measures,
            o.retired,
            o.sort_order,
        )
        for o in objs
    ]


def _sources(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    return [
        r.SourceRecord(
            metas[o.id],
            o.title,
            o.publisher,
            o.url,
            read_partial(o, "published"),
            o.accessed_on,
            o.notes,
        )
        for o in objs
    ]


_BUILDERS: dict[RecordKind, Any] = {
    RecordKind.AUTHORITY: _authorities,
    RecordKind.ORGANISATION: _organisations,
    RecordKind.PERSON: _persons,
    RecordKind.TIE: _ties,
    RecordKind.MEETING: _meetings,
    RecordKind.ACTION: _actions,
    RecordKind.DECISION: _decisions,
    RecordKind.RISK_NOTE: _risk_notes,
    RecordKind.RISK_CATEGORY: _categories,
    RecordKind.SOURCE: _sources,
}

__all__ = ["label_of", "refs", "to_records"]
