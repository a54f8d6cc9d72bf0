"""Per kind of record: its mapped class, display-number prefix and search document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.models import (
    Action,
    Authority,
    Decision,
    Meeting,
    MemoRecord,
    Organisation,
    Person,
    Position,
    Record,
    RiskCategory,
    RiskNote,
    Source,
    Tie,
)
from chinadossier.domain import contact
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.labels import label, tie_type_label
from chinadossier.domain.search_text import Reading

Texts = list[str | Reading | None]


@dataclass(frozen=True, slots=True)
class KindSpec:
    """How one kind of record is stored, numbered and indexed."""

    model: type[Record]
    prefix: str
    yearly: bool
    #: (title, body) of the record's search document; the session reads what a document shows
    #: of other records (a tie's partner) and child rows (a person's function titles).
    document: Callable[[Any, Session], tuple[Texts, Texts]]
    #: Whether the document of a record just created reads the session (other records). Only
    #: documents that do not are built while a bulk's previous chunk is being written
    #: (db.uow, db.background_writes); a person's titles come with its created rows.
    reads_records: bool = False


def _contact_texts(o: Organisation | Person) -> Texts:
    return [contact.search_text(o.emails), contact.search_text(o.phones),
            contact.search_text(o.postal_addresses)]


def _org_doc(o: Organisation, _session: Session) -> tuple[Texts, Texts]:
    names: Texts = [o.name_nl, o.name_en, Reading(o.hanzi, o.pinyin), o.aliases]
    return names, [o.notes, o.place_text, *_contact_texts(o)]


def _person_doc(p: Person, session: Session) -> tuple[Texts, Texts]:
    # Function titles ("wethouder", "burgemeester") are found too: they are the person's rows.
    created = getattr(p, "created_children", None)  # a record created in this unit of work
    if created is not None:
        titles = [row["title"] for row in created.get("positions", ())]
    else:
        stmt = select(Position.title).where(Position.person_id == p.id).order_by(Position.seq)
        titles = list(session.scalars(stmt))
    names: Texts = [p.family_name, p.given_name, p.tussenvoegsel, Reading(p.hanzi, p.pinyin)]
    return [*names, p.aliases], [p.notes, *titles, *_contact_texts(p)]


def _authority_words(a: Authority) -> list[str | Reading | None]:
    """ "gemeente Rotterdam" / "provincie Utrecht": the kind is part of how people name it."""
    return [a.name, a.common_name, a.code, label(a.authority_kind, "nl")]


def _tie_doc(t: Tie, session: Session) -> tuple[Texts, Texts]:
    """A tie is found by its partner (every script), its Dutch party, type and status labels."""
    body: Texts = [t.description]
    org = session.get(Organisation, t.organisation_id)
    authority = session.get(Authority, t.authority_id)
    if org is not None:
        body += [org.name_nl, org.name_en, Reading(org.hanzi, org.pinyin)]
    if authority is not None:
        body += _authority_words(authority)
        body.append(tie_type_label(t.tie_type, authority.authority_kind, "nl"))
    body.append(label(t.tie_type, "nl"))
    body.append(label(t.status, "nl"))
    return [t.title], body


SPECS: dict[RecordKind, KindSpec] = {
    RecordKind.AUTHORITY: KindSpec(
        Authority, "", False, lambda a, _s: (_authority_words(a), [])
    ),
    RecordKind.ORGANISATION: KindSpec(Organisation, "ORG", False, _org_doc),
    RecordKind.PERSON: KindSpec(Person, "PER", False, _person_doc),
    RecordKind.TIE: KindSpec(Tie, "BAND", False, _tie_doc, reads_records=True),
    RecordKind.MEETING: KindSpec(
        Meeting, "CM", True, lambda m, _s: ([m.title], [m.summary, m.topics, m.gifts, m.place_text])
    ),
    RecordKind.ACTION: KindSpec(Action, "ACT", False, lambda a, _s: ([a.what], [a.owner])),
    RecordKind.DECISION: KindSpec(
        Decision, "BES", True, lambda d, _s: ([d.title, d.reference], [d.summary])
    ),
    RecordKind.RISK_NOTE: KindSpec(
        RiskNote, "RIS", False, lambda r, _s: ([r.title], [r.description, r.measures, r.owner])
    ),
    RecordKind.RISK_CATEGORY: KindSpec(
        RiskCategory, "", False, lambda c, _s: ([c.code, c.name_nl, c.name_en], [c.red_flags])
    ),
    RecordKind.SOURCE: KindSpec(
        Source, "BRON", False, lambda s, _s: ([s.title, s.publisher], [s.notes, s.url])
    ),
    RecordKind.MEMO: KindSpec(MemoRecord, "NOT", True, lambda m, _s: ([m.title], [])),
}


def display_prefix(kind: RecordKind, on: dt.date) -> str:
    """The counter prefix for a new record: "CM-2026" for yearly kinds, "ORG" otherwise."""
    spec = SPECS[kind]
    return f"{spec.prefix}-{on.year}" if spec.yearly else spec.prefix
