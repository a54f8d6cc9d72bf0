"""Contact details of persons and organisations: lists validated, stored, searchable, migrated."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from helpers import make_org, org_draft, person_draft

from chinadossier.db import migrate
from chinadossier.domain.errors import ValidationFailed
from chinadossier.services import maintenance


def test_person_contact_details_are_stored_as_lists_and_found_by_search(dossier: Any) -> None:
    draft = person_draft(
        "Bakker", given_name="Jan",
        emails=("j.bakker@voorbeeldstad.nl", " jan@example.org "),
        phones=("+31 10 123 4567", "06-12345678"),
        postal_addresses=("Stadhuisplein 1\n3011 AD Voorbeeldstad",),
    )
    person = dossier.persons.create(draft).record
    assert person.emails == ("j.bakker@voorbeeldstad.nl", "jan@example.org")
    assert person.phones == ("+31 10 123 4567", "06-12345678")
    assert person.postal_addresses == ("Stadhuisplein 1\n3011 AD Voorbeeldstad",)
    hits = dossier.overview.search("bakker@voorbeeldstad")
    assert person.meta.id in {h.ref.id for h in hits}

    # editing replaces the lists as a whole
    edited = dossier.persons.edit(
        person.meta.id, dataclasses.replace(draft, phones=()),
        expected_version=person.meta.version,
    ).record
    assert edited.phones == ()
    assert edited.emails == person.emails


def test_bad_entries_are_all_named_by_their_path(dossier: Any) -> None:
    draft = org_draft(
        emails=("info@xinghe.cn", "geen-adres"),
        phones=("+86 571 8888 0000", "bel mij"),
    )
    with pytest.raises(ValidationFailed) as caught:
        dossier.organisations.create(draft)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"emails[1]", "phones[1]"}  # draft attribute paths, 0-based
    assert "e-mailadres" in caught.value.for_field("emails[1]")[0]
    assert "telefoonnummer" in caught.value.for_field("phones[1]")[0]


def test_organisation_contact_details_survive_check(dossier: Any, case_file: Path) -> None:
    org = make_org(dossier, emails=("fao@xinghe.gov.cn",), postal_addresses=("星河市人民路 1 号",))
    assert dossier.organisations.get(org.meta.id).postal_addresses == ("星河市人民路 1 号",)
    dossier.close()
    report = maintenance.check(case_file, full=True)
    assert report.ok, [i for i in report.items if not i.ok]


def _contact_revision() -> tuple[str, str]:
    """(revision adding the contact columns, the one before it), found by content not number."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    for rev in migrate.revisions():
        module = script.get_revision(rev).module
        if "emails" in getattr(module, "_COLUMNS", ()):
            return rev, script.get_revision(rev).down_revision
    raise AssertionError("no migration adds the contact details")


def _columns(engine: sa.Engine, table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns(table)}


def test_the_migration_adds_the_contact_columns_to_an_older_schema(tmp_path: Path) -> None:
    _, before = _contact_revision()
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'oud.sqlite3'}")
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, before)
    assert "emails" not in _columns(engine, "person")
    migrate.upgrade(engine)
    for table in ("person", "organisation"):
        assert {"emails", "phones", "postal_addresses"} <= _columns(engine, table)
    engine.dispose()
