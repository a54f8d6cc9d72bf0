"""The thirty fictional contact moments: what, with whom, where and under which tie."""

from __future__ import annotations

from dataclasses import dataclass

from chinadossier.domain.codes import Classification, Direction, MeetingKind
from chinadossier.services.demo.fictional import JINHAI


@dataclass(frozen=True, slots=True)
class MeetingSpec:
    """A contact moment; orgs, persons and tie are keys of what the builder made."""

    title: str
    kind: MeetingKind
    direction: Direction
    orgs: tuple[str, ...]
    persons: tuple[str, ...]
    tie: str | None = None
    place_text: str | None = None
    place_adcode: str | None = None
    gifts: str | None = None
    classification: Classification = Classification.INTERNAL
    topics: str | None = None
    costs: bool = False


HOME = "@home"  # replaced by the own authority's building (Stadhuis / Provinciehuis)

#: Thirty contact moments, oldest first; their dates follow from the seed.
MEETINGS = (
    MeetingSpec(
        "Videogesprek over een intentieverklaring met het Buitenlandbureau Jinhai (fictief)",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("wang",),
        "loi",
        topics="intentieverklaring, uitwisseling ambtenaren",
    ),
    MeetingSpec(
        "Ontvangst delegatie Stadsbestuur Jinhai (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("gov", "fao"),
        ("chen", "wang"),
        "mou",
        HOME,
        gifts="Theeservies met stadsgezicht van Jinhai",
        classification=Classification.PUBLIC,
        topics="MoU, stedelijke samenwerking",
    ),
    MeetingSpec(
        "Brief van het Stadsbestuur Jinhai (fictief) over de uitvoering van het MoU",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("gov",),
        ("chen",),
        "mou",
        topics="jaarprogramma",
    ),
    MeetingSpec(
        "Bezoek delegatie Technische Universiteit Huaxin (fictief)",
        MeetingKind.WORKING_VISIT,
        Direction.INCOMING,
        ("uni",),
        ("zhao",),
        "knowledge",
        HOME,
        classification=Classification.CONFIDENTIAL,
        topics="vraag naar bezoek aan een niet-openbaar laboratorium",
    ),
    MeetingSpec(
        "Conferentie stedelijke logistiek",
        MeetingKind.CONFERENCE,
        Direction.NEUTRAL,
        ("gov", "port"),
        ("chen", "zhou"),
        place_text=JINHAI,
        topics="havens, logistiek",
        costs=True,
    ),
    MeetingSpec(
        "Handelsmissie naar Jinhai (fictief)",
        MeetingKind.TRADE_MISSION,
        Direction.OUTGOING,
        ("trade", "port"),
        ("zheng", "zhou"),
        "economic",
        JINHAI,
        gifts="Zijden sjaal en porseleinen vaas",
        topics="logistiek, investeringen",
        costs=True,
    ),
    MeetingSpec(
        "Werkbezoek aan een distributiecentrum van de Haven- en Logistiekgroep Jinhai (fictief)",
        MeetingKind.WORKING_VISIT,
        Direction.OUTGOING,
        ("port",),
        ("zhou",),
        "economic",
        JINHAI,
        gifts="USB-stick met bedrijfspresentatie (niet aangesloten, ingeleverd bij de CISO)",
        classification=Classification.CONFIDENTIAL,
        costs=True,
    ),
    MeetingSpec(
        "Videogesprek over gezamenlijke promotieplaatsen",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("uni",),
        ("zhao",),
        "knowledge",
        topics="promovendi, onderzoekssamenwerking",
    ),
    MeetingSpec(
        "Ontvangst Vriendschapsvereniging Oost-Delta (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("friends",),
        ("sun",),
        None,
        HOME,
        gifts="Kalligrafie op rolschildering",
    ),
    MeetingSpec(
        "Uitnodiging voor een door de vereniging betaalde reis voor raadsleden",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("friends",),
        ("sun",),
        classification=Classification.CONFIDENTIAL,
        topics="betaalde reis, raadsleden",
    ),
    MeetingSpec(
        "Handelsdag met de Handelsbevorderingsraad Jinhai (fictief)",
        MeetingKind.DELEGATION,
        Direction.INCOMING,
        ("trade",),
        ("zheng",),
        "other",
        HOME,
        classification=Classification.PUBLIC,
        topics="handelsdag, ondernemers",
    ),
    MeetingSpec(
        "Afstemming jaarprogramma MoU",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("wang", "liu"),
        "mou",
        topics="jaarprogramma",
    ),
    MeetingSpec(
        "Brief aan het Stadsbestuur Jinhai (fictief) over de evaluatie van het MoU",
        MeetingKind.CORRESPONDENCE,
        Direction.OUTGOING,
        ("gov",),
        ("chen",),
        "mou",
        topics="evaluatie",
    ),
    MeetingSpec(
        "Seminar duurzame havens",
        MeetingKind.CONFERENCE,
        Direction.NEUTRAL,
        ("port",),
        ("zhou",),
        None,
        HOME,
        topics="duurzaamheid, havens",
    ),
    MeetingSpec(
        "Bezoek Haven- en Logistiekgroep Jinhai (fictief) aan het havengebied",
        MeetingKind.WORKING_VISIT,
        Direction.INCOMING,
        ("port",),
        ("zhou",),
        "economic",
        HOME,
        gifts="Schaalmodel van een containerschip",
    ),
    MeetingSpec(
        "Gesprek over opschorting van de kennissamenwerking",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("uni",),
        ("zhao",),
        "knowledge",
        classification=Classification.CONFIDENTIAL,
        topics="kennisveiligheid",
    ),
    MeetingSpec(
        "Verzoek om de gastenlijst van een bewonersbijeenkomst",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("friends",),
        ("sun", "wang"),
        classification=Classification.CONFIDENTIAL,
        topics="gastenlijst, inwoners",
    ),
    MeetingSpec(
        "Nieuwjaarsontvangst met het Stadsbestuur Jinhai (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("gov",),
        ("chen",),
        "mou",
        HOME,
        gifts="Geschenkdoos thee",
        classification=Classification.PUBLIC,
    ),
    MeetingSpec(
        "Tweede handelsmissie naar Jinhai (fictief)",
        MeetingKind.TRADE_MISSION,
        Direction.OUTGOING,
        ("trade", "gov"),
        ("zheng",),
        "other",
        JINHAI,
        costs=True,
    ),
    MeetingSpec(
        "Voorbereiding werkbezoek Jinhai (fictief)",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("liu",),
        "mou",
        topics="programma, reislogistiek",
    ),
    MeetingSpec(
        "Werkbezoek aan het Stadsbestuur Jinhai (fictief)",
        MeetingKind.WORKING_VISIT,
        Direction.OUTGOING,
        ("gov", "fao"),
        ("chen", "li", "liu"),
        "mou",
        JINHAI,
        gifts="Porseleinen vaas (geregistreerd in het geschenkenregister)",
        topics="evaluatie MoU, mensenrechten",
        costs=True,
    ),
    MeetingSpec(
        "Brief over opschorting van de kennissamenwerking",
        MeetingKind.CORRESPONDENCE,
        Direction.OUTGOING,
        ("uni",),
        ("zhao",),
        "knowledge",
        classification=Classification.CONFIDENTIAL,
    ),
    MeetingSpec(
        "Culturele avond van de Vriendschapsvereniging Oost-Delta (fictief)",
        MeetingKind.OTHER,
        Direction.NEUTRAL,
        ("friends",),
        ("sun", "wang"),
        topics="cultuur",
    ),
    MeetingSpec(
        "Verkennend gesprek over een logistieke samenwerking",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("port",),
        ("zhou",),
        "economic",
        topics="exclusiviteit, investering",
    ),
    MeetingSpec(
        "Delegatiebezoek met de Vriendschapsvereniging Oost-Delta (fictief)",
        MeetingKind.DELEGATION,
        Direction.INCOMING,
        ("friends",),
        ("sun", "wang"),
        None,
        HOME,
        gifts="Zijden stropdas",
    ),
    MeetingSpec(
        "Voorstel tot verlenging van het MoU",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("gov",),
        ("chen",),
        "mou",
        topics="verlenging",
    ),
    MeetingSpec(
        "Online conferentie over kennissamenwerking",
        MeetingKind.CONFERENCE,
        Direction.NEUTRAL,
        ("uni",),
        ("zhao",),
        "knowledge",
        "Online",
    ),
    MeetingSpec(
        "Afstemming evaluatie MoU",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("liu",),
        "mou",
        topics="evaluatie",
    ),
    MeetingSpec(
        "Ontvangst handelsdelegatie uit Jinhai (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("trade",),
        ("zheng",),
        None,
        HOME,
        gifts="Theeset",
        classification=Classification.PUBLIC,
    ),
    MeetingSpec(
        "Presentatie investeringsvoorstel logistiek terrein",
        MeetingKind.WORKING_VISIT,
        Direction.INCOMING,
        ("port",),
        ("zhou",),
        "economic",
        HOME,
        classification=Classification.CONFIDENTIAL,
        topics="investering, exclusiviteitsvoorwaarden",
    ),
)

#: Index in MEETINGS from which 王伟 appears for the friendship association.
WANG_SWITCH = 14
