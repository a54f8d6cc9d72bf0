"""Start-up work that keeps the first window quick (issue 8, point 11): pieces are built when
first shown, and the application process keeps its start-up heap out of full collections."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from chinadossier.paths import Paths
from chinadossier.ui.app import DesktopApp

LIMIT = 60_000  # only stops a hung test on a loaded machine; it times nothing


def test_pages_other_than_the_overview_are_built_when_first_shown(qtbot: Any,
                                                                   case_file: Path) -> None:
    QCoreApplication.setOrganizationName("Chinadossier-tests")
    QSettings().clear()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desktop = DesktopApp(app, Paths.from_data_dir(case_file.parent), lang="nl",
                         catch_exceptions=False)
    try:
        with qtbot.waitSignal(desktop.window_ready, timeout=LIMIT):
            desktop.start()
        window = desktop.window
        qtbot.waitUntil(lambda: window.overview.data is not None, timeout=LIMIT)
        lazy = [key for key in ("ties", "meetings", "memos", "trash", "settings")
                if type(window.pages[key]).__name__ == "QWidget"]
        assert lazy == ["ties", "meetings", "memos", "trash", "settings"]
        assert window._search_popup is None
        window.sidebar.select("meetings")
        page = window.pages["meetings"]
        assert type(page).__name__ == "ListPage"
        assert window.stack.currentWidget() is page
        assert type(window.settings_page).__name__ == "SettingsPage"
        assert window.search_popup is window.search_popup is not None  # made once, then kept
    finally:
        if desktop.ops is not None:
            desktop.ops.wait_idle()
        if desktop.window is not None:
            desktop.window.hide()
            desktop.window.deleteLater()
        desktop.shutdown()
        desktop.deleteLater()
        QSettings().clear()


def test_the_application_keeps_its_start_up_heap_out_of_full_collections() -> None:
    # In a child process: freezing the heap of the test process would keep its garbage.
    code = ("import gc\nfrom chinadossier.ui.app import keep_out_of_full_collections\n"
            "before = gc.get_freeze_count()\nkeep_out_of_full_collections()\n"
            "print(before, gc.get_freeze_count())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    before, after = (int(n) for n in done.stdout.split())
    assert before == 0 and after > 1000


def test_no_module_level_import_cycles_so_background_imports_are_safe() -> None:
    # The start-up imports modules in background threads while the GUI thread may import
    # some of the same; Python handles that unless modules import each other in a cycle.
    import ast

    root = Path(__file__).resolve().parents[2] / "desktop"
    graph: dict[str, set[str]] = {}
    for path in (root / "chinadossier").rglob("*.py"):
        name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        deps: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # module level only
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("chinadossier"):
                deps.add(str(node.module))
                deps.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.startswith("chinadossier"))
        graph[name] = deps
    assert len(graph) > 100
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        trail.append(module)
        for dep in sorted(d for d in graph[module] if d in graph):
            if state.get(dep) == 1:
                cycles.append(" -> ".join([*trail[trail.index(dep):], dep]))
            elif dep not in state:
                visit(dep, trail)
        trail.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
    assert cycles == []


def test_the_first_window_shows_before_sqlalchemy_and_the_services_are_imported(
        case_file: Path, tmp_path: Path) -> None:
    # In a child process (the test process has imported everything already): the window is
    # shown with its figures from the quick read; the services load after the first paint.
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = {str(tmp_path / "config")!r}
from pathlib import Path
from chinadossier.paths import Paths
from chinadossier.ui.app import DesktopApp, make_application
app = make_application()
desktop = DesktopApp(app, Paths.from_data_dir(Path({str(case_file.parent)!r})), lang="nl",
                     catch_exceptions=False)
heavy = ("sqlalchemy", "alembic", "chinadossier.db.models", "chinadossier.services.dossier",
         "chinadossier.memo", "chinadossier.interchange", "chinadossier.ui.forms",
         "reportlab", "docx", "openpyxl")
def shown(window):
    print("AT-SHOW", window.overview.data is not None, window.sidebar.count("meetings"),
          window.sidebar.count("trash"),
          sorted({{m.split(".")[0] if not m.startswith("chinadossier") else m
                   for m in sys.modules if m.startswith(heavy)}}), flush=True)
    desktop.ops.opened.connect(lambda: (print("OPENED", desktop.ops.is_open(), flush=True),
                                        app.quit()))
desktop.window_ready.connect(shown)
desktop.start()
app.exec()
desktop.shutdown()
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    lines = done.stdout.splitlines()
    assert lines[0] == "AT-SHOW True 0 None []", done.stdout + done.stderr
    assert lines[1] == "OPENED True"
