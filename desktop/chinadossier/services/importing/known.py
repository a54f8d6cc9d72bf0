"""The case file's records an import matches against, read once and keyed."""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any

from chinadossier.domain.codes import AuthorityKind, OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.domain.matching import MatchKey
from chinadossier.domain.records import AuthorityRecord, OrganisationRecord, PersonRecord
from chinadossier.interchange.columns import ImportKind, fold
from chinadossier.interchange.names import split_name
from chinadossier.services.importing.name_index import AMBIGUOUS, NameIndex
from chinadossier.services.importing.name_text import (
    AUTHORITY_PREFIXES,
    alias_texts,
    bare_name,
    hanzi_only,
    leading_hanzi,
    match_key,
    person_key,
    split_label,
)

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier


_NUMBER = re.compile(r"^[A-Za-z]+(?:-\d{4})?-\d+$")


class Known:
    """The case file's records an import matches against, read once and keyed."""

    def __init__(self, dossier: Dossier, kind: ImportKind) -> None:
        self.dossier = dossier
        settings = dossier.settings()
        self.today = dossier.ctx.clock.today()
        self.own_authority = settings.own_authority.id
        self.organisations = NameIndex()
        self.organisation_by_hanzi: dict[str, OrganisationRecord] = {}
        self.persons = NameIndex()
        self.namesakes: dict[str, list[PersonRecord]] = {}
        """Every person by the words of their name's key: two people may share a name."""
        self.authorities: dict[str, AuthorityRecord] = {}
        self.bare_authorities: dict[str, list[AuthorityRecord]] = {}
        """By name without "gemeente"/"provincie": Groningen is both."""
        self.authority_kinds: dict[uuid.UUID, AuthorityKind] = {}
        self.authority_by_id: dict[uuid.UUID, AuthorityRecord] = {}
        self.by_number: dict[str, tuple[RecordKind, uuid.UUID, str]] = {}
        self.ties: dict[tuple[uuid.UUID, uuid.UUID, str], Any] = {}
        self.tie_names = NameIndex(ambiguous=True)
        self.meeting_titles = NameIndex(ambiguous=True)
        self.records: dict[tuple[str, ...], Any] = {}
        self.categories: dict[str, str] = {}
        self.divisions: dict[tuple[str | None, ...], list[Any]] = {}
        """The reference divisions a name denotes, per name(s) asked (places.py)."""
        self.parents: dict[str, Any] | None = None
        self._spelled: dict[str, str] = {}
        """The pinyin of Hanzi organisation names asked for (organisation_draft)."""
        """Every reference division by its Hanzi, once asked for (places.py)."""
        partners: dict[uuid.UUID, OrganisationRecord] = {}
        self.organisation_by_id = partners
        for org in dossier.organisations.list_all():
            partners[org.meta.id] = org
            self._number(org, org.name_nl)
            for name in (org.name_nl, bare_name(org.name_nl), org.name_en):
                if name:
                    self.organisations.add(match_key(name), org)
            if org.hanzi:
                self.organisation_by_hanzi[org.hanzi] = org
                self.organisations.add(match_key(org.hanzi), org)
        # Other spellings (a merged import row's name among them) after every record's own
        # names: a record's own name is never taken by another record's other spelling.
        for org in partners.values():
            for alias in alias_texts(org.aliases):
                self.organisations.add(match_key(alias), org)
        for authority in dossier.authorities.list_all():
            self.authority_kinds[authority.meta.id] = authority.authority_kind
            self.authority_by_id[authority.meta.id] = authority
            for name in (authority.name, authority.common_name):
                if name:
                    key = f"{authority.authority_kind.value}:{match_key(name).words}"
                    self.authorities[key] = authority
                    self.bare_authorities.setdefault(match_key(name).words, [])
                    if authority not in self.bare_authorities[match_key(name).words]:
                        self.bare_authorities[match_key(name).words].append(authority)
        if kind is not ImportKind.ORGANISATIONS:
            persons = dossier.persons.list_all()
            for person in persons:
                self._number(person, person.display_name)
                self.persons.add(person_key(person), person)
                self.namesakes.setdefault(person_key(person).words, []).append(person)
                # As lists and exports name them ("Joëlle van den Heuvel", "王伟 Wáng Wěi").
                self.persons.add(match_key(person.display_name), person)
            for person in persons:
                for alias in alias_texts(person.aliases):
                    for alias_key in person_alias_keys(alias):
                        self.persons.add(alias_key, person)
        if kind in (ImportKind.TIES, ImportKind.DECISIONS, ImportKind.RISKS,
                    ImportKind.MEETINGS):  # (a contact moment's "Band" column)
            for tie in dossier.ties.list_all():
                self._number(tie, tie.title)
                self.ties[(tie.authority.id, tie.organisation.id, tie.tie_type.value)] = tie
                self.tie_names.add(match_key(tie.title), tie)
                # "Nanjing" or "南京" names the tie with Nanjing (when there is only one).
                partner = partners.get(tie.organisation.id)
                if partner is not None:
                    for name in {partner.name_nl, bare_name(partner.name_nl), partner.name_en,
                                 partner.hanzi, (partner.hanzi or "").rstrip("市省")}:
                        if name:
                            self.tie_names.add(match_key(name), tie)
        if kind is ImportKind.DECISIONS:
            for decision in dossier.decisions.list_all():
                self.records[("d", decision.decided_on.isoformat(),
                              match_key(decision.title).words)] = decision
                if decision.reference:
                    self.records.setdefault(("ref", fold(decision.reference)), decision)
        if kind is ImportKind.RISKS:
            for meeting in dossier.meetings.list_all():
                self._number(meeting, meeting.title)
                self.meeting_titles.add(match_key(meeting.title), meeting)
            for note in dossier.risk_notes.list_all():
                self.records[("r", note.subject.id.hex, match_key(note.title).words)] = note
            for category in dossier.risk_categories.list_all():
                if category.retired:
                    continue
                # The code, either name, or the label lists show ("R-POL Politieke …").
                for name in (category.code, category.name_nl, category.name_en,
                             f"{category.code} {category.name_nl}",
                             f"{category.code} {category.name_en}"):
                    self.categories[fold(name)] = category.code
        if kind is ImportKind.MEETINGS:
            for meeting in dossier.meetings.list_all():
                self.records[("m", meeting.held_on.isoformat(),
                              match_key(meeting.title).words)] = meeting

    def _number(self, record: Any, label: str) -> None:
        meta = record.meta
        self.by_number[meta.display_no.upper()] = (meta.kind, meta.id, label)

    def numbered_organisation(self, text: str) -> tuple[bool, OrganisationRecord | None]:
        """(whether the text is a display number, the organisation it numbers or None)."""
        if not _NUMBER.match(text.strip()):
            return False, None
        found = self.by_number.get(text.strip().upper())
        if found is None or found[0] is not RecordKind.ORGANISATION:
            return True, None
        return True, self.organisation_by_id.get(found[1])

    def organisation(self, name: str, hanzi: str | None = None) -> tuple[float, Any]:
        """(score, organisation) closest to a name (100: the same name or the same Hanzi);
        a label "Naam (汉字)" counts as name and Hanzi."""
        if not hanzi:
            name, hanzi = split_label(name)
        if not hanzi and hanzi_only(name):
            hanzi = name.strip()
        if hanzi and hanzi in self.organisation_by_hanzi:
            return 100.0, self.organisation_by_hanzi[hanzi]
        return self.organisations.best(match_key(name))

    def organisation_draft(self, cell: str) -> OrganisationDraft:
        """A new organisation as an organisation cell names it: "上海市外事办公室" gets those
        Hanzi as its Chinese name (the pinyin follows from them) and, as its name, their pinyin
        ("Shànghǎi Shì Wàishì Bàngōngshì"); "Naam (汉字)" the name and the Hanzi; other text
        is the name."""
        name, hanzi = split_label(cell)
        if hanzi is None and hanzi_only(cell):
            hanzi = cell.strip()
            if hanzi not in self._spelled:  # a list names the same organisation row after row
                self._spelled[hanzi] = self.dossier.names.pinyin(hanzi) or hanzi
            name = self._spelled[hanzi]
        return OrganisationDraft(name_nl=name, org_kind=OrganisationKind.OTHER, hanzi=hanzi)

    def _exact_organisation(self, text: str) -> OrganisationRecord | None:
        """The organisation whose full name (or Hanzi) is exactly this text, if any."""
        score, org = self.organisation(text)
        if org is None or score < 100:
            return None
        words = match_key(text).words
        if words in {match_key(n).words for n in (org.name_nl, org.name_en, org.hanzi) if n}:
            return org  # type: ignore[no-any-return]
        return None

    def person(self, key: MatchKey) -> tuple[float, PersonRecord | None]:
        return self.persons.best(key)

    def person_named(self, text: str) -> PersonRecord | None:
        """The person a name in a cell means: "王伟 Wáng Wěi", "Wang Wei", "Joëlle van den
        Heuvel" (read as the import reads names), or None."""
        hanzi = leading_hanzi(text)
        keys = [match_key(hanzi)] if hanzi else []
        split = split_name(text)
        keys += [match_key(" ".join(p for p in (split.family_name, split.given_name) if p)),
                 match_key(text)]
        for key in keys:
            score, person = self.person(key)
            if person is not None and score >= 100:
                return person
        return None

    def authority(self, text: str, *, bare: bool = False) -> AuthorityRecord | None:
        """"Gemeente Rotterdam" / "Provincie Utrecht" (with `bare`: also "Rotterdam"); a
        department in brackets after "Gemeente …"/"Provincie …" is no other authority
        ("Gemeente Rotterdam (Internationale Zaken)" is Gemeente Rotterdam)."""
        found = self._authority(text, bare=bare)
        stripped = bare_name(text)
        if found is None and stripped != text and len(stripped.split()) > 1:
            # Only with "gemeente"/"provincie": "Rotterdam (haven)" is no Gemeente Rotterdam.
            found = self._authority(stripped, bare=False)
        return found

    def _authority(self, text: str, *, bare: bool) -> AuthorityRecord | None:
        words = text.split(maxsplit=1)
        if len(words) == 2 and words[0].casefold() in AUTHORITY_PREFIXES:
            kind = AUTHORITY_PREFIXES[words[0].casefold()]
            return self.authorities.get(f"{kind.value}:{match_key(words[1]).words}")
        if bare:
            found = self.bare_authorities.get(match_key(text).words, [])
            return found[0] if len(found) == 1 else None
        return None

    def authorities_named(self, text: str) -> list[AuthorityRecord]:
        """Every authority a name without "gemeente"/"provincie" may mean."""
        single = self.authority(text)
        if single is not None:
            return [single]
        return list(self.bare_authorities.get(match_key(text).words, []))

    def linked(self, text: str, kinds: tuple[RecordKind, ...]) -> tuple[uuid.UUID | None, str]:
        """A record named by display number, or a tie or organisation by name; else a reason."""
        if _NUMBER.match(text.strip()):
            found = self.by_number.get(text.strip().upper())
            if found is None or found[0] not in kinds:
                return None, f"'{text}' is geen nummer van een {_kinds_text(kinds)} in het dossier"
            return found[1], ""
        if RecordKind.TIE in kinds:
            tie = self.tie_names.exact(match_key(text))
            if tie is AMBIGUOUS:
                org = self._exact_organisation(text) if RecordKind.ORGANISATION in kinds else None
                if org is not None:  # "Nanjing (stad)": the organisation's own full name
                    return org.meta.id, ""
                return None, (f"'{text}' noemt meer dan één band; geef het nummer van de band "
                              "(zoals BAND-0001)")
            if tie is not None:
                return tie.meta.id, ""
        if RecordKind.ORGANISATION in kinds:
            score, org = self.organisation(text)
            if org is not None and score >= 100:
                return org.meta.id, ""
        if RecordKind.PERSON in kinds:
            person = self.person_named(text)
            if person is not None:
                return person.meta.id, ""
        if RecordKind.MEETING in kinds:
            meeting = self.meeting_titles.exact(match_key(text))
            if meeting is AMBIGUOUS:
                return None, (f"'{text}' is de titel van meer dan één contactmoment; geef het "
                              "nummer van het contactmoment (zoals CM-2026-0001)")
            if meeting is not None:
                return meeting.meta.id, ""
        return None, (f"'{text}' staat niet in het dossier; geef het nummer (zoals BAND-0001 of "
                      f"ORG-0001) of de naam van een {_kinds_text(kinds)}")


def person_alias_keys(text: str) -> list[MatchKey]:
    """The keys a person row with this name is looked up by ("Pieter Janssen", "Janssen,
    Pieter", "王伟 Wáng Wěi"), as `plan_person` and `person_named` make them."""
    hanzi = leading_hanzi(text)
    split = split_name(text)
    keys = [match_key(hanzi)] if hanzi else []
    keys += [match_key(" ".join(p for p in (split.family_name, split.given_name) if p)),
             match_key(text)]
    return list(dict.fromkeys(keys))


def _kinds_text(kinds: tuple[RecordKind, ...]) -> str:
    names = {RecordKind.TIE: "band", RecordKind.ORGANISATION: "organisatie",
             RecordKind.PERSON: "persoon", RecordKind.MEETING: "contactmoment"}
    shown = [names[k] for k in kinds if k in names]
    return " of ".join(shown)
