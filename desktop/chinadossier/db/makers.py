"""Frozen records built without their dataclass ``__init__``: half the cost, the same object.

A frozen dataclass's generated ``__init__`` assigns every field through
``object.__setattr__(self, name, value)`` (a frozen class refuses its own ``__setattr__``).
For a page of 50 records that is a fifth of the Python cost. `maker(cls)` writes, once per
class, a keyword-only function with the class's own fields and defaults that creates the
instance and fills each slot through the slot's own descriptor. The result is an instance of
the class itself, frozen as ever (assigning a field afterwards still raises), equal to what the
class would have built from the same keywords; a missing or unknown keyword is a TypeError as
with the class.

Only plain records qualify: a frozen dataclass with slots, every field in ``__init__``, no
default factory and no ``__post_init__`` (whose checks or normalisation a maker would skip);
anything else is refused when the maker is made, never silently built otherwise. The one
exception is asked for by name (``skip_post_init``): db.columns.read_partial builds a
PartialDate this way only from stored values its ``__post_init__`` would leave unchanged, and
tests/db/test_makers.py holds it to PartialDate's own answer for every stored form.

Slot twins (`twin`): calling a slot's descriptor (``Meta.id.__set__(made, value)``) is a call
through a method wrapper per field. A twin is a plain class with the very same ``__slots__``
(and no frozen ``__setattr__``): generated code fills a twin instance with ordinary attribute
stores (the interpreter's fastest path for a slot) and then makes it an instance of the frozen
class by assigning ``__class__``, which Python allows between classes of identical layout. The
object is then exactly what the class would have built: same type, same slots, frozen. A Meta
of 14 fields costs 0.26 µs this way against 0.72 µs through the descriptors. `maker` builds
this way; db.pagebuild writes the stores into its generated page builders.
"""

from __future__ import annotations

import dataclasses
import keyword
import types
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


_TWINS: dict[type, type] = {}


def twin(cls: type) -> type:
    """The slot twin of a plain frozen slots dataclass (as `maker` accepts): a class with the
    same ``__slots__``, whose instances may be filled attribute by attribute and then turned
    into instances of `cls` with ``made.__class__ = cls``. Refused (TypeError) for a class
    whose layout a twin cannot share; proven once per class on a trial instance."""
    found = _TWINS.get(cls)
    if found is not None:
        return found
    _check(cls, skip_post_init=True)  # a twin fills what it is given: callers check values
    slots = cls.__dict__["__slots__"]
    names = tuple(f.name for f in dataclasses.fields(cls))
    if tuple(slots) != names or cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__}: its slots are not exactly its fields")
    made_twin = type(f"{cls.__name__}Twin", (), {"__slots__": slots, "__module__": __name__})
    trial: Any = object.__new__(made_twin)
    for name in names:
        setattr(trial, name, None)
    trial.__class__ = cls  # a TypeError here: the layouts differ after all
    if type(trial) is not cls or any(getattr(trial, n) is not None for n in names):
        raise TypeError(f"{cls.__name__}: a twin does not build it")
    _TWINS[cls] = made_twin
    return made_twin


def _check(cls: type, *, skip_post_init: bool) -> None:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__name__} is no dataclass")
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with slots")
    if hasattr(cls, "__post_init__") and not skip_post_init:
        raise TypeError(f"{cls.__name__} has a __post_init__ a maker would skip")
    for f in dataclasses.fields(cls):
        if not f.init or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name} is not a plain init field")
        if not isinstance(getattr(cls, f.name, None), types.MemberDescriptorType):
            raise TypeError(f"{cls.__name__}.{f.name} is no slot")


def slot_setters(cls: type) -> dict[str, Callable[[Any, Any], None]]:
    """Per field of a plain frozen slots dataclass (as `maker` accepts), the function that fills
    its slot on a new instance: for generated code that builds the class from a row by position
    (db.fastread, a page's Meta). Everything else is refused as by `maker`."""
    maker(cls)  # the same checks
    return {f.name: getattr(cls, f.name).__set__ for f in dataclasses.fields(cls)}


def maker(cls: type[T], *, skip_post_init: bool = False) -> Callable[..., T]:
    """A keyword-only constructor for the frozen slots dataclass `cls` (see the module text),
    filling a slot twin (`twin`) and turning it into `cls`.

    `skip_post_init` allows a class with a ``__post_init__``: for callers that only pass values
    it would leave as they are (and prove so in their own tests), e.g. db.columns.read_partial.
    """
    _check(cls, skip_post_init=skip_post_init)
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_twin": twin(cls)}
    arguments = []
    body = ["    made = _new(_twin)"]
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if keyword.iskeyword(f.name) or f.name in ("made", "_new", "_cls", "_twin"):
            raise TypeError(f"{cls.__name__}.{f.name} cannot be a parameter name")
        if f.default is dataclasses.MISSING:
            arguments.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            arguments.append(f"{f.name}=_default_{f.name}")
        body.append(f"    made.{f.name} = {f.name}")
    body.append("    made.__class__ = _cls")
    source = f"def make(*, {', '.join(arguments)}):\n" + "\n".join(body) + "\n    return made\n"
    exec(source, scope)  # noqa: S102 - generated from the class's own field list
    make: Callable[..., T] = scope["make"]
    make.__name__ = make.__qualname__ = f"make_{cls.__name__}"
    make.__doc__ = f"A {cls.__name__}, built without its __init__ (db.makers)."
    return make
