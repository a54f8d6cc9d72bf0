"""Tie facts through the services: term, renewal and range stored; an impossible status refused."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import org_draft, tie_draft

from chinadossier.domain.codes import Classification, TieStatus
from chinadossier.domain.drafts import Common
from chinadossier.domain.errors import ValidationFailed
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.dossier import Dossier
from chinadossier.services.maintenance import check


def test_term_renewal_and_year_range_are_stored(dossier: Dossier) -> None:
    own = dossier.authorities.by_code("GM0599").meta.id
    org = dossier.organisations.create(org_draft()).record.meta.id
    tie = dossier.ties.create(tie_draft(
        own, org, status=TieStatus.ENDED,
        term_starts=PartialDate.year(2021), term_ends=PartialDate.year(2025),
        renewed=PartialDate.year(2024), ends=PartialDate.parse("2022/23 [onzeker]"),
    )).record
    again = dossier.ties.get(tie.meta.id)
    assert again.term_starts == PartialDate.year(2021)
    assert again.term_ends == PartialDate.year(2025)
    assert again.term_ends_on is None  # not an exact day
    assert again.renewed == PartialDate.year(2024)
    assert again.ends is not None and again.ends.dutch() == "2022/23 (onzeker)"
    # the older exact-day field still works and reads back as both
    day = dossier.ties.create(tie_draft(own, org, term_ends_on=dt.date(2027, 6, 30))).record
    assert day.term_ends_on == dt.date(2027, 6, 30)
    assert day.term_ends == PartialDate.day(dt.date(2027, 6, 30))
    report = check(dossier.path)
    assert report.ok, [i for i in report.items if not i.ok]


def test_an_active_tie_with_a_past_end_is_refused(dossier: Dossier) -> None:
    own = dossier.authorities.by_code("GM0599").meta.id
    org = dossier.organisations.create(org_draft()).record.meta.id
    with pytest.raises(ValidationFailed) as failed:
        dossier.ties.create(tie_draft(own, org, status=TieStatus.ACTIVE,
                                      ends=PartialDate.year(2020)))
    assert "status" in {e.field for e in failed.value.errors}


def test_an_end_or_renewal_certainly_before_the_signing_is_refused(dossier: Dossier) -> None:
    """Sinds ca. 1985, ondertekend 2022/23, beëindigd 2021: the end lies before the signing."""
    own = dossier.authorities.by_code("GM0599").meta.id
    org = dossier.organisations.create(org_draft()).record.meta.id
    signed = PartialDate.parse("2022/23")
    with pytest.raises(ValidationFailed) as failed:
        dossier.ties.create(tie_draft(
            own, org, status=TieStatus.ENDED, starts=PartialDate.year(1985, circa=True),
            signed=signed, ends=PartialDate.year(2021), renewed=PartialDate.month(2021, 6)))
    messages = {e.field: e.message for e in failed.value.errors}
    assert set(messages) == {"ends", "renewed"}
    assert messages["ends"] == "ligt vóór de ondertekening (2022/23)"
    # only what is certainly earlier: within the span, or "ca.", may be right
    for ends in (PartialDate.year(2022), PartialDate.year(2021, circa=True),
                 PartialDate.month(2023, 12)):
        tie = dossier.ties.create(tie_draft(own, org, status=TieStatus.ENDED, signed=signed,
                                            ends=ends)).record
        assert tie.ends == ends and tie.signed == signed


def test_a_public_record_linking_to_an_internal_one_is_saved_with_a_warning(
    dossier: Dossier,
) -> None:
    own = dossier.authorities.by_code("GM0599").meta.id
    internal = dossier.organisations.create(org_draft(
        "Bureau Jinhai (fictief)", common=Common(classification=Classification.INTERNAL),
    )).record
    result = dossier.ties.create(tie_draft(
        own, internal.meta.id, common=Common(classification=Classification.PUBLIC),
    ))
    assert len(result.warnings) == 1
    assert internal.meta.display_no in result.warnings[0]
    assert "openbare notitie" in result.warnings[0]
    # raised to intern: no warning
    fixed = dossier.ties.edit(result.record.meta.id, tie_draft(
        own, internal.meta.id, common=Common(classification=Classification.INTERNAL),
    ), expected_version=result.record.meta.version)
    assert fixed.warnings == ()


def test_a_made_up_title_drops_the_unit_the_hanzi_already_say(dossier: Dossier) -> None:
    own = dossier.authorities.by_code("GM0599").meta.id
    city = dossier.organisations.create(org_draft("Nanjing (stad)", hanzi="南京市")).record
    tie = dossier.ties.create(tie_draft(own, city.meta.id)).record
    assert tie.title == "Rotterdam – Nanjing (南京市)"
    # without Hanzi, or with another bracket ("fictief"), the name stays whole
    plain = dossier.organisations.create(org_draft("Xinghe (stad)")).record
    assert dossier.ties.create(tie_draft(own, plain.meta.id)).record.title == (
        "Rotterdam – Xinghe (stad)")
    made_up = dossier.organisations.create(org_draft("Xinghe (fictief)", hanzi="星河市")).record
    assert dossier.ties.create(tie_draft(own, made_up.meta.id)).record.title == (
        "Rotterdam – Xinghe (fictief) (星河市)")
