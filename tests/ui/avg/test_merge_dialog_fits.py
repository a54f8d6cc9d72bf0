"""The merge dialog (also the import's "Rij … samenvoegen") fits its width: long values wrap,
so every choice, "Beide bewaren (A, dan B)" included, is in sight without scrolling sideways
(it was off-screen at 1366×768 and the A and B buttons in sight were both empty)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.merge import MergeField, MergePreview, MergeSide
from chinadossier.ui.avg.duplicates_dialog import MergeDialog

LONG_A = ("Fictief, alleen voor de demo. Ontmoet tijdens handelsmissie naar Nanjing in 2024; "
          "contact loopt via het Loket Kennisveiligheid en de afdeling Internationale Zaken")
LONG_B = ("Ontmoet tijdens handelsmissie; gesprek over samenwerking met de Technische "
          "Universiteit Huaxin en uitwisseling van studenten")


def _side(no: str) -> MergeSide:
    return MergeSide(uuid.uuid4(), no, "Wáng Wěi (fictief)", 1, dt.datetime(2026, 1, 1))


def _preview() -> MergePreview:
    fields = (
        MergeField("family", "familienaam", "Wang", "Wáng", "a"),
        MergeField("notes", "aantekeningen", LONG_A, LONG_B, "both", f"{LONG_A}\n{LONG_B}"),
        MergeField("emails", "e-mailadres", "", "wang.wei.directeur.buitenland@example.cn", "b"),
        MergeField("functions", "functies", "Directeur; Vicevoorzitter",
                   "Directeur; Vicevoorzitter; Directeur Buitenlandbureau", "b"),
    )
    return MergePreview(RecordKind.PERSON, _side("PER-0001"), _side("rij 2"), fields, ())


class _Ops:
    def query(self, call: Any, *, on_done: Any = None, on_error: Any = None,
              key: Any = None) -> int:
        on_done(_preview())
        return 0


def _right_edge(widget: QWidget, viewport: QWidget) -> int:
    return widget.mapTo(viewport, QPoint(widget.width(), 0)).x()


def test_every_choice_is_in_sight_without_scrolling_sideways(qtbot: Any) -> None:
    dialog = MergeDialog(_Ops(), uuid.uuid4(), uuid.uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.fields_area
    viewport = area.viewport()
    qtbot.waitUntil(lambda: area.widget().width() <= viewport.width())
    assert not area.horizontalScrollBar().isVisible()
    buttons = [b for b in area.widget().findChildren(QRadioButton)]
    assert len(buttons) == 9
    for button in buttons:
        assert 0 <= button.mapTo(viewport, QPoint(0, 0)).x()
        assert _right_edge(button, viewport) <= viewport.width(), button.property("value")
    for label in area.widget().findChildren(QLabel):
        assert _right_edge(label, viewport) <= viewport.width(), label.text()
    (both,) = [b for b in buttons if b.property("side") == "both"]
    assert both.isChecked() and both.isVisible()
    assert dialog.choices()["notes"] == "both"
    # the long value wraps onto several lines instead of widening its column
    (long_a,) = [w for w in area.widget().findChildren(QLabel) if w.text().startswith("Fictief")]
    assert long_a.height() > 2 * long_a.fontMetrics().height()


def test_clicking_a_value_chooses_it(qtbot: Any) -> None:
    dialog = MergeDialog(_Ops(), uuid.uuid4(), uuid.uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    (label,) = [w for w in dialog.fields_area.widget().findChildren(QLabel)
                if w.text() == "Wáng"]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert dialog.choices()["family"] == "b"
