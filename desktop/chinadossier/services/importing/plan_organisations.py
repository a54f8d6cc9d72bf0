"""Planning a row of organisations."""

from __future__ import annotations

from typing import Any

from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.domain.matching import LIKELY
from chinadossier.interchange.rows import ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.name_text import hanzi_only, match_key
from chinadossier.services.importing.places import resolved_place
from chinadossier.services.importing.plans import RowPlan
from chinadossier.services.importing.row_drafts import (
    Seen,
    common_of,
    contact_given,
    double_row,
    facts_of,
    given_common,
    matched_row,
    rejected_row,
)


def plan_organisation(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = row.values
    name = values.get("name", "")
    if row.errors:
        return rejected_row(row, name)
    if not values.get("hanzi") and hanzi_only(name):
        # "上海市外事办公室" in the name column: the Chinese name, and its pinyin as the name.
        values = {**values, "hanzi": name.strip()}
        name = known.organisation_draft(name).name_nl
    key = match_key(name)
    score, match = known.organisation(name, values.get("hanzi"))
    given: dict[str, Any] = {
        f: values[c] for f, c in (("name_en", "name_en"), ("hanzi", "hanzi"),
                                  ("pinyin", "pinyin"), ("org_kind", "org_kind"),
                                  ("website", "website"), ("notes", "notes"))
        if values.get(c) is not None
    }
    given.update(resolved_place(known, values.get("place"), values.get("province")))
    given.update(contact_given(values))
    double = double_row(seen, key.words, row, name, facts_of(values, ("name",)))
    if double is not None:
        return double
    if match is not None and score >= 100:
        return matched_row(row, name, match, {**given, **given_common(values)})
    if match is not None and score >= LIKELY:
        seen.release(key.words)
        return RowPlan(row.number, "similar", name, match.meta.display_no)
    draft = OrganisationDraft(
        name_nl=name, org_kind=given.pop("org_kind", OrganisationKind.OTHER), **given,
        common=common_of(values),
    )
    return RowPlan(row.number, "new", name, draft=draft)
