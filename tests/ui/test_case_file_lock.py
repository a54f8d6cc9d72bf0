"""A second window on a case file that is already open warns first (#8): open it read-only,
open it anyway, or quit. The lock is a QLockFile beside the case file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture

from chinadossier.desktop_lock import lock_path

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
)


@pytest.fixture
def other_window(case_file: Path) -> Any:
    """The lock as another window holds it (a live process: this one)."""
    lock = QLockFile(str(lock_path(case_file)))
    assert lock.tryLock(0)
    yield lock
    lock.unlock()


def _press(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def test_the_first_window_takes_the_lock_and_gives_it_back(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    assert window.context.read_only is None
    second = QLockFile(str(lock_path(case_file)))
    assert not second.tryLock(0)  # held by the open window
    desktop.shutdown()
    assert second.tryLock(0)
    second.unlock()


def test_an_open_case_file_asks_and_opens_read_only(
        qtbot: Any, start: Any, case_file: Path, other_window: Any) -> None:  # noqa: F811
    desktop = start(case_file.parent)
    box = desktop.dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "Dit dossier is al geopend in een ander venster."
    assert desktop.window is None  # nothing opened before the answer
    _press(box, "Alleen lezen openen")
    window = _window(qtbot, desktop)
    assert window.is_read_only()
    assert "al geopend in een ander venster" in window.read_only_banner.text()
    assert "Kopieer" not in window.read_only_banner.text()


def test_open_anyway_opens_for_writing_and_quit_ends(
        qtbot: Any, start: Any, case_file: Path, other_window: Any) -> None:  # noqa: F811
    desktop = start(case_file.parent)
    _press(desktop.dialog, "Toch openen")
    window = _window(qtbot, desktop)
    assert not window.is_read_only()

    again = start(case_file.parent)
    with qtbot.waitSignal(again.finished, timeout=LIMIT) as ended:
        _press(again.dialog, "Afsluiten")
    assert ended.args == [0]
    assert again.window is None


def test_the_command_line_sees_the_open_window_and_refuses_a_restore(
        qtbot: Any, start: Any, case_file: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    from chinadossier.cli import main
    from chinadossier.desktop_lock import desktop_holder

    data = case_file.parent
    assert main(["--data-dir", str(data), "backup"]) == 0
    [made] = list((data / "backups").glob("*.sqlite3"))
    desktop = start(data)
    _window(qtbot, desktop)
    holder = desktop_holder(case_file)  # the real QLockFile, read without Qt
    assert holder is not None and holder.here
    before = (case_file.stat().st_ino, case_file.stat().st_size)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "restore", str(made)]) == 1
    assert "Het dossier is geopend in Chinadossier op deze computer" in capsys.readouterr().err
    assert (case_file.stat().st_ino, case_file.stat().st_size) == before
    desktop.shutdown()
    assert desktop_holder(case_file) is None
