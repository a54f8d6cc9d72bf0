"""`retention` and `destroy` on the command line; `person-export` refuses unknown numbers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from tests.conftest import TEST_ACTOR
from tests.services.helpers import person_draft

from chinadossier.cli import main
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import RetentionCategory
from chinadossier.domain.drafts import Common
from chinadossier.services.dossier import Dossier


def _run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_retention_and_destroy(case_file: Path, capsys: pytest.CaptureFixture[str],
                               clock: FixedClock) -> None:
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as d:
        due = d.persons.create(person_draft("Sun", common=Common(
            retention_category=RetentionCategory.DESTROY,
            retention_on=dt.date(2020, 1, 1)))).record.meta.display_no
        later = d.persons.create(person_draft("Ma")).record.meta.display_no
    code, out, _ = _run(case_file, capsys, "retention")
    assert code == 0 and "Te vernietigen (1)" in out and due in out and "5 jaar" in out
    code, out, _ = _run(case_file, capsys, "retention", "--json")
    assert [i["number"] for i in json.loads(out)["due"]] == [due]
    code, out, _ = _run(case_file, capsys, "destroy", due)
    assert code == 1 and "--yes" in out
    code, _, err = _run(case_file, capsys, "destroy", later, "--yes")
    assert code == 2 and "geen bewaartermijn" in err
    code, out, _ = _run(case_file, capsys, "destroy", due, "--yes")
    assert code == 0 and f"Vernietigd: {due}" in out
    code, out, err = _run(case_file, capsys, "retention", "--apply-defaults")
    assert code == 0 and "Niets te vernietigen" in out
    assert "Voorgestelde bewaartermijn vastgelegd bij 1 record." in err
    code, _, _ = _run(case_file, capsys, "check")
    assert code == 0
    code, _, err = _run(case_file, capsys, "person-export", "PER-9999", "--out",
                        str(case_file.parent / "x.json"))
    assert code != 0 and "PER-9999" in err
