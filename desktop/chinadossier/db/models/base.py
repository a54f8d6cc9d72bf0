"""Declarative base with a naming convention, so batch migrations can name every constraint."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase

from chinadossier.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every mapped class."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        dt.datetime: UTCDateTime(),
        dt.date: Date(),
    }


#: Column info of a column added after the first schema: while it holds its default (NULL or
#: false) it is left out of a record's state hash, so records audited before the migration that
#: added it still match their audit entry (db.record_state).
ADDED: dict[str, object] = {"added": True}
