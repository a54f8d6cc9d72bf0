"""User paths: explicit folder, environment override, platform default and `--db` values."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from chinadossier import paths
from chinadossier.domain.errors import Unsupported, UsageError
from chinadossier.paths import (
    Paths,
    case_file_from_db_option,
    ensure_dirs,
    resolve_paths,
)


def test_layout_below_data_dir(tmp_path: Path) -> None:
    result = resolve_paths(tmp_path, {})

    assert result == Paths(
        data_dir=tmp_path,
        case_file=tmp_path / "chinadossier.sqlite3",
        backups_dir=tmp_path / "backups",
        logs_dir=tmp_path / "logs",
        exports_dir=tmp_path / "exports",
    )


def test_explicit_argument_beats_environment(tmp_path: Path) -> None:
    env = {"CHINADOSSIER_DATA_DIR": str(tmp_path / "from-env")}

    result = resolve_paths(str(tmp_path / "explicit"), env)

    assert result.data_dir == tmp_path / "explicit"


def test_environment_beats_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "default_data_dir", lambda: pytest.fail("default was consulted"))

    result = resolve_paths(None, {"CHINADOSSIER_DATA_DIR": str(tmp_path / "env")})

    assert result.case_file == tmp_path / "env" / "chinadossier.sqlite3"


def test_empty_environment_variable_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "default_data_dir", lambda: Path("/default/Chinadossier"))

    result = resolve_paths(None, {"CHINADOSSIER_DATA_DIR": ""})

    assert result.data_dir == Path("/default/Chinadossier")


def test_default_asks_platformdirs_for_the_local_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []

    def fake_user_data_path(*args: object, **kwargs: object) -> Path:
        calls.append((args, kwargs))
        return tmp_path / "Chinadossier"

    monkeypatch.setattr(paths.platformdirs, "user_data_path", fake_user_data_path)

    result = resolve_paths(None, {})

    assert result.data_dir == tmp_path / "Chinadossier"
    assert calls == [(("Chinadossier",), {"appauthor": False, "roaming": False})]


def test_real_default_ends_with_app_name() -> None:
    result = resolve_paths(None, {})

    assert result.data_dir.name == "Chinadossier"
    assert result.data_dir.is_absolute()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG applies to Linux")
def test_default_follows_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))

    result = resolve_paths(None, {})

    assert result.data_dir == tmp_path / "xdg" / "Chinadossier"


def test_home_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))

    result = resolve_paths("~/dossier", {})

    assert result.data_dir == tmp_path / "dossier"


def test_relative_folder_becomes_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    result = resolve_paths("rel", {})

    assert result.data_dir == tmp_path / "rel"


def test_empty_explicit_folder_is_refused() -> None:
    with pytest.raises(UsageError):
        resolve_paths("", {})


def test_resolve_creates_nothing(tmp_path: Path) -> None:
    resolve_paths(tmp_path / "new", {})

    assert not (tmp_path / "new").exists()


def test_ensure_dirs_creates_private_folders(tmp_path: Path) -> None:
    result = resolve_paths(tmp_path / "data", {})

    ensure_dirs(result)
    ensure_dirs(result)  # a second time is harmless

    for folder in (result.data_dir, result.backups_dir, result.logs_dir, result.exports_dir):
        assert folder.is_dir()
        if os.name == "posix":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not result.case_file.exists()


# --- --db option -----------------------------------------------------------------------------


def test_db_option_plain_path(tmp_path: Path) -> None:
    target = tmp_path / "dossier.sqlite3"

    assert case_file_from_db_option(str(target)) == target


def test_db_option_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    assert case_file_from_db_option("dossier.sqlite3") == tmp_path / "dossier.sqlite3"


def test_db_option_sqlite_url_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    assert case_file_from_db_option("sqlite:///sub/d.sqlite3") == tmp_path / "sub" / "d.sqlite3"


@pytest.mark.parametrize("url", ["sqlite:////abs/path/d.sqlite3", "SQLite:////abs/path/d.sqlite3"])
def test_db_option_sqlite_url_absolute(url: str) -> None:
    assert case_file_from_db_option(url) == Path("/abs/path/d.sqlite3").absolute()


def test_db_option_driver_suffix_and_percent_escapes() -> None:
    result = case_file_from_db_option("sqlite+pysqlite:////tmp/mijn%20dossier.sqlite3")

    assert result == Path("/tmp/mijn dossier.sqlite3").absolute()


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("postgresql://user:geheim@server/dossier", "postgresql"),
        ("postgresql+psycopg://server/dossier", "postgresql+psycopg"),
        ("mysql://server/dossier", "mysql"),
        ("mssql+pyodbc://server/dossier", "mssql+pyodbc"),
    ],
)
def test_db_option_server_database_is_unsupported(url: str, scheme: str) -> None:
    with pytest.raises(Unsupported) as caught:
        case_file_from_db_option(url)

    assert caught.value.message == (
        f"Een serverdatabase ({scheme}) wordt nog niet ondersteund; "
        "gebruik een lokaal dossierbestand."
    )
    assert "geheim" not in caught.value.message


@pytest.mark.parametrize(
    "value",
    [
        "sqlite://",
        "sqlite:///",
        "sqlite:///:memory:",
        "sqlite://:memory:",
        "sqlite://host/d.sqlite3",
        "sqlite:///d.sqlite3?mode=ro",
        "",
        "   ",
    ],
)
def test_db_option_unusable_values_are_usage_errors(value: str) -> None:
    with pytest.raises(UsageError):
        case_file_from_db_option(value)


@pytest.mark.skipif(os.name != "nt", reason="Windows drive letters")
def test_db_option_windows_drive_is_a_path() -> None:
    assert case_file_from_db_option(r"C:\dossier\d.sqlite3") == Path(r"C:\dossier\d.sqlite3")


def test_demo_goes_below_the_data_folder_named_by_the_environment(tmp_path: Path) -> None:
    from chinadossier.paths import DATA_DIR_ENV, DEMO_DIR_ENV, demo_data_dir

    assert demo_data_dir({DATA_DIR_ENV: str(tmp_path)}) == tmp_path / "demo"
    # The demo's own variable still wins over the data folder.
    assert demo_data_dir({DATA_DIR_ENV: str(tmp_path), DEMO_DIR_ENV: str(tmp_path / "x")}) == (
        tmp_path / "x"
    )
