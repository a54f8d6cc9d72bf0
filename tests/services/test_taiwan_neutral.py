"""Reference data stays neutral: Taiwan reads "Taiwan (台湾)", also in files made before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers import org_draft

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.services.dossier import Dossier

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop")


def test_taiwan_is_shown_by_its_own_name(dossier: Dossier) -> None:
    org = dossier.organisations.create(org_draft("Bedrijf in Taipei", place_adcode="710000"))
    assert org.record.place_label == "Taiwan (台湾)"
    assert "省" not in (org.record.place_label or "")


def test_an_older_file_gets_the_neutral_name_through_the_reference_update(
    case_file: Path, clock: FixedClock
) -> None:
    # Given a file whose divisions still hold the old row (as reference 2025.1 shipped it)
    conn = sqlite3.connect(case_file)
    with conn:
        conn.execute("UPDATE cn_division SET level = 'province', hanzi = '台湾省', "
                     "pinyin = 'Táiwān Shěng' WHERE adcode = '710000'")
    conn.close()
    # When the shipped reference data is applied
    with Dossier.open(case_file, clock=clock, actor=ACTOR) as dossier:
        dossier.update_reference()
        org = dossier.organisations.create(org_draft("Bedrijf", place_adcode="710000")).record
    # Then the key is the same and the name is neutral
    assert org.place_label == "Taiwan (台湾)"
