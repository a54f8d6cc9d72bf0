"""Names as cells write them: labels with Hanzi, trailing explanations, authority prefixes."""

from __future__ import annotations

import functools
import re
from typing import Any

from chinadossier.domain.codes import AuthorityKind
from chinadossier.domain.matching import MatchKey, similarity
from chinadossier.domain.matching import match_key as _match_key
from chinadossier.domain.pinyin import has_hanzi, is_hanzi
from chinadossier.domain.records import PersonRecord
from chinadossier.interchange.columns import fold

AUTHORITY_PREFIXES = {"gemeente": AuthorityKind.MUNICIPALITY, "provincie": AuthorityKind.PROVINCE}


_DUTCH_GOVERNMENT = re.compile(
    r"^(?:ministerie\b|rijksoverheid\b|rijksdienst\b|waterschap\b|hoogheemraadschap\b)",
    re.IGNORECASE)
"""Names of Dutch government bodies that are no authority of the case file ("Ministerie van
Buitenlandse Zaken", "Rijksoverheid", "Waterschap Hollandse Delta")."""


def dutch_government_name(name: str | None) -> bool:
    """Whether an organisation's name says it is a Dutch government body other than a
    municipality or province (those are authorities: `Known.authority`)."""
    return bool(name) and bool(_DUTCH_GOVERNMENT.match((name or "").strip()))


def dutch_place(position: Any) -> bool:
    """Whether a function is at a Dutch authority or another Dutch government body."""
    return position.authority is not None or (
        position.organisation is not None and dutch_government_name(position.organisation.label))


def dutch_official(person: PersonRecord, *, current: bool = False) -> bool:
    """Whether the person holds a function (with `current`: one that has not ended) at a Dutch
    authority or another Dutch government body: on our side of the table."""
    return any(dutch_place(p) for p in person.positions if not current or p.ends is None)


match_key = functools.lru_cache(maxsize=1 << 16)(_match_key)
"""Match keys of names, remembered: a list names the same organisations row after row."""


_LABEL_HANZI = re.compile(r"^(.*?)\s*\(([^()]*[\u3400-\u9fff][^()]*)\)\s*$")


def split_label(text: str) -> tuple[str, str | None]:
    """A name as an export or a list shows it, "Beijing (stad) (北京市)" → ("Beijing (stad)",
    "北京市"); other text unchanged, without Hanzi."""
    found = _LABEL_HANZI.match(text)
    if found and found.group(1):
        return found.group(1), found.group(2)
    return text, None


def leading_hanzi(text: str) -> str | None:
    """The Hanzi a label starts with ("王伟 Wáng Wěi" → 王伟), if any."""
    found = re.match(r"^([\u3400-\u9fff]+)", text.strip())
    return found.group(1) if found else None


def hanzi_only(text: str) -> bool:
    """Whether a name is written in Hanzi alone ("上海市外事办公室"): no Latin letters."""
    return has_hanzi(text) and not any(ch.isalpha() and not is_hanzi(ch) for ch in text)


def bare_name(name: str) -> str:
    """A name without a trailing explanation: "Nanjing (stad)" → "Nanjing"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name) or name


def works_at(person: PersonRecord, organisation: str) -> bool:
    """Whether one of the person's positions is at an organisation of that name."""
    wanted = match_key(organisation.split(maxsplit=1)[-1] if organisation.split()[0].casefold()
                       in AUTHORITY_PREFIXES else organisation)
    for position in person.positions:
        where = position.organisation or position.authority
        if where is not None and similarity(wanted, match_key(where.label)) >= 100:
            return True
    return False


def person_key(person: PersonRecord) -> MatchKey:
    if person.hanzi:
        return match_key(person.hanzi)
    return match_key(" ".join(p for p in (person.family_name, person.given_name) if p))


def alias_texts(aliases: str | None) -> list[str]:
    """The other spellings of a record's name, one per line (or separated by ";")."""
    return [a.strip() for a in re.split(r"[\n;]", aliases or "") if a.strip()]


def title_key(title: str) -> str:
    """A function title for comparing: without its Hanzi part, folded ("Burgemeester (市长)" and
    "burgemeester" are the same function); a title in Hanzi only keeps its Hanzi."""
    latin = fold(re.sub(r"[\u3400-\u9fff]+", "", title))
    return latin or fold(title)
