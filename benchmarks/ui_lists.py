"""The list page on a large case file: first page, scrolling 10,000 contact moments, detail, search.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/ui_lists.py FILE.sqlite3

Each figure is measured through the real widgets (ListPage, DetailPane, SearchPopup) with the
services in Operations' reader threads, beside an anchor in the same run: a bare QTableView over a
QStandardItemModel that receives the same number of rows in pages of 50 with no database at all.
The GUI-thread stall is the longest gap between 5-ms timer ticks while the scenario runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from chinadossier.domain.codes import RecordKind
from chinadossier.services.dossier import Dossier
from chinadossier.ui.ops import Operations
from chinadossier.ui.pages.list_page import ListPage
from chinadossier.ui.search.search_popup import SearchPopup

ROWS = 10_000


class StallMeter:
    """The longest gap between ticks of a 5-ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.longest = 0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0
        self._clock.start()
        self._timer.start()

    def stop(self) -> int:
        self._timer.stop()
        return self.longest

    def _tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart())


def spin_until(done: Callable[[], bool], timeout_s: float = 600) -> None:
    end = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def timed(
    meter: StallMeter, action: Callable[[], None], done: Callable[[], bool]
) -> tuple[float, int]:
    meter.start()
    start = time.perf_counter()
    action()
    spin_until(done)
    return (time.perf_counter() - start) * 1000, meter.stop()


def anchor_scroll(meter: StallMeter) -> tuple[float, int]:
    """Bare Qt: 10,000 rows arriving in pages of 50 as the view scrolls."""
    model = QStandardItemModel(0, 6)
    view = QTableView()
    view.setModel(model)
    view.resize(900, 600)
    view.show()

    def add_page() -> None:
        for _ in range(50):
            n = model.rowCount()
            model.appendRow([QStandardItem(f"{n} {c}") for c in range(6)])

    def action() -> None:
        add_page()

    def done() -> bool:
        if model.rowCount() >= ROWS:
            return True
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        add_page()
        return False

    return timed(meter, action, done)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("chinadossier-bench")
    QSettings().clear()
    meter = StallMeter()
    dossier = Dossier.open(args.file)
    ops = Operations(dossier)
    rows: list[tuple[str, float, int]] = []

    page = ListPage(ops, RecordKind.MEETING)
    page.resize(1146, 690)
    rows.append(("first page of contact moments shown (with count and detail)", *timed(
        meter, page.show,
        lambda: page.model.rowCount() > 0 and page.detail.record is not None
        and not ops.is_busy())))

    bar = page.table.verticalScrollBar()

    def scrolled() -> bool:
        if page.model.rowCount() >= ROWS:
            return True
        if not page.model.loading:
            bar.setValue(bar.maximum())
        return False

    rows.append((f"scroll to {ROWS:,} contact moments (fetchMore, 50 per page)",
                 *timed(meter, lambda: None, scrolled)))
    anchor_ms, anchor_stall = anchor_scroll(meter)
    rows.append((f"anchor: bare QTableView, {ROWS:,} rows in pages of 50, no database",
                 anchor_ms, anchor_stall))

    record = page.model.record(page.model.rowCount() - 1)
    rows.append(("open a contact moment in the detail pane (record, actions, history)", *timed(
        meter, lambda: page.detail.show_record(RecordKind.MEETING, record.meta.id),
        lambda: page.detail.record is not None and page.detail.record.meta.id == record.meta.id
        and not ops.is_busy())))

    orgs = ListPage(ops, RecordKind.ORGANISATION)
    orgs.resize(1146, 690)
    rows.append(("first page of organisations + detail with timeline", *timed(
        meter, orgs.show,
        lambda: orgs.detail.record is not None and not ops.is_busy())))

    popup = SearchPopup(ops)
    answers: list[int] = []
    popup.answered.connect(lambda: answers.append(1))
    for text in ("nanjing", "南京", "haven logistiek", "geinformeerd"):
        before = len(answers)
        rows.append((f"search '{text}' until the results show (150 ms debounce included)",
                     *timed(meter, lambda t=text: popup.popup(t),
                            lambda b=before: len(answers) > b and not ops.is_busy())))

    print("| scenario | ms | longest GUI stall (ms) |")
    print("|---|---:|---:|")
    for name, ms, stall in rows:
        print(f"| {name} | {ms:.0f} | {stall} |")
    ops.wait_idle()
    dossier.close()
    del app


if __name__ == "__main__":
    main()
