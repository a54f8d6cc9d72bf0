"""Planning a row of risk notes."""

from __future__ import annotations

import uuid

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import AssessmentDraft, RiskNoteDraft
from chinadossier.interchange.columns import fold
from chinadossier.interchange.rows import CellError, ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.name_text import match_key
from chinadossier.services.importing.plans import RowPlan
from chinadossier.services.importing.row_drafts import (
    Seen,
    common_of,
    double_row,
    facts_of,
    given_common,
    given_fields,
    headers,
    matched_row,
)


def plan_risk(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    label = title
    header = headers(row)
    errors: list[CellError] = list(row.errors)  # every reason at once, the file's first
    category = known.categories.get(fold(values.get("category", "")))
    if category is None and values.get("category"):
        codes = ", ".join(sorted(set(known.categories.values())))
        errors.append(CellError(header.get("category", "Categorie"),
                                f"onbekende risicocategorie '{values['category']}'; kies uit: "
                                f"{codes}."))
    subject_id: uuid.UUID | None = None
    if not values.get("subject"):
        errors.append(CellError(header.get("subject", "Betreft"), (
            "zeg waar het risico over gaat: het nummer of de naam van een band, organisatie of "
            "persoon (kolom Betreft).")))
    else:
        subject_id, reason = known.linked(values["subject"], (
            RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON, RecordKind.MEETING))
        if subject_id is None:
            errors.append(CellError(header.get("subject", "Betreft"), reason + "."))
    scores = [values.get(f) for f in ("inherent_likelihood", "inherent_impact",
                                      "residual_likelihood", "residual_impact")]
    if (scores[0] is None or scores[1] is None) and not row.errors:
        errors.append(CellError(header.get("inherent_likelihood", "Kans bruto"),
                                "kans en impact (bruto) zijn nodig om het risico te wegen."))
    if errors:
        return RowPlan(row.number, "rejected", label, errors=tuple(errors))
    assert subject_id is not None and category is not None
    label = f"{title} ({values['subject']})"
    double = double_row(seen, f"{subject_id.hex}|{match_key(title).words}", row, label,
                        facts_of(values, ("subject", "title")))
    if double is not None:
        return double
    given = given_fields(values, ("measures", "owner", "treatment", "status", "next_review_on"))
    existing = known.records.get(("r", subject_id.hex, match_key(title).words))
    if existing is not None:
        if existing.category.display_no != category:
            given["category_code"] = category
        return matched_row(row, label, existing, {**given, **given_common(values)})
    il, ii = int(scores[0] or 0), int(scores[1] or 0)  # both checked above
    rl = int(scores[2]) if scores[2] is not None else il
    ri = int(scores[3]) if scores[3] is not None else ii
    draft = RiskNoteDraft(
        subject_id=subject_id, category_code=category, title=title,
        assessment=AssessmentDraft(il, ii, rl, ri), **given, common=common_of(values),
    )
    return RowPlan(row.number, "new", label, draft=draft)


# --- committing -------------------------------------------------------------------------------
