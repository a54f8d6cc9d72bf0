"""Chinese organisations and persons (ours too), with positions over time and political facts."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import Base
from chinadossier.db.models.record import Record
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import (
    DatePrecision,
    NameOrder,
    OrganisationKind,
    PoliticalFactKind,
    RecordKind,
)


class Organisation(Record):
    """A Chinese counterpart: government, FAO, company, university, friendship association…"""

    __tablename__ = "organisation"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    name_nl: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    hanzi: Mapped[str | None] = mapped_column(String(200))
    pinyin: Mapped[str | None] = mapped_column(String(400))
    pinyin_auto: Mapped[bool] = mapped_column(default=True)
    org_kind: Mapped[OrganisationKind] = mapped_column(code_enum(OrganisationKind, "org_kind"))
    place_adcode: Mapped[str | None] = mapped_column(ForeignKey("cn_division.adcode"), index=True)
    place_text: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    website: Mapped[str | None] = mapped_column(String(500))
    aliases: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(300), index=True)
    # Contact details: a JSON array of strings each, NULL when empty (domain.contact)
    emails: Mapped[str | None] = mapped_column(Text)
    phones: Mapped[str | None] = mapped_column(Text)
    postal_addresses: Mapped[str | None] = mapped_column(Text)

    __mapper_args__ = {"polymorphic_identity": RecordKind.ORGANISATION}


class Person(Record):
    """A person: Chinese counterpart or one of our own officials."""

    __tablename__ = "person"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str | None] = mapped_column(String(120))
    tussenvoegsel: Mapped[str | None] = mapped_column(String(30))
    name_order: Mapped[NameOrder] = mapped_column(code_enum(NameOrder, "name_order"))
    hanzi: Mapped[str | None] = mapped_column(String(60))
    pinyin: Mapped[str | None] = mapped_column(String(200))
    pinyin_auto: Mapped[bool] = mapped_column(default=True)
    aliases: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(300), index=True)
    # Contact details: a JSON array of strings each, NULL when empty (domain.contact)
    emails: Mapped[str | None] = mapped_column(Text)
    phones: Mapped[str | None] = mapped_column(Text)
    postal_addresses: Mapped[str | None] = mapped_column(Text)

    __mapper_args__ = {"polymorphic_identity": RecordKind.PERSON}


class Position(Base):
    """A post held by a person at an organisation or an authority, for a period."""

    __tablename__ = "position"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), index=True
    )
    authority_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("authority.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[dt.date | None]
    starts_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "position_starts_precision")
    )
    starts_uncertain: Mapped[bool] = mapped_column(default=False)
    starts_circa: Mapped[bool] = mapped_column(default=False)
    ends_on: Mapped[dt.date | None]
    ends_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "position_ends_precision")
    )
    ends_uncertain: Mapped[bool] = mapped_column(default=False)
    ends_circa: Mapped[bool] = mapped_column(default=False)
    seq: Mapped[int]

    __table_args__ = (
        CheckConstraint("(organisation_id IS NULL) <> (authority_id IS NULL)", name="one_employer"),
    )


class PoliticalFact(Base):
    """A party membership or post: special-category data, stored only with a source and date."""

    __tablename__ = "political_fact"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    fact_kind: Mapped[PoliticalFactKind] = mapped_column(
        code_enum(PoliticalFactKind, "political_fact_kind")
    )
    text: Mapped[str] = mapped_column(String(300))
    source_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("source.id"), index=True)
    as_of: Mapped[dt.date]
    seq: Mapped[int]
