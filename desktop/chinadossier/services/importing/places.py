"""Places and partner cities from the reference data of Chinese divisions."""

from __future__ import annotations

from typing import Any

from chinadossier.domain.codes import Classification, OrganisationKind
from chinadossier.domain.drafts import Common, OrganisationDraft
from chinadossier.domain.pinyin import toneless
from chinadossier.interchange.columns import fold
from chinadossier.interchange.rows import CellError
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.name_text import leading_hanzi
from chinadossier.services.importing.row_drafts import joined

_UNITS = (("自治区", "autonome regio"), ("市", "stad"), ("省", "provincie"))


def _place_names(hanzi: str, pinyin: str, name_en: str) -> set[str]:
    """How a division may be written: 南京市, 南京, nanjing (from its pinyin or English)."""
    return {hanzi, hanzi.rstrip("市省"), fold(name_en),
            fold(toneless(pinyin)).removesuffix("shi").removesuffix("sheng")}


def _divisions(known: Known, *names: str | None) -> list[Any]:
    """The reference divisions a name denotes (Hanzi tried first), as lookups.Place;
    remembered per name: a list names the same few cities row after row."""
    found = known.divisions.get(names)
    if found is None:
        found = known.divisions[names] = _looked_up(known, *names)
    return list(found)


def _looked_up(known: Known, *names: str | None) -> list[Any]:
    wanted = {fold(toneless(t)).removesuffix("shi").removesuffix("sheng") for t in names if t}
    wanted |= {t.rstrip("市省") for t in names if t}
    wanted.discard("")
    matches: list[Any] = []
    for query in sorted((t for t in names if t), key=lambda t: t.isascii()):
        for place in known.dossier.lookups.places(query, limit=50):
            if _place_names(place.hanzi, place.pinyin, place.name_en) & wanted \
                    and place not in matches:
                matches.append(place)
        if matches:
            break
    return matches


def resolved_place(known: Known, place: str | None, province: str | None
                    ) -> dict[str, Any]:
    """A row's place as the reference division it names ("Nanjing" + "Jiangsu" → 南京市),
    narrowed by the province when one is given; as free text when none or several fit."""
    text = joined(place, province, sep=", ")
    if not place:
        return {"place_text": text} if text else {}
    hanzi = leading_hanzi(place)
    if hanzi and not province:
        # As lists show a place: "南京市 Nánjīng Shì", perhaps ", more text".
        found = _divisions(known, hanzi)
        if len(found) == 1:
            rest = place.partition(",")[2].strip()
            return {"place_adcode": found[0].adcode, **({"place_text": rest} if rest else {})}
    matches = _divisions(known, place)
    if province and len(matches) > 1:
        if known.parents is None:
            known.parents = {p.hanzi: p for p in known.dossier.lookups.places("", limit=100_000)}
        parents = known.parents
        wanted = _divisions(known, province)
        matches = [m for m in matches
                   if m.parent and parents.get(m.parent) in wanted]
    if len(matches) == 1:
        return {"place_adcode": matches[0].adcode}
    return {"place_text": text}


def reference_partner(
    known: Known, partner: str, hanzi: str | None
) -> tuple[str, OrganisationDraft] | CellError | None:
    """A partner city or province from the reference data of Chinese divisions.

    "Nanjing", "南京" or "南京市" → the organisation "Nanjing (stad)" (a government, with its
    Hanzi and place). None when no division has that name; a reason when several have.
    """
    matches = _divisions(known, partner, hanzi)
    if not matches:
        return None
    if len(matches) > 1:
        shown = ", ".join(p.label for p in matches[:5])
        return CellError("", f"'{partner}' is meer dan één Chinese plaats ({shown}); vul de "
                             "Chinese naam in (kolom Chinese naam).")
    place = matches[0]
    # As the reference data writes the unit: 上海市 and 南京市 are cities, 江苏省 a province.
    unit = next((word for suffix, word in _UNITS if place.hanzi.endswith(suffix)), None)
    name = f"{place.name_en} ({unit})" if unit else place.name_en
    return name, OrganisationDraft(
        name_nl=name, org_kind=OrganisationKind.GOVERNMENT, name_en=place.name_en,
        hanzi=place.hanzi, place_adcode=place.adcode,
        common=Common(classification=Classification.PUBLIC),
    )
