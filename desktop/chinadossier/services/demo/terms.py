"""The words and bodies the demo uses for a municipality and for a province."""

from __future__ import annotations

from dataclasses import dataclass

from chinadossier.domain.codes import DecisionBody


@dataclass(frozen=True, slots=True)
class Terms:
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


MUNICIPALITY = Terms(
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
PROVINCE = Terms(
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
