"""Pinyin that follows the Hanzi until the user types their own; name order in lists."""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any

import pytest
from helpers import make_org, org_draft, person_draft

from chinadossier.domain.queries import ListQuery


def test_organisation_hanzi_without_pinyin_gets_pinyin(dossier: Any) -> None:
    # Given an organisation with Hanzi and no pinyin
    # When it is saved
    record = make_org(dossier, "Volksregering Nanjing", hanzi="南京市人民政府")
    # Then pinyin is derived, word by word, and marked automatic
    assert record.pinyin == "Nánjīng Shì Rénmín Zhèngfǔ"
    assert record.pinyin_auto is True


def test_editing_hanzi_rederives_pinyin_left_as_it_was(dossier: Any) -> None:
    # Given an organisation whose pinyin was derived
    draft = org_draft("Volksregering", hanzi="南京市人民政府")
    record = dossier.organisations.create(draft).record
    # When the Hanzi is corrected and the form sends the pinyin back unchanged
    edited = dossier.organisations.edit(
        record.meta.id, dataclasses.replace(draft, hanzi="西安市人民政府", pinyin=record.pinyin),
        expected_version=record.meta.version).record
    # Then the pinyin follows the new Hanzi
    assert edited.pinyin == "Xī'ān Shì Rénmín Zhèngfǔ"
    assert edited.pinyin_auto is True


def test_editing_hanzi_with_pinyin_emptied_rederives_it(dossier: Any) -> None:
    # Given an organisation whose pinyin was derived
    draft = org_draft("Volksregering", hanzi="南京")
    record = dossier.organisations.create(draft).record
    # When the Hanzi changes and the pinyin field is emptied
    edited = dossier.organisations.edit(
        record.meta.id, dataclasses.replace(draft, hanzi="西安", pinyin=""),
        expected_version=record.meta.version).record
    # Then the pinyin is derived anew
    assert edited.pinyin == "Xī'ān"


def test_own_pinyin_is_kept_when_the_hanzi_changes(dossier: Any) -> None:
    # Given an organisation whose user typed their own pinyin
    draft = org_draft("Volksregering", hanzi="南京市人民政府")
    created = dossier.organisations.create(draft).record
    own = dataclasses.replace(draft, pinyin="Nanjing Municipal Government")
    typed = dossier.organisations.edit(created.meta.id, own,
                                       expected_version=created.meta.version).record
    assert typed.pinyin == "Nanjing Municipal Government"
    assert typed.pinyin_auto is False
    # When the Hanzi changes and the form sends the user's pinyin back
    edited = dossier.organisations.edit(
        created.meta.id, dataclasses.replace(own, hanzi="南京市政府"),
        expected_version=typed.meta.version).record
    # Then the user's pinyin stays
    assert edited.hanzi == "南京市政府"
    assert edited.pinyin == "Nanjing Municipal Government"
    assert edited.pinyin_auto is False


def test_own_pinyin_given_at_creation_is_kept(dossier: Any) -> None:
    # Given an organisation created with Hanzi and a pinyin of the user's own
    record = make_org(dossier, "Huawei", hanzi="华为", pinyin="Huawei Technologies")
    # Then it is kept and not automatic
    assert record.pinyin == "Huawei Technologies"
    assert record.pinyin_auto is False


@pytest.mark.parametrize(("hanzi", "family", "expected"), [
    ("单雄", "Shan", "Shàn Xióng"),
    ("曾国藩", "Zeng", "Zēng Guófān"),
    ("欧阳修", "Ouyang", "Ōuyáng Xiū"),
])
def test_person_pinyin_reads_the_family_name_as_a_surname(
        dossier: Any, hanzi: str, family: str, expected: str) -> None:
    # Given a person with a surname that reads differently as a surname
    # When saved without pinyin
    record = dossier.persons.create(person_draft(family, hanzi=hanzi)).record
    # Then the surname reading is used, family name first
    assert record.pinyin == expected
    assert record.pinyin_auto is True


def test_person_jiefang_has_family_name_xie(dossier: Any) -> None:
    # Given a person named 解放 (the word "liberation" reads jiěfàng)
    record = dossier.persons.create(person_draft("Xie", hanzi="解放")).record
    # Then the family name reads Xiè
    family = record.pinyin.split(" ")[0]
    assert family == "Xiè"
    assert record.display_name.startswith("解放 Xiè")


def test_persons_sorted_by_name_put_hanzi_under_their_pinyin(dossier: Any) -> None:
    # Given persons created in no particular order, one with a name in Hanzi only
    for family, given in [("Zhang", "Li"), ("Wu", "Lei"), ("王", "伟"), ("Visser", "Anna"),
                          ("Bakker", "Jan")]:
        dossier.persons.create(person_draft(family, given_name=given))
    # When the list is sorted by name
    page = dossier.persons.list(ListQuery(sort="name"))
    # Then 王伟 sorts as "wang wei": after Visser, before Wu and Zhang
    assert [p.family_name for p in page.items] == ["Bakker", "Visser", "王", "Wu", "Zhang"]


def test_organisations_sort_case_and_accent_insensitively(dossier: Any) -> None:
    # Given organisations whose names differ in case and accents
    for name in ["Zhejiang Uni", "école de Pékin", "Anhui Bureau", "Écluse BV", "beijing hub"]:
        make_org(dossier, name)
    # When sorted by name
    names = [o.name_nl for o in dossier.organisations.list(ListQuery(sort="name")).items]
    # Then case and accents do not decide the order
    assert names == ["Anhui Bureau", "beijing hub", "Écluse BV", "école de Pékin",
                     "Zhejiang Uni"]


def test_derived_pinyin_is_stored_in_nfc(dossier: Any) -> None:
    # Given Hanzi followed by a combining accent (a broken paste); the Hanzi itself is NFC
    hanzi = "南\u0301京"
    assert unicodedata.is_normalized("NFC", hanzi)
    # When the organisation is saved without pinyin
    record = make_org(dossier, "Volksregering", hanzi=hanzi)
    # Then the derived pinyin is stored in NFC, like every other text
    assert record.pinyin is not None
    assert unicodedata.is_normalized("NFC", record.pinyin)


def test_latin_text_in_the_hanzi_field_gives_no_pinyin_and_the_order_follows_the_name():
    from chinadossier.domain.codes import NameOrder
    from chinadossier.domain.record_refs import default_name_order
    from chinadossier.services.names import derive_pinyin

    assert derive_pinyin("Testpersoon Een", None, current_pinyin=None, current_auto=True,
                         person=True) == (None, True)
    assert derive_pinyin("郑强", None, current_pinyin=None, current_auto=True,
                         person=True) == ("Zhèng Qiáng", True)
    assert default_name_order("郑强") is NameOrder.FAMILY_FIRST
    assert default_name_order("Testpersoon") is NameOrder.GIVEN_FIRST
    assert default_name_order(None) is NameOrder.GIVEN_FIRST
