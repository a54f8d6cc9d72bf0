"""Decisions, motions, council questions and commitments, and what they are about."""

from __future__ import annotations

import uuid

from chinadossier.db.repository import Records
from chinadossier.domain.codes import (
    AuthorityKind,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    RecordKind,
)
from chinadossier.domain.drafts import DecisionDraft
from chinadossier.domain.errors import Collector
from chinadossier.domain.labels import label
from chinadossier.domain.records import DecisionRecord
from chinadossier.domain.writes import DecisionChildren, DecisionValues
from chinadossier.services import validation as v
from chinadossier.services.records_base import Prepared, RecordService

_LINKABLE = (RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON, RecordKind.MEETING)


#: Bodies that belong to each kind of authority.
_BODIES = {
    AuthorityKind.MUNICIPALITY: (DecisionBody.COUNCIL, DecisionBody.EXECUTIVE, DecisionBody.MAYOR),
    AuthorityKind.PROVINCE: (DecisionBody.PROVINCIAL_COUNCIL, DecisionBody.PROVINCIAL_EXECUTIVE),
}
#: The largest council the law allows (Gemeentewet art. 8: 45 seats; Provinciewet art. 8: 55).
MAX_SEATS = {AuthorityKind.MUNICIPALITY: 45, AuthorityKind.PROVINCE: 55}


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
        self._check_votes_and_body(records, c, draft, values)
        children: DecisionChildren = {"link_ids": sorted(link_ids, key=lambda i: i.hex)}
        return Prepared(
            values=values,
            shared=self.shared(records, c, draft, current),
            children=children,
            number_on=values["decided_on"],
        )

    @staticmethod
    def _check_votes_and_body(
        records: Records, c: Collector, draft: DecisionDraft, values: DecisionValues
    ) -> None:
        """Rules a griffier would check: the outcome follows the votes, the votes fit the seats,
        and the body belongs to the authority (Provinciale Staten only for a province)."""
        kind = (
            records.uow.reference.authority_kind(draft.authority_id)
            if isinstance(draft.authority_id, uuid.UUID) and not c.has("authority_id")
            else None
        )
        if kind is not None and isinstance(draft.body, DecisionBody):
            if draft.body not in _BODIES[kind]:
                allowed = ", ".join(label(b) for b in _BODIES[kind])
                c.add("body", f"past niet bij een {label(kind)}; kies uit: {allowed}")
        votes_for, against = values["votes_for"], values["votes_against"]
        if votes_for is None or against is None or c.has("votes_for") or c.has("votes_against"):
            return
        if draft.outcome is DecisionOutcome.ADOPTED and votes_for <= against:
            c.add("votes_for", f"een aangenomen voorstel heeft meer stemmen voor ({votes_for}) "
                  f"dan tegen ({against})")
        elif draft.outcome is DecisionOutcome.REJECTED and votes_for > against:
            c.add("votes_against", f"een verworpen voorstel heeft niet meer stemmen voor "
                  f"({votes_for}) dan tegen ({against})")
        if kind is None:
            return
        body = "gemeenteraad" if kind is AuthorityKind.MUNICIPALITY else "Provinciale Staten"
        settings = records.uow.case_file.settings()
        seats = settings.council_seats if settings.own_authority.id == draft.authority_id else None
        if seats is not None and votes_for + against > seats:
            c.add("votes_for", f"{votes_for} voor en {against} tegen is meer dan de {seats} "
                  f"zetels van de {body} (instelling van dit dossier)")
        elif votes_for + against > MAX_SEATS[kind]:
            c.add("votes_for", f"{votes_for} voor en {against} tegen is meer dan de "
                  f"{MAX_SEATS[kind]} zetels die een {body} ten hoogste heeft")
