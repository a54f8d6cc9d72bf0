"""A demo case file: the real ties of DOMAIN.md §7 with their sources, plus fictional material.

Everything beyond the facts of §7 (persons, contact moments, decisions, actions, risk notes) is
made up and attaches only to organisations whose name ends with "(fictief)": the demo never
invents anything about a real institution. The content follows from the day it is made for and a
fixed random seed, so two runs for the same day give the same content. A demo case file is marked
as such in its settings; a real case file is never touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinadossier.db import sqlite_file
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock, SystemClock
from chinadossier.domain.codes import (
    ActionStatus,
    AuthorityKind,
    Classification,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    KnowledgeStrength,
    MeetingKind,
    NameOrder,
    OrganisationKind,
    ParticipantSide,
    PoliticalFactKind,
    RetentionCategory,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.drafts import (
    ActionDraft,
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    PoliticalFactDraft,
    PositionDraft,
    RiskNoteDraft,
    SourceDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.domain.errors import ChinadossierError, FileRefused
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.risk import add_months
from chinadossier.services.dossier import Dossier
from chinadossier.services.setup import new_case_file

#: Seed of the random choices (dates of contact moments, who attends, gift values).
DEMO_SEED = 20261129

#: Every made-up organisation ends with this mark (DOMAIN.md §7).
FICTIONAL_MARK = "(fictief)"

_DEMO_TAGS = ("demo", "fictief")
_FICTIONAL_NOTE = "Fictief, alleen voor de demo."


@dataclass(frozen=True, slots=True)
class DemoOutcome:
    """What create_demo did.

    Attributes:
        path: The demo case file.
        created: Whether it was (re)created; False when an existing demo was left alone.
        counts: Number of records per kind in the file (e.g. "ties": 20).
    """

    path: Path
    created: bool
    counts: dict[str, int]


def create_demo(
    path: Path,
    *,
    authority_code: str = "GM0599",
    today: dt.date | None = None,
    reset: bool = False,
    actor: Actor | None = None,
) -> DemoOutcome:
    """Create a demo case file filled with real ties and clearly fictional material.

    Args:
        path: Where the demo case file goes.
        authority_code: CBS code of the authority the demo is for (its own authority).
        today: The day the demo is made for (default: today in Europe/Amsterdam); contact
            moments, actions and reviews are placed relative to it.
        reset: Replace an existing demo case file (a real case file is never replaced).
        actor: Who is recorded in the audit trail (default: the current account).

    Returns:
        The path, whether the file was created, and the number of records per kind.

    Raises:
        FileRefused: The path holds a real (non-demo) case file or a file that is not a case file;
            it is left untouched.
        NotFound: The authority code is unknown.
    """
    day = today or SystemClock().today()
    who = actor or Actor.current()
    if _occupied(path):
        if not _is_demo(path):
            raise FileRefused(f"{path} is een echt dossier; de demo raakt het niet aan.")
        if not reset:
            return DemoOutcome(path, False, _existing_counts(path))
    temp = path.with_name(f".{path.name}.demo-{uuid.uuid4().hex}.tmp")
    try:
        clock = FixedClock.on(day)
        new_case_file(temp, authority_code=authority_code, clock=clock, actor=who, is_demo=True)
        with Dossier.open(temp, clock=clock, actor=who) as dossier:
            _DemoBuilder(dossier, day, random.Random(DEMO_SEED)).build()
            counts = count_records(dossier)
        _check_closed(temp)
        if reset:
            _remove(path)
        sqlite_file.move_into_place(temp, path)
    except BaseException:
        sqlite_file.discard(temp)
        raise
    return DemoOutcome(path, True, counts)


def count_records(dossier: Dossier) -> dict[str, int]:
    """Number of live records per kind (and of risk assessments) in an opened case file."""
    counts: dict[str, int] = {}
    lists: dict[str, Callable[[ListQuery], Any]] = {
        "sources": dossier.sources.list,
        "organisations": dossier.organisations.list,
        "persons": dossier.persons.list,
        "ties": dossier.ties.list,
        "meetings": dossier.meetings.list,
        "actions": dossier.actions.list,
        "decisions": dossier.decisions.list,
        "risk_notes": dossier.risk_notes.list,
    }
    for name, list_page in lists.items():
        items = _all_items(list_page)
        counts[name] = len(items)
        if name == "risk_notes":
            counts["risk_assessments"] = sum(len(note.assessments) for note in items)
    return counts


def _all_items(list_page: Callable[[ListQuery], Any]) -> list[Any]:
    items: list[Any] = []
    cursor: str | None = None
    while True:
        page = list_page(ListQuery(cursor=cursor, limit=500))
        items.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            return items


def _occupied(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _is_demo(path: Path) -> bool:
    """Whether the file is a demo case file; FileRefused when it is no case file at all.

    Opened for writing but only read: SQLite then removes the -wal and -shm files it made when
    the file is closed (a read-only connection would leave them behind); the file is unchanged.
    """
    with Dossier.open(path, require_current=False) as dossier:
        return dossier.settings().is_demo


def _existing_counts(path: Path) -> dict[str, int]:
    with Dossier.open(path, require_current=False) as dossier:
        if not dossier.ctx.database.is_current:
            return {}
        return count_records(dossier)


def _check_closed(path: Path) -> None:
    """Refuse to move a file whose write-ahead log still holds data (it would be lost)."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ChinadossierError(
            f"De demo kon niet worden afgerond: {wal} is nog in gebruik. Probeer het opnieuw."
        )


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


# -- content ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Terms:
    """Words and bodies that differ between a municipality and a province."""

    council_body: DecisionBody
    executive_body: DecisionBody
    council: str
    executive: str
    portfolio_holder: str
    clerk: str
    council_decision: str
    executive_decision: str
    questions: str
    info_letter: str
    building: str


_MUNICIPALITY = _Terms(
    DecisionBody.COUNCIL,
    DecisionBody.EXECUTIVE,
    "de gemeenteraad",
    "het college van B&W",
    "Wethouder internationale zaken",
    "Griffier",
    "Raadsbesluit",
    "Collegebesluit",
    "Schriftelijke raadsvragen",
    "Raadsinformatiebrief",
    "Stadhuis",
)
_PROVINCE = _Terms(
    DecisionBody.PROVINCIAL_COUNCIL,
    DecisionBody.PROVINCIAL_EXECUTIVE,
    "Provinciale Staten",
    "Gedeputeerde Staten",
    "Gedeputeerde internationale zaken",
    "Statengriffier",
    "Statenbesluit",
    "Besluit van Gedeputeerde Staten",
    "Schriftelijke Statenvragen",
    "Statenbrief",
    "Provinciehuis",
)


@dataclass(frozen=True, slots=True)
class _Source:
    key: str
    publisher: str
    title: str
    published: PartialDate | None = None
    notes: str | None = None


_SOURCE_NOTE = (
    "Uitgever en feit zoals vermeld in de domeinbeschrijving van Chinadossier; titel, "
    "datum en adres van het oorspronkelijke stuk nog aanvullen en controleren."
)

#: The sources of DOMAIN.md §7, with only what the domain description says of them.
_SOURCES = (
    _Source(
        "vng",
        "VNG",
        "VNG: Rotterdam–Shanghai, zusterstad sinds 1979 (eerste Nederlands-Chinese band)",
    ),
    _Source("citego", "citego", "citego: Amsterdam–Beijing, vriendschapsband, overeenkomst 1994"),
    _Source(
        "oog", "OOG TV", "OOG TV: Groningen–Tianjin, band sinds ca. 1985", PartialDate.year(2015)
    ),
    _Source(
        "limburg", "Provincie Limburg", "Provincie Limburg: Maastricht–Chengdu, stedenband 2012"
    ),
    _Source(
        "zuid_holland",
        "Provincie Zuid-Holland",
        "Provincie Zuid-Holland: Zuid-Holland–"
        "Hebei, relatie sinds 1993, vriendschapsverdrag 2007, MoU 2021–2025",
    ),
    _Source(
        "omroep_brabant",
        "Omroep Brabant",
        "Omroep Brabant: Noord-Brabant–Jiangsu, zusterprovincie sinds 1994, verlengd in 2024",
    ),
    _Source(
        "nos",
        "NOS",
        "NOS: Provinciale Staten van Utrecht beëindigen de band met Guangdong (16 november 2022)",
    ),
    _Source(
        "nrc",
        "NRC",
        "NRC: sinds medio 2021 ten minste 8 gemeenten en 2 provincies gestopt "
        "met hun band met China; Arnhem–Wuhan als eerste (juli 2021, na een motie)",
        PartialDate.day(dt.date(2023, 5, 7)),
    ),
    _Source(
        "breda_nieuws", "Breda nieuws", "Breda nieuws: Breda–Yangzhou (2009) beëindigd in 2023"
    ),
    _Source("ad", "AD", "AD: Eindhoven–Nanjing beëindigd in november 2022 na een motie van Volt"),
    _Source(
        "clingendael",
        "Clingendael",
        "Vriendschap winnen. Waartoe onderhoudt China banden "
        "met Nederlandse gemeenten en provincies?",
        PartialDate.month(2022, 1),
        "Ties Dams, Instituut Clingendael, januari 2022; geschreven voor de NCTV.",
    ),
)


@dataclass(frozen=True, slots=True)
class _Counterpart:
    key: str
    name_nl: str
    name_en: str
    hanzi: str
    adcode: str | None = None
    place_text: str | None = None


#: The Chinese side of the real ties: governments of the places named in DOMAIN.md §7.
_COUNTERPARTS = (
    _Counterpart("shanghai", "Shanghai (stad)", "Shanghai", "上海市", "310000"),
    _Counterpart("beijing", "Beijing (stad)", "Beijing", "北京市", "110000"),
    _Counterpart("tianjin", "Tianjin (stad)", "Tianjin", "天津市", "120000"),
    _Counterpart("chengdu", "Chengdu (stad)", "Chengdu", "成都市", "510100"),
    _Counterpart("sichuan", "Sichuan (provincie)", "Sichuan", "四川省", "510000"),
    _Counterpart("hebei", "Hebei (provincie)", "Hebei", "河北省", "130000"),
    _Counterpart("jiangsu", "Jiangsu (provincie)", "Jiangsu", "江苏省", "320000"),
    _Counterpart("guangdong", "Guangdong (provincie)", "Guangdong", "广东省", "440000"),
    _Counterpart("wuhan", "Wuhan (stad)", "Wuhan", "武汉市", "420100"),
    _Counterpart("yangzhou", "Yangzhou (stad)", "Yangzhou", "扬州市", "321000"),
    _Counterpart("nanjing", "Nanjing (stad)", "Nanjing", "南京市", "320100"),
    _Counterpart("changzhou", "Changzhou (stad)", "Changzhou", "常州市", "320400"),
    _Counterpart("yuhang", "Yuhang (Hangzhou)", "Yuhang", "余杭", None, "Yuhang 余杭 (Hangzhou)"),
    _Counterpart("taizhou", "Taizhou (stad, Jiangsu)", "Taizhou", "泰州市", "321200"),
)

_NO_SOURCE = "De bron van dit feit is nog niet vastgelegd; controleer het voordat u het gebruikt."


@dataclass(frozen=True, slots=True)
class _RealTie:
    authority_code: str
    counterpart: str
    title: str
    tie_type: TieType
    status: TieStatus
    starts: PartialDate | None
    ends: PartialDate | None
    description: str
    source: str | None
    signed: PartialDate | None = None


#: The real ties of DOMAIN.md §7, with exactly their stated facts.
_REAL_TIES = (
    _RealTie(
        "GM0599",
        "shanghai",
        "Rotterdam – Shanghai",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(1979),
        None,
        "Zusterstad sinds 1979; de eerste Nederlands-Chinese stedenband.",
        "vng",
    ),
    _RealTie(
        "GM0363",
        "beijing",
        "Amsterdam – Beijing",
        TieType.FRIENDSHIP,
        TieStatus.ACTIVE,
        PartialDate.year(1994),
        None,
        "Vriendschapsband; overeenkomst uit 1994.",
        "citego",
        signed=PartialDate.year(1994),
    ),
    _RealTie(
        "GM0014",
        "tianjin",
        "Groningen – Tianjin",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(1985, circa=True),
        None,
        "Band sinds ca. 1985.",
        "oog",
    ),
    _RealTie(
        "GM0935",
        "chengdu",
        "Maastricht – Chengdu",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(2012),
        None,
        "Stedenband sinds 2012.",
        "limburg",
    ),
    _RealTie(
        "PV31",
        "sichuan",
        "Provincie Limburg – Sichuan",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(2014),
        None,
        f"Band sinds 2014. {_NO_SOURCE}",
        None,
    ),
    _RealTie(
        "PV21",
        "sichuan",
        "Provincie Fryslân – Sichuan",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(2001),
        None,
        f"Band sinds 2001. {_NO_SOURCE}",
        None,
    ),
    _RealTie(
        "PV28",
        "hebei",
        "Provincie Zuid-Holland – Hebei",
        TieType.FRIENDSHIP,
        TieStatus.ACTIVE,
        PartialDate.year(1993),
        None,
        "Relatie sinds 1993; vriendschapsverdrag in 2007; Memorandum of Understanding 2021–2025.",
        "zuid_holland",
        signed=PartialDate.year(2007),
    ),
    _RealTie(
        "PV30",
        "jiangsu",
        "Provincie Noord-Brabant – Jiangsu",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(1994),
        None,
        "Zusterprovincie sinds 1994; verlengd in 2024.",
        "omroep_brabant",
        signed=PartialDate.year(2024),
    ),
    _RealTie(
        "PV26",
        "guangdong",
        "Provincie Utrecht – Guangdong",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        PartialDate.year(1995),
        PartialDate.day(dt.date(2022, 11, 16)),
        "Band sinds 1995; beëindigd door Provinciale Staten op 16 november 2022.",
        "nos",
    ),
    _RealTie(
        "GM0202",
        "wuhan",
        "Arnhem – Wuhan",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        None,
        PartialDate.month(2021, 7),
        "Beëindigd in juli 2021 na een motie van de gemeenteraad; de eerste van een reeks "
        "beëindigingen.",
        "nrc",
    ),
    _RealTie(
        "GM0758",
        "yangzhou",
        "Breda – Yangzhou",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        PartialDate.year(2009),
        PartialDate.year(2023),
        "Band sinds 2009; beëindigd in 2023.",
        "breda_nieuws",
    ),
    _RealTie(
        "GM0772",
        "nanjing",
        "Eindhoven – Nanjing",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        None,
        PartialDate.month(2022, 11),
        "Beëindigd in november 2022 na een motie van Volt.",
        "ad",
    ),
    _RealTie(
        "GM0855",
        "changzhou",
        "Tilburg – Changzhou",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        PartialDate.year(1997, circa=True),
        PartialDate.parse("2022/23 [onzeker]"),
        f"Band sinds ca. 1997; beëindigd in 2022 of 2023 (datum onzeker). {_NO_SOURCE}",
        None,
    ),
    _RealTie(
        "GM0988",
        "yuhang",
        "Weert – Yuhang (Hangzhou)",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        PartialDate.year(2008, circa=True),
        None,
        f"Band sinds ca. 2008; beëindigd, maar wanneer is niet bekend. {_NO_SOURCE}",
        None,
    ),
    _RealTie(
        "GM0828",
        "taizhou",
        "Oss – Taizhou (Jiangsu)",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        None,
        None,
        f"De datum van deze band is onzeker en niet bevestigd. {_NO_SOURCE}",
        None,
    ),
)


@dataclass(frozen=True, slots=True)
class _FictionalOrg:
    key: str
    name_nl: str
    kind: OrganisationKind
    hanzi: str
    name_en: str
    parent: str | None = None


_FICTIONAL_ORGS = (
    _FictionalOrg(
        "gov",
        "Stadsbestuur Jinhai (fictief)",
        OrganisationKind.GOVERNMENT,
        "金海市人民政府",
        "People's Government of Jinhai (fictional)",
    ),
    _FictionalOrg(
        "fao",
        "Buitenlandbureau Jinhai (fictief)",
        OrganisationKind.FOREIGN_AFFAIRS_OFFICE,
        "金海市外事办公室",
        "Jinhai Foreign Affairs Office (fictional)",
        "gov",
    ),
    _FictionalOrg(
        "trade",
        "Handelsbevorderingsraad Jinhai (fictief)",
        OrganisationKind.TRADE_PROMOTION_BODY,
        "金海市贸促会",
        "Jinhai Council for the Promotion of Trade (fictional)",
    ),
    _FictionalOrg(
        "port",
        "Haven- en Logistiekgroep Jinhai (fictief)",
        OrganisationKind.SOE,
        "金海港口物流集团",
        "Jinhai Port and Logistics Group (fictional)",
    ),
    _FictionalOrg(
        "uni",
        "Technische Universiteit Huaxin (fictief)",
        OrganisationKind.KNOWLEDGE_INSTITUTION,
        "华芯理工大学",
        "Huaxin University of Technology (fictional)",
    ),
    _FictionalOrg(
        "friends",
        "Vriendschapsvereniging Oost-Delta (fictief)",
        OrganisationKind.UNITED_FRONT_OR_FRIENDSHIP_ORG,
        "东三角洲友好协会",
        "East Delta Friendship Association (fictional)",
    ),
)


@dataclass(frozen=True, slots=True)
class _MeetingSpec:
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


_HOME = "@home"  # replaced by the own authority's building (Stadhuis / Provinciehuis)
_JINHAI = "Jinhai (fictieve stad)"

#: Thirty contact moments, oldest first; their dates follow from the seed.
_MEETINGS = (
    _MeetingSpec(
        "Videogesprek over een intentieverklaring met het Buitenlandbureau Jinhai (fictief)",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("wang",),
        "loi",
        topics="intentieverklaring, uitwisseling ambtenaren",
    ),
    _MeetingSpec(
        "Ontvangst delegatie Stadsbestuur Jinhai (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("gov", "fao"),
        ("chen", "wang"),
        "mou",
        _HOME,
        gifts="Theeservies met stadsgezicht van Jinhai",
        classification=Classification.PUBLIC,
        topics="MoU, stedelijke samenwerking",
    ),
    _MeetingSpec(
        "Brief van het Stadsbestuur Jinhai (fictief) over de uitvoering van het MoU",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("gov",),
        ("chen",),
        "mou",
        topics="jaarprogramma",
    ),
    _MeetingSpec(
        "Bezoek delegatie Technische Universiteit Huaxin (fictief)",
        MeetingKind.WORKING_VISIT,
        Direction.INCOMING,
        ("uni",),
        ("zhao",),
        "knowledge",
        _HOME,
        classification=Classification.CONFIDENTIAL,
        topics="vraag naar bezoek aan een niet-openbaar laboratorium",
    ),
    _MeetingSpec(
        "Conferentie stedelijke logistiek",
        MeetingKind.CONFERENCE,
        Direction.NEUTRAL,
        ("gov", "port"),
        ("chen", "zhou"),
        place_adcode="310000",
        topics="havens, logistiek",
        costs=True,
    ),
    _MeetingSpec(
        "Handelsmissie naar Jinhai (fictief)",
        MeetingKind.TRADE_MISSION,
        Direction.OUTGOING,
        ("trade", "port"),
        ("zheng", "zhou"),
        "economic",
        _JINHAI,
        gifts="Zijden sjaal en porseleinen vaas",
        topics="logistiek, investeringen",
        costs=True,
    ),
    _MeetingSpec(
        "Werkbezoek aan een distributiecentrum van de Haven- en Logistiekgroep Jinhai (fictief)",
        MeetingKind.WORKING_VISIT,
        Direction.OUTGOING,
        ("port",),
        ("zhou",),
        "economic",
        "Yuhang 余杭",
        gifts="USB-stick met bedrijfspresentatie (niet aangesloten, ingeleverd bij de CISO)",
        classification=Classification.CONFIDENTIAL,
        costs=True,
    ),
    _MeetingSpec(
        "Videogesprek over gezamenlijke promotieplaatsen",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("uni",),
        ("zhao",),
        "knowledge",
        topics="promovendi, onderzoekssamenwerking",
    ),
    _MeetingSpec(
        "Ontvangst Vriendschapsvereniging Oost-Delta (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("friends",),
        ("sun",),
        None,
        _HOME,
        gifts="Kalligrafie op rolschildering",
    ),
    _MeetingSpec(
        "Uitnodiging voor een door de vereniging betaalde reis voor raadsleden",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("friends",),
        ("sun",),
        classification=Classification.CONFIDENTIAL,
        topics="betaalde reis, raadsleden",
    ),
    _MeetingSpec(
        "Handelsdag met de Handelsbevorderingsraad Jinhai (fictief)",
        MeetingKind.DELEGATION,
        Direction.INCOMING,
        ("trade",),
        ("zheng",),
        "other",
        _HOME,
        classification=Classification.PUBLIC,
        topics="handelsdag, ondernemers",
    ),
    _MeetingSpec(
        "Afstemming jaarprogramma MoU",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("wang", "liu"),
        "mou",
        topics="jaarprogramma",
    ),
    _MeetingSpec(
        "Brief aan het Stadsbestuur Jinhai (fictief) over de evaluatie van het MoU",
        MeetingKind.CORRESPONDENCE,
        Direction.OUTGOING,
        ("gov",),
        ("chen",),
        "mou",
        topics="evaluatie",
    ),
    _MeetingSpec(
        "Seminar duurzame havens",
        MeetingKind.CONFERENCE,
        Direction.NEUTRAL,
        ("port",),
        ("zhou",),
        None,
        _HOME,
        topics="duurzaamheid, havens",
    ),
    _MeetingSpec(
        "Bezoek Haven- en Logistiekgroep Jinhai (fictief) aan het havengebied",
        MeetingKind.WORKING_VISIT,
        Direction.INCOMING,
        ("port",),
        ("zhou",),
        "economic",
        _HOME,
        gifts="Schaalmodel van een containerschip",
    ),
    _MeetingSpec(
        "Gesprek over opschorting van de kennissamenwerking",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("uni",),
        ("zhao",),
        "knowledge",
        classification=Classification.CONFIDENTIAL,
        topics="kennisveiligheid",
    ),
    _MeetingSpec(
        "Verzoek om de gastenlijst van een bewonersbijeenkomst",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("friends",),
        ("sun", "wang"),
        classification=Classification.CONFIDENTIAL,
        topics="gastenlijst, inwoners",
    ),
    _MeetingSpec(
        "Nieuwjaarsontvangst met het Stadsbestuur Jinhai (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("gov",),
        ("chen",),
        "mou",
        _HOME,
        gifts="Geschenkdoos thee",
        classification=Classification.PUBLIC,
    ),
    _MeetingSpec(
        "Tweede handelsmissie naar Jinhai (fictief)",
        MeetingKind.TRADE_MISSION,
        Direction.OUTGOING,
        ("trade", "gov"),
        ("zheng",),
        "other",
        _JINHAI,
        costs=True,
    ),
    _MeetingSpec(
        "Voorbereiding werkbezoek Jinhai (fictief)",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("liu",),
        "mou",
        topics="programma, reislogistiek",
    ),
    _MeetingSpec(
        "Werkbezoek aan het Stadsbestuur Jinhai (fictief)",
        MeetingKind.WORKING_VISIT,
        Direction.OUTGOING,
        ("gov", "fao"),
        ("chen", "li", "liu"),
        "mou",
        _JINHAI,
        gifts="Porseleinen vaas (geregistreerd in het geschenkenregister)",
        topics="evaluatie MoU, mensenrechten",
        costs=True,
    ),
    _MeetingSpec(
        "Brief over opschorting van de kennissamenwerking",
        MeetingKind.CORRESPONDENCE,
        Direction.OUTGOING,
        ("uni",),
        ("zhao",),
        "knowledge",
        classification=Classification.CONFIDENTIAL,
    ),
    _MeetingSpec(
        "Culturele avond van de Vriendschapsvereniging Oost-Delta (fictief)",
        MeetingKind.OTHER,
        Direction.NEUTRAL,
        ("friends",),
        ("sun", "wang"),
        topics="cultuur",
    ),
    _MeetingSpec(
        "Verkennend gesprek over een logistieke samenwerking",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("port",),
        ("zhou",),
        "economic",
        topics="exclusiviteit, investering",
    ),
    _MeetingSpec(
        "Delegatiebezoek met de Vriendschapsvereniging Oost-Delta (fictief)",
        MeetingKind.DELEGATION,
        Direction.INCOMING,
        ("friends",),
        ("sun", "wang"),
        None,
        _HOME,
        gifts="Zijden stropdas",
    ),
    _MeetingSpec(
        "Voorstel tot verlenging van het MoU",
        MeetingKind.CORRESPONDENCE,
        Direction.INCOMING,
        ("gov",),
        ("chen",),
        "mou",
        topics="verlenging",
    ),
    _MeetingSpec(
        "Online conferentie over kennissamenwerking",
        MeetingKind.CONFERENCE,
        Direction.NEUTRAL,
        ("uni",),
        ("zhao",),
        "knowledge",
        "Online",
    ),
    _MeetingSpec(
        "Afstemming evaluatie MoU",
        MeetingKind.VIDEO_CALL,
        Direction.NEUTRAL,
        ("fao",),
        ("liu",),
        "mou",
        topics="evaluatie",
    ),
    _MeetingSpec(
        "Ontvangst handelsdelegatie uit Jinhai (fictief)",
        MeetingKind.RECEPTION,
        Direction.INCOMING,
        ("trade",),
        ("zheng",),
        None,
        _HOME,
        gifts="Theeset",
        classification=Classification.PUBLIC,
    ),
    _MeetingSpec(
        "Presentatie investeringsvoorstel logistiek terrein",
        MeetingKind.WORKING_VISIT,
        Direction.INCOMING,
        ("port",),
        ("zhou",),
        "economic",
        _HOME,
        classification=Classification.CONFIDENTIAL,
        topics="investering, exclusiviteitsvoorwaarden",
    ),
)

#: Index in _MEETINGS from which 王伟 appears for the friendship association.
_WANG_SWITCH = 14


class _DemoBuilder:
    """Fills an opened, empty demo case file through the services."""

    def __init__(self, dossier: Dossier, today: dt.date, rng: random.Random) -> None:
        self.d = dossier
        self.today = today
        self.rng = rng
        settings = dossier.settings()
        self.own = dossier.authorities.get(settings.own_authority.id)
        self.terms = (
            _PROVINCE if self.own.authority_kind is AuthorityKind.PROVINCE else _MUNICIPALITY
        )
        self.sources: dict[str, uuid.UUID] = {}
        self.orgs: dict[str, uuid.UUID] = {}
        self.persons: dict[str, uuid.UUID] = {}
        self.ours: list[uuid.UUID] = []
        self.ties: dict[str, uuid.UUID] = {}
        self.meetings: list[uuid.UUID] = []
        self.meeting_days = self._meeting_days()

    def build(self) -> None:
        """Create everything, in dependency order."""
        self._sources()
        self._real_ties()
        self._fictional_orgs()
        self._persons()
        self._fictional_ties()
        self._meetings()
        decisions = self._decisions()
        self._actions(decisions)
        self._risks()

    # -- helpers ----------------------------------------------------------------------------

    def _meeting_days(self) -> list[dt.date]:
        offsets = sorted(self.rng.sample(range(3, 731), len(_MEETINGS)), reverse=True)
        return [self.today - dt.timedelta(days=offset) for offset in offsets]

    def _months_ago(self, months: int) -> dt.date:
        return add_months(self.today, -months)

    @staticmethod
    def _fictional(
        classification: Classification,
        *,
        sources: Sequence[uuid.UUID] = (),
        retention: RetentionCategory = RetentionCategory.UNDECIDED,
    ) -> Common:
        return Common(
            classification=classification,
            retention_category=retention,
            tags=_DEMO_TAGS,
            sources=tuple(SourceLink(s) for s in sources),
        )

    # -- real facts (DOMAIN.md §7) ----------------------------------------------------------

    def _sources(self) -> None:
        public = Common(classification=Classification.PUBLIC, tags=("demo",))
        for src in _SOURCES:
            result = self.d.sources.create(
                SourceDraft(
                    title=src.title,
                    publisher=src.publisher,
                    published=src.published,
                    notes=src.notes or _SOURCE_NOTE,
                    common=public,
                )
            )
            self.sources[src.key] = result.record.meta.id
        fictional = (
            (
                "gov_list",
                "Openbare bestuurderslijst Stadsbestuur Jinhai (fictief)",
                "Stadsbestuur Jinhai (fictief)",
                Classification.PUBLIC,
            ),
            (
                "visit_report",
                "Verslag werkbezoek Jinhai (fictief)",
                "Eigen organisatie",
                Classification.INTERNAL,
            ),
            (
                "due_diligence",
                "Notitie kennisveiligheidstoets Technische Universiteit Huaxin (fictief)",
                "Eigen organisatie",
                Classification.CONFIDENTIAL,
            ),
        )
        for key, title, publisher, classification in fictional:
            result = self.d.sources.create(
                SourceDraft(
                    title=title,
                    publisher=publisher,
                    published=PartialDate.day(self._months_ago(4)),
                    notes=_FICTIONAL_NOTE,
                    common=self._fictional(classification),
                )
            )
            self.sources[key] = result.record.meta.id

    def _real_ties(self) -> None:
        public = Common(classification=Classification.PUBLIC, tags=("demo",))
        for cp in _COUNTERPARTS:
            result = self.d.organisations.create(
                OrganisationDraft(
                    name_nl=cp.name_nl,
                    name_en=cp.name_en,
                    org_kind=OrganisationKind.GOVERNMENT,
                    hanzi=cp.hanzi,
                    place_adcode=cp.adcode,
                    place_text=cp.place_text,
                    common=public,
                )
            )
            self.orgs[cp.key] = result.record.meta.id
        for tie in _REAL_TIES:
            authority = self.d.authorities.by_code(tie.authority_code)
            sources = (SourceLink(self.sources[tie.source]),) if tie.source else ()
            self.d.ties.create(
                TieDraft(
                    authority_id=authority.meta.id,
                    organisation_id=self.orgs[tie.counterpart],
                    tie_type=tie.tie_type,
                    status=tie.status,
                    title=tie.title,
                    starts=tie.starts,
                    signed=tie.signed,
                    ends=tie.ends,
                    description=tie.description,
                    common=Common(
                        classification=Classification.PUBLIC, tags=("demo",), sources=sources
                    ),
                )
            )

    # -- fictional material -----------------------------------------------------------------

    def _fictional_orgs(self) -> None:
        for org in _FICTIONAL_ORGS:
            result = self.d.organisations.create(
                OrganisationDraft(
                    name_nl=org.name_nl,
                    name_en=org.name_en,
                    org_kind=org.kind,
                    hanzi=org.hanzi,
                    place_text=_JINHAI,
                    parent_id=self.orgs[org.parent] if org.parent else None,
                    notes=_FICTIONAL_NOTE,
                    common=self._fictional(Classification.INTERNAL),
                )
            )
            self.orgs[org.key] = result.record.meta.id

    def _persons(self) -> None:
        own = self.own.meta.id
        switch = PartialDate.month(
            self.meeting_days[_WANG_SWITCH].year, self.meeting_days[_WANG_SWITCH].month
        )
        adviser_switch = self._months_ago(30)
        theirs: tuple[tuple[str, str, str, str, tuple[PositionDraft, ...]], ...] = (
            (
                "wang",
                "Wang",
                "Wei",
                "王伟",
                (
                    PositionDraft(
                        "Directeur",
                        organisation_id=self.orgs["fao"],
                        starts=PartialDate.year(self.today.year - 7),
                        ends=switch,
                    ),
                    PositionDraft(
                        "Vicevoorzitter", organisation_id=self.orgs["friends"], starts=switch
                    ),
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
                        organisation_id=self.orgs["gov"],
                        starts=PartialDate.year(self.today.year - 4),
                    ),
                ),
            ),
            ("li", "Li", "Xiaomei", "李晓梅", ()),
            (
                "liu",
                "Liu",
                "Yang",
                "刘洋",
                (PositionDraft("Medewerker Europa", organisation_id=self.orgs["fao"]),),
            ),
            (
                "zhao",
                "Zhao",
                "Min",
                "赵敏",
                (
                    PositionDraft(
                        "Hoofd internationale betrekkingen", organisation_id=self.orgs["uni"]
                    ),
                ),
            ),
            (
                "zhou",
                "Zhou",
                "Haitao",
                "周海涛",
                (PositionDraft("Algemeen directeur", organisation_id=self.orgs["port"]),),
            ),
            (
                "zheng",
                "Zheng",
                "Qiang",
                "郑强",
                (PositionDraft("Voorzitter", organisation_id=self.orgs["trade"]),),
            ),
            (
                "sun",
                "Sun",
                "Li",
                "孙丽",
                (PositionDraft("Secretaris-generaal", organisation_id=self.orgs["friends"]),),
            ),
        )
        for key, family, given, hanzi, positions in theirs:
            facts: tuple[PoliticalFactDraft, ...] = ()
            if key == "li":
                facts = (
                    PoliticalFactDraft(
                        PoliticalFactKind.PARTY_POST,
                        "Partijsecretaris (书记) van Jinhai (fictief)",
                        self.sources["gov_list"],
                        self._months_ago(5),
                    ),
                )
            result = self.d.persons.create(
                PersonDraft(
                    family_name=family,
                    given_name=given,
                    hanzi=hanzi,
                    name_order=NameOrder.FAMILY_FIRST,
                    positions=positions,
                    political_facts=facts,
                    notes=_FICTIONAL_NOTE,
                    common=self._fictional(Classification.INTERNAL),
                )
            )
            self.persons[key] = result.record.meta.id
        ours: tuple[tuple[str, str, str | None, str, tuple[PositionDraft, ...]], ...] = (
            (
                "brouwer",
                "Brouwer-Çelik",
                None,
                "Anneloes",
                (
                    PositionDraft(
                        self.terms.portfolio_holder,
                        authority_id=own,
                        starts=PartialDate.year(self.today.year - 4),
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
                        starts=PartialDate.year(self.today.year - 6),
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
                (PositionDraft(self.terms.clerk, authority_id=own),),
            ),
            (
                "dijkstra",
                "Dijkstra",
                None,
                "Fenna",
                (PositionDraft("Chief Information Security Officer (CISO)", authority_id=own),),
            ),
        )
        for key, family, tussenvoegsel, given, positions in ours:
            result = self.d.persons.create(
                PersonDraft(
                    family_name=family,
                    given_name=given,
                    tussenvoegsel=tussenvoegsel,
                    name_order=NameOrder.GIVEN_FIRST,
                    positions=positions,
                    notes=_FICTIONAL_NOTE,
                    common=self._fictional(Classification.INTERNAL),
                )
            )
            self.persons[key] = result.record.meta.id
        self.ours = [self.persons["brouwer"], self.persons["heuvel"], self.persons["ozturk"]]

    def _fictional_ties(self) -> None:
        own = self.own.meta.id
        signed = self._months_ago(32)
        knowledge_start = self._months_ago(40)
        other_start, other_end = self._months_ago(20), self._months_ago(8)
        specs = (
            (
                "mou",
                "gov",
                TieType.MOU,
                TieStatus.ACTIVE,
                "Memorandum of Understanding stedelijke samenwerking met Jinhai (fictief)",
                PartialDate.day(signed),
                PartialDate.day(signed),
                None,
                add_months(signed, 48),
                add_months(self.today, 2),
                "Fictief MoU over uitwisseling op havens, duurzaamheid en onderwijs; looptijd vier "
                "jaar met een evaluatieclausule.",
                Classification.INTERNAL,
            ),
            (
                "knowledge",
                "uni",
                TieType.KNOWLEDGE,
                TieStatus.SUSPENDED,
                "Kennissamenwerking met de Technische Universiteit Huaxin (fictief)",
                PartialDate.month(knowledge_start.year, knowledge_start.month),
                None,
                None,
                None,
                None,
                "Opgeschort in afwachting van een kennisveiligheidstoets (fictief).",
                Classification.CONFIDENTIAL,
            ),
            (
                "economic",
                "port",
                TieType.ECONOMIC,
                TieStatus.PREPARATION,
                "Logistieke samenwerking met de Haven- en Logistiekgroep Jinhai (fictief)",
                None,
                None,
                None,
                None,
                None,
                "In voorbereiding; nog geen besluit van het bestuur (fictief).",
                Classification.INTERNAL,
            ),
            (
                "loi",
                "fao",
                TieType.LETTER_OF_INTENT,
                TieStatus.DORMANT,
                "Intentieverklaring ambtelijke uitwisseling met het Buitenlandbureau Jinhai "
                "(fictief)",
                PartialDate.year(self.today.year - 5),
                PartialDate.year(self.today.year - 5),
                None,
                None,
                None,
                "Slapende intentieverklaring: sinds jaren geen activiteiten (fictief).",
                Classification.INTERNAL,
            ),
            (
                "other",
                "trade",
                TieType.OTHER,
                TieStatus.ENDED,
                "Handelsdagen met de Handelsbevorderingsraad Jinhai (fictief)",
                PartialDate.month(other_start.year, other_start.month),
                None,
                PartialDate.month(other_end.year, other_end.month),
                None,
                None,
                "Afspraak over twee handelsdagen, afgerond (fictief).",
                Classification.PUBLIC,
            ),
        )
        for (
            key,
            org,
            tie_type,
            status,
            title,
            starts,
            signed_on,
            ends,
            term_ends_on,
            evaluation_on,
            description,
            classification,
        ) in specs:
            result = self.d.ties.create(
                TieDraft(
                    authority_id=own,
                    organisation_id=self.orgs[org],
                    tie_type=tie_type,
                    status=status,
                    title=title,
                    starts=starts,
                    signed=signed_on,
                    ends=ends,
                    term_ends_on=term_ends_on,
                    evaluation_on=evaluation_on,
                    description=description,
                    common=self._fictional(classification),
                )
            )
            self.ties[key] = result.record.meta.id

    def _meetings(self) -> None:
        own = self.own.meta.id
        for spec, held_on in zip(_MEETINGS, self.meeting_days, strict=True):
            ours = self.rng.sample(self.ours, self.rng.randint(1, 2))
            participants = [ParticipantDraft(ParticipantSide.OURS, authority_id=own)]
            participants += [ParticipantDraft(ParticipantSide.OURS, person_id=p) for p in ours]
            participants += [
                ParticipantDraft(ParticipantSide.THEIRS, organisation_id=self.orgs[o])
                for o in spec.orgs
            ]
            participants += [
                ParticipantDraft(ParticipantSide.THEIRS, person_id=self.persons[p])
                for p in spec.persons
            ]
            gift_value = self.rng.randrange(1500, 30000, 500) if spec.gifts else None
            costs = self.rng.randrange(150000, 900000, 5000) if spec.costs else None
            place = self.terms.building if spec.place_text == _HOME else spec.place_text
            result = self.d.meetings.create(
                MeetingDraft(
                    held_on=held_on,
                    meeting_kind=spec.kind,
                    title=spec.title,
                    direction=spec.direction,
                    start_time=dt.time(self.rng.choice((9, 10, 14, 15))),
                    place_adcode=spec.place_adcode,
                    place_text=place,
                    summary=f"{_FICTIONAL_NOTE} Verslag van het contactmoment.",
                    topics=spec.topics,
                    gifts=spec.gifts,
                    gift_value_cents=gift_value,
                    costs_cents=costs,
                    participants=tuple(participants),
                    tie_ids=(self.ties[spec.tie],) if spec.tie else (),
                    common=self._fictional(spec.classification),
                )
            )
            self.meetings.append(result.record.meta.id)

    def _decisions(self) -> dict[DecisionKind, uuid.UUID]:
        t = self.terms
        own = self.own.meta.id
        signed = self._months_ago(32)
        mou, knowledge = self.ties["mou"], self.ties["knowledge"]
        permanent = RetentionCategory.PERMANENT
        specs = (
            (
                DecisionKind.COUNCIL_DECISION,
                t.council_body,
                signed - dt.timedelta(days=21),
                f"{t.council_decision}: instemming met het MoU met Jinhai (fictief)",
                DecisionOutcome.ADOPTED,
                (31, 14),
                (mou,),
                permanent,
            ),
            (
                DecisionKind.AMENDMENT,
                t.council_body,
                signed - dt.timedelta(days=21),
                "Amendement 'Evaluatie na twee jaar' (fictief)",
                DecisionOutcome.REJECTED,
                (18, 27),
                (mou,),
                permanent,
            ),
            (
                DecisionKind.EXECUTIVE_DECISION,
                t.executive_body,
                signed - dt.timedelta(days=7),
                f"{t.executive_decision}: ondertekening van het MoU met Jinhai (fictief)",
                DecisionOutcome.ADOPTED,
                None,
                (mou,),
                permanent,
            ),
            (
                DecisionKind.MOTION,
                t.council_body,
                self._months_ago(12),
                "Motie 'Mensenrechten in de samenwerking met Jinhai' (fictief)",
                DecisionOutcome.ADOPTED,
                (25, 20),
                (mou,),
                permanent,
            ),
            (
                DecisionKind.COUNCIL_QUESTIONS,
                t.council_body,
                self._months_ago(5),
                f"{t.questions} over de kennissamenwerking met de Technische Universiteit Huaxin "
                "(fictief)",
                DecisionOutcome.NOT_APPLICABLE,
                None,
                (knowledge, self.orgs["uni"]),
                RetentionCategory.UNDECIDED,
            ),
            (
                DecisionKind.COMMITMENT,
                t.executive_body,
                self._months_ago(4),
                f"Toezegging: {t.council} informeren over de kennisveiligheidstoets (fictief)",
                DecisionOutcome.NOT_APPLICABLE,
                None,
                (knowledge,),
                RetentionCategory.UNDECIDED,
            ),
            (
                DecisionKind.COUNCIL_INFORMATION_LETTER,
                t.executive_body,
                self._months_ago(3),
                f"{t.info_letter}: opschorting van de kennissamenwerking met de Technische "
                "Universiteit Huaxin (fictief)",
                DecisionOutcome.NOT_APPLICABLE,
                None,
                (knowledge, mou),
                RetentionCategory.UNDECIDED,
            ),
        )
        made: dict[DecisionKind, uuid.UUID] = {}
        for index, (kind, body, on, title, outcome, votes, links, retention) in enumerate(
            specs, start=1
        ):
            classification = (
                Classification.INTERNAL
                if kind is DecisionKind.COMMITMENT
                else Classification.PUBLIC
            )
            result = self.d.decisions.create(
                DecisionDraft(
                    authority_id=own,
                    body=body,
                    decision_kind=kind,
                    decided_on=on,
                    title=title,
                    outcome=outcome,
                    reference=f"DEMO-{on.year}-{index:03d}",
                    summary=_FICTIONAL_NOTE,
                    votes_for=votes[0] if votes else None,
                    votes_against=votes[1] if votes else None,
                    link_ids=links,
                    common=self._fictional(classification, retention=retention),
                )
            )
            made[kind] = result.record.meta.id
        return made

    def _actions(self, decisions: dict[DecisionKind, uuid.UUID]) -> None:
        m = self.meetings
        days = self.meeting_days
        overdue_due = min(days[15] + dt.timedelta(days=60), self.today - dt.timedelta(days=14))
        specs: tuple[
            tuple[
                str,
                str,
                dt.date,
                ActionStatus,
                dt.date | None,
                uuid.UUID | None,
                uuid.UUID | None,
                Classification,
            ],
            ...,
        ] = (
            (
                "Geschenk registreren in het geschenkenregister",
                "Joëlle van den Heuvel",
                days[1] + dt.timedelta(days=7),
                ActionStatus.DONE,
                days[1] + dt.timedelta(days=3),
                m[1],
                None,
                Classification.INTERNAL,
            ),
            (
                "USB-stick inleveren bij de CISO en melden",
                "Fenna Dijkstra",
                days[6] + dt.timedelta(days=3),
                ActionStatus.DONE,
                days[6] + dt.timedelta(days=2),
                m[6],
                None,
                Classification.CONFIDENTIAL,
            ),
            (
                "Uitnodiging voor betaalde reis afwijzen en de raad informeren",
                "Anneloes Brouwer-Çelik",
                days[9] + dt.timedelta(days=14),
                ActionStatus.DONE,
                days[9] + dt.timedelta(days=10),
                m[9],
                None,
                Classification.INTERNAL,
            ),
            (
                "Bezoekersprotocol opstellen voor kennisinstellingen",
                "Joëlle van den Heuvel",
                days[3] + dt.timedelta(days=30),
                ActionStatus.CANCELLED,
                None,
                m[3],
                None,
                Classification.INTERNAL,
            ),
            (
                "Kennisveiligheidstoets laten uitvoeren via het Loket Kennisveiligheid",
                "Joëlle van den Heuvel",
                overdue_due,
                ActionStatus.OPEN,
                None,
                m[15],
                None,
                Classification.CONFIDENTIAL,
            ),
            (
                "Verzoek om gastenlijst melden via de meldroute van de NCTV",
                "Daniël Öztürk",
                days[16] + dt.timedelta(days=7),
                ActionStatus.DONE,
                days[16] + dt.timedelta(days=5),
                m[16],
                None,
                Classification.CONFIDENTIAL,
            ),
            (
                "Evaluatie van het MoU voorbereiden",
                "Joëlle van den Heuvel",
                self.today + dt.timedelta(days=45),
                ActionStatus.OPEN,
                None,
                m[27],
                None,
                Classification.INTERNAL,
            ),
            (
                f"{self.terms.council.capitalize()} informeren over de uitkomst van de "
                "kennisveiligheidstoets",
                "Anneloes Brouwer-Çelik",
                self.today + dt.timedelta(days=30),
                ActionStatus.OPEN,
                None,
                None,
                decisions[DecisionKind.COMMITMENT],
                Classification.INTERNAL,
            ),
            (
                "Mensenrechtenparagraaf opnemen in de evaluatie van het MoU",
                "Joëlle van den Heuvel",
                self.today + dt.timedelta(days=60),
                ActionStatus.OPEN,
                None,
                None,
                decisions[DecisionKind.MOTION],
                Classification.PUBLIC,
            ),
        )
        for what, owner, due, status, done_on, meeting, decision, classification in specs:
            self.d.actions.create(
                ActionDraft(
                    what=what,
                    owner=owner,
                    due_on=due,
                    status=status,
                    done_on=done_on,
                    meeting_id=meeting,
                    decision_id=decision,
                    common=self._fictional(classification),
                )
            )

    def _risks(self) -> None:
        long_ago = self._months_ago(14)
        specs: tuple[
            tuple[
                uuid.UUID,
                str,
                str,
                tuple[int, int, int, int],
                dt.date,
                dt.date | None,
                Treatment,
                KnowledgeStrength,
                Classification,
                str,
                tuple[str, ...],
            ],
            ...,
        ] = (
            (
                self.ties["knowledge"],
                "R-KV",
                "Belangstelling voor niet-openbare onderzoeksfaciliteiten (fictief)",
                (5, 5, 4, 5),
                self.today - dt.timedelta(days=10),
                None,
                Treatment.MITIGATE,
                KnowledgeStrength.HIGH,
                Classification.CONFIDENTIAL,
                "Due diligence via het Loket Kennisveiligheid; bezoekersprotocol; samenwerking "
                "opgeschort.",
                ("due_diligence",),
            ),
            (
                self.orgs["friends"],
                "R-POL",
                "Vriendschapsvereniging als tussenpersoon bij uitnodigingen (fictief)",
                (4, 5, 4, 4),
                self._months_ago(7),
                None,
                Treatment.MITIGATE,
                KnowledgeStrength.MEDIUM,
                Classification.INTERNAL,
                "Reizen zelf betalen; uitnodigingen via de griffie; raadsleden briefen.",
                ("clingendael",),
            ),
            (
                self.orgs["friends"],
                "R-OBI",
                "Verzoek om de gastenlijst van een bewonersbijeenkomst (fictief)",
                (3, 5, 2, 5),
                self._months_ago(2),
                self.today - dt.timedelta(days=7),
                Treatment.MITIGATE,
                KnowledgeStrength.MEDIUM,
                Classification.CONFIDENTIAL,
                "Nooit inwonersgegevens delen; melden via de meldroute van de NCTV.",
                (),
            ),
            (
                self.orgs["port"],
                "R-ECO",
                "Interesse in logistieke investeringen met exclusiviteit (fictief)",
                (4, 4, 2, 3),
                self._months_ago(1),
                None,
                Treatment.MITIGATE,
                KnowledgeStrength.MEDIUM,
                Classification.INTERNAL,
                "Bewustzijn investeringstoets (Wet Vifo); afhankelijkheden spreiden.",
                (),
            ),
            (
                self.ties["mou"],
                "R-MR",
                "Vragen over mensenrechten in de samenwerking (fictief)",
                (4, 3, 3, 3),
                self._months_ago(3),
                None,
                Treatment.MITIGATE,
                KnowledgeStrength.MEDIUM,
                Classification.PUBLIC,
                "Mensenrechtenparagraaf; evaluatieclausule in het MoU.",
                (),
            ),
            (
                self.meetings[6],
                "R-SPI",
                "USB-stick als relatiegeschenk (fictief)",
                (3, 3, 2, 2),
                self._months_ago(2),
                None,
                Treatment.MITIGATE,
                KnowledgeStrength.HIGH,
                Classification.INTERNAL,
                "Geschenkenregister; melden bij de CISO; schone apparaten op reis.",
                ("visit_report",),
            ),
            (
                self.ties["mou"],
                "R-GOV",
                "Evaluatie van het MoU niet tijdig ingepland (fictief)",
                (3, 3, 2, 2),
                long_ago,
                None,
                Treatment.MITIGATE,
                KnowledgeStrength.MEDIUM,
                Classification.INTERNAL,
                "Evaluatiecyclus vastleggen; actieve informatieplicht.",
                (),
            ),
            (
                self.persons["wang"],
                "R-PRIV",
                "Persoonsgegevens van de tegenpartij zuinig vastleggen (fictief)",
                (2, 4, 1, 3),
                self._months_ago(6),
                None,
                Treatment.ACCEPT,
                KnowledgeStrength.LOW,
                Classification.INTERNAL,
                "Minimale velden; alleen gebronde feiten.",
                (),
            ),
        )
        notes: list[tuple[uuid.UUID, int]] = []
        for (
            subject,
            category,
            title,
            scores,
            assessed_on,
            next_review,
            treatment,
            knowledge,
            classification,
            measures,
            source_keys,
        ) in specs:
            il, ii, rl, ri = scores
            result = self.d.risk_notes.create(
                RiskNoteDraft(
                    subject_id=subject,
                    category_code=category,
                    title=title,
                    assessment=AssessmentDraft(
                        il,
                        ii,
                        rl,
                        ri,
                        assessed_on=assessed_on,
                        note="Eerste beoordeling (fictief).",
                    ),
                    description=_FICTIONAL_NOTE,
                    measures=measures,
                    treatment=treatment,
                    owner="Joëlle van den Heuvel",
                    status=RiskStatus.OPEN,
                    next_review_on=next_review,
                    knowledge_strength=knowledge,
                    common=self._fictional(
                        classification, sources=[self.sources[k] for k in source_keys]
                    ),
                )
            )
            notes.append((result.record.meta.id, result.record.meta.version))
        note_id, version = notes[1]
        self.d.risk_notes.reassess(
            note_id,
            AssessmentDraft(
                4,
                5,
                3,
                4,
                assessed_on=self._months_ago(1),
                note="Herbeoordeling na afwijzing van de betaalde reis (fictief).",
            ),
            expected_version=version,
        )
