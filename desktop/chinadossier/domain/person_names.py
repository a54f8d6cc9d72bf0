"""How a full name splits into family and given name: one rule for the import of a contact list
and for a name typed into a picker ("Nieuwe persoon aanmaken…").

"Achternaam, Voornaam" splits at the comma. A romanised Chinese name whose first word is a
Chinese family name ("Wang Wei", "Ouyang Xiu") is read family name first, as Chinese is
written. Anything else is read the Dutch way: the last word is the family name, with the
tussenvoegsel ("van der") before it kept apart.

Hanzi in the text ("王伟 Wáng Wěi", as lists and exports write a Chinese person, or "李娜"
alone) are the person's Hanzi (`SplitName.hanzi`): the romanised rest is then a Chinese name,
family name first (also when its family name is not in the list below); Hanzi alone give the
family and given name of their pinyin ("Lǐ", "Nà"), as a form prefills them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from chinadossier.domain.pinyin import has_hanzi, is_hanzi, person_pinyin

# The most common Chinese family names in toneless pinyin (together well over 85 % of the
# population), and the common two-syllable ones. Data, not a rule: extend it freely.
CHINESE_FAMILY_NAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao jin fu zhong cui tan lyu lv fan wan shi qin dai jia
    xia qiu fang hou zou xiong meng qian bai jiang duan lei long tao he gu mao hao gong shao
    wen kong xiang chang niu yin ge yan zhuang kang geng mo xue ouyang sima zhuge situ
    shangguan dongfang
    """.split()
)
_NAME_DOTS = frozenset("·・•‧")
"""The middle dots between the parts of a name transcribed into Hanzi (约翰·史密斯)."""
_TUSSENVOEGSELS = frozenset(
    "van de der den het ter ten te in 't op 's aan bij uit voor von zu da di la le du".split()
)


@dataclass(frozen=True, slots=True)
class SplitName:
    """A person's name in parts; `family_first` is True for the Chinese order."""

    family_name: str
    given_name: str | None
    tussenvoegsel: str | None
    family_first: bool
    hanzi: str | None = None
    """The Hanzi the text held ("王伟" of "王伟 Wáng Wěi"), None without."""


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch))


def split_name(text: str) -> SplitName:
    """Split a full name as a Dutch official's list writes it.

    Raises:
        ValueError: the text has no letters.
    """
    cleaned = " ".join(text.split())
    if not any(ch.isalpha() for ch in cleaned):
        raise ValueError("De naam bevat geen letters.")
    hanzi = ("".join(ch for ch in cleaned if is_hanzi(ch) or ch in _NAME_DOTS) or None
             if has_hanzi(cleaned) else None)  # (a dot alone, "Jean·Paul", is not Hanzi)
    if hanzi is not None:
        return _with_hanzi(hanzi.strip("".join(_NAME_DOTS)) or hanzi, cleaned)
    if "," in cleaned:
        family, _, after_comma = (part.strip() for part in cleaned.partition(","))
        given_words = after_comma.split()
        trailing = 0
        while trailing < len(given_words) - 1 and (
            _plain(given_words[-1 - trailing]) in _TUSSENVOEGSELS
        ):
            trailing += 1
        if trailing:  # "Berg, Jan van der": the tussenvoegsel follows the given name
            tussen = " ".join(given_words[len(given_words) - trailing :])
            return SplitName(family, " ".join(given_words[: len(given_words) - trailing]),
                             tussen, False)
        words = family.split()
        prefix = [w for w in words[:-1] if _plain(w) in _TUSSENVOEGSELS]
        if prefix and len(prefix) == len(words) - 1:
            return SplitName(words[-1], after_comma or None, " ".join(prefix), False)
        # "Wang, Wei" is still family name first.
        return SplitName(
            family, after_comma or None, None, _plain(family) in CHINESE_FAMILY_NAMES
        )
    words = cleaned.split()
    if len(words) == 1:
        return SplitName(words[0], None, None, _plain(words[0]) in CHINESE_FAMILY_NAMES)
    if _plain(words[0]) in CHINESE_FAMILY_NAMES and len(words) <= 3:
        return SplitName(words[0], " ".join(words[1:]), None, True)
    # Dutch order: given names, then tussenvoegsel, then the family name.
    index = len(words) - 1
    while index > 1 and _plain(words[index - 1]) in _TUSSENVOEGSELS:
        index -= 1
    between = " ".join(words[index:-1]) or None
    given: str | None = " ".join(words[:index]) if index > 0 else None
    return SplitName(words[-1], given, between, False)


def _with_hanzi(hanzi: str, text: str) -> SplitName:
    """A name holding Hanzi: the Hanzi apart, the romanised rest family name first."""
    rest = "".join(" " if is_hanzi(ch) or ch in _NAME_DOTS or ch in "()（）[]" else ch
                   for ch in text)
    rest = " ".join(rest.replace(",", " , ").split()).strip(" ,")
    if not any(ch.isalpha() for ch in rest):
        # Hanzi alone: the family and given name of their pinyin (王伟 → Wáng, Wěi).
        spelled = unicodedata.normalize("NFC", person_pinyin(hanzi)).split(" ", 1)
        return SplitName(spelled[0], spelled[1] if len(spelled) > 1 else None, None, True,
                         hanzi)
    if "," in rest:  # "Wang, Wei 王伟"
        family, _, given = (part.strip() for part in rest.partition(","))
        return SplitName(family, given or None, None, True, hanzi)
    words = rest.split()
    if len(words) > 1:
        # Written given name first ("Wei Wang 王伟")? The Hanzi's family name says which word
        # is the family name.
        family_sound = _plain(person_pinyin(hanzi).split(" ", 1)[0])
        if _plain(words[0]) != family_sound and _plain(words[-1]) == family_sound:
            return SplitName(words[-1], " ".join(words[:-1]), None, True, hanzi)
    return SplitName(words[0], " ".join(words[1:]) or None, None, True, hanzi)
