"""Decisions, motions, council questions and commitments, and what they are about."""

from __future__ import annotations

from chinadossier.db.repository import Records
from chinadossier.domain.codes import DecisionBody, DecisionKind, DecisionOutcome, RecordKind
from chinadossier.domain.drafts import DecisionDraft
from chinadossier.domain.errors import Collector
from chinadossier.domain.records import DecisionRecord
from chinadossier.domain.writes import DecisionChildren, DecisionValues
from chinadossier.services import validation as v
from chinadossier.services.records_base import Prepared, RecordService

_LINKABLE = (RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON, RecordKind.MEETING)


class DecisionService(RecordService[DecisionDraft, DecisionRecord]):
    """Record and list decisions."""

    kind = RecordKind.DECISION

    def prepare(
        self, records: Records, draft: DecisionDraft, c: Collector, current: DecisionRecord | None
    ) -> Prepared:
        """Validate a decision."""
        if not isinstance(draft.body, DecisionBody):
            c.add("body", "kies een orgaan")
        if not isinstance(draft.decision_kind, DecisionKind):
            c.add("decision_kind", "kies een soort besluit")
        if not isinstance(draft.outcome, DecisionOutcome):
            c.add("outcome", "kies een uitkomst")
        if not (current and current.authority.id == draft.authority_id):
            v.refs(records, c, [("authority_id", draft.authority_id, (RecordKind.AUTHORITY,))],
                   required=True)
        known = {ref.id for ref in current.links} if current else set()
        link_ids = list(dict.fromkeys(draft.link_ids))
        v.refs(
            records,
            c,
            [
                (f"link_ids[{index}]", i, _LINKABLE)
                for index, i in enumerate(draft.link_ids)
                if i not in known
            ],
        )
        values: DecisionValues = {
            "authority_id": draft.authority_id,
            "body": draft.body,
            "decision_kind": draft.decision_kind,
            "decided_on": v.date_value(c, "decided_on", draft.decided_on, required=True),
            "reference": v.line(c, "reference", draft.reference, max_length=120),
            "title": v.line(c, "title", draft.title, required=True),
            "summary": v.text(c, "summary", draft.summary),
            "outcome": draft.outcome,
            "votes_for": v.count(c, "votes_for", draft.votes_for),
            "votes_against": v.count(c, "votes_against", draft.votes_against),
        }
        children: DecisionChildren = {"link_ids": sorted(link_ids, key=lambda i: i.hex)}
        return Prepared(
            values=values,
            shared=self.shared(records, c, draft, current),
            children=children,
            number_on=values["decided_on"],
        )
