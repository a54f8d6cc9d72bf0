"""The wheel carries resources and migrations, and the installed program runs outside the repo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
MIGRATIONS = REPO / "desktop" / "chinadossier" / "db" / "migrations"
TIMEOUT = 600

# Build from a clean copy: setuptools builds in place, and a stale build/ folder in the checkout
# would smuggle deleted files into the wheel (and leave build output behind in the repo).
_NOT_COPIED = shutil.ignore_patterns(
    ".git",
    ".venv*",
    "__pycache__",
    "*.pyc",
    "build",
    "dist",
    "*.egg-info",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".hypothesis",
    "tmp",
    "out",
)


def _run(
    args: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing text output; callers check the exit code with a message."""
    return subprocess.run(
        args, capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd, env=env, check=False
    )


def _explain(result: subprocess.CompletedProcess[str]) -> str:
    """Command, exit code and output for a failure message."""
    return (
        f"{' '.join(map(str, result.args))}\nexit {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built offline from a copy of the checkout."""
    work = tmp_path_factory.mktemp("build")
    source = work / "source"
    shutil.copytree(REPO, source, ignore=_NOT_COPIED, symlinks=True)
    out = work / "wheels"
    result = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--wheel-dir",
            str(out),
            str(source),
        ]
    )
    assert result.returncode == 0, _explain(result)
    wheels = sorted(out.glob("chinadossier-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    """Every file name inside the wheel."""
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the wheel installed into <tmp>/site, far from the source tree."""
    root = tmp_path_factory.mktemp("installed")
    result = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--target",
            str(root / "site"),
            str(wheel),
        ]
    )
    assert result.returncode == 0, _explain(result)
    return root


def _installed_env(root: Path) -> dict[str, str]:
    """The environment minus any inherited PYTHONPATH, so only <root>/site adds our package."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(root / "site")
    env.pop("CHINADOSSIER_DATA_DIR", None)
    return env


def _run_installed(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed program with cwd outside the repo."""
    return _run([sys.executable, *args], cwd=root, env=_installed_env(root))


def test_wheel_holds_every_resource(wheel_names: set[str]) -> None:
    expected = {
        "chinadossier/resources/" + path.relative_to(REPO / "resources").as_posix()
        for path in (REPO / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected, "the source resources/ folder is empty"

    missing = sorted(expected - wheel_names)

    assert not missing, f"missing from the wheel: {missing}"


def test_wheel_holds_the_migrations(wheel_names: set[str]) -> None:
    expected = {
        "chinadossier/db/migrations/env.py",
        "chinadossier/db/migrations/script.py.mako",
    } | {
        f"chinadossier/db/migrations/versions/{path.name}"
        for path in (MIGRATIONS / "versions").glob("*.py")
    }
    assert any(name.endswith(".py") and "versions/0" in name for name in expected)

    missing = sorted(expected - wheel_names)

    assert not missing, f"missing from the wheel: {missing}"


def test_installed_package_is_imported_from_site(installed: Path) -> None:
    result = _run_installed(installed, "-c", "import chinadossier,sys;print(chinadossier.__file__)")

    assert result.returncode == 0, _explain(result)
    module_file = Path(result.stdout.strip()).resolve()
    assert module_file.is_relative_to((installed / "site").resolve()), module_file


def test_installed_resources_are_found_in_the_package(installed: Path) -> None:
    result = _run_installed(
        installed,
        "-c",
        "from chinadossier.resources_locator import resources_dir;print(resources_dir())",
    )

    assert result.returncode == 0, _explain(result)
    assert (
        Path(result.stdout.strip()).resolve()
        == (installed / "site" / "chinadossier" / "resources").resolve()
    )


def test_installed_program_creates_and_reads_a_case_file(installed: Path) -> None:
    data = installed / "data"

    init = _run_installed(
        installed, "-m", "chinadossier", "--data-dir", str(data), "init", "--authority", "GM0599"
    )
    assert init.returncode == 0, _explain(init)
    assert (data / "chinadossier.sqlite3").is_file()

    overview = _run_installed(
        installed, "-m", "chinadossier", "--data-dir", str(data), "overview", "--json"
    )
    assert overview.returncode == 0, _explain(overview)
    assert json.loads(overview.stdout)["own_authority"]["code"] == "GM0599"
