"""The one name splitter of the picker and the import: Hanzi apart, Dutch rules kept."""

from __future__ import annotations

import pytest

from chinadossier.domain.person_names import split_name


@pytest.mark.parametrize(
    ("text", "hanzi", "family", "given", "tussen", "family_first"),
    [
        # As lists and exports write a Chinese person: the Hanzi, then the pinyin.
        ("王伟 Wáng Wěi", "王伟", "Wáng", "Wěi", None, True),
        ("Wang Wei (王伟)", "王伟", "Wang", "Wei", None, True),
        # The romanised part is a Chinese name, also with a family name not in the list.
        ("郝强 Hao Qiang", "郝强", "Hao", "Qiang", None, True),
        # Written given name first: the Hanzi's family name says which word is the family name.
        ("Wei Wang 王伟", "王伟", "Wang", "Wei", None, True),
        ("Wang, Wei 王伟", "王伟", "Wang", "Wei", None, True),
        # Hanzi alone: the family and given name of their pinyin.
        ("李娜", "李娜", "Lǐ", "Nà", None, True),
        ("欧阳修", "欧阳修", "Ōuyáng", "Xiū", None, True),
        # The Dutch rules stay.
        ("Jan de Vries", None, "Vries", "Jan", "de", False),
        ("Vries, Jan de", None, "Vries", "Jan", "de", False),
        ("Janssen, Piet", None, "Janssen", "Piet", None, False),
        ("Wang Wei", None, "Wang", "Wei", None, True),
    ],
)
def test_hanzi_in_a_name_are_the_hanzi_and_the_rest_reads_family_name_first(
    text: str, hanzi: str | None, family: str, given: str | None, tussen: str | None,
    family_first: bool,
) -> None:
    name = split_name(text)
    assert (name.hanzi, name.family_name, name.given_name, name.tussenvoegsel,
            name.family_first) == (hanzi, family, given, tussen, family_first)


def test_a_name_dot_without_hanzi_is_a_latin_name() -> None:
    from chinadossier.domain.person_names import split_name

    split = split_name("Jean·Paul Dupont")
    assert (split.family_name, split.given_name, split.hanzi) == ("Dupont", "Jean·Paul", None)
