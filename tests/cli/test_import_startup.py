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


_CHECK_PROBE = """
import sys
import chinadossier.db.check.runner as runner
from chinadossier.cli import main
runner.PARALLEL_FROM_BYTES = 0  # as for a large file: a second process checks the rest
code = main(["--db", sys.argv[1], "check"])
print("\\nMODULES", code, " ".join(sorted(sys.modules)))
"""

_NOT_NEEDED_BY_CHECK = [
    "chinadossier.services.maintenance",  # backups, conversion, reference data
    "chinadossier.services.dossier",
    "chinadossier.db.backup",
    "chinadossier.db.convert",
    "chinadossier.db.erasure",  # the audit chain: the second process's
    "chinadossier.db.search",  # the search index: the second process's
    "alembic",  # the schema's shape is stored (db.schema_head), no upgrade is run
    "PySide6",
]


def test_the_first_process_of_a_check_loads_only_what_it_runs(case_file: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    result = subprocess.run([sys.executable, "-c", _CHECK_PROBE, str(case_file)],
                            capture_output=True, text=True, env=env, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    code, *modules = result.stdout.rsplit("\nMODULES ", 1)[1].split()
    assert code == "0"  # the check ran, and passed
    loaded = set(modules)
    assert {"chinadossier.db.check.states", "chinadossier.db.schema_head"} <= loaded
    assert [name for name in _NOT_NEEDED_BY_CHECK if name in loaded] == []
