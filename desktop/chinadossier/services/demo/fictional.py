"""The made-up organisations and persons of the demo, all marked as fictional."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeAlias

from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import PositionDraft
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.demo.terms import Terms

JINHAI = "Jinhai (fictieve stad)"

#: Key, family name, given name, hanzi and positions of a person on the Chinese side.
TheirPerson: TypeAlias = tuple[str, str, str, str, tuple[PositionDraft, ...]]
#: Key, family name, tussenvoegsel, given name and positions of a person of our own.
OurPerson: TypeAlias = tuple[str, str, str | None, str, tuple[PositionDraft, ...]]


@dataclass(frozen=True, slots=True)
class FictionalOrg:
    """A made-up organisation in Jinhai; parent is the key of another one."""

    key: str
    name_nl: str
    kind: OrganisationKind
    hanzi: str
    name_en: str
    parent: str | None = None


FICTIONAL_ORGS = (
    FictionalOrg(
        "gov",
        "Stadsbestuur Jinhai (fictief)",
        OrganisationKind.GOVERNMENT,
        "金海市人民政府",
        "People's Government of Jinhai (fictional)",
    ),
    FictionalOrg(
        "fao",
        "Buitenlandbureau Jinhai (fictief)",
        OrganisationKind.FOREIGN_AFFAIRS_OFFICE,
        "金海市外事办公室",
        "Jinhai Foreign Affairs Office (fictional)",
        "gov",
    ),
    FictionalOrg(
        "trade",
        "Handelsbevorderingsraad Jinhai (fictief)",
        OrganisationKind.TRADE_PROMOTION_BODY,
        "金海市贸促会",
        "Jinhai Council for the Promotion of Trade (fictional)",
    ),
    FictionalOrg(
        "port",
        "Haven- en Logistiekgroep Jinhai (fictief)",
        OrganisationKind.SOE,
        "金海港口物流集团",
        "Jinhai Port and Logistics Group (fictional)",
    ),
    FictionalOrg(
        "uni",
        "Technische Universiteit Huaxin (fictief)",
        OrganisationKind.KNOWLEDGE_INSTITUTION,
        "华芯理工大学",
        "Huaxin University of Technology (fictional)",
    ),
    FictionalOrg(
        "friends",
        "Vriendschapsvereniging Oost-Delta (fictief)",
        OrganisationKind.UNITED_FRONT_OR_FRIENDSHIP_ORG,
        "东三角洲友好协会",
        "East Delta Friendship Association (fictional)",
    ),
)


def their_persons(
    orgs: Mapping[str, uuid.UUID], today: dt.date, switch: PartialDate
) -> tuple[TheirPerson, ...]:
    """The persons on the Chinese side; 王伟 moves to the friendship association at switch."""
    return (
        (
            "wang",
            "Wang",
            "Wei",
            "王伟",
            (
                PositionDraft(
                    "Directeur",
                    organisation_id=orgs["fao"],
                    starts=PartialDate.year(today.year - 7),
                    ends=switch,
                ),
                PositionDraft("Vicevoorzitter", organisation_id=orgs["friends"], starts=switch),
            ),
        ),
        (
            "chen",
            "Chen",
            "Jianguo",
            "陈建国",
            (
                PositionDraft(
                    "Burgemeester (市长)",
                    organisation_id=orgs["gov"],
                    starts=PartialDate.year(today.year - 4),
                ),
            ),
        ),
        ("li", "Li", "Xiaomei", "李晓梅", ()),
        (
            "liu",
            "Liu",
            "Yang",
            "刘洋",
            (PositionDraft("Medewerker Europa", organisation_id=orgs["fao"]),),
        ),
        (
            "zhao",
            "Zhao",
            "Min",
            "赵敏",
            (PositionDraft("Hoofd internationale betrekkingen", organisation_id=orgs["uni"]),),
        ),
        (
            "zhou",
            "Zhou",
            "Haitao",
            "周海涛",
            (PositionDraft("Algemeen directeur", organisation_id=orgs["port"]),),
        ),
        (
            "zheng",
            "Zheng",
            "Qiang",
            "郑强",
            (PositionDraft("Voorzitter", organisation_id=orgs["trade"]),),
        ),
        (
            "sun",
            "Sun",
            "Li",
            "孙丽",
            (PositionDraft("Secretaris-generaal", organisation_id=orgs["friends"]),),
        ),
    )


def our_persons(
    own: uuid.UUID, terms: Terms, today: dt.date, adviser_switch: dt.date
) -> tuple[OurPerson, ...]:
    """The persons of the own authority; Joëlle van den Heuvel changes post at adviser_switch."""
    return (
        (
            "brouwer",
            "Brouwer-Çelik",
            None,
            "Anneloes",
            (
                PositionDraft(
                    terms.portfolio_holder,
                    authority_id=own,
                    starts=PartialDate.year(today.year - 4),
                ),
            ),
        ),
        (
            "heuvel",
            "Heuvel",
            "van den",
            "Joëlle",
            (
                PositionDraft(
                    "Beleidsmedewerker economie",
                    authority_id=own,
                    starts=PartialDate.year(today.year - 6),
                    ends=PartialDate.month(adviser_switch.year, adviser_switch.month),
                ),
                PositionDraft(
                    "Adviseur internationale zaken",
                    authority_id=own,
                    starts=PartialDate.month(adviser_switch.year, adviser_switch.month),
                ),
            ),
        ),
        (
            "ozturk",
            "Öztürk",
            None,
            "Daniël",
            (PositionDraft(terms.clerk, authority_id=own),),
        ),
        (
            "dijkstra",
            "Dijkstra",
            None,
            "Fenna",
            (PositionDraft("Chief Information Security Officer (CISO)", authority_id=own),),
        ),
    )
