"""How values map to columns: partial dates in five columns, and child rows owned by a record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from dataclasses import dataclass
from typing import Any

from chinadossier.db.makers import maker
from chinadossier.db.models import (
    Base,
    DecisionLink,
    MeetingParticipant,
    MeetingTie,
    PoliticalFact,
    Position,
)
from chinadossier.domain.codes import DatePrecision
from chinadossier.domain.partial_date import PartialDate


@dataclass(frozen=True, slots=True)
class ChildSpec:
    """A collection of child rows owned by a record, replaced as a whole on edit."""

    model: type[Base]
    owner: str
    ordered: bool


CHILDREN: dict[str, ChildSpec] = {
    "positions": ChildSpec(Position, "person_id", True),
    "political_facts": ChildSpec(PoliticalFact, "person_id", True),
    "participants": ChildSpec(MeetingParticipant, "meeting_id", True),
    "tie_ids": ChildSpec(MeetingTie, "meeting_id", False),
    "link_ids": ChildSpec(DecisionLink, "decision_id", False),
}


def columns_of(name: str, value: Any) -> dict[str, Any]:
    """Expand a partial date into its five columns; other values map to one column."""
    if isinstance(value, PartialDate) or name in PARTIAL_NAMES:
        if value is None:
            return {
                f"{name}_on": None,
                f"{name}_precision": None,
                f"{name}_uncertain": False,
                f"{name}_circa": False,
                f"{name}_until": None,
            }
        return {
            f"{name}_on": value.value,
            f"{name}_precision": value.precision,
            f"{name}_uncertain": value.uncertain,
            f"{name}_circa": value.circa,
            f"{name}_until": value.until_year,
        }
    return {name: value}


PARTIAL_NAMES = {
    "starts", "ends", "signed", "published", "term_starts", "term_ends", "renewed"
}


#: Per partial date: its day column's name and a getter of its other four columns.
_PARTIAL_COLUMNS = {
    name: (
        f"{name}_on",
        operator.attrgetter(f"{name}_precision", f"{name}_uncertain", f"{name}_circa"),
        f"{name}_until",
    )
    for name in PARTIAL_NAMES
}


_MAKE_PARTIAL = maker(PartialDate, skip_post_init=True)  # the checks; partial_from fills alike
_NEW = object.__new__
_SET_VALUE, _SET_PRECISION, _SET_UNCERTAIN, _SET_CIRCA, _SET_UNTIL = (
    getattr(PartialDate, f.name).__set__ for f in dataclasses.fields(PartialDate)
)
_DAY, _MONTH, _YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


def read_partial(obj: Any, name: str) -> PartialDate | None:
    """The partial date stored in an object's five columns."""
    day, rest, until_column = _PARTIAL_COLUMNS[name]
    value = getattr(obj, day)
    if value is None:
        return None
    precision, uncertain, circa = rest(obj)
    return partial_from(value, precision, uncertain, circa, getattr(obj, until_column, None))


def partial_from(
    value: Any, precision: Any, uncertain: Any, circa: Any, until: Any
) -> PartialDate | None:
    """The partial date of its five stored values (converted: a date, a precision member)."""
    if value is None:
        return None
    # An end of term written before migration 0002 was a plain day without a precision.
    precision = precision or _DAY
    uncertain, circa = bool(uncertain), bool(circa)
    if type(value) is dt.date and (
        precision is _DAY
        or (precision is _MONTH and value.day == 1)
        or (precision is _YEAR and value.day == 1 and value.month == 1)
    ) and (until is None or (precision is _YEAR and type(until) is int and until > value.year)):
        # Stored as PartialDate writes it: its __post_init__ would change nothing. Its slots
        # are filled as _MAKE_PARTIAL fills them, without the keyword call.
        made = _NEW(PartialDate)
        _SET_VALUE(made, value)
        _SET_PRECISION(made, precision)
        _SET_UNCERTAIN(made, uncertain)
        _SET_CIRCA(made, circa)
        _SET_UNTIL(made, until)
        return made
    return PartialDate(value, precision, uncertain, circa, until)


def fold_partials(row: dict[str, Any]) -> dict[str, Any]:
    """Turn the five columns of each partial date in a child row back into one value."""
    out: dict[str, Any] = {}
    for name in PARTIAL_NAMES:
        if f"{name}_on" in row:
            value = row.pop(f"{name}_on")
            precision = row.pop(f"{name}_precision")
            uncertain = row.pop(f"{name}_uncertain")
            circa = row.pop(f"{name}_circa")
            until = row.pop(f"{name}_until", None)
            out[name] = (
                None if value is None else PartialDate(value, precision, uncertain, circa, until)
            )
    out.update(row)
    return out
