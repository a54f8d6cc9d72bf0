"""What cites a source: live records through record_source and people through a political fact,
by number, with the total and a limit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chinadossier.domain.codes import (
    Direction,
    MeetingKind,
    OrganisationKind,
    PoliticalFactKind,
    RecordKind,
)
from chinadossier.domain.drafts import (
    Common,
    MeetingDraft,
    OrganisationDraft,
    PersonDraft,
    PoliticalFactDraft,
    SourceDraft,
    SourceLink,
)


def test_citations_list_live_records_and_political_facts_by_number(dossier: Any) -> None:
    source = dossier.sources.create(SourceDraft(title="Jaarverslag Xinghe")).record
    other = dossier.sources.create(SourceDraft(title="Andere bron")).record
    cite = Common(sources=(SourceLink(source.meta.id, "p. 12"),))
    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Volksregering Xinghe", org_kind=OrganisationKind.GOVERNMENT, common=cite)).record
    meetings = [dossier.meetings.create(MeetingDraft(
        held_on=dt.date(2026, 3, day), meeting_kind=MeetingKind.RECEPTION,
        direction=Direction.INCOMING, title=f"Ontvangst {day}",
        common=Common(sources=(SourceLink(source.meta.id),)))).record for day in (1, 2)]
    dossier.meetings.delete(meetings[1].meta.id, expected_version=meetings[1].meta.version)
    person = dossier.persons.create(PersonDraft(
        family_name="Liu", given_name="Yang", political_facts=(PoliticalFactDraft(
            PoliticalFactKind.PARTY_MEMBERSHIP, "Lid van de CPC", source.meta.id,
            dt.date(2025, 1, 1)),))).record
    dossier.meetings.create(MeetingDraft(
        held_on=dt.date(2026, 4, 1), meeting_kind=MeetingKind.RECEPTION,
        direction=Direction.INCOMING, title="Cites the other source only",
        common=Common(sources=(SourceLink(other.meta.id),))))

    found = dossier.sources.citations(source.meta.id)
    assert found.total == 3  # the deleted contact moment is left out
    cited = {(c.ref.id, c.ref.kind, c.locator) for c in found.items}
    assert cited == {
        (org.meta.id, RecordKind.ORGANISATION, "p. 12"),
        (meetings[0].meta.id, RecordKind.MEETING, None),
        (person.meta.id, RecordKind.PERSON, "Lid van de CPC"),
    }
    numbers = [c.ref.display_no for c in found.items]
    assert numbers == sorted(numbers)

    first = dossier.sources.citations(source.meta.id, limit=1)
    assert (len(first.items), first.total) == (1, 3)
    assert dossier.sources.citations(dossier.sources.create(
        SourceDraft(title="Nog niet geciteerd")).record.meta.id).total == 0
