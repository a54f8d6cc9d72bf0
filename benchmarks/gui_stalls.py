"""What ran on the GUI thread during its longest stalls (issue 8 point 11), by hand.

Usage:
    QT_QPA_PLATFORM=offscreen python benchmarks/gui_stalls.py FILE.sqlite3 [--top 5] [--rounds 2]

FILE is copied to a temporary folder first (the original is never written). One process starts
the application as `benchmarks/gui.py` does, clicks Contactmomenten the moment the window is
usable, then (services loaded, prefetch done) refreshes the Overzicht (F5), scrolls through
10,000 contact moments and types a search. For each scenario it prints its longest GUI-thread
stalls (gaps between ticks of a 5-ms timer on the GUI thread), and for each stall:

- the GUI thread's own CPU time in it (`time.thread_time`): the rest it waited, for the GIL or
  for a CPU (other processes);

- every garbage collection that overlapped it (`gc.callbacks`: generation, thread, ms,
  objects collected) — a collection holds the GIL, so one in any thread stops the GUI thread;
- where the GUI thread was (its Python stack sampled every 2 ms by a thread of this tool
  through `sys._current_frames()`; the samples inside the stall, most frequent frames first;
  a sample shows "(C++ / event loop)" when the GUI thread ran no Python code);
- the other threads that had Python frames meanwhile (who held the GIL).

A sampler that needs the GIL cannot sample while another thread holds it: long stretches without
samples are themselves a sign of a GIL holder (a collection, a C call that keeps the GIL).
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui import _upgrade  # noqa: E402 - the same steps as the table's benchmark


def _wait(_app: Any, until: Any, limit: float = 120.0) -> None:
    """Run the event loop (sleeping when idle, as the application's does) until `until()`."""
    from PySide6.QtCore import QEventLoop, QTimer

    if until():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + limit
    timer = QTimer()
    timer.setInterval(1)

    def check() -> None:
        if until() or time.perf_counter() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not until():
        raise TimeoutError("scenario did not finish")


class Recorder:
    """Collections, GUI-thread stack samples and GUI-thread tick gaps, on one clock."""

    def __init__(self, *, sample: bool = True) -> None:
        self.gui_ident = threading.get_ident()
        self.started = time.perf_counter()
        self.collections: list[tuple[float, float, int, str, int]] = []
        """(start, end, generation, thread name, collected) in perf_counter seconds."""
        self.samples: list[tuple[float, str, list[str]]] = []
        """(time, GUI-thread stack text, names of other threads with Python frames)."""
        self._gc_start: dict[int, float] = {}
        self._stop = threading.Event()
        gc.callbacks.append(self._gc)
        self._sampler = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        if sample:
            self._sampler.start()

    def _gc(self, phase: str, info: dict[str, Any]) -> None:
        now = time.perf_counter()
        ident = threading.get_ident()
        if phase == "start":
            self._gc_start[ident] = now
        else:
            started = self._gc_start.pop(ident, now)
            self.collections.append((started, now, info["generation"],
                                     threading.current_thread().name, info["collected"]))

    def _sample(self) -> None:
        # The stacks are read by faulthandler (C, no frame objects made) rather than through
        # sys._current_frames(). With this thread sampling either way, the process died of a
        # segmentation fault in the heat map's paintEvent in most runs on 6 December 2026 (on
        # main too; never without the sampler): see --no-sampler.
        import faulthandler
        import tempfile

        own = threading.get_ident()
        names: dict[int, str] = {}
        with tempfile.TemporaryFile("w+") as dump:
            while not self._stop.is_set():
                time.sleep(0.002)
                dump.seek(0)
                dump.truncate()
                faulthandler.dump_traceback(dump, all_threads=True)
                now = time.perf_counter()
                dump.seek(0)
                stacks = _threads(dump.read(), own)
                gui = stacks.get(self.gui_ident)
                stack = " < ".join(gui[:3]) if gui else "(C++ / event loop)"
                if len(names) != threading.active_count():
                    names = {t.ident or 0: t.name for t in threading.enumerate()}
                others = [names.get(i, hex(i)) for i, frames in stacks.items()
                          if i not in (own, self.gui_ident) and frames]
                self.samples.append((now, stack, others))

    def close(self) -> None:
        self._stop.set()
        if self._sampler.is_alive():
            self._sampler.join()
        gc.callbacks.remove(self._gc)


def _threads(text: str, own: int) -> dict[int, list[str]]:
    """faulthandler's dump of all threads → thread ident → its frames ("file:line function"),
    innermost first ("Current thread" is the sampler's own)."""
    stacks: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            ident = own if line.startswith("Current") else int(line.split()[1], 16)
            current = stacks[ident] = []
        elif current is not None and line.startswith("  File "):
            # '  File "/path/x.py", line 12 in name'
            path, _sep, rest = line[8:].partition('", line ')
            number, _sep, name = rest.partition(" in ")
            current.append(f"{Path(path).name}:{number} {name}")
    return stacks


class Gaps:
    """Gaps between ticks of a 5-ms QTimer on the GUI thread, with their times."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._cpu = 0.0
        self.gaps: list[tuple[float, float, float]] = []
        """(start, end, GUI-thread CPU seconds in between)."""

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._cpu = time.thread_time()
        self._timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((self._last, now, cpu - self._cpu))
        self._last, self._cpu = now, cpu

    def stop(self) -> list[tuple[float, float, float]]:
        self._tick()
        self._timer.stop()
        return self.gaps


def report(name: str, gaps: list[tuple[float, float, float]], rec: Recorder, top: int) -> None:
    longest = sorted(gaps, key=lambda g: g[1] - g[0], reverse=True)[:top]
    print(f"\n## {name}: longest stalls (ms, minus the 5-ms tick)")
    for start, end, cpu in longest:
        ms = (end - start) * 1000 - 5
        print(f"\n- **{ms:.0f} ms** at {start - rec.started:.3f} s (GUI thread's own CPU time "
              f"in it: {cpu * 1000:.0f} ms; the "
              "rest it waited for the GIL or a CPU)")
        for g0, g1, gen, thread, collected in rec.collections:
            if g1 > start and g0 < end and (g1 - g0) * 1000 >= 1:
                print(f"  - gc generation {gen} in {thread}: {(g1 - g0) * 1000:.1f} ms, "
                      f"{collected} collected")
        inside = [(t, s, o) for t, s, o in rec.samples if start <= t <= end]
        if inside:
            times = [t for t, _s, _o in inside]
            widest = max(b - a for a, b in zip([start, *times], [*times, end], strict=True))
            print(f"  - {len(inside)} samples; longest stretch without one "
                  f"{widest * 1000:.0f} ms")
        else:
            print("  - no samples at all (another thread or a collection held the GIL)")
        for stack, n in collections.Counter(s for _t, s, _o in inside).most_common(4):
            print(f"  - GUI {n}×: {stack}")
        others = collections.Counter(o for _t, _s, os_ in inside for o in os_)
        if others:
            print("  - other threads with Python frames: "
                  + ", ".join(f"{o} {n}×" for o, n in others.most_common(5)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2, help="F5 refreshes")
    parser.add_argument("--no-sampler", action="store_true",
                        help="no stack samples (the process with the sampler thread died of a "
                        "segmentation fault in most runs on 6 December 2026)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="chinadossier-stalls-"))
    shutil.copy2(args.file, work / "chinadossier.sqlite3")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    _upgrade(work)
    try:
        run(work, args.top, args.rounds, sample=not args.no_sampler)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nload average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def run(folder: Path, top: int, rounds: int, *, sample: bool = True) -> None:
    from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings
    from PySide6.QtWidgets import QTableView

    from chinadossier.paths import Paths
    from chinadossier.ui.app import DesktopApp, make_application

    app = make_application()
    QCoreApplication.setOrganizationName("Chinadossier-benchmark")
    QSettings().clear()
    rec = Recorder(sample=sample)
    gaps = Gaps()
    desktop = DesktopApp(app, Paths.from_data_dir(folder), lang="nl", catch_exceptions=False,
                         tune_gc=True)  # as run() does
    gaps.start()
    desktop.start()
    _wait(app, lambda: desktop.window is not None and desktop.window.overview.data is not None
          and desktop.window.sidebar.count("meetings") is not None)
    report("cold start until usable", gaps.stop(), rec, top)

    window = desktop.window
    gaps.start()
    window.sidebar.select("meetings")
    page = window.page("meetings")
    model = page.model
    _wait(app, lambda: model.rowCount() > 0)
    page.repaint()
    report("Contactmomenten clicked at once, until its first rows", gaps.stop(), rec, top)

    gaps.start()
    _wait(app, lambda: desktop.dossier is not None and not desktop.ops.is_busy()
          and not any(t.name == "chinadossier-prefetch" for t in threading.enumerate()))
    report("after the first rows, until services and prefetch are done", gaps.stop(), rec, top)

    window.sidebar.select("overview")
    gaps.start()
    for _ in range(rounds):
        box: list[Any] = []
        window.overview.loaded.connect(lambda b=box: b.append(1), type=_single_shot())
        window.overview.refresh()
        _wait(app, lambda b=box: bool(b))
    report("Overzicht refresh (F5)", gaps.stop(), rec, top)

    window.sidebar.select("meetings")
    view = page.findChild(QTableView)
    _wait(app, lambda: not model.loading)
    gaps.start()
    while model.rowCount() < 10_000 and model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        view.scrollToBottom()
        model.fetchMore(QModelIndex())
        _wait(app, lambda b=before: (model.rowCount() > b or not model.has_more)
              and not model.loading)
    report(f"scrolling through {model.rowCount():,} contact moments", gaps.stop(), rec, top)

    gaps.start()
    answers: list[Any] = []
    for n in range(1, len("nanjing") + 1):
        text = "nanjing"[:n]
        desktop.ops.query(lambda d, t=text: d.overview.search(t, limit=50),
                          on_done=answers.append, key="search")
        app.processEvents()
    _wait(app, lambda: bool(answers) and not desktop.ops.is_busy())
    report("search while typing", gaps.stop(), rec, top)
    rec.close()
    window.hide()
    desktop.shutdown()


def _single_shot() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ConnectionType.SingleShotConnection


if __name__ == "__main__":
    raise SystemExit(main())
