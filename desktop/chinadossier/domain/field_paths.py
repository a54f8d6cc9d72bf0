"""Error keys are attribute paths on the draft a form edits: `participants[2].person_id`.

A key names exactly the value a form shows in one widget: attribute names joined by dots, an
index into a tuple in brackets, 0-based as in Python (`draft.participants[2].person_id` is the
third participant's person). Shared fields sit under `common.` (`common.tags[0]`,
`common.sources[1].source_id`), the first assessment of a risk note under `assessment.`.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Any

_SEGMENT = re.compile(r"([A-Za-z_]\w*)((?:\[\d+\])*)")
_INDEX = re.compile(r"\[(\d+)\]")


def parse(path: str) -> list[str | int]:
    """Split a key into attribute names and indexes: "a[2].b" → ["a", 2, "b"].

    Raises:
        ValueError: The text is not an attribute path.
    """
    parts: list[str | int] = []
    for segment in path.split("."):
        match = _SEGMENT.fullmatch(segment)
        if match is None:
            raise ValueError(f"not an attribute path: {path!r}")
        parts.append(match.group(1))
        parts.extend(int(i) for i in _INDEX.findall(match.group(2)))
    return parts


def resolve(obj: Any, path: str) -> Any:
    """The value a key points at on an object (a draft, or the keyword arguments of a call).

    Raises:
        LookupError: The object has no such attribute or item.
    """
    value = obj
    for part in parse(path):
        if isinstance(part, int):
            try:
                value = value[part]
            except (IndexError, TypeError, KeyError) as exc:
                raise LookupError(f"{path!r}: no item {part}") from exc
        elif isinstance(value, dict):
            if part not in value:
                raise LookupError(f"{path!r}: no key {part!r}")
            value = value[part]
        elif dataclasses.is_dataclass(value) and part in _names(value):
            value = getattr(value, part)
        else:
            raise LookupError(f"{path!r}: {type(value).__name__} has no field {part!r}")
    return value


def _names(obj: Any) -> set[str]:
    return {f.name for f in dataclasses.fields(obj)}


def on_type(cls: type, path: str) -> bool:
    """Whether a key can name a field of a draft class (following tuples of nested drafts)."""
    current: Any = cls
    for part in parse(path):
        if isinstance(part, int):
            if typing.get_origin(current) is not tuple:
                return False
            current = typing.get_args(current)[0]
            continue
        current = _unoptional(current)
        if not (isinstance(current, type) and dataclasses.is_dataclass(current)):
            return False
        hints = typing.get_type_hints(current)
        if part not in hints:
            return False
        current = hints[part]
    return True


def _unoptional(hint: Any) -> Any:
    """X for `X | None`."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint
