"""How a tie's dates read in Dutch: an ended tie by its end, an unknown start as unknown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from chinadossier.domain.codes import DatePrecision, TieStatus, TieType
from chinadossier.domain.labels import label
from chinadossier.domain.partial_date import PartialDate


def ended_on(value: PartialDate, write: Callable[[PartialDate], str] = PartialDate.dutch) -> str:
    """When something happened: "op 16 november 2022" for a day, "in juli 2021" otherwise.

    ``write`` writes the date itself (the application's `PartialDate.dutch`, or `memo_date`).
    """
    word = "op" if value.precision is DatePrecision.DAY and value.until_year is None else "in"
    return f"{word} {write(value)}"


def memo_date(value: PartialDate) -> str:
    """A rough date as a memo writes it in a sentence: the application's Dutch form, with the
    reference memo's "(datum onzeker)" for a date that is uncertain or only approximate
    ("ca. 1985 (datum onzeker)", "2022/23 (datum onzeker)", "16 november 2022")."""
    text = value.plain("nl")
    if value.circa:
        text = f"ca. {text}"
    return f"{text} (datum onzeker)" if value.uncertain or value.circa else text


def tie_sentence(
    title: str,
    tie_type: str,
    status: TieStatus,
    starts: PartialDate | None,
    signed: PartialDate | None,
    ends: PartialDate | None,
    today: dt.date,
) -> str:
    """A tie's status and dates as one sentence, each fact from its own field (a memo's key
    point). The start is never given as the date of the status: "De band A – B (soort) begon
    in ca. 1997 (datum onzeker) en is beëindigd in 2022/23 (datum onzeker)"; "De band A – B
    (zusterstad) begon in 1979; de huidige status is onbekend"; no date of suspension is
    claimed because none is recorded.

    Returns:
        A Dutch sentence without the closing full stop.
    """
    # "(onbekend)" would read as the status: an unknown type is named as the type.
    kind = "soort band onbekend" if tie_type == label(TieType.UNKNOWN) else tie_type
    subject = f"De band {title} ({kind})"
    begun = ""
    if starts is not None:
        begun = f" begon {ended_on(starts, memo_date)}"
    elif signed is not None:
        begun = f": de overeenkomst is getekend {ended_on(signed, memo_date)}"
    if status is TieStatus.ENDED:
        state = (f"is beëindigd {ended_on(ends, memo_date)}" if ends is not None
                 else "is beëindigd; de datum van beëindiging is niet vastgelegd")
    elif status is TieStatus.UNKNOWN:
        state = "de huidige status is onbekend"
    else:
        state = f"is {label(status)}"
        if ends is not None:
            verb = "eindigt" if ends.last_day() >= today else "had moeten eindigen"
            state += f"; de band {verb} {ended_on(ends, memo_date)}"
    if not begun:
        return f"{subject} {state}" if state.startswith("is ") else f"{subject}: {state}"
    if state.startswith("is "):
        return f"{subject}{begun} en {state}" if starts is not None else (
            f"{subject}{begun}; de band {state}")
    return f"{subject}{begun}; {state}"


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
