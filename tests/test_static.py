"""House style holds: ruff finds nothing, and mypy --strict passes for domain, db and services."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    script = Path(sys.executable).with_name(f"{name}.exe" if os.name == "nt" else name)
    assert script.is_file(), (
        f"{script} is missing; install the test extra: pip install -e '.[test]'"
    )
    return str(script)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False
    )


def test_ruff_finds_nothing() -> None:
    result = _run(_tool("ruff"), "check", "desktop", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_for_the_core() -> None:
    # The packages and options come from [tool.mypy] in pyproject.toml.
    result = _run(_tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr
