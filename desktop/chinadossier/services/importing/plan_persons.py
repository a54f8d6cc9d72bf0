"""Planning a row of persons: the person, their function and the last contact."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from chinadossier.domain.codes import AuthorityKind, MeetingKind, NameOrder, ParticipantSide
from chinadossier.domain.drafts import (
    Common,
    MeetingDraft,
    ParticipantDraft,
    PersonDraft,
    PositionDraft,
)
from chinadossier.domain.generated_text import LAST_CONTACT_SUMMARY, last_contact_title
from chinadossier.domain.ids import new_id
from chinadossier.domain.matching import LIKELY
from chinadossier.domain.record_refs import default_name_order, person_name
from chinadossier.domain.records import PersonRecord
from chinadossier.interchange.names import split_name
from chinadossier.interchange.rows import CellError, ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.name_text import (
    dutch_government_name,
    dutch_official,
    dutch_place,
    match_key,
    title_key,
    works_at,
)
from chinadossier.services.importing.plans import OWN_SIDE_CONTACT, POSITION_AS_NOTE, RowPlan
from chinadossier.services.importing.row_drafts import (
    Seen,
    common_of,
    contact_given,
    double_row,
    facts_of,
    given_common,
    joined,
    matched_row,
    rejected_row,
)
from chinadossier.services.importing_updates import FieldChange
from chinadossier.services.names import derive_pinyin

LAST_CONTACT = "last_contact"
"""`RowPlan.extra` key (and `FieldChange.field`): the contact moment of "Laatste contact"."""
_LAST_CONTACT_ASKED = "last_contact_asked"
"""`RowPlan.extra` key while planning: (day, Common) of a matched row's "Laatste contact"."""

_NAME_FIELDS = ("name", "given_name", "family_name", "tussenvoegsel", "hanzi", "pinyin")
"""What a person's key is made of: two rows with the same key differ only in how they spell it."""


def plan_person(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = dict(row.values)  # the name cell may fill "hanzi" below
    hanzi = values.get("hanzi")
    full = values.get("name") or " ".join(
        p for p in (values.get("given_name"), values.get("family_name")) if p
    )
    label = " ".join(p for p in (hanzi, full) if p)
    last = values.get("last_contact")
    if last is not None and last > known.today:
        # A last contact has happened: a date after today is a typing error, no contact moment.
        return rejected_row(row, label, CellError(
            row.columns.get("last_contact", "Laatste contact"),
            f"{last:%d-%m-%Y} ligt na vandaag ({known.today:%d-%m-%Y}); een laatste contact "
            "heeft al plaatsgevonden. Verbeter de datum of laat de cel leeg."))
    if row.errors:
        return rejected_row(row, label)
    if values.get("family_name"):
        family, given_name, tussen = values["family_name"], values.get("given_name"), values.get(
            "tussenvoegsel")
        order = default_name_order(hanzi)
    elif full:
        split = split_name(full)
        family, given_name, tussen = split.family_name, split.given_name, split.tussenvoegsel
        order = NameOrder.FAMILY_FIRST if split.family_first else NameOrder.GIVEN_FIRST
        if split.hanzi and not hanzi:
            # "王伟 Wáng Wěi" or "李娜" in the name cell: the Hanzi are the person's Hanzi (the
            # pinyin is derived from them, search finds the person by it).
            hanzi = values["hanzi"] = split.hanzi
    else:
        family, given_name, tussen, order = "", None, None, NameOrder.FAMILY_FIRST
    # Named as the lists will name the person (Hanzi, then the pinyin derived from them).
    label = _shown_name(family, given_name, tussen, order, hanzi, values.get("pinyin")) or label
    key = match_key(hanzi) if hanzi else match_key(" ".join(p for p in (family, given_name) if p))
    score, match = known.person(key)
    organisation = values.get("organisation")
    title = values.get("position")
    given: dict[str, Any] = {f: values[f] for f in ("hanzi", "pinyin", "notes")
                             if values.get(f) is not None}
    given.update(contact_given(values))
    facts = facts_of(values, _NAME_FIELDS)
    if organisation:
        # The same organisation by any spelling ("苏州工业园区", "Suzhou Industrial Park").
        facts["organisation"] = _workplace(organisation, known) or match_key(organisation).words
    double = double_row(seen, key.words, row, label, facts)
    if double is not None:
        return double
    if match is not None and score >= 100 and organisation and not _works_at(
            match, organisation, known):
        # Another person of the same name may work there (one an earlier import added "als
        # nieuw"): that one is the person this row means, so importing twice changes nothing.
        match = next((p for p in known.namesakes.get(key.words, ())
                      if _works_at(p, organisation, known)), match)
    if match is not None and score >= 100:
        if organisation and not _works_at(match, organisation, known):
            # The same name at another organisation: common Chinese names are shared by many
            # people, so this is for the user to decide, never silently skipped as "exists".
            seen.release(key.words)
            return RowPlan(row.number, "similar", label, match.meta.display_no)
        if organisation and title:
            position = _position(match, organisation, title, known)
            if position is not None:
                given["positions"] = (position,)
        elif title and not any(title_key(p.title) == title_key(title) for p in match.positions):
            # A function without an organisation, as for a new person: in the notes (added
            # to the person's own), never dropped.
            given["notes"] = joined(given.get("notes"), f"Functie: {title}")
        matched = matched_row(row, label, match, {**given, **given_common(values)})
        own_side = _own_side(match, organisation, known) if values.get("last_contact") else None
        if own_side is not None:
            return dataclasses.replace(matched, extra={**matched.extra,
                                                       OWN_SIDE_CONTACT: own_side})
        return _with_last_contact(matched, match, values)
    if match is not None and score >= LIKELY:
        seen.release(key.words)
        return RowPlan(row.number, "similar", label, match.meta.display_no)
    extra: dict[str, Any] = {}
    notes = values.get("notes")
    positions: tuple[PositionDraft, ...] = ()
    if organisation:
        function = title or "contactpersoon"
        # A name an earlier row already planned as a new organisation is not looked up again
        # (a list names the same organisation row after row; the case file has not changed).
        planned = organisation in seen.organisation_drafts
        found = None if planned else _place_of_work(organisation, known)
        if found is None:
            # At the organisation the import creates first, with this id.
            extra["organisation_name"] = organisation
            positions = (PositionDraft(function, organisation_id=seen.new_organisation(
                organisation, None if planned else known.organisation_draft(organisation))),)
        elif found[0]:
            positions = (PositionDraft(function, authority_id=found[1]),)
        else:
            positions = (PositionDraft(function, organisation_id=found[1]),)
    elif title:
        notes = joined(notes, f"Functie: {title}")
        extra[POSITION_AS_NOTE] = title  # the preview says so (a notice, not a rejection)
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
    if values.get("last_contact") and organisation and (
            any(p.authority_id for p in positions) or dutch_government_name(organisation)):
        # An official of a Dutch authority (the own or another) or of another Dutch government
        # body ("Ministerie van …") is on our side of the table: a contact moment with them
        # alone is no contact with China (memos would say it is).
        extra[OWN_SIDE_CONTACT] = _authority_name(organisation, known)
    elif values.get("last_contact"):
        # A contact moment with the person: both get their ids here, so the preview checks
        # the contact moment as it is written.
        extra["record_id"] = new_id()
        extra["last_contact"] = MeetingDraft(
            held_on=values["last_contact"],
            meeting_kind=MeetingKind.OTHER,
            title=last_contact_title(display_name(draft)),
            participants=(ParticipantDraft(ParticipantSide.THEIRS,
                                           person_id=extra["record_id"]),),
            summary=LAST_CONTACT_SUMMARY,
            common=draft.common,
        )
    return RowPlan(row.number, "new", label, draft=draft, extra=extra)


def _with_last_contact(plan: RowPlan, person: PersonRecord, values: dict[str, Any]) -> RowPlan:
    """A row that names an existing person and gives "Laatste contact": noted, for
    `with_last_contacts` to make it a contact moment unless the case file has one that day."""
    day = values.get("last_contact")
    if day is None or plan.outcome not in ("exists", "update"):
        return plan
    return dataclasses.replace(plan, record=person, extra={
        **plan.extra, _LAST_CONTACT_ASKED: (day, common_of(values))})


def with_last_contacts(plans: list[RowPlan], meetings: Any) -> list[RowPlan]:
    """Each row that names an existing person and gives "Laatste contact" with the contact
    moment with them on that date, unless the case file has a contact moment with them that
    day (so importing twice changes nothing); one read for all rows. The row then updates the
    person (also when nothing else changes: "bijwerken", not "bestaat al") and the preview
    names the contact moment as one of its changes."""
    asked = [i for i, plan in enumerate(plans) if _LAST_CONTACT_ASKED in plan.extra]
    if not asked:
        return plans
    known = meetings.contact_days([plans[i].record.meta.id for i in asked])
    out = list(plans)
    for i in asked:
        plan = plans[i]
        extra = dict(plan.extra)
        day, row_common = extra.pop(_LAST_CONTACT_ASKED)
        person: PersonRecord = plan.record
        if (person.meta.id, day) in known:
            out[i] = dataclasses.replace(plan, extra=extra,
                                         record=plan.record if plan.outcome == "update" else None)
            continue
        extra[LAST_CONTACT] = MeetingDraft(
            held_on=day,
            meeting_kind=MeetingKind.OTHER,
            title=last_contact_title(person.display_name),
            participants=(ParticipantDraft(
                ParticipantSide.OURS if dutch_official(person) else ParticipantSide.THEIRS,
                person_id=person.meta.id),),
            summary=LAST_CONTACT_SUMMARY,
            # As classified as the row says, else as the person.
            common=Common(classification=row_common.classification
                          or person.meta.classification, tags=row_common.tags),
        )
        change = FieldChange(LAST_CONTACT, "laatste contact", "(geen)",
                             f"contactmoment op {day:%d-%m-%Y}")
        out[i] = dataclasses.replace(plan, outcome="update", match=person.meta.display_no,
                                     changes=(change, *plan.changes), extra=extra)
    return out


def _own_side(person: PersonRecord, organisation: str | None, known: Known) -> str | None:
    """The Dutch authority an existing person works at, as the row names it (its organisation
    cell), or by their functions when the row names none and all are at Dutch authorities;
    None for a person of a Chinese or other organisation."""
    if organisation:
        found = _place_of_work(organisation, known)
        if (found is not None and found[0]) or dutch_government_name(organisation):
            return _authority_name(organisation, known)
        return None
    places = [p.organisation or p.authority for p in person.positions]
    if places and all(dutch_place(p) for p in person.positions):
        return ", ".join(dict.fromkeys(ref.label for ref in places if ref is not None))
    return None



def _authority_name(cell: str, known: Known) -> str:
    """The authority an organisation cell names, as the case file names it ("Gemeente
    Rotterdam" also for a cell "Rotterdam")."""
    authority = known.authority(cell) or known.authority(cell, bare=True)
    if authority is None:
        return cell
    kind = "Provincie" if authority.authority_kind is AuthorityKind.PROVINCE else "Gemeente"
    return f"{kind} {authority.display_name}"


def _workplace(organisation: str, known: Known) -> uuid.UUID | None:
    """The authority or organisation record a cell names, by whatever spelling (a name, the
    Chinese name, a list's label "Naam (汉字)"); None when the case file has none."""
    found = _place_of_work(organisation, known)
    return found[1] if found is not None else None


def _place_of_work(organisation: str, known: Known) -> tuple[bool, uuid.UUID] | None:
    """(is a Dutch authority, its id) of the record a cell names: "Gemeente Rotterdam", an
    organisation by any of its names, or a Dutch authority by its bare name ("Rotterdam", as
    lists and exports write the own authority) when no organisation has that name."""
    authority = known.authority(organisation)
    if authority is not None:
        return True, authority.meta.id
    score, org = known.organisation(organisation)
    if org is not None and score >= 100:
        return False, org.meta.id
    authority = known.authority(organisation, bare=True)
    return (True, authority.meta.id) if authority is not None else None


def _works_at(person: PersonRecord, organisation: str, known: Known) -> bool:
    """Whether the person holds a function at the record the cell names (by its text when the
    case file has no such record)."""
    where = _workplace(organisation, known)
    if where is None:
        return works_at(person, organisation)
    for held in person.positions:
        ref = held.organisation or held.authority
        if ref is not None and ref.id == where:
            return True
    return False


def display_name(draft: PersonDraft) -> str:
    """The person's name as lists show it (Hanzi first, then the pinyin or Latin name)."""
    return _shown_name(draft.family_name, draft.given_name, draft.tussenvoegsel,
                       draft.name_order, draft.hanzi, draft.pinyin)


def _shown_name(family: str, given: str | None, tussen: str | None, order: NameOrder,
                hanzi: str | None, pinyin: str | None) -> str:
    """`person_name` (the lists' display name) with the pinyin the services will derive."""
    derived, _auto = derive_pinyin(hanzi, pinyin, current_pinyin=None, current_auto=True,
                                   person=True)
    return person_name(family, given, tussen, order, hanzi, derived)


def _position(
    person: PersonRecord, organisation: str, title: str, known: Known
) -> PositionDraft | None:
    """A function the person does not hold yet at an organisation or authority the case file
    has (for an update); None when they hold it."""
    found = _place_of_work(organisation, known)
    if found is None:
        return None
    is_authority, where = found
    for held in person.positions:
        ref = held.organisation or held.authority
        if ref is not None and ref.id == where and title_key(held.title) == title_key(title):
            return None
    if is_authority:
        return PositionDraft(title, authority_id=where)
    return PositionDraft(title, organisation_id=where)
