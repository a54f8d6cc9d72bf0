"""Which contact moments the demo records: who attends, when, and what gifts are worth."""

from __future__ import annotations

import datetime as dt

from chinadossier.domain.codes import (
    ParticipantSide,
)
from chinadossier.domain.drafts import (
    MeetingDraft,
    ParticipantDraft,
)
from chinadossier.services.demo.context import DemoContext
from chinadossier.services.demo.marks import FICTIONAL_NOTE, fictional, fictional_common
from chinadossier.services.demo.meetings import HOME, MEETINGS


def build_meetings(ctx: DemoContext) -> None:
    """Create the thirty contact moments on the seeded days, with seeded attendees and amounts."""
    own = ctx.own.meta.id
    for spec, held_on in zip(MEETINGS, ctx.meeting_days, strict=True):
        ours = ctx.rng.sample(ctx.ours, ctx.rng.randint(1, 2))
        participants = [ParticipantDraft(ParticipantSide.OURS, authority_id=own)]
        participants += [ParticipantDraft(ParticipantSide.OURS, person_id=p) for p in ours]
        participants += [
            ParticipantDraft(ParticipantSide.THEIRS, organisation_id=ctx.orgs[o]) for o in spec.orgs
        ]
        participants += [
            ParticipantDraft(ParticipantSide.THEIRS, person_id=ctx.persons[p]) for p in spec.persons
        ]
        gift_value = ctx.rng.randrange(1500, 30000, 500) if spec.gifts else None
        costs = ctx.rng.randrange(150000, 900000, 5000) if spec.costs else None
        place = ctx.terms.building if spec.place_text == HOME else spec.place_text
        result = ctx.create(
            ctx.dossier.meetings,
            MeetingDraft(
                held_on=held_on,
                meeting_kind=spec.kind,
                title=fictional(spec.title),
                direction=spec.direction,
                start_time=dt.time(ctx.rng.choice((9, 10, 14, 15))),
                place_adcode=spec.place_adcode,
                place_text=place,
                summary=f"{FICTIONAL_NOTE} Verslag van het contactmoment.",
                topics=spec.topics,
                gifts=spec.gifts,
                gift_value_cents=gift_value,
                costs_cents=costs,
                participants=tuple(participants),
                tie_ids=(ctx.ties[spec.tie],) if spec.tie else (),
                common=fictional_common(spec.classification),
            )
        )
        ctx.meetings.append(result.record.meta.id)
