"""Field checks shared by the services: text, references, numbers and the common fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types as types_module
import typing
import urllib.parse
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from chinadossier.db.repository import Records, Shared
from chinadossier.domain.codes import Classification, DatePrecision, RecordKind, RetentionCategory
from chinadossier.domain.drafts import Common
from chinadossier.domain.errors import Collector
from chinadossier.domain.labels import label
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.search_text import sort_key
from chinadossier.domain.text import TextRejected, clean_line, clean_text

#: Most tags one record may carry, and the longest tag (issue 7.8).
MAX_TAGS = 50
MAX_TAG_LENGTH = 80

_TYPE_MESSAGES: dict[type, str] = {
    str: "moet tekst zijn",
    int: "moet een geheel getal zijn",
    bool: "moet ja of nee zijn",
    uuid.UUID: "moet een verwijzing naar een record zijn (een id, geen nummer of tekst)",
    dt.date: "moet een datum zijn",
    dt.time: "moet een tijd zijn",
    PartialDate: "moet een (onvolledige) datum zijn",
}


def types(c: Collector, draft: Any, prefix: str = "") -> None:
    """Every field of a draft of the type its annotation names; wrong ones go to the collector.

    Run before any other check of a draft, so the other checks can rely on the types: an int
    as a name, an id as text or None as a list of participants is a field message
    ("participants[2].person_id": the draft attribute path), never a raw Python exception. A
    string where a list is wanted (tags="China") is refused, not split into letters. Enum
    fields are left to the services' own checks (which name the choice to make); 0/1 is
    accepted for a yes/no field.
    """
    for name, fine, check in _plan(type(draft)):
        value = getattr(draft, name)
        if type(value) not in fine:
            check(c, f"{prefix}{name}", value)


Check = Callable[[Collector, str, Any], None]
_PLANS: dict[type, tuple[tuple[str, frozenset[type], Check], ...]] = {}
_CHECKS: dict[Any, Check] = {}
_FINE: dict[Check, frozenset[type]] = {}
"""Per compiled check, the exact value types it always accepts without a word (a str for a
text field, None for an optional one): such a value is not handed to the check at all."""


def _plan(cls: type) -> tuple[tuple[str, frozenset[type], Check], ...]:
    """Per field of a draft class, the types it takes as they are and its compiled check
    (made once per class: an import checks tens of thousands of drafts, and reading the
    annotations each time cost more than the checks themselves). Fields whose check accepts
    anything (enums: the services name the choice) are left out."""
    found = _PLANS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        checks = [(f.name, _compiled(hints.get(f.name))) for f in dataclasses.fields(cls)]
        found = _PLANS[cls] = tuple((name, _FINE.get(check, frozenset()), check)
                                    for name, check in checks if check is not _nothing)
    return found


def _fine(check: Check, *types_accepted: type) -> Check:
    """Note the exact types `check` accepts without a word (see _FINE); returns it."""
    _FINE[check] = frozenset(types_accepted)
    return check


def _nothing(c: Collector, field: str, value: Any) -> None:
    return None


def _compiled(hint: Any) -> Check:
    """The check of one annotation (cached per annotation)."""
    try:
        found = _CHECKS.get(hint)
    except TypeError:  # an unhashable annotation: compile it every time
        return _compile(hint)
    if found is None:
        found = _CHECKS[hint] = _compile(hint)
    return found


def _compile(hint: Any) -> Check:  # noqa: C901, PLR0911 - one branch per kind of annotation
    if hint is None:
        return _nothing
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types_module.UnionType):
        optional = type(None) in args
        options = [a for a in args if a is not type(None)]
        inner = _compiled(options[0]) if len(options) == 1 else _nothing

        def union(c: Collector, field: str, value: Any) -> None:
            if value is None and optional:
                return
            inner(c, field, value)

        if inner is _nothing:
            return _nothing  # (union would only ever call it)
        return _fine(union, *_FINE.get(inner, ()), *((type(None),) if optional else ()))
    if origin is tuple:
        item = _compiled(args[0]) if args else _nothing

        def listed(c: Collector, field: str, value: Any) -> None:
            if isinstance(value, (str, bytes)) or not isinstance(value, (tuple, list)):
                c.add(field, "moet een lijst zijn (ook als er één of geen is)")
                return
            if item is not _nothing:
                for index, element in enumerate(value):
                    item(c, f"{field}[{index}]", element)

        return _fine(listed, tuple, list) if item is _nothing else listed
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _nothing  # the services name the choice
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and hint not in _TYPE_MESSAGES:
        nested: type = hint

        def dataclass_value(c: Collector, field: str, value: Any) -> None:
            if not isinstance(value, nested):
                c.add(field, "ontbreekt of heeft de verkeerde vorm")
                return
            # Keys are draft attribute paths (domain.field_paths), as the services' own checks
            # name them: "common.tags", "assessment.inherent_likelihood", "positions[0].title".
            types(c, value, f"{field}.")

        return dataclass_value
    # From here a value left empty is for the service to call "verplicht" in its own words.
    if hint is bool:

        def yes_no(c: Collector, field: str, value: Any) -> None:
            if value is not None and not (
                isinstance(value, bool) or (type(value) is int and value in (0, 1))
            ):
                c.add(field, _TYPE_MESSAGES[bool])

        return _fine(yes_no, bool, type(None))
    if hint is int:

        def whole(c: Collector, field: str, value: Any) -> None:
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                c.add(field, _TYPE_MESSAGES[int])

        return _fine(whole, int, type(None))
    if isinstance(hint, type):
        wanted: type = hint
        message = _TYPE_MESSAGES.get(hint, "heeft het verkeerde type")

        def typed(c: Collector, field: str, value: Any) -> None:
            if value is not None and not isinstance(value, wanted):
                c.add(field, message)

        return _fine(typed, wanted, type(None))
    return _nothing


def web_address(c: Collector, field: str, value: str | None) -> str | None:
    """A web address that opens a web page: http:// or https:// and a host (no javascript:)."""
    if not value:
        return value
    parts = urllib.parse.urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        c.add(field, "moet een webadres zijn dat begint met http:// of https://")
        return None
    return value


def line(
    c: Collector, field: str, value: str | None, *, required: bool = False, max_length: int = 300
) -> str | None:
    """A cleaned single-line value, or None; problems go to the collector."""
    try:
        cleaned = clean_line(value, field=field, max_length=max_length)
    except TextRejected as exc:
        c.add(field, exc.message)
        return None
    if required and not cleaned:
        c.add(field, "is verplicht")
    return cleaned


def text(c: Collector, field: str, value: str | None, *, max_length: int = 20000) -> str | None:
    """A cleaned multi-line value, or None."""
    try:
        return clean_text(value, field=field, max_length=max_length)
    except TextRejected as exc:
        c.add(field, exc.message)
        return None


def cents(c: Collector, field: str, value: int | None) -> int | None:
    """A money amount in whole cents, not negative."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        c.add(field, "moet een bedrag in hele centen zijn")
        return None
    if value < 0:
        c.add(field, "mag niet negatief zijn")
        return None
    if value > 10**13:
        c.add(field, "is onwaarschijnlijk hoog")
        return None
    return value


def count(c: Collector, field: str, value: int | None) -> int | None:
    """A non-negative whole number (votes)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 100000:
        c.add(field, "moet een geheel getal van 0 of meer zijn")
        return None
    return value


def date_range(c: Collector, field: str, start: Any, end: Any) -> None:
    """End must not lie before start."""
    first = getattr(start, "value", start)
    last = getattr(end, "last_day", lambda: end)() if end is not None else None
    if first is not None and last is not None and last < first:
        c.add(field, "ligt vóór de begindatum")


def certainly_before(later: PartialDate, earlier: PartialDate) -> bool:
    """Whether `later` lies before `earlier` whatever the rough dates mean: the last day `later`
    can mean is before the first day `earlier` can mean, and neither is only "circa" (ca. 1984
    may well be 1985)."""
    if later.circa or earlier.circa:
        return False
    return later.last_day() < earlier.value


def date_value(c: Collector, field: str, value: Any, *, required: bool = False) -> Any:
    """A real date (not a datetime), within a sane range."""
    if value is None:
        if required:
            c.add(field, "is verplicht")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        c.add(field, "moet een datum zijn")
        return None
    if not 1900 <= value.year <= 2200:
        c.add(field, "ligt buiten 1900–2200")
        return None
    return value


#: The years a rough date may name (issue 7.8): wide enough for a founding year, narrow enough
#: that a typo such as 20222 or 0001 is caught.
PARTIAL_YEARS = (1000, 2200)


def partial_date(c: Collector, field: str, value: Any) -> PartialDate | None:
    """A rough date of the right shape, or None; problems go to the collector.

    PartialDate itself turns a datetime into its date and 0/1 into False/True; anything else
    of another type is refused here, so what is stored is exactly what is hashed.
    """
    if value is None:
        return None
    if not isinstance(value, PartialDate):
        c.add(field, "moet een (onvolledige) datum zijn")
        return None
    if not isinstance(value.value, dt.date) or not isinstance(value.precision, DatePrecision):
        c.add(field, "moet een datum met een nauwkeurigheid (dag, maand of jaar) zijn")
        return None
    if not isinstance(value.uncertain, bool) or not isinstance(value.circa, bool):
        c.add(field, "de aanduidingen 'onzeker' en 'circa' moeten ja of nee zijn")
        return None
    low, high = PARTIAL_YEARS
    if not low <= value.value.year <= high:
        c.add(field, f"ligt buiten de jaren {low}–{high}")
        return None
    return value


def clock_time(c: Collector, field: str, value: Any) -> dt.time | None:
    """A time of day without a time zone (a contact moment's local start time), or None."""
    if value is None:
        return None
    if not isinstance(value, dt.time):
        c.add(field, "moet een tijd zijn")
        return None
    if value.tzinfo is not None:
        c.add(field, "moet een plaatselijke tijd zonder tijdzone zijn")
        return None
    return value


def refs(
    records: Records,
    c: Collector,
    wanted: Iterable[tuple[str, uuid.UUID | None, tuple[RecordKind, ...]]],
    *,
    required: bool = False,
) -> None:
    """Each id must exist, be of an allowed kind and not be deleted (new links only).

    With required=True a missing id (nothing chosen) is an error too.
    """
    wanted = list(wanted)
    if required:
        for field, record_id, _ in wanted:
            if record_id is None:
                c.add(field, "is verplicht; kies er een")
    items = [(f, i, k) for f, i, k in wanted if i is not None]
    found = records.live_kinds([i for _, i, _ in items])
    for field, record_id, kinds in items:
        assert record_id is not None
        if record_id not in found:
            c.add(field, "verwijst naar een record dat niet bestaat")
            continue
        kind, deleted = found[record_id]
        if kind not in kinds:
            allowed = " of ".join(label(k) for k in kinds)
            c.add(field, f"moet verwijzen naar een {allowed}")
        elif deleted:
            c.add(field, "verwijst naar een verwijderd record; zet het eerst terug")


def shared(
    records: Records, c: Collector, common: Common, existing_links: Iterable[uuid.UUID] = ()
) -> Shared:
    """Validated common fields; classification defaults to the case file's setting.

    Sources already linked may stay even if deleted since; new links must be live.
    """
    classification = common.classification
    if classification is None:
        classification = records.default_classification()
    if not isinstance(classification, Classification):
        c.add("common.classification", "is geen geldige classificatie")
        classification = Classification.INTERNAL
    if not isinstance(common.retention_category, RetentionCategory):
        c.add("common.retention_category", "is geen geldige bewaarcategorie")
    retention_on = date_value(c, "common.retention_on", common.retention_on)
    if common.retention_category is RetentionCategory.DESTROY and retention_on is None:
        c.add("common.retention_on", "is verplicht als het record vernietigd moet worden")
    tags: list[str] = []
    keys: set[str] = set()
    if len(common.tags) > MAX_TAGS:
        c.add("common.tags", f"hoogstens {MAX_TAGS} trefwoorden per record")
    for index, value in enumerate(common.tags[:MAX_TAGS]):
        tag = line(c, f"common.tags[{index}]", value, max_length=MAX_TAG_LENGTH)
        # "China" and "china" are one tag (tags are matched on their sort key)
        if tag and sort_key(tag) not in keys:
            keys.add(sort_key(tag))
            tags.append(tag)
    keep = set(existing_links)
    refs(
        records,
        c,
        [
            (f"common.sources[{index}].source_id", s.source_id, (RecordKind.SOURCE,))
            for index, s in enumerate(common.sources)
            if s.source_id not in keep
        ],
    )
    sources = []
    seen: set[uuid.UUID] = set()
    for index, link in enumerate(common.sources):
        if link.source_id in seen:
            continue
        seen.add(link.source_id)
        locator = line(c, f"common.sources[{index}].locator", link.locator, max_length=200)
        sources.append((link.source_id, locator))
    return Shared(
        classification=classification,
        retention_category=common.retention_category,
        retention_on=retention_on,
        tags=tuple(tags),
        sources=tuple(sources),
    )
