"""Planning a row of ties: the authority and the Chinese partner."""

from __future__ import annotations

import dataclasses
from typing import Any

from chinadossier.domain.codes import AuthorityKind, TieStatus
from chinadossier.domain.drafts import OrganisationDraft, TieDraft
from chinadossier.domain.records import AuthorityRecord
from chinadossier.interchange.rows import CellError, ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.name_text import bare_name, match_key, split_label
from chinadossier.services.importing.places import reference_partner
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
    rejected_row,
)
from chinadossier.services.ties import tie_side


def plan_tie(row: ParsedRow, seen: Seen, known: Known) -> RowPlan:
    values = row.values
    partner = values.get("partner", "")
    hanzi = values.get("partner_hanzi")
    if not hanzi:
        partner, hanzi = split_label(partner)
    label = " ".join(p for p in (values.get("authority"), "–", partner, hanzi) if p)
    header = headers(row)
    # Every problem of the row at once: the cells' own, the authority's and the partner's.
    problems: list[CellError] = []
    authority_id = known.own_authority
    candidates: list[AuthorityRecord] = []
    if values.get("authority"):
        candidates = known.authorities_named(values["authority"])
        if not candidates:
            problems.append(
                CellError(
                    header.get("authority", "Gemeente"),
                    _unknown_authority(known, values["authority"]),
                )
            )
        else:
            authority_id = candidates[0].meta.id
    extra: dict[str, Any] = {}
    numbered, org = known.numbered_organisation(partner)
    found: Any = None
    if numbered:
        # "ORG-0016": that organisation (as the Band and Betreft columns take numbers), never
        # a new organisation named after the number.
        score = 100.0
        if org is None:
            problems.append(
                CellError(
                    header.get("partner", "Partner"),
                    (
                        f"'{partner}' is geen nummer van een organisatie in het dossier; geef het "
                        "nummer (zoals ORG-0001) of de naam van de Chinese partner"
                    ),
                )
            )
        else:
            label = " ".join(p for p in (values.get("authority"), "–", org.name_nl) if p)
    else:
        score, org = known.organisation(partner, hanzi)
    if not numbered and (org is None or score < 100) and partner:
        found = reference_partner(known, partner, hanzi)
        if isinstance(found, CellError):
            problems.append(CellError(header.get("partner", "Partner"), found.message))
    if row.errors or problems:
        return rejected_row(row, label, *problems)
    if org is None or score < 100:
        org = None
        name, partner_draft = found if found is not None else (partner, None)
        # The organisation this tie needs may be in the case file under its reference name.
        score, org = known.organisation(name, partner_draft.hanzi if partner_draft else None)
        if org is None or score < 100:
            org = None
            extra["organisation_name"] = name
            if partner_draft is None:  # as the cells name it: Hanzi alone, or with a name
                partner_draft = known.organisation_draft(name)
                if hanzi and not partner_draft.hanzi:
                    partner_draft = dataclasses.replace(partner_draft, hanzi=hanzi)
            seen.new_organisation(name, partner_draft)
    tie_type = values["tie_type"]
    if len(candidates) > 1:
        # "Groningen" is a municipality and a province: the one that has this tie, else ask.
        having = [
            a
            for a in candidates
            if org is not None and (a.meta.id, org.meta.id, tie_type.value) in known.ties
        ]
        if len(having) != 1:
            return rejected_row(
                row,
                label,
                CellError(
                    header.get("authority", "Gemeente"),
                    (
                        f"'{values['authority']}' is zowel een gemeente als een provincie; schrijf "
                        f"'Gemeente {values['authority']}' of 'Provincie {values['authority']}'."
                    ),
                ),
            )
        authority_id = having[0].meta.id
    partner_key = org.meta.id.hex if org is not None else match_key(partner).words
    double = double_row(
        seen,
        f"{authority_id.hex}|{partner_key}|{tie_type.value}",
        row,
        label,
        facts_of(values, ("authority", "partner", "partner_hanzi", "tie_type")),
    )
    if double is not None:
        return double
    given = given_fields(values, ("status", "title", "starts", "signed", "ends"))
    if org is not None:
        existing = known.ties.get((authority_id, org.meta.id, tie_type.value))
        if existing is not None:
            return matched_row(row, label, existing, {**given, **given_common(values)})
    if org is None and not given.get("title"):
        # The services name a tie "Authority – Partner" from the records, but the partner is
        # created in the same import (the preview prepares the tie before it exists): named
        # here as the services would name it ("Rotterdam – Nanjing (南京市)").
        given["title"] = _new_tie_title(
            known, authority_id, seen.organisation_drafts[extra["organisation_name"]]
        )
    status = given.pop("status", None) or (
        TieStatus.ENDED if values.get("ends") else TieStatus.ACTIVE
    )
    draft = TieDraft(
        authority_id=authority_id,
        organisation_id=(
            org.meta.id if org is not None else seen.organisation_ids[extra["organisation_name"]]
        ),
        tie_type=tie_type,
        status=status,
        **given,
        common=common_of(values),
    )
    return RowPlan(row.number, "new", label, draft=draft, extra=extra)


def _new_tie_title(known: Known, authority_id: Any, partner: OrganisationDraft) -> str:
    """ "Authority – Partner" as `TieService` names a tie without a title."""
    authority = known.authority_by_id.get(authority_id)
    partner_label = partner.name_nl + (f" ({partner.hanzi})" if partner.hanzi else "")
    sides = [authority.common_name or authority.name] if authority is not None else []
    return " – ".join([*sides, tie_side(partner_label)])


def _unknown_authority(known: Known, text: str) -> str:
    """Why a name is no authority; the ones it may mean when several share it ("Bergen")."""
    key = match_key(text).words
    alike = {
        a.meta.id: a
        for a in known.authorities.values()
        if match_key(bare_name(a.name)).words == key
    }
    if alike:
        shown = "; ".join(
            f"{_kind(a)} {a.name} ({a.code})" for a in sorted(alike.values(), key=lambda a: a.code)
        )
        return (
            f"'{text}' is niet eenduidig: {shown}. Schrijf de naam zoals hier, bijvoorbeeld "
            f"'{_kind(next(iter(alike.values()))).capitalize()} "
            f"{next(iter(alike.values())).name}'."
        )
    return (
        f"'{text}' is geen Nederlandse gemeente of provincie in het dossier; schrijf "
        "bijvoorbeeld 'Gemeente Rotterdam' of 'Provincie Utrecht'."
    )


def _kind(authority: AuthorityRecord) -> str:
    return "provincie" if authority.authority_kind is AuthorityKind.PROVINCE else "gemeente"
