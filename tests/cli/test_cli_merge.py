"""`duplicates`, `merge` (with --keep and --dry-run) and `unmerge` on the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.conftest import TEST_ACTOR
from tests.services.helpers import person_draft

from chinadossier.cli import main
from chinadossier.services.dossier import Dossier


def _run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_duplicates_merge_and_unmerge(case_file: Path, capsys: pytest.CaptureFixture[str],
                                      clock: object) -> None:
    with Dossier.open(case_file, clock=clock, actor=TEST_ACTOR) as d:  # type: ignore[arg-type]
        first = d.persons.create(person_draft("Wang", given_name="Wei")).record.meta.display_no
        second = d.persons.create(person_draft("", hanzi="王伟", notes="tolk")).record.meta
    code, out, _ = _run(case_file, capsys, "duplicates", "--type", "personen")
    assert code == 0 and first in out and second.display_no in out and "100.0" in out

    code, out, err = _run(case_file, capsys, "merge", first, second.display_no, "--dry-run",
                          "--keep", "hanzi=b")
    assert code == 0 and "Proefrun" in err and "(hanzi=b): 王伟 Wáng Wěi" in out
    code, _, err = _run(case_file, capsys, "merge", first, second.display_no, "--keep", "x=c")
    assert code == 2 and "VELD=a of VELD=b" in err

    code, out, _ = _run(case_file, capsys, "merge", first, second.display_no, "--keep", "hanzi=b")
    assert code == 0 and f"unmerge {second.display_no}" in out
    conn = sqlite3.connect(case_file)
    assert conn.execute("SELECT hanzi, notes FROM person p JOIN record r ON r.id = p.id "
                        "WHERE r.display_no = ?", (first,)).fetchone() == ("王伟", "tolk")
    conn.close()
    code, out, _ = _run(case_file, capsys, "duplicates", "--type", "personen")
    assert "Geen mogelijke dubbelen" in out
    code, _, err = _run(case_file, capsys, "show", second.display_no)
    assert code == 1 and f"samengevoegd met {first}" in err
    assert f"chinadossier unmerge {second.display_no}" in err

    code, out, _ = _run(case_file, capsys, "unmerge", second.display_no)
    assert code == 0 and "ongedaan" in out
    code, _, err = _run(case_file, capsys, "unmerge", second.display_no)
    assert code != 0 and "niet samengevoegd" in err
    code, _, _ = _run(case_file, capsys, "check")
    assert code == 0
    conn = sqlite3.connect(case_file)
    notes = conn.execute("SELECT count(*) FROM audit_entry e JOIN audit_payload p "
                         "ON p.entry_seq = e.seq WHERE e.action = 'backup' "
                         "AND p.payload LIKE '%voor-samenvoegen%'").fetchone()[0]
    conn.close()
    assert notes == 2  # a verified backup before the merge and before the undo
