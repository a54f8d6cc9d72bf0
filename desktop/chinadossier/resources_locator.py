"""Where the shipped resources live: inside the installed package, else in the source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# A file every complete resources folder has; its presence tells a real folder from a stray one.
MARKER = Path("reference") / "nl_gemeenten.csv"


def _package_dir() -> Path:
    """The directory of the `chinadossier` import package (separate so tests can replace it)."""
    return Path(__file__).resolve().parent


def candidate_dirs(package_dir: Path) -> tuple[Path, Path]:
    """The two places a resources folder can be, in order of preference.

    Args:
        package_dir: Directory of the `chinadossier` package.

    Returns:
        The folder inside the package (an installed wheel) and the folder at the top of the
        source checkout (`<repo>/desktop/chinadossier` → `<repo>/resources`).
    """
    return package_dir / "resources", package_dir.parent.parent / "resources"


def find_resources_dir(package_dir: Path) -> Path:
    """Find the resources folder for a given package directory, without caching.

    Args:
        package_dir: Directory of the `chinadossier` package.

    Returns:
        The first candidate folder that holds `reference/nl_gemeenten.csv`.

    Raises:
        RuntimeError: Neither candidate holds the marker file (a broken install or checkout).
    """
    candidates = candidate_dirs(package_dir)
    for candidate in candidates:
        if (candidate / MARKER).is_file():
            return candidate
    looked = " and ".join(str(c / MARKER) for c in candidates)
    raise RuntimeError(
        f"Chinadossier resources not found: looked for {looked}. "
        "The installation is incomplete; reinstall the package."
    )


@cache
def resources_dir() -> Path:
    """The resources folder of this installation (looked up once, then cached).

    Raises:
        RuntimeError: The folder is in neither the installed package nor the source checkout.
    """
    return find_resources_dir(_package_dir())


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. `resource_path("reference", "nl_gemeenten.csv")`.

    Args:
        *parts: Path segments below the resources folder.

    Returns:
        The joined path; whether it exists is for the caller to check.
    """
    return resources_dir().joinpath(*parts)
