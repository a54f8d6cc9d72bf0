"""Planning a row of contact moments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chinadossier.domain.codes import Direction, MeetingKind, ParticipantSide
from chinadossier.domain.drafts import MeetingDraft, ParticipantDraft
from chinadossier.interchange.rows import ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.name_text import match_key
from chinadossier.services.importing.places import resolved_place
from chinadossier.services.importing.plans import RowPlan
from chinadossier.services.importing.row_drafts import (
    Seen,
    common_of,
    double_row,
    facts_of,
    given_common,
    joined,
    matched_row,
    rejected_row,
)


def plan_meeting(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    held: dt.date | None = values.get("held_on")
    label = f"{held:%d-%m-%Y} {title}" if held else title
    if row.errors:
        return rejected_row(row, label)
    assert held is not None  # required: an empty cell is a row error
    key = f"{held.isoformat()}|{match_key(title).words}"
    double = double_row(seen, key, row, label, facts_of(values, ("held_on", "title")))
    if double is not None:
        return double
    participants = []
    unknown = []
    for name in values.get("organisations", ()):
        authority = known.authority(name)
        if authority is not None:
            participants.append(ParticipantDraft(ParticipantSide.OURS,
                                                 authority_id=authority.meta.id))
            continue
        score, org = known.organisation(name)
        if org is not None and score >= 100:
            participants.append(ParticipantDraft(ParticipantSide.THEIRS,
                                                 organisation_id=org.meta.id))
        else:
            unknown.append(name)
    for name in values.get("persons", ()):
        person = known.person_named(name)
        if person is not None:
            participants.append(ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id))
        else:
            unknown.append(name)
    summary = joined(values.get("summary"),
                      ("Deelnemers (niet in het dossier): " + ", ".join(unknown)) if unknown
                      else None)
    given: dict[str, Any] = {
        f: values[c] for f, c in (("meeting_kind", "meeting_kind"), ("direction", "direction"),
                                  ("start_time", "start_time"), ("topics", "topics"),
                                  ("gifts", "gifts"), ("gift_value_cents", "gift_value"))
        if values.get(c) is not None
    }
    given.update(resolved_place(known, values.get("place"), values.get("province")))
    if summary:
        given["summary"] = summary
    if participants:
        given["participants"] = tuple(participants)
    existing = known.records.get(("m", held.isoformat(), match_key(title).words))
    if existing is not None:
        return matched_row(row, label, existing, {**given, **given_common(values)})
    draft = MeetingDraft(
        held_on=held,
        meeting_kind=given.pop("meeting_kind", MeetingKind.OTHER),
        title=title,
        direction=given.pop("direction", Direction.NEUTRAL),
        **given,
        common=common_of(values),
    )
    return RowPlan(row.number, "new", label, draft=draft)
