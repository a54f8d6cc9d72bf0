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

# Build from a clean copy of the checkout (a stray build/ folder in a developer's checkout must
# not be what makes the test pass), with probe files of every kind other parts will ship.
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


# Binary and text resources the desktop adds (fonts, Qt translations, icons) and an unknown
# suffix deep down: the wheel must take resources/ whole, not a list of suffixes.
PROBES = {
    "fonts/probe-font.ttc": bytes(range(256)) * 4,
    "fonts/probe-font.ttf": b"\x00\x01\x00\x00" + bytes(64),
    "i18n/probe_nl.qm": b"\x3c\xb8\x64\x18\xca\xef\x9c\x95\xcd\x21\x1c\xbf\x60\xa1\xbd\xdd",
    "i18n/probe_nl.ts": b"<?xml version='1.0' encoding='utf-8'?><TS version='2.1'/>",
    "icons/probe.png": b"\x89PNG\r\n\x1a\n" + bytes(32),
    "icons/probe.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    "deep/er/still/probe.weird-suffix": b"\xff\xfe\x00",
}


def _tree(root: Path) -> set[str]:
    """Every file and folder below root, as relative POSIX paths."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean copy of the checkout with the probe resources added."""
    source = tmp_path_factory.mktemp("build") / "source"
    shutil.copytree(REPO, source, ignore=_NOT_COPIED, symlinks=True)
    for name, data in PROBES.items():
        target = source / "resources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return source


@pytest.fixture(scope="module")
def built(source: Path) -> tuple[Path, set[str], set[str]]:
    """The wheel built offline from the copy, with the copy's file tree before and after."""
    before = _tree(source)
    out = source.parent / "wheels"
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
    return wheels[0], before, _tree(source)


@pytest.fixture(scope="module")
def wheel(built: tuple[Path, set[str], set[str]]) -> Path:
    """The built wheel."""
    return built[0]


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


def test_building_leaves_nothing_in_the_checkout(
    built: tuple[Path, set[str], set[str]],
) -> None:
    _, before, after = built

    added = sorted(after - before)

    assert not added, f"building wrote into the checkout: {added}"
    assert not (REPO / "setup.py").exists(), "packaging is declared in pyproject.toml alone"


def test_wheel_holds_every_resource_byte_for_byte(source: Path, wheel: Path) -> None:
    resources = source / "resources"
    expected = {
        path.relative_to(resources).as_posix(): path.read_bytes()
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert set(PROBES) <= set(expected)
    assert "reference/nl_gemeenten.csv" in expected

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        missing = sorted(n for n in expected if "chinadossier/resources/" + n not in names)
        differing = sorted(
            n
            for n in expected
            if n not in missing and archive.read("chinadossier/resources/" + n) != expected[n]
        )

    assert not missing, f"missing from the wheel: {missing}"
    assert not differing, f"changed in the wheel: {differing}"


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
