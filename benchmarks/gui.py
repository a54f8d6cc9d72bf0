"""Desktop benchmarks on a large case file, each beside a bare anchor measured in the same run.

Usage (offscreen or on a display):
    QT_QPA_PLATFORM=offscreen python benchmarks/gui.py FILE.sqlite3 [--repeat 3]

FILE is copied to a temporary folder first (the original is never written). Prints a Markdown
table for docs/performance.md:

- cold start to a usable main window (window shown, Overzicht and sidebar counts filled) vs. a
  bare PySide6 window (QApplication + QMainWindow shown), both as fresh processes;
- Overzicht refresh (F5), search per keystroke, opening a record and saving a contact moment
  through `ui.ops.Operations`, each beside the same service call made directly (no Qt);
- the first page of the contact-moment list and scrolling through 10,000 of them, when the
  list page (ui-lists) is in this build;
- for each: the longest GUI-thread stall, measured by a 5-ms timer on the GUI thread, and
  the most CPU time the GUI thread used between two of its ticks ("CPU": the stall it would
  be if it never waited for a CPU or the GIL; other processes' load moves it much less).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

READY = "READY"


# -- child processes for the cold start ----------------------------------------------------------


def _child_bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Bare"))
    window.resize(1366, 768)
    window.show()

    def ready() -> None:
        window.repaint()  # painted, as the application's window is before its READY
        print(READY, "-", f"{time.process_time() * 1000:.0f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


def _child_app(folder: str, *, then_list: bool = False) -> None:
    """Start the application; READY once its window is painted with the Overzicht and the
    sidebar counts. `then_list`: then click Contactmomenten at once and report (LIST) how long
    until its first rows are there and the longest stall meanwhile."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from chinadossier.paths import Paths
    from chinadossier.ui.app import DesktopApp, make_application

    app = make_application()
    QCoreApplication.setOrganizationName("Chinadossier-benchmark")
    QSettings().clear()
    # tune_gc as chinadossier.ui.app.run() does for the real application (where the attribute
    # exists: an older build measured with --baseline has no such choice)
    import inspect

    extra = ({"tune_gc": True} if "tune_gc" in inspect.signature(DesktopApp).parameters
             else {})
    desktop = DesktopApp(app, Paths.from_data_dir(Path(folder)), lang="nl", **extra)
    monitor = StallMonitor()
    state: dict[str, Any] = {}

    def check() -> None:
        window = desktop.window
        if (window is not None and window.overview.data is not None
                and window.sidebar.count("meetings") is not None and "done" not in state):
            state["done"] = True
            window.repaint()  # painted with those figures (a synchronous full paint)
            print(READY, f"{monitor.longest_ms:.0f}", f"{time.process_time() * 1000:.0f}",
                  f"{monitor.longest_cpu_ms:.0f}",
                  flush=True)
            if then_list:
                first_list(window)
            else:
                app.quit()

    def first_list(window: Any) -> None:
        from PySide6.QtCore import QTimer

        started = time.perf_counter()
        monitor.start()
        window.sidebar.select("meetings")
        page = window.page("meetings")
        model = getattr(page, "model", None)
        model = model() if callable(model) else model

        def poll() -> None:
            if model is not None and model.rowCount() > 0:
                page.repaint()
                print("LIST", f"{(time.perf_counter() - started) * 1000:.0f}",
                      f"{monitor.stop():.0f}", f"{monitor.longest_cpu_ms:.0f}", flush=True)
                app.quit()
            else:
                QTimer.singleShot(1, poll)

        poll()

    def on_window(window: Any) -> None:
        window.overview.loaded.connect(check)
        desktop.ops.busy_changed.connect(lambda _b: check())
        check()  # the first answers may already be on screen

    desktop.window_ready.connect(on_window)
    monitor.start()
    desktop.start()
    app.exec()
    desktop.shutdown()


def _cold_start(kind: str, folder: Path, code: Path | None = None,
                listing: dict[str, float] | None = None,
                ) -> tuple[float, float | None, float, float]:
    """Seconds from process start to READY, the child's longest stall (app only), the CPU
    milliseconds the child had used by then (all its threads; less sensitive to machine load)
    and the GUI thread's longest CPU stretch (app only, else 0).

    `code`: another checkout whose `desktop/` the child imports instead of this one's (to
    measure an older build in the same run).
    `listing` (kind "app-list"): gets "ms" and "stall" of the first list page clicked at READY.
    """
    args = [sys.executable, __file__, "--child", kind, str(folder)]
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            [str(code / "desktop"), *filter(None, [env.get("PYTHONPATH")])])
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env)
    assert proc.stdout is not None
    # A child that never gets ready (e.g. an older build shown a newer file: its refusal
    # dialog waits for a click) is ended, so the run stops with an error instead of hanging.
    import threading

    watchdog = threading.Timer(300, proc.kill)
    watchdog.start()
    stall = None
    cpu = gui_cpu = 0.0
    for line in proc.stdout:
        if line.startswith(READY):
            elapsed = time.perf_counter() - started
            parts = line.split()
            stall = float(parts[1]) if parts[1] != "-" else None
            cpu = float(parts[2])
            gui_cpu = float(parts[3]) if len(parts) > 3 else 0.0
            break
    else:
        watchdog.cancel()
        raise RuntimeError(f"{kind} never became ready (a baseline with an older schema?)")
    if listing is not None:
        for line in proc.stdout:
            if line.startswith("LIST"):
                listing["ms"], listing["stall"], listing["cpu"] = (
                    float(x) for x in line.split()[1:4])
                break
    watchdog.cancel()
    proc.wait(timeout=120)
    return elapsed, stall, cpu, gui_cpu


# -- in-process scenarios ------------------------------------------------------------------------


class StallMonitor:
    """The longest gap between ticks of a 5-ms timer on the GUI thread, minus the 5 ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self.longest_ms = 0.0
        self._last_cpu = 0.0
        self.longest_cpu_ms = 0.0
        """The most CPU time the GUI thread used between two ticks since `start`: what the
        longest stall would be if it never waited for a CPU or the GIL (machine load moves it
        less than the wall-clock stall)."""
        self._worst_cpu_ms = 0.0

    def start(self) -> None:
        self.longest_ms = 0.0
        self.longest_cpu_ms = 0.0
        self._clock.start()
        self._last = 0
        self._last_cpu = time.thread_time()
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        cpu = time.thread_time()
        self.longest_ms = max(self.longest_ms, float(now - self._last - 5))
        self.longest_cpu_ms = max(self.longest_cpu_ms, (cpu - self._last_cpu) * 1000)
        self._worst_cpu_ms = max(self._worst_cpu_ms, self.longest_cpu_ms)
        self._last = now
        self._last_cpu = cpu

    def take_worst_cpu(self) -> float:
        """The longest GUI-thread CPU stretch over the starts since the last call."""
        worst, self._worst_cpu_ms = self._worst_cpu_ms, 0.0
        return worst

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return max(0.0, self.longest_ms)


def _wait(app: Any, until: Callable[[], bool], limit: float = 120.0) -> None:
    deadline = time.perf_counter() + limit
    while not until():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() > deadline:
            raise TimeoutError("scenario did not finish")


def _timed_ops(app: Any, monitor: StallMonitor, submit: Callable[[Callable[[Any], None]], None],
               repeat: int) -> tuple[float, float]:
    """Median ms from submitting through ops to the answer on the GUI thread; longest stall."""
    samples = []
    stall = 0.0
    for _ in range(repeat):
        box: list[Any] = []
        monitor.start()
        started = time.perf_counter()
        submit(box.append)
        _wait(app, lambda b=box: bool(b))
        samples.append((time.perf_counter() - started) * 1000)
        stall = max(stall, monitor.stop())
    return statistics.median(samples), stall


def _direct(call: Callable[[], Any], repeat: int) -> float:
    call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _scenarios(folder: Path, repeat: int) -> list[tuple[str, str, str, str]]:
    from PySide6.QtCore import QCoreApplication, QSettings

    from chinadossier.domain.codes import MeetingKind, RecordKind
    from chinadossier.domain.drafts import MeetingDraft
    from chinadossier.domain.queries import ListQuery
    from chinadossier.paths import Paths
    from chinadossier.ui.app import DesktopApp, make_application

    app = make_application()
    QCoreApplication.setOrganizationName("Chinadossier-benchmark")
    QSettings().clear()
    desktop = DesktopApp(app, Paths.from_data_dir(folder), lang="nl", catch_exceptions=False,
                         tune_gc=True)  # as run() does
    desktop.start()
    _wait(app, lambda: desktop.window is not None and desktop.window.overview.data is not None)
    # The scenarios below measure steady work: first let the services open and the background
    # import of the pieces' modules finish. Both start once the first window is painted, so
    # they are in no row of this table but the first list page's (docs/performance.md).
    import threading

    _wait(app, lambda: desktop.dossier is not None)  # opened after the first paint
    _wait(app, lambda: not any(t.name == "chinadossier-prefetch" for t in threading.enumerate()))
    window = desktop.window
    ops = desktop.ops
    dossier = desktop.dossier
    monitor = StallMonitor()
    rows: list[tuple[str, str, str, str]] = []

    # Overzicht refresh (F5)
    def refresh(done: Callable[[Any], None]) -> None:
        window.overview.loaded.connect(lambda: done(True), type=_single_shot())
        window.overview.refresh()

    ms, stall = _timed_ops(app, monitor, refresh, repeat)
    from chinadossier.ui.pages.overview_page import load_overview

    direct = _direct(lambda: load_overview(dossier), repeat)
    rows.append(("Overzicht vernieuwen (F5), tot getekend", f"{ms:.0f}", f"{direct:.0f} "
                 "(dezelfde leesactie direct)", _stall_text(stall, monitor)))

    # search as you type: one query per keystroke, the older answers dropped (key="search")
    word = "nanjing"
    per_key = []
    stall = 0.0
    for _ in range(repeat):
        monitor.start()
        answers: list[Any] = []
        started = time.perf_counter()
        for n in range(1, len(word) + 1):
            text = word[:n]
            ops.query(lambda d, t=text: d.overview.search(t, limit=50), on_done=answers.append,
                      key="search")
            app.processEvents()
        _wait(app, lambda a=answers: bool(a) and not ops.is_busy())
        per_key.append((time.perf_counter() - started) * 1000 / len(word))
        stall = max(stall, monitor.stop())
    direct = _direct(lambda: dossier.overview.search(word, limit=50), repeat)
    rows.append((f"zoeken tijdens typen ('{word}', per toetsaanslag)",
                 f"{statistics.median(per_key):.0f}", f"{direct:.0f} (één zoekvraag direct)",
                 _stall_text(stall, monitor)))

    # open a record
    newest = dossier.meetings.list(ListQuery(limit=1)).items[0]
    record_id = newest.meta.id
    ms, stall = _timed_ops(
        app, monitor, lambda done: ops.query(lambda d: d.meetings.get(record_id), on_done=done),
        repeat)
    direct = _direct(lambda: dossier.meetings.get(record_id), repeat)
    rows.append(("contactmoment openen (lezen)", f"{ms:.0f}", f"{direct:.0f}",
                 _stall_text(stall, monitor)))

    # save a contact moment
    draft = MeetingDraft(held_on=dt.date(2026, 11, 28), title="Benchmark: werkbezoek",
                         meeting_kind=MeetingKind.WORKING_VISIT)
    ms, stall = _timed_ops(
        app, monitor, lambda done: ops.write(lambda d: d.meetings.create(draft), on_done=done),
        repeat)
    direct = _direct(lambda: dossier.meetings.create(draft), repeat)
    rows.append(("contactmoment opslaan (één transactie, incl. audit en zoekindex)",
                 f"{ms:.0f}", f"{direct:.0f}", _stall_text(stall, monitor)))

    try:
        rows.extend(_list_scenarios(app, window, ops, monitor, repeat, RecordKind.MEETING))
    except TimeoutError:
        rows.append(("lijst contactmomenten", "—", "—", "(de lijst kwam niet tot rust; zie "
                     "benchmarks/ui_lists.py)"))
    window.hide()
    desktop.shutdown()
    return rows


def _stall_text(stall: float, monitor: StallMonitor) -> str:
    return f"{stall:.0f} (CPU {monitor.take_worst_cpu():.0f})"


def _single_shot() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ConnectionType.SingleShotConnection


def _list_scenarios(app: Any, window: Any, ops: Any, monitor: StallMonitor, repeat: int,
                    kind: Any) -> list[tuple[str, str, str, str]]:
    """First page and scrolling of the contact moments, when the list page is in this build."""
    page = window.page("meetings") if hasattr(window, "page") else window.pages.get("meetings")
    model = getattr(page, "model", None)
    model = model() if callable(model) else model
    if page is None or model is None or not hasattr(model, "canFetchMore"):
        return [("lijst contactmomenten: eerste pagina / scrollen", "—", "—",
                 "(lijstpagina nog niet in deze build)")]
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QTableView

    rows = []
    monitor.start()
    started = time.perf_counter()
    window.sidebar.select("meetings")
    _wait(app, lambda: model.rowCount() > 0 and not ops.is_busy())  # built above, shown now
    first = (time.perf_counter() - started) * 1000
    stall = monitor.stop()
    rows.append(("lijst contactmomenten: eerste pagina getekend", f"{first:.0f}", "—",
                 _stall_text(stall, monitor)))
    view = page.findChild(QTableView)

    def idle() -> bool:
        busy = getattr(model, "loading", False)
        return not (busy() if callable(busy) else busy)

    _wait(app, idle)
    monitor.start()
    started = time.perf_counter()
    while model.rowCount() < 10_000 and model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        if view is not None:
            view.scrollToBottom()
        model.fetchMore(QModelIndex())
        _wait(app, lambda b=before: (model.rowCount() > b or not getattr(model, "has_more", True))
              and idle())
    scrolled = (time.perf_counter() - started) * 1000
    stall = monitor.stop()
    rows.append((f"scrollen door {model.rowCount():,} contactmomenten", f"{scrolled:.0f}", "—",
                 _stall_text(stall, monitor)))
    return rows


def _upgrade(folder: Path) -> None:
    """Bring the copy to this build's schema (a file made by an older build needs it)."""
    from chinadossier.domain.actor import Actor
    from chinadossier.domain.clock import SystemClock
    from chinadossier.services import maintenance

    path = folder / "chinadossier.sqlite3"
    version, head = maintenance.schema_status(path)
    if version < head:
        maintenance.upgrade(path, backups_dir=folder / "backups", clock=SystemClock(),
                            actor=Actor.current())
        shutil.rmtree(folder / "backups", ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=("bare", "app", "app-list"))
    parser.add_argument("--baseline", type=Path, default=None,
                        help="another checkout (e.g. a worktree of an older commit) with the "
                        "same schema head: its cold start is measured in the same run, "
                        "alternating with this one's")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the cold start, not the in-process scenarios")
    args = parser.parse_args()
    if args.child == "bare":
        _child_bare()
        return 0
    if args.child in ("app", "app-list"):
        _child_app(args.file, then_list=args.child == "app-list")
        return 0

    work = Path(tempfile.mkdtemp(prefix="chinadossier-gui-bench-"))
    shutil.copy2(args.file, work / "chinadossier.sqlite3")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    _upgrade(work)
    try:
        bare, app, stalls = [], [], []
        base, base_stalls = [], []
        cpu_stalls: list[float] = []
        base_cpu_stalls: list[float] = []
        cpu: dict[str, list[float]] = {"bare": [], "base": [], "app": []}
        for _ in range(args.repeat):  # alternate, so all see the same machine load
            seconds, _, used, _ = _cold_start("bare", work)
            bare.append(seconds)
            cpu["bare"].append(used)
            if args.baseline is not None:
                seconds, stall, used, gui_cpu = _cold_start("app", work, args.baseline)
                base.append(seconds)
                base_stalls.append(stall or 0.0)
                base_cpu_stalls.append(gui_cpu)
                cpu["base"].append(used)
            seconds, stall, used, gui_cpu = _cold_start("app", work)
            app.append(seconds)
            stalls.append(stall or 0.0)
            cpu_stalls.append(gui_cpu)
            cpu["app"].append(used)
        b, a = statistics.median(bare), statistics.median(app)
        c = {k: statistics.median(v) for k, v in cpu.items() if v}
        print("| scenario | ms (median) | anchor, same run (ms) | longest GUI stall (ms; CPU: the "
              "GUI thread's longest CPU stretch) |")
        print("|---|---:|---:|---:|")
        if base:
            o = statistics.median(base)
            print(f"| koude start, basisversie ({args.baseline}) | {o * 1000:.0f} "
                  f"| {b * 1000:.0f} (kaal PySide6-venster) = **{o / b:.1f}×** | "
                  f"{max(base_stalls):.0f} (mediaan {statistics.median(base_stalls):.0f}; "
                  f"CPU {max(base_cpu_stalls):.0f}) |")
        print(f"| koude start tot bruikbaar hoofdvenster (Overzicht + tellingen) | {a * 1000:.0f} "
              f"| {b * 1000:.0f} (kaal PySide6-venster) = **{a / b:.1f}×** | "
              f"{max(stalls):.0f} (mediaan {statistics.median(stalls):.0f}; "
              f"CPU {max(cpu_stalls):.0f}) |")
        print(f"| CPU-tijd van het proces tot bruikbaar (alle threads) | {c['app']:.0f} "
              f"| {c['bare']:.0f} (kaal) = **{c['app'] / c['bare']:.1f}×**"
              + (f"; basisversie {c['base']:.0f} = {c['base'] / c['bare']:.1f}×" if base else "")
              + " | — |")
        # The list of contact moments clicked at the moment the window is usable: how long
        # until its first rows are there (the services may still be loading then).
        lists: dict[str, list[tuple[float, float, float, float]]] = {"app": [], "base": []}
        for _ in range(args.repeat):
            for key, code in (("base", args.baseline), ("app", None)):
                if key == "base" and code is None:
                    continue
                listing: dict[str, float] = {}
                seconds, _, _, _ = _cold_start("app-list", work, code, listing=listing)
                if listing:
                    lists[key].append((seconds * 1000, listing["ms"], listing["stall"],
                                       listing["cpu"]))
        for key, runs in lists.items():
            if not runs:
                continue
            name = "basisversie: " if key == "base" else ""
            total = statistics.median(x[0] + x[1] for x in runs)
            print(f"| {name}lijst contactmomenten aangeklikt zodra bruikbaar: tot eerste rijen "
                  f"(start tot eerste rijen: {total:.0f}) "
                  f"| {statistics.median(x[1] for x in runs):.0f} | — "
                  f"| {max(x[2] for x in runs):.0f} "
                  f"(mediaan {statistics.median(x[2] for x in runs):.0f}; "
                  f"CPU {max(x[3] for x in runs):.0f}) |")
        print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if args.cold_only:
            return 0
        for name, ms, anchor, stall in _scenarios(work, args.repeat):
            print(f"| {name} | {ms} | {anchor} | {stall} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
