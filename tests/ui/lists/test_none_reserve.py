"""PySide6 6.12 loses references to None and True/False on Python 3.11; ui keeps a reserve."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

MANY_NONE_RETURNS = textwrap.dedent("""
    import chinadossier.ui
    from PySide6.QtCore import (
        QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal,
    )

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()): return 1
        def columnCount(self, parent=QModelIndex()): return 1
        def data(self, index, role=Qt.ItemDataRole.DisplayRole): return None

    app = QCoreApplication([])
    model = Model()
    index = model.index(0, 0)
    for _ in range(150_000):  # more than None's own count at start-up (about 20,000–60,000)
        index.data(Qt.ItemDataRole.ToolTipRole)

    class Busy(QObject):
        changed = Signal(bool)

    busy = Busy()
    busy.changed.connect(lambda on: None)
    for _ in range(20_000):  # True and False start with a few thousand references
        busy.changed.emit(True)
        busy.changed.emit(False)
    print("ok")
""")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_none_returns_and_bool_signals_many_times_without_aborting():
    done = subprocess.run([sys.executable, "-c", MANY_NONE_RETURNS], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
