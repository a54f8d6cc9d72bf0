"""Names match across Hanzi, tone marks and tone numbers."""

from __future__ import annotations

from chinadossier.domain.matching import match_key, similarity


def test_tone_numbers_match_like_tone_marks_and_hanzi():
    same = ["王伟", "Wáng Wěi", "wang2 wei3", "Wang2 Wei3", "Wei3 Wang2", "wang wei"]
    assert {match_key(name).words for name in same} == {"wang wei"}
    assert match_key("wang2 wei3") == match_key("Wáng Wěi")
    assert match_key("lv3 xiao3ming2") == match_key("Lǚ Xiǎomíng")
    assert similarity(match_key("wang2 wei3"), match_key("王伟")) == 100


def test_numbers_that_are_not_tones_stay_part_of_the_name():
    assert match_key("Chen Fang11") != match_key("Chen Fang")
    assert match_key("Kees0") != match_key("Kees")
    assert match_key("Handelsbureau 003") != match_key("Handelsbureau")
    assert match_key("Gebouw B2") != match_key("Gebouw B3")
