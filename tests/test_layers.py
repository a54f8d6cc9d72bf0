"""The import-linter contracts in pyproject.toml hold (the one-way flow between the layers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _lint_imports() -> list[str]:
    """The `lint-imports` command of the running interpreter's environment."""
    name = "lint-imports.exe" if os.name == "nt" else "lint-imports"
    script = Path(sys.executable).with_name(name)
    assert script.is_file(), (
        f"{script} is missing; install the test extra: pip install -e '.[test]'"
    )
    return [str(script)]


def test_import_contracts_are_kept() -> None:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    # --no-cache: grimp's cache in the repo could go stale while files change.
    result = subprocess.run(
        [*_lint_imports(), "--no-cache", "--no-logo"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, (
        f"lint-imports exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    )


def test_services_never_reach_for_the_session_or_a_mapped_object() -> None:
    # import-linter sees imports; this sees attribute access the imports cannot show
    import ast

    private = {"session", "_session", "_db_session", "_load", "_stamp_change", "_stamp",
               "autoflush", "stamp_change", "load"}
    found = []
    for path in sorted((REPO / "desktop" / "chinadossier" / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in private:
                found.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert not found, found
