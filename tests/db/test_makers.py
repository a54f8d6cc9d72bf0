"""Makers (db.makers) build the very objects the record classes build, and refuse the rest.

The list pages build their frozen records with makers instead of the dataclass ``__init__``;
both the fast and the reference page reader do, so the page comparison (test_fast_pages) cannot
see a maker's mistake. These tests compare each maker with its class directly, for every
record class, and read_partial's shortcut with PartialDate's own normalisation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import itertools
from types import SimpleNamespace
from typing import Any

import pytest

from chinadossier.db.columns import read_partial
from chinadossier.db.makers import maker, twin
from chinadossier.domain import record_refs
from chinadossier.domain import records as r
from chinadossier.domain.codes import DatePrecision
from chinadossier.domain.partial_date import PartialDate

RECORD_CLASSES = [
    cls
    for module in (r, record_refs)
    for _, cls in inspect.getmembers(module, inspect.isclass)
    if dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
]


def test_every_record_class_is_compared() -> None:
    names = {cls.__name__ for cls in RECORD_CLASSES}
    assert {"Meta", "Ref", "SourceRef", "OrganisationRecord", "MeetingRecord"} <= names


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
def test_a_maker_builds_what_the_class_builds(cls: type) -> None:
    make = maker(cls)
    fields = dataclasses.fields(cls)
    # A distinct value per field (the classes do not check types), all fields given …
    given = {f.name: object() for f in fields}
    made, built = make(**given), cls(**given)
    assert type(made) is cls
    assert all(getattr(made, f.name) is given[f.name] for f in fields)
    assert made == built
    # … and the defaults left out.
    required = {f.name: given[f.name] for f in fields if f.default is dataclasses.MISSING}
    made, built = make(**required), cls(**required)
    for f in fields:
        assert getattr(made, f.name) is getattr(built, f.name), f.name
    # Still frozen
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, None)
    # Missing, unknown and positional arguments are refused like the class refuses keywords
    if required:
        with pytest.raises(TypeError):
            make(**dict(itertools.islice(required.items(), len(required) - 1)))
    with pytest.raises(TypeError):
        make(**given, no_such_field=1)
    with pytest.raises(TypeError):
        make(*given.values())


def test_classes_a_maker_would_build_wrongly_are_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            raise ValueError

    for cls in (NoSlots, Factory, Checked):
        with pytest.raises(TypeError):
            maker(cls)
    with pytest.raises(TypeError):
        maker(dict)


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
def test_a_slot_twin_filled_and_turned_is_what_the_class_builds(cls: type) -> None:
    """Generated page builders fill a record's slot twin attribute by attribute and then assign
    its __class__ (db.makers.twin): the object is then an instance of the class itself, with
    the same slots, equal and hashed as the class's own, and frozen."""
    fields = dataclasses.fields(cls)
    given = {f.name: (f.name, 1) for f in fields}  # hashable, distinct per field
    made: Any = object.__new__(twin(cls))
    for name, value in given.items():
        setattr(made, name, value)
    made.__class__ = cls
    built = cls(**given)
    assert type(made) is cls
    assert made == built and hash(made) == hash(built)
    assert all(getattr(made, f.name) is given[f.name] for f in fields)
    assert not hasattr(made, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, None)
    assert twin(cls) is twin(cls)  # made once per class


def test_a_twin_is_refused_where_layouts_differ() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Base:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Derived(Base):  # slots split over two classes: a twin cannot copy the layout
        b: int

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    for cls in (Derived, NoSlots, dict):
        with pytest.raises(TypeError):
            twin(cls)
    assert type(twin(Base)) is type


def _stored(value: Any, precision: Any, uncertain: Any, circa: Any, until: Any) -> Any:
    return SimpleNamespace(
        starts_on=value, starts_precision=precision, starts_uncertain=uncertain,
        starts_circa=circa, starts_until=until,
    )


def test_read_partial_equals_partial_date_for_every_stored_form() -> None:
    # Normal forms (the shortcut) and forms PartialDate normalises or refuses (the constructor)
    days = [dt.date(2022, 1, 1), dt.date(2022, 5, 1), dt.date(2022, 5, 17)]
    precisions = [None, *DatePrecision]
    flags = [False, True, 0, 1]
    untils = [None, 2021, 2022, 2024]
    checked = 0
    for value, precision, uncertain, circa, until in itertools.product(
        days, precisions, flags, flags, untils
    ):
        row = _stored(value, precision, uncertain, circa, until)
        try:
            expected = PartialDate(
                value, precision or DatePrecision.DAY, bool(uncertain), bool(circa), until
            )
        except ValueError:
            with pytest.raises(ValueError):
                read_partial(row, "starts")
            continue
        found = read_partial(row, "starts")
        assert found == expected
        assert type(found.value) is dt.date and type(found.uncertain) is bool
        assert found.until_year == expected.until_year
        checked += 1
    assert checked > 100
    assert read_partial(_stored(None, None, False, False, None), "starts") is None
