"""Mapped objects to frozen records, loading links and children in batches (no lazy loads)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.columns import read_partial
from chinadossier.db.fastread import FastReads, connection
from chinadossier.db.makers import maker
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
from chinadossier.db.reading import rows
from chinadossier.db.refs import label_of, refs
from chinadossier.domain import contact
from chinadossier.domain import records as r
from chinadossier.domain.codes import DatePrecision, RecordKind
from chinadossier.domain.partial_date import PartialDate


class CoreReads:
    """The linked rows of a batch of records, read through SQLAlchemy Core (and the ORM for
    assessments): the straightforward reference `db.fastread.FastReads` is tested against."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def tags(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        """Tag names per record."""
        out: dict[uuid.UUID, list[str]] = defaultdict(list)
        for rid, name in rows(self._session,
            select(RecordTag.record_id, Tag.name)
            .join(Tag, Tag.id == RecordTag.tag_id)
            .where(RecordTag.record_id.in_(ids))
        ):
            out[rid].append(name)
        return out

    def sources(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[r.SourceRef]]:
        """Cited sources per record."""
        out: dict[uuid.UUID, list[r.SourceRef]] = defaultdict(list)
        for rid, locator, sid, number, title, classification in rows(self._session,
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
            out[rid].append(
                r.SourceRef(
                    source_id=sid,
                    display_no=number,
                    title=title,
                    classification=classification,
                    locator=locator,
                )
            )
        return out

    def places(self, codes: Iterable[str]) -> Sequence[Any]:
        """(adcode, hanzi, pinyin, name_en, level) of these division codes."""
        return rows(self._session,
            select(
                CnDivision.adcode, CnDivision.hanzi, CnDivision.pinyin, CnDivision.name_en,
                CnDivision.level,
            ).where(CnDivision.adcode.in_(list(codes)))
        )

    def children(self, name: str, ids: Sequence[uuid.UUID]) -> Sequence[Any]:
        """Child rows of these owners, in their stored order."""
        if name == "assessments":
            found = self._session.execute(
                select(RiskAssessment, RiskMatrix.version)
                .join(RiskMatrix, RiskMatrix.id == RiskAssessment.matrix_id)
                .where(RiskAssessment.risk_note_id.in_(ids))
                .order_by(RiskAssessment.seq)
            ).all()
            return [SimpleNamespace(**{c.key: getattr(a, c.key)
                                       for c in RiskAssessment.__table__.c},
                                    matrix_version=version) for a, version in found]
        if name == "meeting_ties":
            return rows(self._session, select(MeetingTie.meeting_id, MeetingTie.tie_id).where(
                MeetingTie.meeting_id.in_(ids)))
        if name == "decision_links":
            return rows(self._session, select(DecisionLink.decision_id, DecisionLink.record_id)
                        .where(DecisionLink.decision_id.in_(ids)))
        model, owner = _CHILD_TABLES[name]
        table: Any = model.__table__
        return rows(self._session,
                    select(*table.c).where(table.c[owner].in_(ids)).order_by(table.c.seq))

    def refs(
        self, ids: Iterable[uuid.UUID | None], kinds: tuple[RecordKind, ...] = ()
    ) -> dict[uuid.UUID, r.Ref]:
        """Refs of these records (`kinds` is only a hint for the fast reader)."""
        return refs(self._session, list(ids))


# Records are built by makers (db.makers): the same frozen objects without their __init__.
_ActionRecord = maker(r.ActionRecord)
_AssessmentRecord = maker(r.AssessmentRecord)
_AuthorityRecord = maker(r.AuthorityRecord)
_DecisionRecord = maker(r.DecisionRecord)
_MeetingRecord = maker(r.MeetingRecord)
_MemoRecord = maker(r.MemoRecord)
_Meta = maker(r.Meta)
_OrganisationRecord = maker(r.OrganisationRecord)
_ParticipantRecord = maker(r.ParticipantRecord)
_PersonRecord = maker(r.PersonRecord)
_PoliticalFactRecord = maker(r.PoliticalFactRecord)
_PositionRecord = maker(r.PositionRecord)
_RiskCategoryRecord = maker(r.RiskCategoryRecord)
_RiskNoteRecord = maker(r.RiskNoteRecord)
_SourceRecord = maker(r.SourceRecord)
_TieRecord = maker(r.TieRecord)


_CHILD_TABLES: dict[str, tuple[Any, str]] = {
    "positions": (Position, "person_id"),
    "facts": (PoliticalFact, "person_id"),
    "participants": (MeetingParticipant, "meeting_id"),
}


#: RecordKind by stored code (a member hashes and compares as its code, so both look up).
_KIND = {k.value: k for k in RecordKind}


def _by_number(source: r.SourceRef) -> str:
    return source.display_no


def _metas(reads: Any, objs: Sequence[Any], ids: list[uuid.UUID]) -> list[r.Meta]:
    tags = reads.tags(ids)
    sources = reads.sources(ids)
    none: tuple[Any, ...] = ()
    out = []
    for o in objs:
        tagged = tags.get(o.id) if tags else None
        cited = sources.get(o.id) if sources else None
        out.append(
            _Meta(
                id=o.id,
                kind=_KIND[o.kind],
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
                tags=tuple(sorted(tagged)) if tagged else none,
                sources=tuple(sorted(cited, key=_by_number)) if cited else none,
            )
        )
    return out


def _places(reads: Any, objs: Sequence[Any]) -> dict[str, str]:
    codes = {o.place_adcode for o in objs if getattr(o, "place_adcode", None)}
    if not codes:
        return {}
    return {
        # A region the reference keeps neutral (Taiwan) reads by its own name, not as a
        # province of the People's Republic: "Taiwan (台湾)".
        adcode: f"{name_en} ({hanzi})" if level == "region" else f"{hanzi} {pinyin}"
        for adcode, hanzi, pinyin, name_en, level in reads.places(codes)
    }


def _place_label(obj: Any, places: dict[str, str]) -> str | None:
    if obj.place_adcode:
        label = places.get(obj.place_adcode, obj.place_adcode)
        return f"{label}, {obj.place_text}" if obj.place_text else label
    return obj.place_text  # type: ignore[no-any-return]


def to_records(
    session: Session, kind: RecordKind, objs: Sequence[Any], reads: Any = None
) -> list[Any]:
    """Frozen records for mapped objects (or rows with the same attributes) of one kind, in the
    same order; their linked rows are read by `reads` (default: the fast DB-API reader)."""
    if not objs:
        return []
    return build_records(kind, objs, reads or FastReads(connection(session)))


def build_records(
    kind: RecordKind,
    objs: Sequence[Any],
    reads: Any,
    read: tuple[list[r.Meta], list[uuid.UUID]] | None = None,
) -> list[Any]:
    """Frozen records for rows of one kind, their linked rows read by `reads`; `read` gives
    the rows' metas and ids when they came with them (db.fastread.Compiled.records)."""
    if not objs:
        return []
    if read is None:
        # One list of ids for every batch read of these records (FastReads writes it out once).
        ids = [o.id for o in objs]
        metas = _metas(reads, objs, ids)
    else:
        metas, ids = read
    builder = _BUILDERS[kind]
    return builder(reads, objs, metas, ids)  # type: ignore[no-any-return]


def _authorities(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    return [
        _AuthorityRecord(
            meta=meta,
            code=o.code,
            name=o.name,
            common_name=o.common_name,
            authority_kind=o.authority_kind,
            province_code=o.province_code,
            retired_on=o.retired_on,
            user_edited=o.user_edited,
            from_reference=o.from_reference,
        )
        for o, meta in zip(objs, metas, strict=True)
    ]


def _organisations(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    places = _places(reads, objs)
    return [
        _OrganisationRecord(
            meta=meta,
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
        for o, meta in zip(objs, metas, strict=True)
    ]


#: What a person's positions and political facts link to (also db.pagebuild's fast path).
PERSON_LINKS = (RecordKind.ORGANISATION, RecordKind.AUTHORITY, RecordKind.SOURCE)


def _persons(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    positions = reads.children("positions", ids)
    facts = reads.children("facts", ids)
    linked = reads.refs(
        [p.organisation_id for p in positions]
        + [p.authority_id for p in positions]
        + [f.source_id for f in facts],
        PERSON_LINKS,
    )
    by_person: dict[uuid.UUID, list[r.PositionRecord]] = defaultdict(list)
    for p in positions:
        by_person[p.person_id].append(
            _PositionRecord(
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
            _PoliticalFactRecord(
                fact_kind=f.fact_kind, text=f.text, source=linked[f.source_id], as_of=f.as_of
            )
        )
    return [
        _PersonRecord(
            meta=meta,
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
        for o, meta in zip(objs, metas, strict=True)
    ]


def _exact_day(value: PartialDate | None) -> dt.date | None:
    """The day of a partial date known to the day, else None."""
    return value.value if value is not None and value.precision is DatePrecision.DAY else None


def _ties(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    linked = reads.refs(
        [o.authority_id for o in objs] + [o.organisation_id for o in objs],
        (RecordKind.AUTHORITY, RecordKind.ORGANISATION),
    )
    out = []
    for o, meta in zip(objs, metas, strict=True):
        term_ends = read_partial(o, "term_ends")
        out.append(
            _TieRecord(
                meta=meta,
                authority=linked[o.authority_id],
                organisation=linked[o.organisation_id],
                tie_type=o.tie_type,
                status=o.status,
                title=o.title,
                starts=read_partial(o, "starts"),
                signed=read_partial(o, "signed"),
                ends=read_partial(o, "ends"),
                term_ends_on=_exact_day(term_ends),
                evaluation_on=o.evaluation_on,
                description=o.description,
                term_starts=read_partial(o, "term_starts"),
                term_ends=term_ends,
                renewed=read_partial(o, "renewed"),
            )
        )
    return out


def _meetings(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    parts = reads.children("participants", ids)
    ties = reads.children("meeting_ties", ids)
    linked = reads.refs(
        [p.person_id or p.organisation_id or p.authority_id for p in parts] + [t[1] for t in ties],
        (RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.AUTHORITY, RecordKind.TIE),
    )
    parts_by: dict[uuid.UUID, list[r.ParticipantRecord]] = defaultdict(list)
    for p in parts:
        party_id = p.person_id or p.organisation_id or p.authority_id
        assert party_id is not None  # CHECK constraint one_party
        party = linked[party_id]
        parts_by[p.meeting_id].append(_ParticipantRecord(side=p.side, party=party, role=p.role))
    ties_by: dict[uuid.UUID, list[r.Ref]] = defaultdict(list)
    for meeting_id, tie_id in ties:
        ties_by[meeting_id].append(linked[tie_id])
    places = _places(reads, objs)
    return [
        _MeetingRecord(
            meta=meta,
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
        for o, meta in zip(objs, metas, strict=True)
    ]


def _actions(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    return [
        _ActionRecord(
            meta=meta,
            meeting_id=o.meeting_id,
            decision_id=o.decision_id,
            what=o.what,
            owner=o.owner,
            due_on=o.due_on,
            status=o.status,
            done_on=o.done_on,
        )
        for o, meta in zip(objs, metas, strict=True)
    ]


def _decisions(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    links = reads.children("decision_links", ids)
    linked = reads.refs([o.authority_id for o in objs] + [x[1] for x in links])
    by: dict[uuid.UUID, list[r.Ref]] = defaultdict(list)
    for decision_id, record_id in links:
        by[decision_id].append(linked[record_id])
    return [
        _DecisionRecord(
            meta=meta,
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
        for o, meta in zip(objs, metas, strict=True)
    ]


def _risk_notes(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    assessments = reads.children("assessments", ids)
    by: dict[uuid.UUID, list[r.AssessmentRecord]] = defaultdict(list)
    for a in assessments:
        by[a.risk_note_id].append(
            _AssessmentRecord(
                seq=a.seq,
                assessed_on=a.assessed_on,
                matrix_version=a.matrix_version,
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
    linked = reads.refs([o.subject_id for o in objs] + [o.category_id for o in objs])
    return [
        _RiskNoteRecord(
            meta=meta,
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
        for o, meta in zip(objs, metas, strict=True)
    ]


def _categories(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    return [
        _RiskCategoryRecord(
            meta=meta,
            code=o.code,
            name_nl=o.name_nl,
            name_en=o.name_en,
            red_flags=o.red_flags,
            typical_measures=o.typical_measures,
            retired=o.retired,
            sort_order=o.sort_order,
        )
        for o, meta in zip(objs, metas, strict=True)
    ]


def _sources(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    return [
        _SourceRecord(
            meta=meta,
            title=o.title,
            publisher=o.publisher,
            url=o.url,
            published=read_partial(o, "published"),
            accessed_on=o.accessed_on,
            notes=o.notes,
        )
        for o, meta in zip(objs, metas, strict=True)
    ]


def _memos(
    reads: Any, objs: Sequence[Any], metas: list[r.Meta], ids: list[uuid.UUID]
) -> list[Any]:
    return [
        _MemoRecord(
            meta=meta,
            title=o.title,
            generated_at=o.generated_at,
            scope=dict(o.scope),
            options=dict(o.options),
            snapshot_version=o.snapshot_version,
            file_name=o.file_name,
            file_sha256=o.file_sha256,
        )
        for o, meta in zip(objs, metas, strict=True)
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
