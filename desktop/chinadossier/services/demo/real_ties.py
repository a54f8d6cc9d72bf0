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
    """A real tie: an authority (CBS code), its counterpart (key) and source (key).

    Only what DOMAIN.md §7 states is filled in; a type or status it does not state is
    ``UNKNOWN`` ("onbekend"), a date it does not state is None.
    """

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
    term_starts: PartialDate | None = None
    term_ends: PartialDate | None = None
    renewed: PartialDate | None = None


_T, _S = TieType, TieStatus

#: The real ties of DOMAIN.md §7, with exactly their stated facts (§7's wording in the comment).
REAL_TIES = (
    # "Rotterdam–Shanghai 上海, zusterstad since 1979 (first NL–CN tie; VNG)"
    RealTie(
        "GM0599", "shanghai", "Rotterdam – Shanghai", _T.SISTER_CITY, _S.UNKNOWN,
        PartialDate.year(1979), None,
        "Zusterstad sinds 1979; de eerste Nederlands-Chinese band.", "vng",
    ),
    # "Amsterdam–Beijing 北京, vriendschapsband, agreement 1994 (citego)"
    RealTie(
        "GM0363", "beijing", "Amsterdam – Beijing", _T.FRIENDSHIP, _S.UNKNOWN,
        None, None, "Vriendschapsband; overeenkomst uit 1994.", "citego",
        signed=PartialDate.year(1994),
    ),
    # "Groningen–Tianjin 天津, c. 1985 (OOG TV 2015)"
    RealTie(
        "GM0014", "tianjin", "Groningen – Tianjin", _T.UNKNOWN, _S.UNKNOWN,
        PartialDate.year(1985, circa=True), None, "Band sinds ca. 1985.", "oog",
    ),
    # "Maastricht–Chengdu 成都, stedenband 2012 (Provincie Limburg)"
    RealTie(
        "GM0935", "chengdu", "Maastricht – Chengdu", _T.CITY_PARTNERSHIP, _S.UNKNOWN,
        PartialDate.year(2012), None, "Stedenband sinds 2012.", "limburg",
    ),
    # "Provincie Limburg–Sichuan 四川, 2014."
    RealTie(
        "PV31", "sichuan", "Provincie Limburg – Sichuan", _T.UNKNOWN, _S.UNKNOWN,
        PartialDate.year(2014), None, f"Band sinds 2014. {NO_SOURCE}", None,
    ),
    # "Provincie Fryslân–Sichuan, 2001."
    RealTie(
        "PV21", "sichuan", "Provincie Fryslân – Sichuan", _T.UNKNOWN, _S.UNKNOWN,
        PartialDate.year(2001), None, f"Band sinds 2001. {NO_SOURCE}", None,
    ),
    # "Zuid-Holland–Hebei 河北, relation since 1993, friendship treaty 2007, MoU 2021–2025"
    RealTie(
        "PV28", "hebei", "Provincie Zuid-Holland – Hebei", _T.FRIENDSHIP, _S.UNKNOWN,
        PartialDate.year(1993), None,
        "Relatie sinds 1993; vriendschapsverdrag in 2007; Memorandum of Understanding 2021–2025.",
        "zuid_holland",
        signed=PartialDate.year(2007),
        term_starts=PartialDate.year(2021),
        term_ends=PartialDate.year(2025),
    ),
    # "Noord-Brabant–Jiangsu 江苏, zusterprovincie since 1994, renewed 2024 (Omroep Brabant)"
    RealTie(
        "PV30", "jiangsu", "Provincie Noord-Brabant – Jiangsu", _T.SISTER_CITY, _S.UNKNOWN,
        PartialDate.year(1994), None, "Zusterprovincie sinds 1994; verlengd in 2024.",
        "omroep_brabant",
        renewed=PartialDate.year(2024),
    ),
    # "Provincie Utrecht–Guangdong 广东, 1995, ended by Provinciale Staten 16 Nov 2022 (NOS)"
    RealTie(
        "PV26", "guangdong", "Provincie Utrecht – Guangdong", _T.UNKNOWN, _S.ENDED,
        PartialDate.year(1995), PartialDate.day(dt.date(2022, 11, 16)),
        "Band sinds 1995; beëindigd door Provinciale Staten op 16 november 2022.", "nos",
    ),
    # "Arnhem–Wuhan 武汉, ended July 2021 after a motion (NRC)"
    RealTie(
        "GM0202", "wuhan", "Arnhem – Wuhan", _T.UNKNOWN, _S.ENDED,
        None, PartialDate.month(2021, 7),
        "Beëindigd in juli 2021 na een motie van de gemeenteraad; de eerste van een reeks "
        "beëindigingen.",
        "nrc",
    ),
    # "Breda–Yangzhou 扬州, 2009, ended 2023 (Breda nieuws)"
    RealTie(
        "GM0758", "yangzhou", "Breda – Yangzhou", _T.UNKNOWN, _S.ENDED,
        PartialDate.year(2009), PartialDate.year(2023),
        "Band sinds 2009; beëindigd in 2023.", "breda_nieuws",
    ),
    # "Eindhoven–Nanjing 南京, ended Nov 2022 after a Volt motion (AD)"
    RealTie(
        "GM0772", "nanjing", "Eindhoven – Nanjing", _T.UNKNOWN, _S.ENDED,
        None, PartialDate.month(2022, 11),
        "Beëindigd in november 2022 na een motie van Volt.", "ad",
    ),
    # "Tilburg–Changzhou 常州, c. 1997, ended 2022/23 [onzeker date]"
    RealTie(
        "GM0855", "changzhou", "Tilburg – Changzhou", _T.UNKNOWN, _S.ENDED,
        PartialDate.year(1997, circa=True), PartialDate.years(2022, 2023, uncertain=True),
        f"Band sinds ca. 1997; beëindigd in 2022/23 (datum onzeker). {NO_SOURCE}", None,
    ),
    # "Weert–Yuhang 余杭 (Hangzhou), c. 2008, ended [onzeker date]"
    RealTie(
        "GM0988", "yuhang", "Weert – Yuhang (Hangzhou)", _T.UNKNOWN, _S.ENDED,
        PartialDate.year(2008, circa=True), None,
        f"Band sinds ca. 2008; beëindigd, maar wanneer is niet bekend. {NO_SOURCE}", None,
    ),
    # "Oss–Taizhou 泰州 (Jiangsu) [onzeker date]"
    RealTie(
        "GM0828", "taizhou", "Oss – Taizhou (Jiangsu)", _T.UNKNOWN, _S.UNKNOWN,
        None, None, f"De datum van deze band is onzeker en niet bevestigd. {NO_SOURCE}", None,
    ),
)
