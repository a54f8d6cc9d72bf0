"""Persons: Chinese counterparts and our own officials, with posts over time and political facts."""

from __future__ import annotations

from typing import Any

from chinadossier.db.repository import Records
from chinadossier.domain.codes import NameOrder, PoliticalFactKind, RecordKind
from chinadossier.domain.drafts import PersonDraft
from chinadossier.domain.errors import Collector
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.records import PersonRecord
from chinadossier.domain.search_text import sort_key
from chinadossier.domain.writes import (
    PersonChildren,
    PersonValues,
    PoliticalFactRow,
    PositionRow,
)
from chinadossier.services import validation as v
from chinadossier.services.contact_details import contact_values
from chinadossier.services.names import derive_pinyin
from chinadossier.services.records_base import Prepared, RecordService


class PersonService(RecordService[PersonDraft, PersonRecord]):
    """Create, edit and list persons."""

    kind = RecordKind.PERSON

    def prepare(
        self, records: Records, draft: PersonDraft, c: Collector, current: PersonRecord | None
    ) -> Prepared:
        """Validate a person draft, positions and political facts included."""
        family = v.line(c, "family_name", draft.family_name, required=True, max_length=120)
        given = v.line(c, "given_name", draft.given_name, max_length=120)
        hanzi = v.line(c, "hanzi", draft.hanzi, max_length=60)
        typed = v.line(c, "pinyin", draft.pinyin, max_length=200)
        if not isinstance(draft.name_order, NameOrder):
            c.add("name_order", "kies een naamvolgorde")
        pinyin, auto = derive_pinyin(
            hanzi,
            typed,
            current_pinyin=current.pinyin if current else None,
            current_auto=current.pinyin_auto if current else True,
            person=True,
        )
        known = self._known_links(current)
        positions: list[PositionRow] = []
        for index, pos in enumerate(draft.positions):
            field = f"positions[{index}]"
            title = v.line(c, f"{field}.title", pos.title, required=True, max_length=200)
            if (pos.organisation_id is None) == (pos.authority_id is None):
                c.add(
                    f"{field}.organisation_id",
                    "kies óf een organisatie óf een Nederlandse overheid",
                )
            new_links = [
                (f"{field}.organisation_id", pos.organisation_id, (RecordKind.ORGANISATION,)),
                (f"{field}.authority_id", pos.authority_id, (RecordKind.AUTHORITY,)),
            ]
            v.refs(records, c, [x for x in new_links if x[1] not in known])
            starts = v.partial_date(c, f"{field}.starts", pos.starts)
            ends = v.partial_date(c, f"{field}.ends", pos.ends)
            if isinstance(starts, PartialDate) and isinstance(ends, PartialDate):
                v.date_range(c, f"{field}.ends", starts, ends)
            positions.append(
                {
                    "title": title,
                    "organisation_id": pos.organisation_id,
                    "authority_id": pos.authority_id,
                    "starts": starts,
                    "ends": ends,
                }
            )
        facts: list[PoliticalFactRow] = []
        for index, fact in enumerate(draft.political_facts):
            field = f"political_facts[{index}]"
            if not isinstance(fact.fact_kind, PoliticalFactKind):
                c.add(f"{field}.fact_kind", "kies een soort politiek feit")
            text = v.line(c, f"{field}.text", fact.text, required=True)
            # AVG art. 9: political opinions are special-category data; only what the person
            # made public, with the source and the date it was true.
            if fact.source_id is None:
                c.add(
                    f"{field}.source_id",
                    "een politiek feit mag alleen met een bron worden vastgelegd (AVG art. 9)",
                )
            elif fact.source_id not in known:
                v.refs(records, c, [(f"{field}.source_id", fact.source_id, (RecordKind.SOURCE,))])
            if fact.as_of is None:
                c.add(
                    f"{field}.as_of",
                    "een politiek feit mag alleen met een datum worden vastgelegd (AVG art. 9)",
                )
            else:
                v.date_value(c, f"{field}.as_of", fact.as_of)
            facts.append(
                {
                    "fact_kind": fact.fact_kind,
                    "text": text,
                    "source_id": fact.source_id,
                    "as_of": fact.as_of,
                }
            )
        contact = contact_values(c, draft)
        values: PersonValues = {
            "family_name": family,
            "given_name": given,
            "tussenvoegsel": v.line(c, "tussenvoegsel", draft.tussenvoegsel, max_length=30),
            "name_order": draft.name_order,
            "hanzi": hanzi,
            "pinyin": pinyin,
            "pinyin_auto": auto,
            "aliases": v.text(c, "aliases", draft.aliases, max_length=2000),
            "notes": v.text(c, "notes", draft.notes),
            "sort_key": sort_key(" ".join(x for x in (family, given) if x)),
            "emails": contact["emails"],
            "phones": contact["phones"],
            "postal_addresses": contact["postal_addresses"],
        }
        children: PersonChildren = {"positions": positions, "political_facts": facts}
        return Prepared(
            values=values, shared=self.shared(records, c, draft, current), children=children
        )

    @staticmethod
    def _known_links(current: PersonRecord | None) -> set[Any]:
        """Ids the person already links to: they may stay even if deleted since."""
        if current is None:
            return set()
        known: set[Any] = set()
        for pos in current.positions:
            for ref in (pos.organisation, pos.authority):
                if ref is not None:
                    known.add(ref.id)
        known.update(f.source.id for f in current.political_facts)
        return known
