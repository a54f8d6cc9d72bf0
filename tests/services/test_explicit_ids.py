"""A lossless import keeps ids and numbers: create() takes them, and refuses ones in use."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from helpers import org_draft, table_counts

from chinadossier.domain.errors import Refused


def test_a_record_keeps_a_given_id_and_number_and_the_series_moves_past_it(dossier: Any) -> None:
    given = uuid.uuid4()

    kept = dossier.organisations.create(org_draft("Uit de export (fictief)"), record_id=given,
                                        display_no="ORG-0042").record
    after = dossier.organisations.create(org_draft("Daarna ingevoerd (fictief)")).record

    assert kept.meta.id == given and kept.meta.display_no == "ORG-0042"
    assert after.meta.display_no == "ORG-0043"


def test_a_number_outside_the_series_is_kept_without_moving_the_counter(dossier: Any) -> None:
    first = dossier.organisations.create(org_draft("Eerste (fictief)")).record
    odd = dossier.organisations.create(org_draft("Oud nummer (fictief)"),
                                       display_no="ORG-OUD-7").record
    second = dossier.organisations.create(org_draft("Tweede (fictief)")).record

    assert odd.meta.display_no == "ORG-OUD-7"
    assert int(second.meta.display_no[-4:]) == int(first.meta.display_no[-4:]) + 1


def test_an_id_or_number_in_use_is_refused_and_nothing_is_written(dossier: Any) -> None:
    existing = dossier.organisations.create(org_draft("Bestaand (fictief)")).record
    before = table_counts(dossier.path)

    with pytest.raises(Refused, match="id"):
        dossier.organisations.create(org_draft("Dubbel id (fictief)"), record_id=existing.meta.id)
    with pytest.raises(Refused, match=existing.meta.display_no):
        dossier.persons.create(dossier_person(), display_no=existing.meta.display_no)

    assert table_counts(dossier.path) == before


def test_a_bulk_keeps_given_ids(dossier: Any) -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    with dossier.bulk() as bulk:
        for n, record_id in enumerate(ids):
            bulk.create(dossier.organisations, org_draft(f"Bulk {n} (fictief)"),
                        record_id=record_id)
        bulk.commit()

    assert [dossier.organisations.get(i).meta.id for i in ids] == ids


def dossier_person() -> Any:
    from helpers import person_draft

    return person_draft("Nummerdief")
