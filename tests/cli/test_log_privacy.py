"""Issue 7.6: the log is user-only, holds no record values, and rotates."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from chinadossier.cli import crash_log
from chinadossier.paths import resolve_paths

SECRET = "Zhang Geheimnaam"


@pytest.fixture(autouse=True)
def _clean_logger() -> Iterator[None]:
    yield
    logger = logging.getLogger(crash_log.LOGGER_NAME)
    for handler in [h for h in logger.handlers if isinstance(h, crash_log.PrivateFileHandler)]:
        handler.close()
        logger.removeHandler(handler)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _failure() -> BaseException:
    """A database error quoting a stored name, caused by a value error quoting it too."""
    try:
        try:
            raise ValueError(f"'{SECRET}' is geen geldige naam")
        except ValueError as inner:
            raise IntegrityError("INSERT INTO person (family_name) VALUES (?)", (SECRET,),
                                 sqlite3.IntegrityError("UNIQUE constraint failed: person.x")
                                 ) from inner
    except IntegrityError as exc:
        return exc


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_log_is_user_only_and_holds_no_record_values(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", {})
    log = crash_log.record_failure(paths, "overview", _failure())
    text = log.read_text(encoding="utf-8")
    assert _mode(log) == 0o600
    assert _mode(log.parent) == 0o700
    assert SECRET not in text
    assert "INSERT INTO person (family_name) VALUES (?)" in text  # the statement, no values
    assert "UNIQUE constraint failed: person.x" in text
    assert "IntegrityError" in text and "ValueError" in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_older_public_log_becomes_private(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", {})
    log = crash_log.log_file(paths)
    log.parent.mkdir(parents=True)
    log.write_text("oud\n", encoding="utf-8")
    log.chmod(0o644)
    crash_log.record_failure(paths, "check", RuntimeError("x"))
    assert _mode(log) == 0o600


def test_the_log_rotates_and_each_part_is_private(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", {})
    crash_log.install(paths)
    handlers = [h for h in logging.getLogger(crash_log.LOGGER_NAME).handlers
                if isinstance(h, crash_log.PrivateFileHandler)]
    assert len(handlers) == 1
    handlers[0].maxBytes = 2000
    for _ in range(20):
        crash_log.record_failure(paths, "check", _failure())
    parts = sorted(paths.logs_dir.iterdir())
    assert [p.name for p in parts] == ["chinadossier.log", "chinadossier.log.1",
                                       "chinadossier.log.2", "chinadossier.log.3"]
    assert all(p.stat().st_size <= 4000 for p in parts)
    if os.name == "posix":
        assert all(_mode(p) == 0o600 for p in parts)
