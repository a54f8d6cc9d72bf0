"""Per kind of record: its mapped class, display-number prefix and search document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chinadossier.db.models import (
    Action,
    Authority,
    Decision,
    Meeting,
    MemoRecord,
    Organisation,
    Person,
    Record,
    RiskCategory,
    RiskNote,
    Source,
    Tie,
)
from chinadossier.domain import contact
from chinadossier.domain.codes import RecordKind

Texts = list[str | None]


@dataclass(frozen=True, slots=True)
class KindSpec:
    """How one kind of record is stored, numbered and indexed."""

    model: type[Record]
    prefix: str
    yearly: bool
    document: Callable[[Any], tuple[Texts, Texts]]


def _contact_texts(o: Organisation | Person) -> Texts:
    return [contact.search_text(o.emails), contact.search_text(o.phones),
            contact.search_text(o.postal_addresses)]


def _org_doc(o: Organisation) -> tuple[Texts, Texts]:
    return (
        [o.name_nl, o.name_en, o.hanzi, o.pinyin, o.aliases],
        [o.notes, o.place_text, *_contact_texts(o)],
    )


def _person_doc(p: Person) -> tuple[Texts, Texts]:
    return (
        [p.family_name, p.given_name, p.tussenvoegsel, p.hanzi, p.pinyin, p.aliases],
        [p.notes, *_contact_texts(p)],
    )


SPECS: dict[RecordKind, KindSpec] = {
    RecordKind.AUTHORITY: KindSpec(
        Authority, "", False, lambda a: ([a.name, a.common_name, a.code], [])
    ),
    RecordKind.ORGANISATION: KindSpec(Organisation, "ORG", False, _org_doc),
    RecordKind.PERSON: KindSpec(Person, "PER", False, _person_doc),
    RecordKind.TIE: KindSpec(Tie, "BAND", False, lambda t: ([t.title], [t.description])),
    RecordKind.MEETING: KindSpec(
        Meeting, "CM", True, lambda m: ([m.title], [m.summary, m.topics, m.gifts, m.place_text])
    ),
    RecordKind.ACTION: KindSpec(Action, "ACT", False, lambda a: ([a.what], [a.owner])),
    RecordKind.DECISION: KindSpec(
        Decision, "BES", True, lambda d: ([d.title, d.reference], [d.summary])
    ),
    RecordKind.RISK_NOTE: KindSpec(
        RiskNote, "RIS", False, lambda r: ([r.title], [r.description, r.measures, r.owner])
    ),
    RecordKind.RISK_CATEGORY: KindSpec(
        RiskCategory, "", False, lambda c: ([c.code, c.name_nl, c.name_en], [c.red_flags])
    ),
    RecordKind.SOURCE: KindSpec(
        Source, "BRON", False, lambda s: ([s.title, s.publisher], [s.notes, s.url])
    ),
    RecordKind.MEMO: KindSpec(MemoRecord, "NOT", True, lambda m: ([m.title], [])),
}


def display_prefix(kind: RecordKind, on: dt.date) -> str:
    """The counter prefix for a new record: "CM-2026" for yearly kinds, "ORG" otherwise."""
    spec = SPECS[kind]
    return f"{spec.prefix}-{on.year}" if spec.yearly else spec.prefix
