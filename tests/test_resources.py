"""The resources locator finds the shipped files in a checkout and in an installed package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chinadossier import resources_locator
from chinadossier.resources_locator import resource_path, resources_dir

REPO = Path(__file__).resolve().parent.parent
SOURCE_RESOURCES = REPO / "resources"


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    """Each test looks up the folder itself and leaves no fake result cached behind."""
    resources_dir.cache_clear()
    yield
    resources_dir.cache_clear()


def _fake_package(root: Path, *, with_resources: bool) -> Path:
    """A `<root>/desktop/chinadossier` package dir, optionally with its own resources."""
    package = root / "desktop" / "chinadossier"
    package.mkdir(parents=True)
    if with_resources:
        marker = package / "resources" / "reference" / "nl_gemeenten.csv"
        marker.parent.mkdir(parents=True)
        marker.write_text("code,name\n", encoding="utf-8")
    return package


def test_checkout_resources_are_found() -> None:
    assert resources_dir() == SOURCE_RESOURCES


def test_result_is_cached() -> None:
    assert resources_dir() is resources_dir()


def test_every_reference_csv_is_reachable() -> None:
    csvs = sorted((SOURCE_RESOURCES / "reference").glob("*.csv"))
    assert csvs, "resources/reference holds no CSV files"

    for csv in csvs:
        located = resource_path("reference", csv.name)
        assert located.is_file(), located
        assert located.read_bytes() == csv.read_bytes()


@pytest.mark.parametrize("name", ["nl_gemeenten.csv", "nl_provincies.csv", "cn_divisions.csv"])
def test_known_reference_files_exist(name: str) -> None:
    assert resource_path("reference", name).is_file()


def test_package_resources_are_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _fake_package(tmp_path, with_resources=True)
    checkout = tmp_path / "resources" / "reference"
    checkout.mkdir(parents=True)
    (checkout / "nl_gemeenten.csv").write_text("code,name\n", encoding="utf-8")
    monkeypatch.setattr(resources_locator, "_package_dir", lambda: package)

    assert resources_dir() == package / "resources"


def test_checkout_is_the_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _fake_package(tmp_path, with_resources=False)
    (package / "resources").mkdir()  # an empty folder (e.g. a stale build) is not enough
    checkout = tmp_path / "resources" / "reference"
    checkout.mkdir(parents=True)
    (checkout / "nl_gemeenten.csv").write_text("code,name\n", encoding="utf-8")
    monkeypatch.setattr(resources_locator, "_package_dir", lambda: package)

    assert resources_dir() == tmp_path / "resources"


def test_missing_resources_name_both_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _fake_package(tmp_path, with_resources=False)
    monkeypatch.setattr(resources_locator, "_package_dir", lambda: package)

    with pytest.raises(RuntimeError) as caught:
        resources_dir()

    message = str(caught.value)
    assert str(package / "resources") in message
    assert str(tmp_path / "resources") in message
