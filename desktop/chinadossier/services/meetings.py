"""Contact moments (with participants and ties) and their follow-up actions."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from chinadossier.db.meeting_actions import open_actions
from chinadossier.db.repository import Records
from chinadossier.domain.changes import Page, Result
from chinadossier.domain.codes import (
    ActionStatus,
    Direction,
    MeetingKind,
    ParticipantSide,
    RecordKind,
)
from chinadossier.domain.drafts import ActionDraft, MeetingDraft
from chinadossier.domain.errors import Collector, FieldError, ValidationFailed
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.records import ActionRecord, MeetingRecord
from chinadossier.domain.writes import (
    ActionValues,
    MeetingChildren,
    MeetingValues,
    ParticipantRow,
)
from chinadossier.services import validation as v
from chinadossier.services.places import check_place
from chinadossier.services.records_base import Prepared, RecordService


class MeetingService(RecordService[MeetingDraft, MeetingRecord]):
    """Log, edit and list contact moments."""

    kind = RecordKind.MEETING

    def list_rows(self, query: ListQuery | None = None) -> Page[MeetingRecord]:
        """One page of the list as a table shows it: each row carries its open follow-up actions
        (`open_actions`, one grouped read for the page). `list` stays without them."""
        with self.ctx.uow(write=False) as uow:
            page = uow.views.list_page(self.kind, query or ListQuery())
            items = self._with_actions(uow, page.items)
        return dataclasses.replace(page, items=tuple(items))

    def contact_days(self, person_ids: Sequence[uuid.UUID]
                     ) -> builtins.set[tuple[uuid.UUID, dt.date]]:
        """(person, day) of every contact moment with these persons, in one read (an import
        asks whether a "Laatste contact" is there already)."""
        with self.ctx.uow(write=False) as uow:
            return uow.views.contact_days(list(person_ids))

    def _with_actions(
        self, uow: Any, records: Sequence[MeetingRecord]
    ) -> builtins.list[MeetingRecord]:
        found = open_actions(uow, [r.meta.id for r in records], self.ctx.clock.today())
        return [dataclasses.replace(r, open_actions=found[r.meta.id]) if r.meta.id in found
                else r for r in records]

    def create_with_actions(
        self, draft: MeetingDraft, actions: Sequence[ActionDraft]
    ) -> Result[MeetingRecord]:
        """create() and the contact moment's follow-up actions in one transaction (Ctrl+N with
        actions is one user action): all are stored or nothing is.

        Raises:
            ValidationFailed: the contact moment or an action has problems; an action's are keyed
                ``actions[i].<field>`` (i 0-based, in the order given). Nothing was written.
        """
        with self.ctx.uow() as uow:
            errors: list[FieldError] = []
            new_id: Any = None
            try:
                new_id = self._create_in(uow.records, draft)
            except ValidationFailed as exc:
                errors += exc.errors
            warnings = self._warnings.pop(new_id, ()) if new_id is not None else ()
            errors += self._add_actions(uow.records, new_id, actions)
            if errors:
                raise ValidationFailed(errors)
            changes = uow.commit()
        return Result(self.get(new_id), changes, warnings)

    def edit_with_actions(
        self,
        record_id: Any,
        draft: MeetingDraft,
        actions: Sequence[ActionDraft],
        *,
        expected_version: int,
    ) -> Result[MeetingRecord]:
        """edit() and new follow-up actions of the contact moment in one transaction: all are
        stored or nothing is. The actions get the contact moment as their meeting.

        Raises:
            ValidationFailed: the contact moment or an action has problems; an action's are keyed
                ``actions[i].<field>`` (i 0-based, in the order given). Nothing was written.
            Conflict: the contact moment changed since `expected_version`.
        """
        with self.ctx.uow() as uow:
            current = self._get(uow, record_id)
            errors: list[FieldError] = []
            try:
                warnings = self._edit_in(uow.records, record_id, draft, expected_version, current)
            except ValidationFailed as exc:
                errors += exc.errors
                warnings = ()
            errors += self._add_actions(uow.records, record_id, actions)
            if errors:
                raise ValidationFailed(errors)
            changes = uow.commit()
        return Result(self.get(record_id), changes, warnings)

    def _add_actions(
        self, records: Records, meeting_id: Any, actions: Sequence[ActionDraft]
    ) -> list[FieldError]:
        """Add the contact moment's new actions in the caller's unit of work; their problems,
        keyed ``actions[i].<field>`` (i 0-based, in the order given)."""
        action_service = ActionService(self.ctx)
        errors: list[FieldError] = []
        for index, action in enumerate(actions):
            try:
                action_service._create_in(
                    records, dataclasses.replace(action, meeting_id=meeting_id))
            except ValidationFailed as exc:
                errors += [FieldError(f"actions[{index}].{e.field}", e.message)
                           for e in exc.errors]
        return errors

    def prepare(
        self, records: Records, draft: MeetingDraft, c: Collector, current: MeetingRecord | None
    ) -> Prepared:
        """Validate a contact moment."""
        held_on = v.date_value(c, "held_on", draft.held_on, required=True)
        start_time = v.clock_time(c, "start_time", draft.start_time)
        if not isinstance(draft.meeting_kind, MeetingKind):
            c.add("meeting_kind", "kies een soort contactmoment")
        if not isinstance(draft.direction, Direction):
            c.add("direction", "kies een richting")
        known: set[Any] = set()
        if current:
            known = {p.party.id for p in current.participants} | {t.id for t in current.ties}
        participants: list[ParticipantRow] = []
        seen: set[tuple[Any, ...]] = set()
        for index, p in enumerate(draft.participants):
            field = f"participants[{index}]"
            ids = [p.person_id, p.organisation_id, p.authority_id]
            if sum(i is not None for i in ids) != 1:
                c.add(field, "kies één persoon, organisatie of Nederlandse overheid")
                continue
            if not isinstance(p.side, ParticipantSide):
                c.add(f"{field}.side", "kies onze kant of hun kant")
            wanted = [
                (f"{field}.person_id", p.person_id, (RecordKind.PERSON,)),
                (f"{field}.organisation_id", p.organisation_id, (RecordKind.ORGANISATION,)),
                (f"{field}.authority_id", p.authority_id, (RecordKind.AUTHORITY,)),
            ]
            v.refs(records, c, [w for w in wanted if w[1] is not None and w[1] not in known])
            key = (p.side, *ids)
            if key in seen:
                c.add(field, "staat al in de lijst")
                continue
            seen.add(key)
            participants.append(
                {
                    "side": p.side,
                    "person_id": p.person_id,
                    "organisation_id": p.organisation_id,
                    "authority_id": p.authority_id,
                    "role": v.line(c, f"{field}.role", p.role, max_length=200),
                }
            )
        tie_ids = list(dict.fromkeys(draft.tie_ids))
        v.refs(
            records,
            c,
            [
                (f"tie_ids[{index}]", t, (RecordKind.TIE,))
                for index, t in enumerate(draft.tie_ids)
                if t not in known
            ],
        )
        values: MeetingValues = {
            "held_on": held_on,
            "start_time": start_time,
            "meeting_kind": draft.meeting_kind,
            "direction": draft.direction,
            "title": v.line(c, "title", draft.title, required=True),
            "place_adcode": check_place(records, c, "place_adcode", draft.place_adcode),
            "place_text": v.line(c, "place_text", draft.place_text, max_length=200),
            "summary": v.text(c, "summary", draft.summary),
            "topics": v.text(c, "topics", draft.topics, max_length=2000),
            "gifts": v.text(c, "gifts", draft.gifts, max_length=4000),
            "gift_value_cents": v.cents(c, "gift_value_cents", draft.gift_value_cents),
            "costs_cents": v.cents(c, "costs_cents", draft.costs_cents),
        }
        children: MeetingChildren = {
            "participants": participants,
            "tie_ids": sorted(tie_ids, key=lambda t: t.hex),
        }
        return Prepared(
            values=values,
            shared=self.shared(records, c, draft, current),
            children=children,
            number_on=held_on,
        )


class ActionService(RecordService[ActionDraft, ActionRecord]):
    """Follow-up actions and commitments."""

    kind = RecordKind.ACTION

    def prepare(
        self, records: Records, draft: ActionDraft, c: Collector, current: ActionRecord | None
    ) -> Prepared:
        """Validate an action."""
        if not isinstance(draft.status, ActionStatus):
            c.add("status", "kies een status")
        wanted = []
        if draft.meeting_id is not None and not (
            current and current.meeting_id == draft.meeting_id
        ):
            wanted.append(("meeting_id", draft.meeting_id, (RecordKind.MEETING,)))
        if draft.decision_id is not None and not (
            current and current.decision_id == draft.decision_id
        ):
            wanted.append(("decision_id", draft.decision_id, (RecordKind.DECISION,)))
        v.refs(records, c, wanted)
        done_on = v.date_value(c, "done_on", draft.done_on)
        if draft.status is ActionStatus.DONE and done_on is None:
            done_on = records.uow.clock.today()
        values: ActionValues = {
            "what": v.line(c, "what", draft.what, required=True, max_length=500),
            "owner": v.line(c, "owner", draft.owner, max_length=200),
            "due_on": v.date_value(c, "due_on", draft.due_on),
            "status": draft.status,
            "done_on": done_on if draft.status is ActionStatus.DONE else None,
            "meeting_id": draft.meeting_id,
            "decision_id": draft.decision_id,
        }
        return Prepared(values=values, shared=self.shared(records, c, draft, current))
