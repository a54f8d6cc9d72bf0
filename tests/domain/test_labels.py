"""Labels: every stored code has a Dutch and English label; parsing and money formatting."""

from __future__ import annotations

import unicodedata
from enum import StrEnum

import pytest

from chinadossier.domain import codes
from chinadossier.domain.codes import (
    ActionStatus,
    Classification,
    DecisionOutcome,
    OrganisationKind,
    RecordKind,
    RetentionCategory,
    RiskLevel,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.labels import (
    FIELD_LABELS,
    RISK_IMPACT,
    RISK_LIKELIHOOD,
    all_enums,
    choices,
    enum_label,
    field_label,
    format_cents,
    label,
    parse_label,
)

ALL_MEMBERS = [member for enum_cls in all_enums() for member in enum_cls]
MEMBER_IDS = [f"{type(m).__name__}.{m.name}" for m in ALL_MEMBERS]

# Dutch labels that are legitimately the same word as the English code.
SAME_AS_CODE_NL = {ActionStatus.OPEN, Treatment.OPEN, RiskStatus.OPEN, OrganisationKind.MEDIA}


def test_all_enums_finds_every_enum_in_codes() -> None:
    expected = {
        obj
        for obj in vars(codes).values()
        if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
    }
    assert set(all_enums()) == expected
    assert len(all_enums()) >= 22
    assert Classification in all_enums() and RiskLevel in all_enums()


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=MEMBER_IDS)
def test_every_member_has_nl_and_en_label(member: StrEnum) -> None:
    nl = label(member, "nl")
    en = label(member, "en")
    assert nl.strip() and en.strip()
    assert nl == label(member)  # Dutch is the default
    assert "_" not in nl and "_" not in en
    if member not in SAME_AS_CODE_NL:
        assert nl != member.value
    if "_" in member.value:
        assert en != member.value


@pytest.mark.parametrize("enum_cls", all_enums(), ids=lambda c: c.__name__)
def test_every_enum_has_a_name_and_choices(enum_cls: type[StrEnum]) -> None:
    assert enum_label(enum_cls, "nl") and enum_label(enum_cls, "en")
    pairs = choices(enum_cls, "en")
    assert [m for m, _ in pairs] == list(enum_cls)
    assert all(text == label(m, "en") for m, text in pairs)


@pytest.mark.parametrize("enum_cls", all_enums(), ids=lambda c: c.__name__)
def test_labels_are_unique_within_an_enum(enum_cls: type[StrEnum]) -> None:
    for lang in ("nl", "en"):
        texts = [label(m, lang) for m in enum_cls]
        assert len(set(texts)) == len(texts), (enum_cls.__name__, lang)


def test_specific_labels_follow_domain_vocabulary() -> None:
    assert [label(c) for c in Classification] == ["Openbaar", "Intern", "Vertrouwelijk"]
    assert label(TieType.SISTER_CITY) == "zusterstad"
    assert label(TieType.SISTER_CITY, "en") == "sister city"
    assert label(TieStatus.ENDED) == "beëindigd"
    assert label(RecordKind.AUTHORITY) == "Nederlandse overheid"
    assert label(RecordKind.TIE) == "band"
    assert label(RecordKind.MEMO) == "briefingsnotitie"
    assert label(OrganisationKind.FOREIGN_AFFAIRS_OFFICE) == "buitenlandbureau (外办)"
    assert label(DecisionOutcome.NOT_APPLICABLE) == "n.v.t."
    assert label(RetentionCategory.PERMANENT) == "bewaren (permanent)"
    assert [label(r) for r in RiskLevel] == ["laag", "middel", "hoog", "zeer hoog"]


def test_risk_level_is_niveau_never_band() -> None:
    for member in RiskLevel:
        assert "band" not in label(member, "nl").casefold()
    assert enum_label(RiskLevel, "nl") == "niveau"
    assert "band" not in enum_label(RiskLevel, "nl").casefold()


def test_unknown_member_raises_key_error() -> None:
    class Stray(StrEnum):
        X = "x"

    with pytest.raises(KeyError, match="Stray"):
        label(Stray.X)
    with pytest.raises(KeyError, match="Stray"):
        enum_label(Stray)
    with pytest.raises(KeyError):
        label("public")  # type: ignore[arg-type]


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(ValueError, match="taal"):
        label(Classification.PUBLIC, "de")  # type: ignore[arg-type]


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=MEMBER_IDS)
def test_parse_label_round_trips(member: StrEnum) -> None:
    enum_cls = type(member)
    nl = label(member, "nl")
    en = label(member, "en")
    for text in (member.value, nl, en, nl.upper(), en.upper(), _strip_accents(nl), f"  {nl} "):
        parsed = parse_label(enum_cls, text)
        assert parsed is member, text
    assert parse_label(enum_cls, nl, "nl") is member
    assert parse_label(enum_cls, en, "en") is member
    assert parse_label(enum_cls, member.value, "nl") is member
    assert parse_label(enum_cls, member.value, "en") is member


def test_parse_label_conveniences() -> None:
    assert parse_label(TieStatus, "BEEINDIGD") is TieStatus.ENDED
    assert parse_label(TieType, "sister city") is TieType.SISTER_CITY
    assert parse_label(TieType, "MoU") is TieType.MOU
    assert (
        parse_label(OrganisationKind, "buitenlandbureau") is OrganisationKind.FOREIGN_AFFAIRS_OFFICE
    )
    assert parse_label(RetentionCategory, "bewaren") is RetentionCategory.PERMANENT
    assert parse_label(DecisionOutcome, "nvt") is DecisionOutcome.NOT_APPLICABLE
    assert parse_label(RiskLevel, "very_high") is RiskLevel.VERY_HIGH


def test_parse_label_restricted_language() -> None:
    with pytest.raises(ValueError):
        parse_label(TieStatus, "actief", "en")
    with pytest.raises(ValueError):
        parse_label(TieStatus, "in preparation", "nl")
    assert parse_label(TieStatus, "active", "nl") is TieStatus.ACTIVE  # codes always work


def test_parse_label_error_is_dutch_and_lists_allowed_values() -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_label(Classification, "geheim")
    message = str(excinfo.value)
    assert "Onbekende waarde 'geheim'" in message
    assert "classificatie" in message
    for member in Classification:
        assert label(member) in message
        assert member.value in message


def test_risk_scales() -> None:
    assert sorted(RISK_LIKELIHOOD) == [1, 2, 3, 4, 5]
    assert sorted(RISK_IMPACT) == [1, 2, 3, 4, 5]
    assert RISK_LIKELIHOOD[1][0] == "zeer onwaarschijnlijk (<5%)"
    assert RISK_LIKELIHOOD[5][0] == "zeer waarschijnlijk (>80%)"
    assert RISK_IMPACT[1][0] == "beperkt"
    assert RISK_IMPACT[5][0] == "catastrofaal"
    for scale in (RISK_LIKELIHOOD, RISK_IMPACT):
        for nl, en in scale.values():
            assert nl and en and nl != en


REQUIRED_FIELDS = """
name_nl name_en hanzi pinyin kind place family_name given_name tussenvoegsel title starts_on
ends_on tie_type status authority organisation person held_on summary direction body decided_on
reference outcome category description likelihood impact inherent_likelihood inherent_impact
residual_likelihood residual_impact owner next_review measures treatment classification tags
sources url published_on code due_on what retention_category retention_date version subject
political_facts source as_of participants aliases website notes parent gift_value_cents
costs_cents signed_on term_ends_on evaluation_on topics votes_for votes_against
knowledge_strength text
""".split()


@pytest.mark.parametrize("name", REQUIRED_FIELDS)
def test_field_labels(name: str) -> None:
    nl, en = FIELD_LABELS[name]
    assert nl and en
    assert field_label(name) == nl
    assert field_label(name, "en") == en
    assert "_" not in nl and "_" not in en


def test_field_label_falls_back_to_name() -> None:
    assert field_label("no_such_field") == "no_such_field"
    assert field_label("no_such_field", "en") == "no_such_field"
    assert field_label("starts_on") == "begindatum"


@pytest.mark.parametrize(
    ("cents", "nl", "en"),
    [
        (None, "", ""),
        (0, "€ 0,00", "€0.00"),
        (5, "€ 0,05", "€0.05"),
        (100, "€ 1,00", "€1.00"),
        (123456, "€ 1.234,56", "€1,234.56"),
        (123456789, "€ 1.234.567,89", "€1,234,567.89"),
        (-123456, "€ -1.234,56", "-€1,234.56"),
    ],
)
def test_format_cents(cents: int | None, nl: str, en: str) -> None:
    assert format_cents(cents) == nl
    assert format_cents(cents, "nl") == nl
    assert format_cents(cents, "en") == en
