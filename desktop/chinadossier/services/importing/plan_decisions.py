"""Planning a row of decisions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chinadossier.domain.codes import AuthorityKind, DecisionBody, DecisionKind, RecordKind
from chinadossier.domain.drafts import DecisionDraft
from chinadossier.interchange.columns import fold
from chinadossier.interchange.rows import ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.links import linked_ids
from chinadossier.services.importing.name_text import match_key
from chinadossier.services.importing.plans import RowPlan
from chinadossier.services.importing.row_drafts import (
    Seen,
    common_of,
    double_row,
    facts_of,
    given_common,
    joined,
    matched_row,
    rejected_row,
)

_PROVINCIAL = {DecisionBody.COUNCIL: DecisionBody.PROVINCIAL_COUNCIL,
               DecisionBody.EXECUTIVE: DecisionBody.PROVINCIAL_EXECUTIVE}


def plan_decision(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    decided: dt.date | None = values.get("decided_on")
    label = f"{decided:%d-%m-%Y} {title}" if decided else title
    # Every problem of the row at once: the cells' own and the links that are not found.
    link_ids, errors = linked_ids(row, values, known, "links",
                              (RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON))
    if row.errors or errors:
        return rejected_row(row, label, *errors)
    assert decided is not None
    double = double_row(seen, f"{decided.isoformat()}|{match_key(title).words}", row, label,
                        facts_of(values, ("decided_on", "title")))
    if double is not None:
        return double
    summary = joined(values.get("summary"), values.get("notes"))
    given: dict[str, Any] = {
        f: values[f] for f in ("body", "decision_kind", "outcome", "reference", "votes_for",
                               "votes_against")
        if values.get(f) is not None
    }
    if summary:
        given["summary"] = summary
    if link_ids:
        given["link_ids"] = tuple(link_ids)
    existing = known.records.get(("d", decided.isoformat(), match_key(title).words))
    if existing is None and values.get("reference"):
        existing = known.records.get(("ref", fold(values["reference"])))
    if existing is not None:
        return matched_row(row, label, existing, {**given, **given_common(values)})
    province = known.authority_kinds.get(known.own_authority) is AuthorityKind.PROVINCE
    if province and "body" in given:
        given["body"] = _PROVINCIAL.get(given["body"], given["body"])
    body = given.pop("body", None) or (DecisionBody.PROVINCIAL_COUNCIL if province
                                       else DecisionBody.COUNCIL)
    council = body in (DecisionBody.COUNCIL, DecisionBody.PROVINCIAL_COUNCIL)
    kind = given.pop("decision_kind", None) or (DecisionKind.COUNCIL_DECISION if council
                                                else DecisionKind.EXECUTIVE_DECISION)
    draft = DecisionDraft(
        authority_id=known.own_authority, body=body, decision_kind=kind, decided_on=decided,
        title=title, **given, common=common_of(values),
    )
    return RowPlan(row.number, "new", label, draft=draft)
