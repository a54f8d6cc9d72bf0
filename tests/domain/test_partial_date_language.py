"""A rough date reads in the interface language: Dutch by default, English on request."""

from __future__ import annotations

import pytest

from chinadossier.domain.partial_date import PartialDate


@pytest.mark.parametrize(("typed", "dutch", "english"), [
    ("ca. 1985", "ca. 1985", "c. 1985"),
    ("2022 (onzeker)", "2022 (onzeker)", "2022 (uncertain)"),
    ("2022-11", "november 2022", "November 2022"),
    ("2022-11-16", "16 november 2022", "16 November 2022"),
    ("2022/23", "2022/23", "2022/23"),
    ("ca. 2021-03 (onzeker)", "ca. maart 2021 (onzeker)", "c. March 2021 (uncertain)"),
])
def test_human_form_per_language(typed: str, dutch: str, english: str) -> None:
    value = PartialDate.parse(typed)
    assert value.dutch() == dutch
    assert value.human("nl") == dutch
    assert value.human("en") == english


def test_the_english_form_parses_back_to_the_same_date() -> None:
    for typed in ("c. 1985", "2022 (uncertain)", "c. 1990 (uncertain)"):
        value = PartialDate.parse(typed)
        assert PartialDate.parse(value.human("en")) == value
        assert PartialDate.parse(value.dutch()) == value
