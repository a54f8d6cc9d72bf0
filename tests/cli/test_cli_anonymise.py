"""Issue 10.6: `chinadossier anonymise NUMMER` explains first and erases only with --yes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chinadossier.cli import main
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.drafts import PersonDraft
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR, TODAY


def test_anonymise_asks_for_yes_then_erases(case_file_template: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "chinadossier.sqlite3"
    shutil.copy2(case_file_template, path)
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=TEST_ACTOR) as dossier:
        number = dossier.persons.create(
            PersonDraft(family_name="Yinzhiping", hanzi="尹志平")).record.meta.display_no
        trashed = dossier.persons.create(PersonDraft(family_name="Zhaozhijing")).record
        dossier.persons.delete(trashed.meta.id, expected_version=trashed.meta.version)
    before = path.read_bytes()
    assert main(["--data-dir", str(data), "anonymise", number]) == 1
    err = capsys.readouterr().err
    assert "--yes" in err and "niet ongedaan" in err
    assert path.read_bytes() == before
    assert main(["--data-dir", str(data), "anonymise", number, "--yes"]) == 0
    assert f"{number} is geanonimiseerd: 1 oude waarde uit het auditspoor gewist, 0 onderdelen " \
           "(functies, koppelingen en bijlagen) verwijderd." in capsys.readouterr().out
    assert b"Yinzhiping" not in path.read_bytes()
    assert main(["--data-dir", str(data), "anonymise", number, "--yes"]) == 0
    assert "al geanonimiseerd" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "check"]) == 0
    assert main(["--data-dir", str(data), "anonymise", "PER-9999", "--yes"]) == 2
    # A person in the Prullenbak is anonymised too.
    assert main(["--data-dir", str(data), "anonymise", trashed.meta.display_no, "--yes"]) == 0
    assert b"Zhaozhijing" not in path.read_bytes()
    assert main(["--data-dir", str(data), "check"]) == 0
