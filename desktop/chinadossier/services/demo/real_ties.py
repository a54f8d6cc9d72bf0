"""The real ties of DOMAIN.md §7 and their Chinese counterparts, with exactly their facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chinadossier.domain.codes import TieStatus, TieType
from chinadossier.domain.partial_date import PartialDate


@dataclass(frozen=True, slots=True)
class Counterpart:
    """The government of a Chinese place; key is how a real tie refers to it."""

    key: str
    name_nl: str
    name_en: str
    hanzi: str
    adcode: str | None = None
    place_text: str | None = None


#: The Chinese side of the real ties: governments of the places named in DOMAIN.md §7.
COUNTERPARTS = (
    Counterpart("shanghai", "Shanghai (stad)", "Shanghai", "上海市", "310000"),
    Counterpart("beijing", "Beijing (stad)", "Beijing", "北京市", "110000"),
    Counterpart("tianjin", "Tianjin (stad)", "Tianjin", "天津市", "120000"),
    Counterpart("chengdu", "Chengdu (stad)", "Chengdu", "成都市", "510100"),
    Counterpart("sichuan", "Sichuan (provincie)", "Sichuan", "四川省", "510000"),
    Counterpart("hebei", "Hebei (provincie)", "Hebei", "河北省", "130000"),
    Counterpart("jiangsu", "Jiangsu (provincie)", "Jiangsu", "江苏省", "320000"),
    Counterpart("guangdong", "Guangdong (provincie)", "Guangdong", "广东省", "440000"),
    Counterpart("wuhan", "Wuhan (stad)", "Wuhan", "武汉市", "420100"),
    Counterpart("yangzhou", "Yangzhou (stad)", "Yangzhou", "扬州市", "321000"),
    Counterpart("nanjing", "Nanjing (stad)", "Nanjing", "南京市", "320100"),
    Counterpart("changzhou", "Changzhou (stad)", "Changzhou", "常州市", "320400"),
    Counterpart("yuhang", "Yuhang (Hangzhou)", "Yuhang", "余杭", None, "Yuhang 余杭 (Hangzhou)"),
    Counterpart("taizhou", "Taizhou (stad, Jiangsu)", "Taizhou", "泰州市", "321200"),
)

NO_SOURCE = "De bron van dit feit is nog niet vastgelegd; controleer het voordat u het gebruikt."


@dataclass(frozen=True, slots=True)
class RealTie:
    """A real tie: an authority (CBS code), its counterpart (key) and source (key)."""

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
REAL_TIES = (
    RealTie(
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
    RealTie(
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
    RealTie(
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
    RealTie(
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
    RealTie(
        "PV31",
        "sichuan",
        "Provincie Limburg – Sichuan",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(2014),
        None,
        f"Band sinds 2014. {NO_SOURCE}",
        None,
    ),
    RealTie(
        "PV21",
        "sichuan",
        "Provincie Fryslân – Sichuan",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        PartialDate.year(2001),
        None,
        f"Band sinds 2001. {NO_SOURCE}",
        None,
    ),
    RealTie(
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
    RealTie(
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
    RealTie(
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
    RealTie(
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
    RealTie(
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
    RealTie(
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
    RealTie(
        "GM0855",
        "changzhou",
        "Tilburg – Changzhou",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        PartialDate.year(1997, circa=True),
        PartialDate.parse("2022/23 [onzeker]"),
        f"Band sinds ca. 1997; beëindigd in 2022 of 2023 (datum onzeker). {NO_SOURCE}",
        None,
    ),
    RealTie(
        "GM0988",
        "yuhang",
        "Weert – Yuhang (Hangzhou)",
        TieType.SISTER_CITY,
        TieStatus.ENDED,
        PartialDate.year(2008, circa=True),
        None,
        f"Band sinds ca. 2008; beëindigd, maar wanneer is niet bekend. {NO_SOURCE}",
        None,
    ),
    RealTie(
        "GM0828",
        "taizhou",
        "Oss – Taizhou (Jiangsu)",
        TieType.SISTER_CITY,
        TieStatus.ACTIVE,
        None,
        None,
        f"De datum van deze band is onzeker en niet bevestigd. {NO_SOURCE}",
        None,
    ),
)
