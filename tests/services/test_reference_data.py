"""Reference data: shipped with the case file, updated by a later release without harming edits."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from chinadossier.domain.codes import AuthorityKind, OrganisationKind, TieStatus, TieType
from chinadossier.domain.drafts import AuthorityDraft, OrganisationDraft, TieDraft
from chinadossier.domain.errors import NotFound, UsageError, ValidationFailed
from chinadossier.domain.queries import ListQuery
from chinadossier.services import maintenance
from chinadossier.services.reference import load_reference


def test_a_new_case_file_holds_every_municipality_province_and_division(dossier: Any) -> None:
    counts = dossier.overview.counts()
    reference = load_reference()
    assert sum(1 for a in reference.authorities if a.kind == "municipality") == 342
    assert sum(1 for a in reference.authorities if a.kind == "province") == 12
    assert len(reference.divisions) == 367
    assert counts[dossier.authorities.kind] == 354
    assert dossier.settings().reference_version == reference.version


@pytest.mark.parametrize("typed", ["gm599", "GM0599", " gm 0599 ", "Gm-599"])
def test_codes_are_read_case_insensitively(dossier: Any, typed: str) -> None:
    assert dossier.authorities.by_code(typed).display_name == "Rotterdam"


def test_unknown_and_malformed_codes(dossier: Any) -> None:
    with pytest.raises(NotFound):
        dossier.authorities.by_code("GM9999")
    with pytest.raises(UsageError):
        dossier.authorities.by_code("Rotterdam")


def test_common_names_are_shown_where_cbs_differs(dossier: Any) -> None:
    the_hague = dossier.authorities.by_code("GM0518")
    assert the_hague.name == "'s-Gravenhage" and the_hague.display_name == "Den Haag"


def test_a_later_release_inserts_retires_refreshes_and_keeps_user_edits(dossier: Any) -> None:
    # Given a tie with Groningen, and an official who edited Amsterdam's record by hand
    groningen = dossier.authorities.by_code("GM0014")
    org = dossier.organisations.create(
        OrganisationDraft(name_nl="Tianjin (fictief)", org_kind=OrganisationKind.GOVERNMENT)
    ).record
    tie = dossier.ties.create(TieDraft(authority_id=groningen.meta.id, organisation_id=org.meta.id,
                                       tie_type=TieType.SISTER_CITY,
                                       status=TieStatus.ACTIVE)).record
    amsterdam = dossier.authorities.by_code("GM0363")
    dossier.authorities.edit(
        amsterdam.meta.id,
        AuthorityDraft(code="GM0363", name="Amsterdam", common_name="Mokum",
                       authority_kind=AuthorityKind.MUNICIPALITY, province_code="PV27"),
        expected_version=amsterdam.meta.version,
    )
    # When a later release ships a version in which Groningen is gone, Amsterdam and Utrecht
    # are renamed, a new municipality appears and a division is dropped and another added
    shipped = load_reference()
    authorities = []
    for row in shipped.authorities:
        if row.code == "GM0014":
            continue
        if row.code in ("GM0363", "GM0344"):
            row = dataclasses.replace(row, name=row.name + " (nieuw)")
        authorities.append(row)
    authorities.append(dataclasses.replace(shipped.authorities[-1], code="GM1999",
                                           name="Nieuwgemeente", common_name=None))
    divisions = [d for d in shipped.divisions if d.adcode != "320100"]
    divisions.append(dataclasses.replace(divisions[-1], adcode="999900", hanzi="新市",
                                         pinyin="Xīn Shì", name_en="Xinshi"))
    newer = dataclasses.replace(shipped, version="2026.1", authorities=authorities,
                                divisions=divisions)
    report = dossier.update_reference(newer).record

    # Then the new one is added, the vanished one retired (not deleted), the unedited one
    # refreshed and the edited one left as the official made it
    assert report.authorities.inserted == 1
    assert report.authorities.retired == 1
    assert report.authorities.updated == 1
    assert report.authorities.kept_user_edits == 1
    assert report.divisions.inserted == 1 and report.divisions.retired == 1
    assert dossier.authorities.by_code("GM1999").name == "Nieuwgemeente"
    retired = dossier.authorities.by_code("GM0014")
    assert retired.retired_on is not None and not retired.meta.deleted
    assert dossier.authorities.by_code("GM0344").name.endswith("(nieuw)")
    assert dossier.authorities.by_code("GM0363").common_name == "Mokum"
    # And the tie still points at the retired municipality; the file checks out
    assert dossier.ties.get(tie.meta.id).authority.id == groningen.meta.id
    assert dossier.settings().reference_version == "2026.1"
    assert maintenance.check(dossier.path).ok
    # And applying the same version again changes nothing
    again = dossier.update_reference(newer).record
    assert (again.authorities.inserted, again.authorities.updated, again.authorities.retired) == (
        0, 0, 0)


def test_an_official_can_add_and_retire_an_authority_without_a_release(dossier: Any) -> None:
    # Given two municipalities that merge into a new one
    added = dossier.authorities.create(AuthorityDraft(
        code="gm1998", name="Samengevoegd", authority_kind=AuthorityKind.MUNICIPALITY,
        province_code="pv20")).record
    assert added.code == "GM1998" and added.meta.display_no == "GM1998"
    old = dossier.authorities.by_code("GM0037")
    retired = dossier.authorities.edit(old.meta.id, AuthorityDraft(
        code=old.code, name=old.name, authority_kind=old.authority_kind,
        province_code=old.province_code, retired_on=old.meta.created_at.date()),
        expected_version=old.meta.version).record
    # Then both are in the list and the edited one is marked as edited
    assert retired.retired_on is not None and retired.user_edited
    names = {a.code for a in dossier.authorities.list(ListQuery(limit=500)).items}
    assert {"GM1998", "GM0037"} <= names


def test_codes_are_unique_among_live_records_only(dossier: Any) -> None:
    # Given an authority an official added and then deleted
    added = dossier.authorities.create(AuthorityDraft(
        code="GM1997", name="Proefgemeente", authority_kind=AuthorityKind.MUNICIPALITY)).record
    dossier.authorities.delete(added.meta.id, expected_version=added.meta.version)
    # When the code is used again, the deleted one does not block it
    again = dossier.authorities.create(AuthorityDraft(
        code="GM1997", name="Proefgemeente", authority_kind=AuthorityKind.MUNICIPALITY)).record
    # Then lookups find the live one; its display number tells the two apart
    assert dossier.authorities.by_code("GM1997").meta.id == again.meta.id
    assert again.meta.display_no == "GM1997-2"
    # And a second live one with that code is refused, as is restoring the deleted one
    with pytest.raises(ValidationFailed) as caught:
        dossier.authorities.create(AuthorityDraft(
            code="GM1997", name="Dubbel", authority_kind=AuthorityKind.MUNICIPALITY))
    assert caught.value.for_field("code")
    deleted = dossier.authorities.get(added.meta.id)
    with pytest.raises(ValidationFailed):
        dossier.authorities.restore(added.meta.id, expected_version=deleted.meta.version)


def test_a_reference_update_does_not_bring_back_a_deleted_authority(dossier: Any) -> None:
    # Given an official deleted a municipality that the shipped list still has
    old = dossier.authorities.by_code("GM0037")
    dossier.authorities.delete(old.meta.id, expected_version=old.meta.version)
    # When the shipped reference version is applied again under a new version number
    shipped = load_reference()
    report = dossier.update_reference(dataclasses.replace(shipped, version="2099.1")).record
    # Then nothing is inserted: the deletion stands
    assert report.authorities.inserted == 0
    assert dossier.authorities.get(old.meta.id).meta.deleted


def test_a_release_dropping_a_deleted_authority_still_applies(dossier: Any) -> None:
    # Given an official deleted a municipality that the next release also drops
    old = dossier.authorities.by_code("GM0014")
    dossier.authorities.delete(old.meta.id, expected_version=old.meta.version)
    shipped = load_reference()
    newer = dataclasses.replace(
        shipped, version="2099.2",
        authorities=[a for a in shipped.authorities if a.code != "GM0014"])
    # When the release is applied, it goes through and leaves the deleted entry as it was
    report = dossier.update_reference(newer).record
    assert report.authorities.retired == 0
    assert dossier.authorities.get(old.meta.id).meta.deleted
