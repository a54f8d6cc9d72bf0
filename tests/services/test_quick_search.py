"""The command line's quick read path answers search exactly as the services do."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from test_search_answers import world  # noqa: F401 - the fixture

from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import FileRefused, SchemaTooOld
from chinadossier.services.dossier import Dossier
from chinadossier.services.quick import search_answer

QUERIES = ["nanjing", "南京", "nan2jing1", "Nánjīng", "R-POL", "r-pol", "GM0599", "gm0599",
           "zusterstad", "Jansen", "stad", "zzzz-geen-treffer", "rotterdam shanghai"]


def test_same_hits_total_and_authority_kinds_as_the_services(
    dossier: Dossier, world: dict[str, uuid.UUID]  # noqa: F811 - the fixture
) -> None:
    for query in QUERIES:
        for limit in (1, 50):
            quick = search_answer(dossier.path, query, limit=limit)
            full = dossier.overview.search(query, limit=limit)
            assert quick.hits == full, query
            total = dossier.overview.search_total(query) if len(full) >= limit else len(full)
            assert quick.total == total, query
            for hit in quick.hits:
                if hit.ref.kind is RecordKind.AUTHORITY:
                    kind = dossier.authorities.get(hit.ref.id).authority_kind
                    assert quick.authority_kinds[hit.ref.id] is kind
    assert search_answer(dossier.path, "GM0599", limit=5).hits[0].ref.id == world["rotterdam"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("version", ["older", "newer"])
def test_an_older_or_newer_file_is_refused_untouched(
    case_file: Path, version: str
) -> None:
    with sqlite3.connect(case_file) as conn:
        conn.execute(f"PRAGMA user_version = {0 if version == 'older' else head_ordinal() + 1}")
    conn.close()
    before = _sha(case_file)
    with pytest.raises(SchemaTooOld if version == "older" else FileRefused) as caught:
        search_answer(case_file, "nanjing", limit=5)
    expected = "chinadossier upgrade" if version == "older" else "nieuwere versie"
    assert expected in caught.value.message
    assert _sha(case_file) == before


def test_the_search_command_imports_neither_sqlalchemy_nor_the_models() -> None:
    code = (
        "import sys, chinadossier.cli, chinadossier.cli.commands_search\n"
        "heavy = [m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', "
        "'chinadossier.db.models', 'chinadossier.services.dossier'))]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
