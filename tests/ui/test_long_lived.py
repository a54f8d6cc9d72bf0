"""Long-lived objects kept out of full garbage collections (issue 8 point 11, ui.long_lived):
after each appended list page, after the services' and the pieces' background imports; and only
in a tuned (application) process."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from chinadossier.domain.changes import Page
from chinadossier.ui import app as app_module
from chinadossier.ui import long_lived
from chinadossier.ui.models.columns import columns_for
from chinadossier.ui.models.record_table import RecordTableModel


class FakeGc:
    """Records the calls long_lived makes (the test process's own heap is never frozen)."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def collect(self, generation: int = 2) -> int:
        self.log.append(f"collect{generation}")
        return 0

    def freeze(self) -> None:
        self.log.append("freeze")

    def disable(self) -> None:
        self.log.append("disable")

    def enable(self) -> None:
        self.log.append("enable")

    def isenabled(self) -> bool:
        return True  # as in a process without the GUI thread's collector (ui.gui_gc)


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(long_lived, "gc", FakeGc(calls))
    monkeypatch.setitem(long_lived._state, "on", True)
    return calls


def test_the_pieces_are_frozen_after_the_prefetch_imports_them(log: list[str],
                                                              monkeypatch: Any) -> None:
    def fake_import(name: str) -> None:
        log.append(f"import {name.rsplit('.', 1)[-1]}")

    monkeypatch.setattr(app_module.importlib, "import_module", fake_import)
    done = threading.Event()
    monkeypatch.setattr(done, "set", lambda: log.append("done"))
    app_module._prefetch_pieces(done)
    for thread in threading.enumerate():
        if thread.name == "chinadossier-prefetch":
            thread.join(30)
    imports = [c for c in log if c.startswith("import")]
    assert imports[-1] == "import memos_page" and len(imports) == len(app_module._PIECES) - 2
    # no collection during the imports, the imported objects frozen after the last, then done
    assert log[0] == "disable"
    assert log[-3:] == ["freeze", "enable", "done"]


def test_overlapping_background_imports_freeze_once_both_are_done(log: list[str]) -> None:
    with long_lived.importing():
        with long_lived.importing():
            pass
        assert log == ["disable", "disable"]
    assert log == ["disable", "disable", "freeze", "enable"]


def test_each_appended_list_page_is_frozen(log: list[str]) -> None:
    pages: list[Any] = []
    model = RecordTableModel(columns_for(_kind()), lambda cursor, deliver: pages.append(deliver))
    model.reload()
    pages[0](Page(items=(_Row(),), next_cursor="next", sort="date"))
    assert model.rowCount() == 1
    assert log == ["collect1", "freeze"]
    model.fetchMore()
    pages[1](Page(items=(_Row(), _Row()), next_cursor=None, sort="date"))
    assert model.rowCount() == 3
    assert log == ["collect1", "freeze", "collect1", "freeze"]


def test_a_page_during_a_background_import_is_frozen_without_a_collection(
        log: list[str]) -> None:
    with long_lived.importing():
        long_lived.page_kept()
    assert log == ["disable", "freeze", "freeze", "enable"]


def test_nothing_is_frozen_in_a_process_that_did_not_ask(monkeypatch: Any) -> None:
    calls: list[str] = []
    monkeypatch.setattr(long_lived, "gc", FakeGc(calls))
    monkeypatch.setitem(long_lived._state, "on", False)
    long_lived.page_kept()
    with long_lived.importing():
        pass
    assert calls == []


def test_a_tuned_process_shortens_the_switch_interval(monkeypatch: Any) -> None:
    monkeypatch.setitem(long_lived._state, "on", False)
    before = sys.getswitchinterval()
    try:
        long_lived.short_switches()  # not tuned: unchanged
        assert sys.getswitchinterval() == before
        long_lived.tune()
        assert long_lived.enabled()
        long_lived.short_switches()
        assert sys.getswitchinterval() == pytest.approx(long_lived.SWITCH_INTERVAL)
    finally:
        sys.setswitchinterval(before)


def test_the_application_freezes_the_services_and_the_pieces_after_importing_them(
        case_file: Path, tmp_path: Path) -> None:
    # In a child process (freezing the test process's heap would keep its garbage).
    # gc.get_objects() lists the collected generations only: a frozen object is not in it.
    code = f"""
import gc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = {str(tmp_path / "config")!r}
from pathlib import Path
from chinadossier.paths import Paths
from chinadossier.ui.app import DesktopApp, make_application
app = make_application()
desktop = DesktopApp(app, Paths.from_data_dir(Path({str(case_file.parent)!r})), lang="nl",
                     catch_exceptions=False, tune_gc=True)
def frozen(name):
    module = sys.modules[name].__dict__
    return not any(o is module for o in gc.get_objects())
def check():
    if not desktop.prefetched.is_set():
        return
    print("PREFETCHED", frozen("chinadossier.services.dossier"),
          frozen("chinadossier.ui.memo.memo_dialog"), gc.isenabled(),
          sys.getswitchinterval(), flush=True)
    app.quit()
from PySide6.QtCore import QTimer
timer = QTimer()
timer.timeout.connect(check)
timer.start(20)
desktop.start()
app.exec()
desktop.shutdown()
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    # automatic collection stays off after the imports: the GUI thread collects (ui.gui_gc)
    assert done.stdout.splitlines()[-1] == "PREFETCHED True True False 0.001", (
        done.stdout + done.stderr)


def _kind() -> Any:
    from chinadossier.domain.codes import RecordKind

    return RecordKind.MEETING


class _Row:
    """Enough of a record for the model: `meta.id`."""

    def __init__(self) -> None:
        import uuid
        from types import SimpleNamespace

        self.meta = SimpleNamespace(id=uuid.uuid4())
