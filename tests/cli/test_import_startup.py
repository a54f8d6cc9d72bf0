"""`chinadossier import` loads only what an import uses (issue 10 point 9: start-up is part of
the 10,000-row budget): the services it does not call are made on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_PROBE = """
import sys
from pathlib import Path
from chinadossier.cli import commands_import
from chinadossier.services import importing
from chinadossier.services.dossier import Dossier
data = ("Naam;Organisatie;Functie;Laatste contact\\r\\n"
        "Zhou Min (fictief);Xinghe (fictief);directeur;3-2-2024\\r\\n")
with Dossier.open(Path(sys.argv[1])) as dossier:
    table = importing.read_table(data.encode("cp1252"), file_name="p.csv")
    plan = importing.plan_import(dossier, table)
    assert [r.outcome for r in plan.rows] == ["new"], plan.rows
    importing.commit_import(dossier, plan)
    print(" ".join(sorted(sys.modules)))
"""

_NOT_NEEDED = [
    "chinadossier.services.merging",
    "chinadossier.services.memos",
    "chinadossier.services.cockpit",
    "chinadossier.services.overview",
    "chinadossier.services.history",
    "chinadossier.services.attachments",
    "chinadossier.services.matrices",
    "chinadossier.services.sources",
    "chinadossier.services.tags",
    "chinadossier.db.merging",
    "alembic",
    "openpyxl",
    "reportlab",
    "docx",
    "PySide6",
]


def test_an_import_of_persons_loads_no_unrelated_services_or_libraries(case_file: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    result = subprocess.run([sys.executable, "-c", _PROBE, str(case_file)], capture_output=True,
                            text=True, env=env, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "chinadossier.services.persons" in loaded
    assert [name for name in _NOT_NEEDED if name in loaded] == []
