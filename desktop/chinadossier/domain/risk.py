"""Risk rules (DOMAIN.md §4): score = likelihood × impact, levels and review intervals as data."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from chinadossier.domain.codes import RiskLevel


@dataclass(frozen=True, slots=True)
class LevelRule:
    """Scores from min_score up to the next rule's min_score fall in this level."""

    level: RiskLevel
    min_score: int
    review_months: int


@dataclass(frozen=True, slots=True)
class Matrix:
    """One version of the 5×5 matrix."""

    version: int
    name: str
    rules: tuple[LevelRule, ...]

    def level(self, likelihood: int, impact: int) -> RiskLevel:
        """The level of a score under this matrix."""
        score = likelihood * impact
        current = self.rules[0].level
        for rule in self.rules:
            if score >= rule.min_score:
                current = rule.level
        return current

    def review_months(self, level: RiskLevel) -> int:
        """How often a risk of this level is reviewed."""
        return next(rule.review_months for rule in self.rules if rule.level is level)

    def to_definition(self) -> dict[str, Any]:
        """JSON form stored with the matrix."""
        return {
            "scale": 5,
            "levels": [
                {"level": r.level.value, "min_score": r.min_score, "review_months": r.review_months}
                for r in self.rules
            ],
        }

    @classmethod
    def from_definition(cls, version: int, name: str, definition: dict[str, Any]) -> Matrix:
        """Read a stored matrix."""
        rules = tuple(
            LevelRule(RiskLevel(item["level"]), int(item["min_score"]), int(item["review_months"]))
            for item in definition["levels"]
        )
        return cls(version, name, rules)


DEFAULT_MATRIX = Matrix(
    version=1,
    name="Standaard 5×5",
    rules=(
        LevelRule(RiskLevel.LOW, 1, 12),
        LevelRule(RiskLevel.MEDIUM, 5, 6),
        LevelRule(RiskLevel.HIGH, 10, 3),
        LevelRule(RiskLevel.VERY_HIGH, 20, 1),
    ),
)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day some months later (clamped to the month's end)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def in_scale(value: object) -> bool:
    """Whether a value is a whole number from 1 to 5."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5


@dataclass(frozen=True, slots=True)
class DefaultCategory:
    """A category of the default set."""

    code: str
    name_nl: str
    name_en: str
    red_flags: str
    typical_measures: str


DEFAULT_CATEGORIES = (
    DefaultCategory(
        "R-POL",
        "Politieke beïnvloeding",
        "Political influence",
        "Tegenpartij of tussenpersoon is CPAFFC, een vriendschapsvereniging, UFWD of CPPCC; "
        "verzoeken om gezamenlijke verklaringen (BRI, één-China-formuleringen); betaalde reizen "
        "voor raadsleden; druk na kritische debatten.",
        "In kaart brengen wie achter de tegenpartij zit; neutrale, getoetste teksten; eigen reizen "
        "zelf betalen; ambtenaren briefen; afstemmen met Buitenlandse Zaken.",
    ),
    DefaultCategory(
        "R-MR",
        "Mensenrechten & reputatie",
        "Human rights & reputation",
        "Partnerregio verbonden met dwangarbeid of repressie; moties, persvragen, petities; "
        "evenementen op gevoelige data.",
        "Mensenrechtenparagraaf in beleid; MoU's met looptijd en evaluatieclausule; "
        "gedocumenteerd raadsbesluit.",
    ),
    DefaultCategory(
        "R-KV",
        "Kennisveiligheid",
        "Knowledge security & technology transfer",
        "Interesse in specifieke labs, campussen, bedrijven of data; bezoek aan niet-openbare "
        "locaties; partner op lijsten van defensie-universiteiten; dunne online voetafdruk.",
        "Due diligence (Loket Kennisveiligheid); exportcontrole- en sanctiecheck; "
        "bezoekersprotocol.",
    ),
    DefaultCategory(
        "R-ECO",
        "Economische afhankelijkheid",
        "Economic dependency & investment",
        "Aanbod om te investeren in haven, logistiek, energie; overname van een lokaal bedrijf; "
        "exclusiviteitsvoorwaarden; leverancier op sanctielijsten.",
        "Bewustzijn investeringstoets (Wet Vifo); screening bij aanbesteding; afhankelijkheden "
        "spreiden.",
    ),
    DefaultCategory(
        "R-SPI",
        "Spionage, cyber & data",
        "Espionage, cyber & data",
        "Geschenken, diners, interesse in privéleven; verzoeken om interne stukken of "
        "contactlijsten; USB-geschenken; hotel-wifi tijdens werkbezoek.",
        "Schone apparaten op reis; geschenkenregister; melden bij de CISO; need-to-know-dossiers.",
    ),
    DefaultCategory(
        "R-OBI",
        "Ongewenste buitenlandse inmenging",
        "Foreign interference in the community",
        "Berichten over 'overzeese politiebureaus'; partijlijn-uitspraken door lokale groepen; "
        "intimidatie van Oeigoerse, Tibetaanse of Hongkongse inwoners; verzoeken om gastenlijsten.",
        "Meldroute NCTV; openbare-ordetaak van de burgemeester; nooit inwonersgegevens delen.",
    ),
    DefaultCategory(
        "R-PRIV",
        "Privacy & rechtmatigheid",
        "Privacy & lawfulness of the register",
        "Speculatie over loyaliteit van personen; partijlidmaatschap zonder bron; te lang "
        "bewaren; ongecontroleerde exports.",
        "Minimale velden, gebronde feiten, bewaartermijnen, exportlog.",
    ),
    DefaultCategory(
        "R-GOV",
        "Bestuur & integriteit",
        "Governance & integrity",
        "Reizen niet aangekondigd; MoU getekend zonder raadsbetrokkenheid; geen evaluatie; "
        "onduidelijke kosten; slapende banden.",
        "Actieve informatieplicht; evaluatiecyclus; openbare delegatie-agenda; kosten bijhouden.",
    ),
)
