"""docs/import.md lists every column name the import recognises, per kind (the documented
vocabulary must be the one the code uses)."""

from __future__ import annotations

import re
from pathlib import Path

from chinadossier.interchange.columns import FIELDS, ImportKind

DOC = Path(__file__).resolve().parents[2] / "docs" / "import.md"


def _tables() -> dict[str, dict[str, tuple[str, set[str], bool]]]:
    found: dict[str, dict[str, tuple[str, set[str], bool]]] = {}
    current: dict[str, tuple[str, set[str], bool]] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if heading := re.match(r"^### (\w+)$", line):
            current = found.setdefault(heading.group(1), {})
        elif current is not None and (row := re.match(r"^\| `(\w+)` \| ([^|]+) \| ([^|]*) \| "
                                                      r"(ja)? ?\|$", line)):
            others = {s.strip() for s in row.group(3).split(",") if s.strip()}
            current[row.group(1)] = (row.group(2).strip(), others, row.group(4) == "ja")
    return found


def test_every_kind_field_label_and_synonym_is_documented():
    tables = _tables()
    assert set(tables) == {kind.value for kind in ImportKind}
    for kind in ImportKind:
        documented = tables[kind.value]
        assert list(documented) == [f.name for f in FIELDS[kind]], kind
        for f in FIELDS[kind]:
            label, others, required = documented[f.name]
            assert label == f.label, (kind, f.name)
            assert others == set(f.synonyms[2:]), (kind, f.name)
            assert required == f.required, (kind, f.name)
