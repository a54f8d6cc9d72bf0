"""Chinese counterparts: names in three scripts, kind, place, parent organisation."""

from __future__ import annotations

from chinadossier.db.repository import Records
from chinadossier.domain.codes import OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.domain.errors import Collector
from chinadossier.domain.hierarchy import would_loop
from chinadossier.domain.records import OrganisationRecord
from chinadossier.domain.search_text import sort_key
from chinadossier.domain.writes import OrganisationValues
from chinadossier.services import validation as v
from chinadossier.services.contact_details import contact_values
from chinadossier.services.names import derive_pinyin
from chinadossier.services.places import check_place
from chinadossier.services.records_base import Prepared, RecordService


class OrganisationService(RecordService[OrganisationDraft, OrganisationRecord]):
    """Create, edit and list organisations."""

    kind = RecordKind.ORGANISATION

    def prepare(
        self,
        records: Records,
        draft: OrganisationDraft,
        c: Collector,
        current: OrganisationRecord | None,
    ) -> Prepared:
        """Validate an organisation draft."""
        name_nl = v.line(c, "name_nl", draft.name_nl, required=True)
        hanzi = v.line(c, "hanzi", draft.hanzi, max_length=200)
        typed = v.line(c, "pinyin", draft.pinyin, max_length=400)
        if not isinstance(draft.org_kind, OrganisationKind):
            c.add("org_kind", "kies een soort organisatie")
        place_adcode = check_place(records, c, "place_adcode", draft.place_adcode)
        if (
            draft.parent_id is not None
            and current
            and would_loop(current.meta.id, draft.parent_id, records.uow.reference.parent_of)
        ):
            c.add("parent_id", "een organisatie kan niet (via andere) onder zichzelf vallen")
        elif draft.parent_id is not None and not (current and draft.parent_id == current.parent_id):
            v.refs(records, c, [("parent_id", draft.parent_id, (RecordKind.ORGANISATION,))])
        pinyin, auto = derive_pinyin(
            hanzi,
            typed,
            current_pinyin=current.pinyin if current else None,
            current_auto=current.pinyin_auto if current else True,
            person=False,
        )
        contact = contact_values(c, draft)
        values: OrganisationValues = {
            "name_nl": name_nl,
            "name_en": v.line(c, "name_en", draft.name_en),
            "hanzi": hanzi,
            "pinyin": pinyin,
            "pinyin_auto": auto,
            "org_kind": draft.org_kind,
            "place_adcode": place_adcode,
            "place_text": v.line(c, "place_text", draft.place_text, max_length=200),
            "parent_id": draft.parent_id,
            "website": v.web_address(
                c, "website", v.line(c, "website", draft.website, max_length=500)
            ),
            "aliases": v.text(c, "aliases", draft.aliases, max_length=2000),
            "notes": v.text(c, "notes", draft.notes),
            "sort_key": sort_key(name_nl),
            "emails": contact["emails"],
            "phones": contact["phones"],
            "postal_addresses": contact["postal_addresses"],
        }
        return Prepared(values=values, shared=self.shared(records, c, draft, current))
