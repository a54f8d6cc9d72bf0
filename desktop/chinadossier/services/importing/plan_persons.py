"""Planning a row of persons: the person, their function and the last contact."""

from __future__ import annotations

from typing import Any

from chinadossier.domain.codes import MeetingKind, NameOrder, ParticipantSide
from chinadossier.domain.drafts import MeetingDraft, ParticipantDraft, PersonDraft, PositionDraft
from chinadossier.domain.ids import new_id
from chinadossier.domain.matching import LIKELY
from chinadossier.domain.records import PersonRecord
from chinadossier.interchange.columns import fold
from chinadossier.interchange.names import split_name
from chinadossier.interchange.rows import ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.name_text import match_key, works_at
from chinadossier.services.importing.plans import RowPlan
from chinadossier.services.importing.row_drafts import (
    Seen,
    common_of,
    contact_given,
    given_common,
    joined,
    matched_row,
    rejected_row,
)


def plan_person(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = row.values
    hanzi = values.get("hanzi")
    full = values.get("name") or " ".join(
        p for p in (values.get("given_name"), values.get("family_name")) if p
    )
    label = " ".join(p for p in (hanzi, full) if p)
    if row.errors:
        return rejected_row(row, label)
    if values.get("family_name"):
        family, given_name, tussen = values["family_name"], values.get("given_name"), values.get(
            "tussenvoegsel")
        order = NameOrder.GIVEN_FIRST
    elif full:
        split = split_name(full)
        family, given_name, tussen = split.family_name, split.given_name, split.tussenvoegsel
        order = NameOrder.FAMILY_FIRST if split.family_first else NameOrder.GIVEN_FIRST
    else:
        family, given_name, tussen, order = "", None, None, NameOrder.FAMILY_FIRST
    key = match_key(hanzi) if hanzi else match_key(" ".join(p for p in (family, given_name) if p))
    score, match = known.person(key)
    organisation = values.get("organisation")
    title = values.get("position")
    given: dict[str, Any] = {f: values[f] for f in ("hanzi", "pinyin", "notes")
                             if values.get(f) is not None}
    given.update(contact_given(values))
    earlier = seen.first(key.words, row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    if match is not None and score >= 100:
        if organisation and not works_at(match, organisation):
            # The same name at another organisation: common Chinese names are shared by many
            # people, so this is for the user to decide, never silently skipped as "exists".
            seen.release(key.words)
            return RowPlan(row.number, "similar", label, match.meta.display_no)
        if organisation and title:
            position = _position(match, organisation, title, known)
            if position is not None:
                given["positions"] = (position,)
        return matched_row(row, label, match, {**given, **given_common(values)})
    if match is not None and score >= LIKELY:
        seen.release(key.words)
        return RowPlan(row.number, "similar", label, match.meta.display_no)
    extra: dict[str, Any] = {}
    notes = values.get("notes")
    positions: tuple[PositionDraft, ...] = ()
    if organisation:
        function = title or "contactpersoon"
        authority = known.authority(organisation)
        if authority is not None:
            positions = (PositionDraft(function, authority_id=authority.meta.id),)
        else:
            org_score, org = known.organisation(organisation)
            if org is not None and org_score >= 100:
                positions = (PositionDraft(function, organisation_id=org.meta.id),)
            else:
                # At the organisation the import creates first, with this id.
                extra["organisation_name"] = organisation
                positions = (PositionDraft(function,
                                           organisation_id=seen.new_organisation(organisation)),)
    elif title:
        notes = joined(notes, f"Functie: {title}")
    draft = PersonDraft(
        family_name=family,
        given_name=given_name,
        tussenvoegsel=tussen,
        name_order=order,
        hanzi=hanzi,
        pinyin=values.get("pinyin"),
        notes=notes,
        emails=tuple(values.get("email", ())),
        phones=tuple(values.get("phone", ())),
        postal_addresses=(values["address"],) if values.get("address") else (),
        positions=positions,
        common=common_of(values),
    )
    if values.get("last_contact"):
        # A contact moment with the person: both get their ids here, so the preview checks
        # the contact moment as it is written.
        extra["record_id"] = new_id()
        extra["last_contact"] = MeetingDraft(
            held_on=values["last_contact"],
            meeting_kind=MeetingKind.OTHER,
            title=f"Laatste contact met {display_name(draft)}",
            participants=(ParticipantDraft(ParticipantSide.THEIRS,
                                           person_id=extra["record_id"]),),
            summary="Overgenomen uit de kolom 'Laatste contact' bij het importeren.",
            common=draft.common,
        )
    return RowPlan(row.number, "new", label, draft=draft, extra=extra)


def display_name(draft: PersonDraft) -> str:
    """The person's name as lists show it (Hanzi first, then the Latin name)."""
    if draft.name_order is NameOrder.FAMILY_FIRST:
        latin = " ".join(p for p in (draft.family_name, draft.given_name) if p)
    else:
        latin = " ".join(p for p in (draft.given_name, draft.tussenvoegsel, draft.family_name) if p)
    return " ".join(p for p in (draft.hanzi, latin) if p)


def _position(
    person: PersonRecord, organisation: str, title: str, known: Known
) -> PositionDraft | None:
    """A function the person does not hold yet at an organisation or authority the case file
    has (for an update); None when they hold it."""
    authority = known.authority(organisation)
    score, org = known.organisation(organisation)
    where = authority.meta.id if authority is not None else (
        org.meta.id if org is not None and score >= 100 else None)
    if where is None:
        return None
    for held in person.positions:
        ref = held.organisation or held.authority
        if ref is not None and ref.id == where and fold(held.title) == fold(title):
            return None
    if authority is not None:
        return PositionDraft(title, authority_id=where)
    return PositionDraft(title, organisation_id=where)
