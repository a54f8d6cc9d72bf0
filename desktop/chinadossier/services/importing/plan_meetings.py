"""Planning a row of contact moments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chinadossier.domain.codes import Direction, MeetingKind, ParticipantSide, RecordKind
from chinadossier.domain.drafts import MeetingDraft, ParticipantDraft
from chinadossier.domain.records import PersonRecord
from chinadossier.interchange.rows import CellError, ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.links import linked_ids
from chinadossier.services.importing.name_text import (
    dutch_government_name,
    dutch_official,
    leading_hanzi,
    match_key,
)
from chinadossier.services.importing.places import resolved_place
from chinadossier.services.importing.plans import RowPlan
from chinadossier.services.importing.row_drafts import (
    Seen,
    common_of,
    double_row,
    facts_of,
    given_common,
    headers,
    joined,
    matched_row,
    rejected_row,
)


def plan_meeting(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    held: dt.date | None = values.get("held_on")
    label = f"{held:%d-%m-%Y} {title}" if held else title
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
            # A Dutch government body ("Ministerie van …") sits on our side of the table.
            side = (ParticipantSide.OURS if dutch_government_name(org.name_nl)
                    else ParticipantSide.THEIRS)
            participants.append(ParticipantDraft(side, organisation_id=org.meta.id))
        else:
            unknown.append(name)
    errors = []
    for name in values.get("persons", ()):
        person, problem = _person(name, known)
        if problem:
            errors.append(CellError(headers(row).get("persons", "Personen"), problem))
        elif person is not None:
            participants.append(ParticipantDraft(_side(person), person_id=person.meta.id))
        else:
            unknown.append(name)
    tie_ids, tie_errors = linked_ids(row, values, known, "ties", (RecordKind.TIE,))
    errors += tie_errors
    if row.errors or errors:  # every problem of the row at once
        return rejected_row(row, label, *errors)
    assert held is not None  # required: an empty cell is a row error
    key = f"{held.isoformat()}|{match_key(title).words}"
    double = double_row(seen, key, row, label, facts_of(values, ("held_on", "title")))
    if double is not None:
        return double
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
    if tie_ids:
        given["tie_ids"] = tuple(tie_ids)
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


def _person(name: str, known: Known) -> tuple[PersonRecord | None, str]:
    """The person a name in the Personen column means, or why it is not clear which one.

    A Chinese name in Latin letters only ("Wang Wei") is shared by many people: when it
    matches a person the case file knows with Hanzi, the row must say which one (the number,
    or the name with its Hanzi), as the person import calls it a possible double."""
    number = name.strip().upper()
    found = known.by_number.get(number)
    if found is not None:
        if found[0] is not RecordKind.PERSON:
            return None, f"'{name}' is geen nummer van een persoon in het dossier."
        return known.dossier.persons.get(found[1]), ""
    person = known.person_named(name)
    if person is not None and person.hanzi and not leading_hanzi(name):
        return None, (
            f"'{name}' kan meer dan één persoon zijn (in het dossier: "
            f"{person.meta.display_no} {person.display_name}); schrijf het nummer "
            f"({person.meta.display_no}) of de naam met Hanzi ('{person.hanzi} {name}') in de "
            "kolom, of laat de naam weg."
        )
    return person, ""


def _side(person: PersonRecord) -> ParticipantSide:
    """Our side for a person who holds a post at a Dutch authority or another Dutch government
    body ("Ministerie van …"; an official), else theirs."""
    if dutch_official(person, current=True):
        return ParticipantSide.OURS
    return ParticipantSide.THEIRS
