"""Stored values keep their meaning: instants as aware UTC, partial dates with their flags."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from chinadossier.db.engine import Database, open_database
from chinadossier.db.models import Tag
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import AMSTERDAM, FixedClock
from chinadossier.domain.codes import DatePrecision, OrganisationKind, TieStatus, TieType
from chinadossier.domain.drafts import OrganisationDraft, PersonDraft, PositionDraft, TieDraft
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.dossier import Dossier

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")

#: 12:30:05.25 in Amsterdam (winter, UTC+1) is 11:30:05.25 UTC.
LOCAL = dt.datetime(2026, 3, 14, 12, 30, 5, 250000, tzinfo=AMSTERDAM)
AS_UTC = dt.datetime(2026, 3, 14, 11, 30, 5, 250000, tzinfo=dt.UTC)


@pytest.fixture
def database(case_file: Path) -> Iterator[Database]:
    opened = open_database(case_file)
    yield opened
    opened.close()


def _tag(created_at: object, name: str = "stedenband") -> Tag:
    return Tag(id=uuid.uuid4(), name=name, name_key=name, created_at=created_at)


def _tag_count(database: Database) -> int:
    with database.read_session() as session:
        return int(session.execute(text("SELECT count(*) FROM tag")).scalar_one())


# -- UTCDateTime --------------------------------------------------------------------------------


def test_a_naive_datetime_is_refused_at_flush(database: Database) -> None:
    # Given a row with a naive timestamp (no time zone)
    naive = dt.datetime(2026, 3, 14, 12, 30)
    before = _tag_count(database)

    # When it is flushed
    with pytest.raises(StatementError) as refused:
        with database.write_session() as session, session.begin():
            session.add(_tag(naive))
            session.flush()

    # Then it is refused with a ValueError and nothing was stored
    assert isinstance(refused.value.orig, ValueError)
    assert "naive datetime refused" in str(refused.value.orig)
    assert _tag_count(database) == before


def test_a_date_is_not_taken_for_a_datetime(database: Database) -> None:
    # Given a row whose timestamp is a date
    # When it is flushed
    with pytest.raises(StatementError) as refused:
        with database.write_session() as session, session.begin():
            session.add(_tag(dt.date(2026, 3, 14)))
            session.flush()

    # Then it is refused with a TypeError and nothing was stored
    assert isinstance(refused.value.orig, TypeError)
    assert _tag_count(database) == 0


@pytest.mark.parametrize("moment", [
    LOCAL,
    LOCAL.astimezone(dt.timezone(dt.timedelta(hours=-5))),
    LOCAL.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=45))),
    AS_UTC,
], ids=["amsterdam", "minus_5", "plus_5_45", "utc"])
def test_an_aware_datetime_is_stored_as_the_same_instant_in_utc(
    database: Database, moment: dt.datetime
) -> None:
    # Given a row with an aware timestamp in some time zone
    tag = _tag(moment)

    # When it is saved and read back in a new session
    with database.write_session() as session, session.begin():
        session.add(tag)
    with database.read_session() as session:
        loaded = session.get(Tag, tag.id)
        stored = session.execute(
            text("SELECT created_at FROM tag WHERE id = :id"), {"id": tag.id.hex}
        ).scalar_one()
        found = session.scalars(select(Tag.id).where(Tag.created_at == moment)).all()

    # Then it is the same instant, stored as UTC text and returned aware in UTC
    assert loaded is not None
    assert loaded.created_at == moment
    assert loaded.created_at.utcoffset() == dt.timedelta(0)
    assert loaded.created_at.tzinfo == dt.UTC
    assert loaded.created_at.replace(tzinfo=None) == AS_UTC.replace(tzinfo=None)
    assert stored == "2026-03-14 11:30:05.250000"
    # and a query with the same instant in any zone finds it
    assert found == [tag.id]


def test_summer_time_is_converted_too(database: Database) -> None:
    # Given a timestamp in Amsterdam summer time (UTC+2)
    summer = dt.datetime(2026, 7, 1, 9, 0, tzinfo=AMSTERDAM)
    tag = _tag(summer)

    # When it is saved and read back
    with database.write_session() as session, session.begin():
        session.add(tag)
    with database.read_session() as session:
        loaded = session.get(Tag, tag.id)

    # Then it is 07:00 UTC
    assert loaded is not None
    assert loaded.created_at == dt.datetime(2026, 7, 1, 7, 0, tzinfo=dt.UTC)
    assert loaded.created_at.tzinfo == dt.UTC


def test_record_timestamps_written_by_services_come_back_aware_utc(
    case_file: Path
) -> None:
    # Given a clock standing at 10:00 in Amsterdam
    clock = FixedClock(dt.datetime(2026, 11, 29, 10, 0, tzinfo=AMSTERDAM))

    # When a record is created through the services and read back after reopening the file
    with Dossier.open(case_file, clock=clock, actor=ACTOR) as dossier:
        org_id = dossier.organisations.create(OrganisationDraft(
            name_nl="Vriendschapsvereniging Shanghai",
            org_kind=OrganisationKind.UNITED_FRONT_OR_FRIENDSHIP_ORG,
        )).record.meta.id
    with Dossier.open(case_file, clock=clock, actor=ACTOR, read_only=True) as dossier:
        meta = dossier.organisations.get(org_id).meta
    conn = sqlite3.connect(f"file:{case_file}?mode=ro", uri=True)
    try:
        stored = conn.execute(
            "SELECT created_at FROM record WHERE id = ?", (org_id.hex,)
        ).fetchone()[0]
    finally:
        conn.close()

    # Then the instant is 09:00 UTC, aware, and stored as UTC
    assert meta.created_at == dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)
    assert meta.created_at.tzinfo == dt.UTC
    assert meta.updated_at == meta.created_at
    assert stored == "2026-11-29 09:00:00.000000"


# -- partial dates ------------------------------------------------------------------------------


def _tie_columns(path: Path, tie_id: uuid.UUID) -> dict[str, object]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM tie WHERE id = ?", (tie_id.hex,)).fetchone()
    finally:
        conn.close()
    # (the year-range column added later, *_until, is empty here)
    return {key: row[key] for key in row.keys() if key.split("_")[0] in
            ("starts", "signed", "ends") and not key.endswith("_until")}


def test_partial_dates_of_a_tie_round_trip_with_their_flags(
    case_file: Path, clock: FixedClock
) -> None:
    # Given a tie known to start "ca. 1985", signed "november 2022 (onzeker)",
    # ended on an exact but unconfirmed day
    starts = PartialDate.year(1985, circa=True)
    signed = PartialDate.month(2022, 11, uncertain=True)
    ends = PartialDate(dt.date(2024, 2, 29), DatePrecision.DAY, uncertain=True, circa=True)
    with Dossier.open(case_file, clock=clock, actor=ACTOR) as dossier:
        own = dossier.authorities.by_code("GM0599").meta.id
        org = dossier.organisations.create(OrganisationDraft(
            name_nl="Volksregering van Shanghai", org_kind=OrganisationKind.GOVERNMENT,
        )).record.meta.id

        # When it is saved
        tie_id = dossier.ties.create(TieDraft(
            authority_id=own, organisation_id=org, tie_type=TieType.SISTER_CITY,
            status=TieStatus.ENDED, starts=starts, signed=signed, ends=ends,
        )).record.meta.id

    # Then after reopening the file every date comes back with precision and flags
    with Dossier.open(case_file, clock=clock, actor=ACTOR, read_only=True) as dossier:
        tie = dossier.ties.get(tie_id)
    assert (tie.starts, tie.signed, tie.ends) == (starts, signed, ends)
    assert tie.starts is not None and tie.starts.circa and not tie.starts.uncertain
    assert tie.signed is not None and tie.signed.uncertain and not tie.signed.circa
    # and they are stored as first day, precision and two flags
    assert _tie_columns(case_file, tie_id) == {
        "starts_on": "1985-01-01", "starts_precision": "year",
        "starts_uncertain": 0, "starts_circa": 1,
        "signed_on": "2022-11-01", "signed_precision": "month",
        "signed_uncertain": 1, "signed_circa": 0,
        "ends_on": "2024-02-29", "ends_precision": "day",
        "ends_uncertain": 1, "ends_circa": 1,
    }


def test_editing_a_partial_date_clears_its_flags(case_file: Path, clock: FixedClock) -> None:
    # Given a tie that started "ca. 1985 (onzeker)"
    with Dossier.open(case_file, clock=clock, actor=ACTOR) as dossier:
        own = dossier.authorities.by_code("GM0599").meta.id
        org = dossier.organisations.create(OrganisationDraft(
            name_nl="Volksregering van Shanghai", org_kind=OrganisationKind.GOVERNMENT,
        )).record.meta.id
        draft = TieDraft(
            authority_id=own, organisation_id=org, tie_type=TieType.FRIENDSHIP,
            status=TieStatus.ACTIVE,
            starts=PartialDate.year(1985, uncertain=True, circa=True),
        )
        created = dossier.ties.create(draft).record

        # When the exact start date is found and saved
        exact = PartialDate.day(dt.date(1985, 6, 12))
        dossier.ties.edit(created.meta.id, TieDraft(
            authority_id=own, organisation_id=org, tie_type=TieType.FRIENDSHIP,
            status=TieStatus.ACTIVE, starts=exact,
        ), expected_version=created.meta.version)

    # Then it is an exact, certain date and nothing is left empty by mistake
    with Dossier.open(case_file, clock=clock, actor=ACTOR, read_only=True) as dossier:
        tie = dossier.ties.get(created.meta.id)
    assert tie.starts == exact
    assert tie.signed is None and tie.ends is None
    columns = _tie_columns(case_file, created.meta.id)
    assert (columns["starts_on"], columns["starts_precision"]) == ("1985-06-12", "day")
    assert (columns["starts_uncertain"], columns["starts_circa"]) == (0, 0)
    assert (columns["signed_on"], columns["signed_precision"]) == (None, None)


def test_partial_dates_of_a_position_round_trip(case_file: Path, clock: FixedClock) -> None:
    # Given a person who held a post from "ca. 2019 (onzeker)" until June 2023
    starts = PartialDate(dt.date(2019, 1, 1), DatePrecision.YEAR, uncertain=True, circa=True)
    ends = PartialDate.month(2023, 6)
    with Dossier.open(case_file, clock=clock, actor=ACTOR) as dossier:
        org = dossier.organisations.create(OrganisationDraft(
            name_nl="Bureau Buitenlandse Zaken Shanghai",
            org_kind=OrganisationKind.FOREIGN_AFFAIRS_OFFICE,
        )).record.meta.id

        # When the person is saved
        person_id = dossier.persons.create(PersonDraft(
            family_name="Li", given_name="Wei",
            positions=(PositionDraft(title="Directeur", organisation_id=org,
                                     starts=starts, ends=ends),),
        )).record.meta.id

    # Then the post's dates come back as entered
    with Dossier.open(case_file, clock=clock, actor=ACTOR, read_only=True) as dossier:
        person = dossier.persons.get(person_id)
    assert len(person.positions) == 1
    assert (person.positions[0].starts, person.positions[0].ends) == (starts, ends)
