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
from chinadossier.db.reading import core, rows
from chinadossier.db.refs import label_of, refs
from chinadossier.domain import contact
from chinadossier.domain import records as r
from chinadossier.domain.codes import RecordKind


def _metas(session: Session, objs: Sequence[Any]) -> dict[uuid.UUID, r.Meta]:
    ids = [o.id for o in objs]
    tags: dict[uuid.UUID, list[str]] = defaultdict(list)
    sources: dict[uuid.UUID, list[r.SourceRef]] = defaultdict(list)
    if ids:
        for rid, name in rows(session,
            select(RecordTag.record_id, Tag.name)
            .join(Tag, Tag.id == RecordTag.tag_id)
            .where(RecordTag.record_id.in_(ids))
        ):
            tags[rid].append(name)
        for rid, locator, sid, number, title, classification in rows(session,
            select(
                RecordSource.record_id,
                RecordSource.locator,
                Source.id,
                Source.display_no,
                Source.title,
                Source.classification,
            )
            .join(Source, Source.id == RecordSource.source_id)
            .where(RecordSource.record_id.in_(ids))
        ):
            sources[rid].append(
                r.SourceRef(
                    source_id=sid,
                    display_no=number,
                    title=title,
                    classification=classification,
                    locator=locator,
                )
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
        adcode: f"{hanzi} {pinyin}"
        for adcode, hanzi, pinyin in rows(session,
            select(CnDivision.adcode, CnDivision.hanzi, CnDivision.pinyin).where(
                CnDivision.adcode.in_(codes)
            )
        )
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
            meta=metas[o.id],
            code=o.code,
            name=o.name,
            common_name=o.common_name,
            authority_kind=o.authority_kind,
            province_code=o.province_code,
            retired_on=o.retired_on,
            user_edited=o.user_edited,
            from_reference=o.from_reference,
        )
        for o in objs
    ]


def _organisations(
    session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]
) -> list[Any]:
    places = _places(session, objs)
    return [
        r.OrganisationRecord(
            meta=metas[o.id],
            name_nl=o.name_nl,
            name_en=o.name_en,
            hanzi=o.hanzi,
            pinyin=o.pinyin,
            pinyin_auto=o.pinyin_auto,
            org_kind=o.org_kind,
            place_adcode=o.place_adcode,
            place_text=o.place_text,
            place_label=_place_label(o, places),
            parent_id=o.parent_id,
            website=o.website,
            aliases=o.aliases,
            notes=o.notes,
            emails=contact.decode(o.emails),
            phones=contact.decode(o.phones),
            postal_addresses=contact.decode(o.postal_addresses),
        )
        for o in objs
    ]


def _persons(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    ids = [o.id for o in objs]
    # Child rows as plain rows (attribute access as on mapped objects, without the ORM's cost)
    position_t: Any = Position.__table__
    fact_t: Any = PoliticalFact.__table__
    positions = (
        core(session)
        .execute(
            select(*position_t.c).where(position_t.c.person_id.in_(ids)).order_by(position_t.c.seq)
        )
        .all()
    )
    facts = (
        core(session)
        .execute(select(*fact_t.c).where(fact_t.c.person_id.in_(ids)).order_by(fact_t.c.seq))
        .all()
    )
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
                title=p.title,
                organisation=linked.get(p.organisation_id) if p.organisation_id else None,
                authority=linked.get(p.authority_id) if p.authority_id else None,
                starts=read_partial(p, "starts"),
                ends=read_partial(p, "ends"),
            )
        )
    facts_by: dict[uuid.UUID, list[r.PoliticalFactRecord]] = defaultdict(list)
    for f in facts:
        facts_by[f.person_id].append(
            r.PoliticalFactRecord(
                fact_kind=f.fact_kind, text=f.text, source=linked[f.source_id], as_of=f.as_of
            )
        )
    return [
        r.PersonRecord(
            meta=metas[o.id],
            family_name=o.family_name,
            given_name=o.given_name,
            tussenvoegsel=o.tussenvoegsel,
            name_order=o.name_order,
            hanzi=o.hanzi,
            pinyin=o.pinyin,
            pinyin_auto=o.pinyin_auto,
            aliases=o.aliases,
            notes=o.notes,
            positions=tuple(by_person[o.id]),
            political_facts=tuple(facts_by[o.id]),
            emails=contact.decode(o.emails),
            phones=contact.decode(o.phones),
            postal_addresses=contact.decode(o.postal_addresses),
        )
        for o in objs
    ]


def _ties(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    linked = refs(session, [o.authority_id for o in objs] + [o.organisation_id for o in objs])
    return [
        r.TieRecord(
            meta=metas[o.id],
            authority=linked[o.authority_id],
            organisation=linked[o.organisation_id],
            tie_type=o.tie_type,
            status=o.status,
            title=o.title,
            starts=read_partial(o, "starts"),
            signed=read_partial(o, "signed"),
            ends=read_partial(o, "ends"),
            term_ends_on=o.term_ends_on,
            evaluation_on=o.evaluation_on,
            description=o.description,
        )
        for o in objs
    ]


def _meetings(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    ids = [o.id for o in objs]
    part_t: Any = MeetingParticipant.__table__
    parts = (
        core(session)
        .execute(select(*part_t.c).where(part_t.c.meeting_id.in_(ids)).order_by(part_t.c.seq))
        .all()
    )
    ties = (
        core(session)
        .execute(
            select(MeetingTie.meeting_id, MeetingTie.tie_id).where(MeetingTie.meeting_id.in_(ids))
        )
        .all()
    )
    linked = refs(
        session,
        [p.person_id or p.organisation_id or p.authority_id for p in parts] + [t[1] for t in ties],
    )
    parts_by: dict[uuid.UUID, list[r.ParticipantRecord]] = defaultdict(list)
    for p in parts:
        party_id = p.person_id or p.organisation_id or p.authority_id
        assert party_id is not None  # CHECK constraint one_party
        party = linked[party_id]
        parts_by[p.meeting_id].append(r.ParticipantRecord(side=p.side, party=party, role=p.role))
    ties_by: dict[uuid.UUID, list[r.Ref]] = defaultdict(list)
    for meeting_id, tie_id in ties:
        ties_by[meeting_id].append(linked[tie_id])
    places = _places(session, objs)
    return [
        r.MeetingRecord(
            meta=metas[o.id],
            held_on=o.held_on,
            start_time=o.start_time,
            meeting_kind=o.meeting_kind,
            direction=o.direction,
            title=o.title,
            place_adcode=o.place_adcode,
            place_text=o.place_text,
            place_label=_place_label(o, places),
            summary=o.summary,
            topics=o.topics,
            gifts=o.gifts,
            gift_value_cents=o.gift_value_cents,
            costs_cents=o.costs_cents,
            participants=tuple(parts_by[o.id]),
            ties=tuple(sorted(ties_by[o.id], key=lambda x: x.display_no)),
        )
        for o in objs
    ]


def _actions(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    return [
        r.ActionRecord(
            meta=metas[o.id],
            meeting_id=o.meeting_id,
            decision_id=o.decision_id,
            what=o.what,
            owner=o.owner,
            due_on=o.due_on,
            status=o.status,
            done_on=o.done_on,
        )
        for o in objs
    ]


def _decisions(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    ids = [o.id for o in objs]
    links = (
        core(session)
        .execute(
            select(DecisionLink.decision_id, DecisionLink.record_id).where(
                DecisionLink.decision_id.in_(ids)
            )
        )
        .all()
    )
    linked = refs(session, [o.authority_id for o in objs] + [x[1] for x in links])
    by: dict[uuid.UUID, list[r.Ref]] = defaultdict(list)
    for decision_id, record_id in links:
        by[decision_id].append(linked[record_id])
    return [
        r.DecisionRecord(
            meta=metas[o.id],
            authority=linked[o.authority_id],
            body=o.body,
            decision_kind=o.decision_kind,
            decided_on=o.decided_on,
            reference=o.reference,
            title=o.title,
            summary=o.summary,
            outcome=o.outcome,
            votes_for=o.votes_for,
            votes_against=o.votes_against,
            links=tuple(sorted(by[o.id], key=lambda x: x.display_no)),
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
                seq=a.seq,
                assessed_on=a.assessed_on,
                matrix_version=matrix_version,
                inherent_likelihood=a.inherent_likelihood,
                inherent_impact=a.inherent_impact,
                residual_likelihood=a.residual_likelihood,
                residual_impact=a.residual_impact,
                inherent_score=a.inherent_score,
                residual_score=a.residual_score,
                inherent_level=a.inherent_level,
                residual_level=a.residual_level,
                note=a.note,
                recorded_at=a.recorded_at,
                recorded_by=a.recorded_by,
            )
        )
    linked = refs(session, [o.subject_id for o in objs] + [o.category_id for o in objs])
    return [
        r.RiskNoteRecord(
            meta=metas[o.id],
            subject=linked[o.subject_id],
            category=linked[o.category_id],
            title=o.title,
            description=o.description,
            measures=o.measures,
            treatment=o.treatment,
            owner=o.owner,
            status=o.status,
            next_review_on=o.next_review_on,
            knowledge_strength=o.knowledge_strength,
            inherent_score=o.inherent_score,
            residual_score=o.residual_score,
            residual_level=o.residual_level,
            assessments=tuple(by[o.id]),
        )
        for o in objs
    ]


def _categories(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    return [
        r.RiskCategoryRecord(
            meta=metas[o.id],
            code=o.code,
            name_nl=o.name_nl,
            name_en=o.name_en,
            red_flags=o.red_flags,
            typical_measures=o.typical_measures,
            retired=o.retired,
            sort_order=o.sort_order,
        )
        for o in objs
    ]


def _sources(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    return [
        r.SourceRecord(
            meta=metas[o.id],
            title=o.title,
            publisher=o.publisher,
            url=o.url,
            published=read_partial(o, "published"),
            accessed_on=o.accessed_on,
            notes=o.notes,
        )
        for o in objs
    ]


def _memos(session: Session, objs: Sequence[Any], metas: dict[uuid.UUID, r.Meta]) -> list[Any]:
    return [
        r.MemoRecord(
            meta=metas[o.id],
            title=o.title,
            generated_at=o.generated_at,
            scope=dict(o.scope),
            options=dict(o.options),
            snapshot_version=o.snapshot_version,
            file_name=o.file_name,
            file_sha256=o.file_sha256,
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
    RecordKind.MEMO: _memos,
}

__all__ = ["label_of", "refs", "to_records"]
