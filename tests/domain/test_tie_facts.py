"""Ties read as facts: year ranges, the period phrase, type labels that follow the parties."""

from __future__ import annotations

import datetime as dt

import pytest

from chinadossier.domain.codes import AuthorityKind, TieStatus, TieType
from chinadossier.domain.labels import label, tie_type_label
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.tie_text import tie_period


def test_a_year_range_reads_as_domain_md_gives_it() -> None:
    value = PartialDate.parse("2022/23 [onzeker]")
    assert value.dutch() == "2022/23 (onzeker)"
    assert value.iso() == "2022/2023"
    assert value.last_day() == dt.date(2023, 12, 31)
    assert value.to_json()["until_year"] == 2023
    assert PartialDate.parse("2022/2023").dutch() == "2022/23"
    assert not PartialDate.parse("2022/23").uncertain
    with pytest.raises(ValueError, match="na het eerste"):
        PartialDate.parse("2023/22")


def test_an_ended_tie_reads_by_its_end_never_by_its_start() -> None:
    start = PartialDate.year(1995)
    assert tie_period(TieStatus.ENDED, start, None, PartialDate.month(2021, 7)) == (
        "beëindigd in juli 2021"
    )
    assert tie_period(TieStatus.ENDED, start, None, None) == "beëindigd, datum onbekend"
    assert tie_period(TieStatus.ACTIVE, None, None, None) == "begindatum onbekend"
    assert tie_period(TieStatus.UNKNOWN, start, None, None) == "sinds 1995"


def test_the_type_follows_the_parties() -> None:
    assert tie_type_label(TieType.SISTER_CITY, AuthorityKind.PROVINCE) == "zusterprovincie"
    assert tie_type_label(TieType.SISTER_CITY, AuthorityKind.MUNICIPALITY) == "zusterstad"
    assert tie_type_label(TieType.CITY_PARTNERSHIP, AuthorityKind.MUNICIPALITY) == "stedenband"
    assert label(TieStatus.UNKNOWN) == "onbekend"
