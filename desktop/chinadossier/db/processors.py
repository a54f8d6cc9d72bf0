"""Column type processing of many values that repeat (a bulk's timestamps and codes), each
worked out once.

A bulk of 20,000 records binds the same `now` twice per record row and once per audit entry,
and the same few codes over and over. The processors are pure, so remembering a result is safe
where the value is immutable and equal values give the same result:

- timestamps and dates: only the very same object (`is`), the last one seen — equal datetimes
  in different time zones are the same instant but need not be stored alike by every type;
- codes (enum columns): by value; a code and its text are equal and stored alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, DateTime, Enum
from sqlalchemy.types import TypeDecorator, TypeEngine

Processor = Callable[[Any], Any]

_MAX_CODES = 4096


def remembered(column_type: TypeEngine[Any], process: Processor) -> Processor:
    """`process`, remembering its result for repeated values of timestamp, date or code
    columns; unchanged for any other column type."""
    kind = column_type.impl if isinstance(column_type, TypeDecorator) else column_type
    if isinstance(kind, (DateTime, Date)):
        return _last_object(process)
    if isinstance(kind, Enum):
        return _by_value(process)
    return process


def _last_object(process: Processor) -> Processor:
    last: list[Any] = [object(), None]

    def once(value: Any) -> Any:
        if value is last[0]:
            return last[1]
        result = process(value)
        last[0], last[1] = value, result
        return result

    return once


def _by_value(process: Processor) -> Processor:
    seen: dict[Any, Any] = {}

    def once(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            result = process(value)
            if len(seen) < _MAX_CODES:
                seen[value] = result
            return result
        except TypeError:  # not hashable: not a code; the processor says what is wrong
            return process(value)

    return once
