"""How a tie's dates read in Dutch: an ended tie by its end, an unknown start as unknown."""

from __future__ import annotations

from chinadossier.domain.codes import DatePrecision, TieStatus
from chinadossier.domain.partial_date import PartialDate


def ended_on(value: PartialDate) -> str:
    """When something happened: "op 16 november 2022" for a day, "in juli 2021" otherwise."""
    word = "op" if value.precision is DatePrecision.DAY and value.until_year is None else "in"
    return f"{word} {value.dutch()}"


def tie_period(
    status: TieStatus,
    starts: PartialDate | None,
    signed: PartialDate | None,
    ends: PartialDate | None,
) -> str:
    """The period of a tie as one phrase, never claiming more than is known.

    An ended tie reads by its end ("beëindigd in juli 2021"; "beëindigd, datum onbekend");
    any other tie by its start ("sinds ca. 1985"), else by its agreement ("overeenkomst 1994"),
    else "begindatum onbekend".

    Args:
        status: The tie's status.
        starts: When it began, if known.
        signed: When its agreement was signed, if known.
        ends: When it ended, if known.

    Returns:
        A Dutch phrase.
    """
    if status is TieStatus.ENDED:
        return f"beëindigd {ended_on(ends)}" if ends else "beëindigd, datum onbekend"
    if starts is not None:
        text = f"sinds {starts.dutch()}"
    elif signed is not None:
        text = f"overeenkomst {signed.dutch()}"
    else:
        text = "begindatum onbekend"
    if ends is not None:
        text += f", eindigt {ended_on(ends)}"
    return text
