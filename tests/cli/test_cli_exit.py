"""`chinadossier` (the installed script and `python -m chinadossier`) runs main() and then
freezes what is left for the garbage collector, so the interpreter's last full pass at exit
has nothing to traverse (issue 10 point 9: a quarter of a second after a 10,000-row import)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

import chinadossier.cli as cli

REPO = Path(__file__).resolve().parents[2]


def test_run_returns_mains_exit_code_and_freezes_what_is_alive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli, "main", lambda argv=None: 3)
    gc.unfreeze()
    try:
        assert cli.run() == 3
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # this test process goes on: hand the objects back to the collector


def test_python_m_chinadossier_keeps_the_commands_exit_code(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "chinadossier", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=REPO,
    )
    assert ok.returncode == 0, ok.stderr
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "chinadossier",
            "--data-dir",
            str(tmp_path),
            "import",
            str(tmp_path / "geen.csv"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=REPO,
    )
    assert missing.returncode == 2
    assert "bestaat niet" in missing.stderr
