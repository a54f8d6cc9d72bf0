"""The sources of the real facts of DOMAIN.md §7, with only what the domain says of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chinadossier.domain.partial_date import PartialDate


@dataclass(frozen=True, slots=True)
class Source:
    """A public source; key is how the real ties refer to it."""

    key: str
    publisher: str
    title: str
    published: PartialDate | None = None
    notes: str | None = None


SOURCE_NOTE = (
    "Alleen uitgever en feit zijn bekend; titel, datum en webadres van het oorspronkelijke "
    "artikel zijn niet opgenomen. Zoek en controleer het stuk voordat u deze bron citeert."
)

#: The sources of DOMAIN.md §7, with only what the domain description says of them.
SOURCES = (
    Source(
        "vng",
        "VNG",
        "VNG: Rotterdam–Shanghai, zusterstad sinds 1979 (eerste Nederlands-Chinese band)",
    ),
    Source("citego", "citego", "citego: Amsterdam–Beijing, vriendschapsband, overeenkomst 1994"),
    Source(
        "oog", "OOG TV", "OOG TV: Groningen–Tianjin, band sinds ca. 1985", PartialDate.year(2015)
    ),
    Source(
        "limburg", "Provincie Limburg", "Provincie Limburg: Maastricht–Chengdu, stedenband 2012"
    ),
    Source(
        "zuid_holland",
        "Provincie Zuid-Holland",
        "Provincie Zuid-Holland: Zuid-Holland–"
        "Hebei, relatie sinds 1993, vriendschapsverdrag 2007, MoU 2021–2025",
    ),
    Source(
        "omroep_brabant",
        "Omroep Brabant",
        "Omroep Brabant: Noord-Brabant–Jiangsu, zusterprovincie sinds 1994, verlengd in 2024",
    ),
    Source(
        "nos",
        "NOS",
        "NOS: Provinciale Staten van Utrecht beëindigen de band met Guangdong (16 november 2022)",
    ),
    Source(
        "nrc",
        "NRC",
        "NRC: sinds medio 2021 ten minste 8 gemeenten en 2 provincies gestopt "
        "met hun band met China; Arnhem–Wuhan als eerste (juli 2021, na een motie)",
        PartialDate.day(dt.date(2023, 5, 7)),
    ),
    Source("breda_nieuws", "Breda nieuws", "Breda nieuws: Breda–Yangzhou (2009) beëindigd in 2023"),
    Source("ad", "AD", "AD: Eindhoven–Nanjing beëindigd in november 2022 na een motie van Volt"),
    Source(
        "clingendael",
        "Clingendael",
        "Vriendschap winnen. Waartoe onderhoudt China banden "
        "met Nederlandse gemeenten en provincies?",
        PartialDate.month(2022, 1),
        "Ties Dams, Instituut Clingendael, januari 2022; geschreven voor de NCTV.",
    ),
)
