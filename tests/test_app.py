"""The composition root checks the file before anything opens it, then opens the services."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from chinadossier.app import FileState, check_file, open_services, start_paths
from chinadossier.domain.errors import FileRefused


@pytest.fixture(autouse=True)
def _own_log_handlers() -> object:
    """Take the handlers start_paths() adds off the program's logger again."""
    logger = logging.getLogger("chinadossier")
    before = list(logger.handlers)
    yield None
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


def test_start_paths_makes_the_folders_and_logs_into_the_data_folder(tmp_path: Path) -> None:
    paths = start_paths(tmp_path / "data", {})

    logging.getLogger("chinadossier.test").warning("proef")
    for handler in logging.getLogger("chinadossier").handlers:
        handler.flush()

    assert paths.logs_dir.is_dir() and paths.backups_dir.is_dir()
    assert "proef" in (paths.logs_dir / "chinadossier.log").read_text(encoding="utf-8")


def test_a_missing_foreign_or_current_file_is_told_apart_without_opening_it(
    tmp_path: Path, case_file_template: Path
) -> None:
    paths = start_paths(tmp_path / "data", {})
    assert check_file(paths).state is FileState.MISSING
    with pytest.raises(FileRefused):
        open_services(check_file(paths))

    paths.case_file.write_bytes(b"geen dossier" * 20)
    refused = check_file(paths)
    assert refused.state is FileState.REFUSED and refused.message
    assert paths.case_file.read_bytes() == b"geen dossier" * 20

    shutil.copy2(case_file_template, paths.case_file)
    current = check_file(paths)
    assert current.state is FileState.CURRENT and current.schema_version == current.head_version
    with open_services(current, read_only=True) as dossier:
        assert dossier.settings().own_authority_code == "GM0599"
