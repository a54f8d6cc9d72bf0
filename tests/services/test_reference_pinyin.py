"""Pinyin of real places is the reference's, through the services, in display and search alike."""

from __future__ import annotations

import csv

from helpers import org_draft, person_draft

from chinadossier.resources_locator import resource_path
from chinadossier.services.dossier import Dossier


def _divisions() -> list[dict[str, str]]:
    with resource_path("reference", "cn_divisions.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_division_reads_as_the_reference(dossier: Dossier) -> None:
    rows = _divisions()
    assert len(rows) == 367
    wrong = [
        (row["hanzi"], row["pinyin"], got)
        for row in rows
        if (got := dossier.names.pinyin(row["hanzi"])) != row["pinyin"]
    ]
    assert wrong == []


def test_names_containing_a_division_keep_its_reading_and_boundaries(dossier: Dossier) -> None:
    expected = {
        "盐城市人民政府": "Yánchéng Shì Rénmín Zhèngfǔ",
        "张家口": "Zhāngjiākǒu",
        "和田地区": "Hétián Dìqū",
        "长治": "Chángzhì",
        "漯河": "Luòhé",
        "朝阳市": "Cháoyáng Shì",
        "济宁": "Jìníng",
        "丽水": "Lìshuǐ",
        "单县": "Shàn Xiàn",
        "华芯理工大学": "Huáxīn Lǐgōng Dàxué",
    }
    assert {h: dossier.names.pinyin(h) for h in expected} == expected
    saved = dossier.organisations.create(org_draft("Stad Yancheng", hanzi="盐城市人民政府"))
    assert saved.record.pinyin == "Yánchéng Shì Rénmín Zhèngfǔ"


def test_search_uses_the_displayed_reading(dossier: Dossier) -> None:
    person = dossier.persons.create(person_draft("", hanzi="单伟")).record
    assert person.pinyin == "Shàn Wěi"
    hits = dossier.overview.search("shan wei")
    assert person.meta.id in {hit.ref.id for hit in hits}
