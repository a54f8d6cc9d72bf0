"""Wrong files and wrong names for import-json, export and backup: exit 2, a Dutch reason,
nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from chinadossier.cli import main


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("content, reason", [
    (b"Naam;Organisatie\r\nLi Qiang;Suzhou\r\n", "geen geldig JSON"),
    (bytes(range(256)), "geen UTF-8"),
    (b'{"a": 1}', "geen export van Chinadossier"),
])
def test_import_json_of_what_is_not_an_export_exits_2_and_leaves_no_folders(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str) -> None:
    source = tmp_path / "lijst.json"
    source.write_bytes(content)
    before = _tree(tmp_path)
    assert main(["--data-dir", str(tmp_path / "nieuw" / "dossier"), "import-json",
                 str(source)]) == 2
    assert reason in capsys.readouterr().err
    assert _tree(tmp_path) == before
