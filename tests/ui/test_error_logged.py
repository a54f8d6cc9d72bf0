"""Every error a dialog shows is in the log, and the dialog names no English class: a Dutch text
and where the log file is (a reviewer's Ctrl+K showed "Er ging iets mis (DatabaseError)" and
logged nothing)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chinadossier.domain.errors import FileRefused

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


class DatabaseError(Exception):
    """Shaped as the database layer's wrapper: the driver's error as `.orig` and the cause."""

    def __init__(self, orig: BaseException) -> None:
        super().__init__(f"({type(orig).__module__}.{type(orig).__name__}) {orig}")
        self.orig = orig


def _raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as exc:  # noqa: BLE001 - only to give it a traceback
        return exc


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "chinadossier.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    logger = logging.getLogger("chinadossier")
    kept = logger.handlers[:]  # an earlier test's application may have left its log handler
    logger.handlers[:] = [handler]
    try:
        yield path
    finally:
        logger.handlers[:] = kept
        handler.close()


def _malformed() -> BaseException:
    orig = sqlite3.DatabaseError("database disk image is malformed")
    wrapper = DatabaseError(orig)
    wrapper.__cause__ = orig
    return _raised(wrapper)


def test_an_error_box_is_logged_and_names_the_log_file_in_dutch(
        qtbot: Any, log_file: Path) -> None:
    from chinadossier.ui.dialogs.error_dialog import show_error

    box = show_error(None, _raised(RuntimeError("kapot")))
    text = box.text()
    box.accept()
    assert text.startswith("Er ging iets mis. Er is niets half opgeslagen.")
    assert "RuntimeError" not in text and "kapot" not in text
    assert f"Details staan in het logbestand {log_file}." in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: kapot" in logged


def test_pages_that_do_not_fit_are_named_in_dutch_and_logged(qtbot: Any, log_file: Path) -> None:
    from chinadossier.ui.dialogs.error_dialog import show_error

    box = show_error(None, _malformed())
    text = box.text()
    box.accept()
    assert "DatabaseError" not in text and "malformed" not in text
    assert text.startswith("Het dossier kon niet goed worden gelezen.")
    assert str(log_file) in text
    assert "database disk image is malformed" in log_file.read_text(encoding="utf-8")


def test_a_refusal_box_is_logged_with_its_message(qtbot: Any, log_file: Path) -> None:
    from chinadossier.ui.dialogs.error_dialog import show_error

    box = show_error(None, FileRefused("Het dossier is geweigerd."))
    assert box.text() == "Het dossier is geweigerd."
    box.accept()
    assert "Het dossier is geweigerd." in log_file.read_text(encoding="utf-8")


def test_the_main_windows_error_of_a_failed_call_is_logged(qtbot: Any, log_file: Path) -> None:
    """The path of the reviewer's Ctrl+K Enter: a call without on_error fails; the main window
    shows it (MainWindow._on_failed)."""
    from chinadossier.ui.main_window import MainWindow

    class _Dialogs:
        def __init__(self) -> None:
            self.kept: dict[str, Any] = {}

        def keep(self, name: str, box: Any) -> Any:
            self.kept[name] = box
            return box

    from PySide6.QtWidgets import QWidget

    fake: Any = QWidget()
    qtbot.addWidget(fake)
    fake.dialogs = _Dialogs()
    MainWindow._on_failed(fake, _malformed())
    box = fake.dialogs.kept["last_error"]
    text = box.text()
    box.accept()
    assert "DatabaseError" not in text and str(log_file) in text
    assert "database disk image is malformed" in log_file.read_text(encoding="utf-8")


def test_a_failed_search_is_logged_and_shown_in_dutch(qtbot: Any, log_file: Path) -> None:
    from chinadossier.ui.search.search_popup import SearchPopup

    class _Ops:
        def query(self, *_a: Any, **_k: Any) -> None:
            pass

    popup = SearchPopup(_Ops())
    qtbot.addWidget(popup)
    popup._failed(_malformed())
    text = popup.status.text()
    assert text.startswith("Zoeken mislukt: Het dossier kon niet goed worden gelezen.")
    assert "malformed" not in text and "DatabaseError" not in text
    assert "database disk image is malformed" in log_file.read_text(encoding="utf-8")
