"""Tests for chinadossier.domain.text: which free text is accepted and in what form."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinadossier.domain.errors import FieldError
from chinadossier.domain.text import TextRejected, clean_line, clean_text

# --- clean_line ---------------------------------------------------------------------------------


def test_line_none_and_blank_become_none() -> None:
    assert clean_line(None, field="naam") is None
    assert clean_line("", field="naam") is None
    assert clean_line(" \u00a0\u3000 ", field="naam") is None


def test_line_trims_ordinary_nbsp_and_ideographic_space() -> None:
    assert clean_line("\u00a0\u3000 Nanjing \u3000\u00a0", field="naam") == "Nanjing"


def test_line_keeps_internal_runs_of_whitespace() -> None:
    assert clean_line("Zuid  Holland\u00a0 X", field="naam") == "Zuid  Holland\u00a0 X"


def test_line_trailing_newline_from_paste_is_trimmed() -> None:
    assert clean_line("Wuhan\r\n", field="naam") == "Wuhan"
    assert clean_line("\tWuhan", field="naam") == "Wuhan"


def test_line_is_nfc() -> None:
    decomposed = "gei\u0308nformeerd"
    result = clean_line(decomposed, field="naam")
    assert result == "ge\u00efnformeerd"
    assert result is not None and unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("ab\x00cd", "stuurteken (positie 3)"),
        ("abcd\x07", "stuurteken (positie 5)"),
        ("ab\x7fcd", "stuurteken (positie 3)"),
        ("ab\x9bcd", "stuurteken (positie 3)"),
        ("ab\ncd", "regeleinde (positie 3)"),
        ("ab\rcd", "regeleinde (positie 3)"),
        ("ab\u2028cd", "regeleinde (positie 3)"),
        ("ab\tcd", "tab (positie 3)"),
    ],
)
def test_line_rejects_control_characters(value: str, fragment: str) -> None:
    with pytest.raises(TextRejected) as caught:
        clean_line(value, field="naam")
    assert caught.value.field == "naam"
    assert fragment in caught.value.message


def test_line_position_counts_from_the_value_as_typed() -> None:
    with pytest.raises(TextRejected) as caught:
        clean_line("  ab\x00", field="naam")
    assert "positie 5" in caught.value.message
    assert "verwijder het" in caught.value.message


@pytest.mark.parametrize("code", [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
def test_line_rejects_bidi_overrides(code: int) -> None:
    with pytest.raises(TextRejected) as caught:
        clean_line(f"abc{chr(code)}def", field="titel")
    assert "leesrichting" in caught.value.message
    assert "positie 4" in caught.value.message


def test_line_allows_plain_direction_marks_and_zero_width_joiner() -> None:
    value = "a\u200eb\u200fc\u200dd"
    assert clean_line(value, field="naam") == value


def test_line_rejects_lone_surrogate() -> None:
    with pytest.raises(TextRejected, match="ongeldig teken"):
        clean_line("ab\ud800", field="naam")


def test_line_length_limit_default_300() -> None:
    assert clean_line("x" * 300, field="naam") == "x" * 300
    with pytest.raises(TextRejected) as caught:
        clean_line("x" * 301, field="naam")
    assert "mag hoogstens 300 tekens bevatten" in caught.value.message
    assert "(nu 301)" in caught.value.message


def test_line_length_is_measured_after_trimming() -> None:
    assert clean_line("  " + "x" * 10 + "  ", field="naam", max_length=10) == "x" * 10


def test_line_custom_limit_and_field_in_str() -> None:
    with pytest.raises(TextRejected) as caught:
        clean_line("abcdef", field="kenmerk", max_length=5)
    assert "mag hoogstens 5 tekens bevatten" in caught.value.message
    assert str(caught.value).startswith("kenmerk: ")


def test_rejection_is_a_value_error_and_converts_to_field_error() -> None:
    error = TextRejected("naam", "is te lang")
    assert isinstance(error, ValueError)
    assert error.as_field_error() == FieldError("naam", "is te lang")


# --- clean_text ---------------------------------------------------------------------------------


def test_text_none_and_blank_become_none() -> None:
    assert clean_text(None, field="notitie") is None
    assert clean_text("\n \r\n\t\u3000", field="notitie") is None


def test_text_normalises_line_breaks() -> None:
    assert clean_text("a\r\nb\rc\nd", field="notitie") == "a\nb\nc\nd"
    assert clean_text("a\u2028b\x85c", field="notitie") == "a\nb\nc"


def test_text_keeps_tabs_and_trailing_spaces_per_line() -> None:
    assert clean_text("\n\n  kop  \n\tpunt 1 \n\n", field="notitie") == "kop  \n\tpunt 1"


def test_text_is_nfc() -> None:
    assert clean_text("Be\u0308ëindiging", field="notitie") == "B\u00eb\u00ebindiging"


def test_text_rejects_control_character_with_line_and_position() -> None:
    with pytest.raises(TextRejected) as caught:
        clean_text("eerste regel\r\ntweede\x00regel", field="notitie")
    assert caught.value.message == (
        "bevat een onzichtbaar stuurteken (regel 2, positie 7); verwijder het"
    )


def test_text_rejects_bidi_override() -> None:
    with pytest.raises(TextRejected, match="leesrichting"):
        clean_text("a\n\u202eb", field="notitie")


def test_text_length_limit_default_20000() -> None:
    assert clean_text("x" * 20000, field="notitie") is not None
    with pytest.raises(TextRejected) as caught:
        clean_text("x" * 20001, field="notitie")
    assert "mag hoogstens 20.000 tekens bevatten" in caught.value.message


# --- properties ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_line_either_rejects_or_returns_clean_single_line(value: str) -> None:
    try:
        result = clean_line(value, field="naam", max_length=10_000)
    except TextRejected as error:
        assert error.field == "naam" and error.message
        return
    if result is None:
        assert not value.strip()
        return
    assert result == result.strip()
    assert unicodedata.is_normalized("NFC", result)
    assert not any(unicodedata.category(char) == "Cc" for char in result)
    assert clean_line(result, field="naam", max_length=10_000) == result


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_text_either_rejects_or_returns_clean_text(value: str) -> None:
    try:
        result = clean_text(value, field="notitie")
    except TextRejected as error:
        assert error.message
        return
    if result is None:
        return
    assert "\r" not in result
    assert result == result.strip()
    assert all(char in "\n\t" or unicodedata.category(char) != "Cc" for char in result)
    assert clean_text(result, field="notitie") == result
