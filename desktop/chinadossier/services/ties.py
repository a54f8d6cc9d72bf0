"""Ties between one of our authorities and a Chinese counterpart."""

from __future__ import annotations

import re

from chinadossier.db.repository import Records
from chinadossier.domain.codes import RecordKind, TieStatus, TieType
from chinadossier.domain.drafts import TieDraft
from chinadossier.domain.errors import Collector
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.records import TieRecord
from chinadossier.domain.search_text import sort_key
from chinadossier.domain.tie_text import ended_on
from chinadossier.domain.writes import TieValues
from chinadossier.services import validation as v
from chinadossier.services.records_base import Prepared, RecordService

#: "Nanjing (stad) (南京市)": the unit in brackets says again what the Hanzi say (市 = stad).
_UNIT_BEFORE_HANZI = re.compile(
    r"^(.*?)\s*\((?:stad|provincie|autonome regio)\)\s*(\([^()]*[\u3400-\u9fff][^()]*\))\s*$"
)


def tie_side(label: str) -> str:
    """One party in a made-up tie title: "Nanjing (stad) (南京市)" → "Nanjing (南京市)"."""
    found = _UNIT_BEFORE_HANZI.match(label)
    return f"{found.group(1)} {found.group(2)}" if found and found.group(1) else label


class TieService(RecordService[TieDraft, TieRecord]):
    """Create, edit and list ties."""

    kind = RecordKind.TIE

    def prepare(
        self, records: Records, draft: TieDraft, c: Collector, current: TieRecord | None
    ) -> Prepared:
        """Validate a tie draft; the title defaults to "Authority – Organisation"."""
        if not isinstance(draft.tie_type, TieType):
            c.add("tie_type", "kies een soort band")
        if not isinstance(draft.status, TieStatus):
            c.add("status", "kies een status")
        wanted = []
        if not (current and draft.authority_id == current.authority.id):
            wanted.append(("authority_id", draft.authority_id, (RecordKind.AUTHORITY,)))
        if not (current and draft.organisation_id == current.organisation.id):
            wanted.append(("organisation_id", draft.organisation_id, (RecordKind.ORGANISATION,)))
        v.refs(records, c, wanted, required=True)
        starts, signed, ends, term_starts, term_ends, renewed = (
            v.partial_date(c, name, getattr(draft, name))
            for name in ("starts", "signed", "ends", "term_starts", "term_ends", "renewed")
        )
        if isinstance(starts, PartialDate) and isinstance(ends, PartialDate):
            v.date_range(c, "ends", starts, ends)
        if isinstance(signed, PartialDate):
            # a tie cannot end, nor be renewed, before its agreement was signed (#formfix)
            for name, value in (("ends", ends), ("renewed", renewed)):
                if (
                    isinstance(value, PartialDate)
                    and not c.has(name)
                    and v.certainly_before(value, signed)
                ):
                    c.add(name, f"ligt vóór de ondertekening ({signed.dutch()})")
        if term_ends is None and draft.term_ends_on is not None:
            day = v.date_value(c, "term_ends_on", draft.term_ends_on)
            term_ends = PartialDate.day(day) if day is not None else None
        if isinstance(term_starts, PartialDate) and isinstance(term_ends, PartialDate):
            v.date_range(c, "term_ends", term_starts, term_ends)
        if (
            draft.status is TieStatus.ACTIVE
            and isinstance(ends, PartialDate)
            and ends.last_day() < self.ctx.clock.today()
        ):
            c.add(
                "status",
                f"een band die {ended_on(ends)} eindigde kan niet actief zijn; "
                "kies beëindigd of laat de einddatum leeg",
            )
        title = v.line(c, "title", draft.title)
        if not title and not c.has("authority_id") and not c.has("organisation_id"):
            names = records.uow.views.refs([draft.authority_id, draft.organisation_id])
            title = " – ".join(
                tie_side(names[i].label)
                for i in (draft.authority_id, draft.organisation_id)
                if i in names
            )
        values: TieValues = {
            "authority_id": draft.authority_id,
            "organisation_id": draft.organisation_id,
            "tie_type": draft.tie_type,
            "status": draft.status,
            "title": title or "",
            "starts": starts,
            "signed": signed,
            "ends": ends,
            "term_starts": term_starts,
            "term_ends": term_ends,
            "renewed": renewed,
            "evaluation_on": v.date_value(c, "evaluation_on", draft.evaluation_on),
            "description": v.text(c, "description", draft.description),
            "sort_key": sort_key(title),
        }
        return Prepared(values=values, shared=self.shared(records, c, draft, current))
