"""Every user path in one place: argument, then CHINADOSSIER_DATA_DIR, then the local data dir."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import platformdirs

from chinadossier.domain.errors import Unsupported, UsageError

APP_NAME = "Chinadossier"
DATA_DIR_ENV = "CHINADOSSIER_DATA_DIR"
CASE_FILE_NAME = "chinadossier.sqlite3"

# Private to the user: the case file may hold "vertrouwelijk" records.
DIR_MODE = 0o700

# A URL scheme has two or more characters, so a Windows drive ("C:\\...") is never one.
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+)://(?P<rest>.*)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Paths:
    """The folders and the case file the application reads and writes."""

    data_dir: Path
    case_file: Path
    backups_dir: Path
    logs_dir: Path
    exports_dir: Path

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> Paths:
        """The standard layout below one data folder.

        Args:
            data_dir: The folder that holds everything.

        Returns:
            Paths with the case file, backups, logs and exports inside `data_dir`.
        """
        return cls(
            data_dir=data_dir,
            case_file=data_dir / CASE_FILE_NAME,
            backups_dir=data_dir / "backups",
            logs_dir=data_dir / "logs",
            exports_dir=data_dir / "exports",
        )


def default_data_dir() -> Path:
    """The local (non-roaming) user data folder, e.g. `~/.local/share/Chinadossier` on Linux."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


DEMO_DIR_ENV = "CHINADOSSIER_DEMO_DIR"


def demo_data_dir(env: Mapping[str, str]) -> Path:
    """Where `chinadossier demo` writes without --data-dir: $CHINADOSSIER_DEMO_DIR, else the
    folder "demo" inside the data folder ($CHINADOSSIER_DATA_DIR, else the user's own) — never
    the real case file's place."""
    chosen = env.get(DEMO_DIR_ENV, "").strip()
    if chosen:
        return Path(chosen)
    data_dir = env.get(DATA_DIR_ENV, "").strip()
    return (Path(data_dir).expanduser().absolute() if data_dir else default_data_dir()) / "demo"


def resolve_paths(data_dir: str | Path | None, env: Mapping[str, str]) -> Paths:
    """Decide where the data lives.

    Args:
        data_dir: An explicit folder (`--data-dir`); wins over everything else.
        env: The environment; `CHINADOSSIER_DATA_DIR` is used when set and not empty.

    Returns:
        The paths below the chosen folder (absolute, `~` expanded). Nothing is created.

    Raises:
        UsageError: The explicit folder is an empty string.
    """
    if data_dir is not None:
        if str(data_dir).strip() == "":
            raise UsageError("De gegevensmap (--data-dir) mag niet leeg zijn.")
        chosen = Path(data_dir)
    elif env.get(DATA_DIR_ENV, "").strip():
        chosen = Path(env[DATA_DIR_ENV])
    else:
        chosen = default_data_dir()
    return Paths.from_data_dir(chosen.expanduser().absolute())


def ensure_dirs(paths: Paths) -> None:
    """Create the data, backup, log and export folders (and the case file's folder).

    New folders get mode 0o700 where the OS honours it; existing folders keep their mode,
    because the user may have pointed us at a folder they share on purpose.

    Args:
        paths: The paths to prepare.
    """
    for folder in (
        paths.data_dir,
        paths.case_file.parent,
        paths.backups_dir,
        paths.logs_dir,
        paths.exports_dir,
    ):
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)


def case_file_from_db_option(value: str) -> Path:
    """Turn a `--db` value (a file path or a `sqlite:///` URL) into the case file path.

    `sqlite:///dossier.sqlite3` is relative, `sqlite:////abs/dossier.sqlite3` absolute, as in
    SQLAlchemy; percent escapes are decoded.

    Args:
        value: What the user typed.

    Returns:
        The absolute path of the case file.

    Raises:
        Unsupported: The URL names a server database (PostgreSQL, MySQL, ...).
        UsageError: The value is empty, an in-memory database, or an odd SQLite URL.
    """
    text = value.strip()
    if not text:
        raise UsageError("Geef een dossierbestand op.")
    match = _URL.match(text)
    if match is None:
        return Path(text).expanduser().absolute()

    scheme = match["scheme"].lower()
    dialect = scheme.split("+", 1)[0]
    if dialect != "sqlite":
        # Only the scheme is echoed: the rest of the URL may hold a password.
        raise Unsupported(
            f"Een serverdatabase ({scheme}) wordt nog niet ondersteund; "
            "gebruik een lokaal dossierbestand."
        )
    rest = match["rest"]
    if rest in ("", "/"):
        raise UsageError(
            "Een database in het geheugen wordt niet bewaard; geef een dossierbestand op, "
            "bijvoorbeeld sqlite:///pad/naar/chinadossier.sqlite3."
        )
    if not rest.startswith("/"):
        raise UsageError(
            f"Onbekende SQLite-URL {value!r}; gebruik sqlite:///relatief/pad of "
            "sqlite:////absoluut/pad."
        )
    if "?" in rest:
        raise UsageError("Opties in de database-URL (na '?') worden niet ondersteund.")
    path = unquote(rest[1:])
    if path == ":memory:" or path.startswith("file::memory:"):
        raise UsageError(
            "Een database in het geheugen wordt niet bewaard; geef een dossierbestand op."
        )
    return Path(path).expanduser().absolute()
