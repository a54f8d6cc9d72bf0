"""Every label table has both languages, and its Dutch is Dutch (no English leaking through)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from chinadossier.cli.render import DEMO_COUNTS_NL, PLURAL_NL
from chinadossier.domain import labels
from chinadossier.domain.labels import FIELD_LABELS, RISK_IMPACT, RISK_LIKELIHOOD, all_enums

#: English words that never belong in a Dutch label.
ENGLISH = {
    "the", "and", "date", "type", "kind", "other", "unknown", "ends", "starts",
    "start", "end", "name", "status of", "tie", "ties", "person", "meeting", "decision",
    "action", "source", "note", "level", "owner", "review", "term", "signed",
    "renewed", "place", "function", "dutch", "english", "authority", "council", "mayor",
    "file", "changed", "created", "by", "with", "from", "to",
}
#: Labels that are the same word in both languages.
SAME = {
    "pinyin", "status", "impact", "URL", "website", "code", "media", "record", "Memorandum of "
    "Understanding", "MoU", "Intern", "open", "tags",
}
#: Internal references that users must not see.
INTERNAL = re.compile(r"DOMAIN|§|\bR-[A-Z]+\b.*\bcode\b|\b[a-z]+_[a-z_]+\b")


def _pairs() -> Iterator[tuple[str, str, str]]:
    """(where, Dutch, English) for every label in every table."""
    for enum in all_enums():
        nl, en = labels.enum_label(enum, "nl"), labels.enum_label(enum, "en")
        yield f"enum {enum.__name__}", nl, en
        for member in enum:
            yield f"{enum.__name__}.{member.name}", labels.label(member, "nl"), labels.label(
                member, "en")
    tables: list[tuple[str, Mapping[object, tuple[str, str]]]] = [
        ("FIELD_LABELS", FIELD_LABELS), ("RISK_LIKELIHOOD", RISK_LIKELIHOOD),
        ("RISK_IMPACT", RISK_IMPACT),
    ]
    for name, table in tables:
        for key, (nl, en) in table.items():
            yield f"{name}[{key}]", nl, en


def test_every_label_has_both_languages_and_dutch_that_is_dutch() -> None:
    problems = []
    for where, nl, en in _pairs():
        if not nl.strip() or not en.strip():
            problems.append(f"{where}: leeg label")
            continue
        words = set(re.findall(r"[a-z]+", nl.lower()))
        if words & ENGLISH:
            problems.append(f"{where}: Engels in '{nl}' ({sorted(words & ENGLISH)})")
        if nl.lower() == en.lower() and nl not in SAME:
            problems.append(f"{where}: '{nl}' is niet vertaald")
        if INTERNAL.search(nl):
            problems.append(f"{where}: interne verwijzing in '{nl}'")
    assert problems == []


def test_the_default_matrix_name_has_no_internal_reference() -> None:
    from chinadossier.domain.risk import DEFAULT_MATRIX

    assert not INTERNAL.search(DEFAULT_MATRIX.name)


def test_the_cli_tables_are_dutch() -> None:
    for table in (PLURAL_NL, DEMO_COUNTS_NL):
        for key, nl in table.items():
            words = set(re.findall(r"[a-z]+", nl.lower()))
            assert not words & ENGLISH, (key, nl)


def test_field_names_in_messages_are_dutch() -> None:
    from chinadossier.domain.errors import human_field

    assert human_field("positions[0].ends") == "einddatum (functie 1)"
    assert human_field("positions[1].starts") == "begindatum (functie 2)"
    for name in ("term_starts", "term_ends", "renewed", "signed"):
        assert human_field(name) != name
