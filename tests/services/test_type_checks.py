"""Issue 7.8: wrong types are refused with a field message, never a raw Python exception."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from helpers import meeting_draft, org_draft, person_draft, table_counts

from chinadossier.domain.codes import ParticipantSide
from chinadossier.domain.drafts import Common, ParticipantDraft
from chinadossier.domain.errors import ValidationFailed


def _refused(dossier: Any, service: str, draft: Any) -> dict[str, list[str]]:
    before = table_counts(dossier.path)
    with pytest.raises(ValidationFailed) as caught:
        getattr(dossier, service).create(draft)
    assert table_counts(dossier.path) == before
    fields: dict[str, list[str]] = {}
    for error in caught.value.errors:
        fields.setdefault(error.field, []).append(error.message)
    return fields


@pytest.mark.parametrize(("service", "draft", "field"), [
    ("organisations", org_draft(name_nl=5), "name_nl"),  # type: ignore[arg-type]
    ("organisations", org_draft(parent_id=str(uuid.uuid4())), "parent_id"),
    ("organisations", org_draft(notes=["a"]), "notes"),  # type: ignore[arg-type]
    ("persons", person_draft(family_name=None), "family_name"),  # type: ignore[arg-type]
    ("persons", person_draft(positions=None), "positions"),  # type: ignore[arg-type]
    ("meetings", meeting_draft(participants=None), "participants"),  # type: ignore[arg-type]
    ("meetings", meeting_draft(participants=(ParticipantDraft(
        ParticipantSide.THEIRS, person_id="PER-0001"),)),  # type: ignore[arg-type]
     "participants[1].person_id"),
    ("meetings", meeting_draft(tie_ids="BAND-0001"), "tie_ids"),  # type: ignore[arg-type]
    ("meetings", meeting_draft(gift_value_cents="12,50"), "gift_value_cents"),  # type: ignore[arg-type]
    ("organisations", org_draft(common=Common(tags="China")), "tags"),  # type: ignore[arg-type]
    ("organisations", org_draft(common=None), "common"),  # type: ignore[arg-type]
    ("organisations", org_draft(website="javascript:alert(1)"), "website"),
    ("organisations", org_draft(website="ftp://example.org"), "website"),
])
def test_a_wrong_type_is_a_field_message(dossier: Any, service: str, draft: Any,
                                         field: str) -> None:
    fields = _refused(dossier, service, draft)
    assert field in fields, fields


def test_a_string_for_tags_is_refused_not_split_into_letters(dossier: Any) -> None:
    fields = _refused(dossier, "organisations", org_draft(common=Common(tags="China")))  # type: ignore[arg-type]
    assert "tags" in fields


def test_the_number_and_length_of_tags_are_bounded(dossier: Any) -> None:
    many = tuple(f"trefwoord {n}" for n in range(51))
    assert "tags" in _refused(dossier, "organisations", org_draft(common=Common(tags=many)))
    long = ("x" * 81,)
    assert "tags" in _refused(dossier, "organisations", org_draft(common=Common(tags=long)))
    made = dossier.organisations.create(org_draft(common=Common(tags=many[:50]))).record
    assert len(made.meta.tags) == 50


def test_a_website_with_http_or_https_is_kept(dossier: Any) -> None:
    made = dossier.organisations.create(org_draft(website="https://www.nanjing.gov.cn")).record
    assert made.website == "https://www.nanjing.gov.cn"


def test_edits_are_type_checked_too(dossier: Any) -> None:
    made = dossier.organisations.create(org_draft()).record
    with pytest.raises(ValidationFailed) as caught:
        dossier.organisations.edit(made.meta.id, dataclasses.replace(org_draft(), name_nl=3.5),  # type: ignore[arg-type]
                                   expected_version=made.meta.version)
    assert caught.value.for_field("name_nl")
