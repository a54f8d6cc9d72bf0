"""The search popup (#8): results 36 px high as the spec's rows, "en … meer" under the last
result of its own group (not on a heading), and ↑/↓ skip that line."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.search.search_popup import SearchPopup
from chinadossier.ui.search.search_results import Group, Hit, SearchAnswer

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


def _ref(kind, n):
    from chinadossier.domain.record_refs import Ref

    return Ref(kind=kind, id=uuid.uuid4(), display_no=f"X-{n:04d}", label=f"Record {n}")


class _Ops:
    def query(self, *_a, **_k):
        pass


def _answer():
    persons = tuple(Hit(_ref(RecordKind.PERSON, n), f"Persoon {n}", "") for n in range(3))
    orgs = tuple(Hit(_ref(RecordKind.ORGANISATION, n), f"Organisatie {n}", "") for n in range(2))
    return SearchAnswer("x", (Group(RecordKind.PERSON, persons, 6),
                              Group(RecordKind.ORGANISATION, orgs, 0)))


def test_rows_are_36_px_and_more_sits_under_its_own_group(qtbot):
    popup = SearchPopup(_Ops())
    qtbot.addWidget(popup)
    popup.show()
    popup.field.setText("x")
    popup._show(_answer())
    tree = popup.results
    persons, orgs = tree.topLevelItem(0), tree.topLevelItem(1)
    assert persons.text(1) == "" and orgs.text(1) == ""  # nothing on the headings
    assert popup.more_lines() == {persons.text(0): "en 6 meer"}
    assert persons.child(persons.childCount() - 1).text(0) == "en 6 meer"
    hit = persons.child(0)
    assert tree.visualItemRect(hit).height() >= 36
    assert len(popup.result_refs()) == 5
    # ↓ from the last person goes to the first organisation, past the "en 6 meer" line
    tree.setCurrentItem(persons.child(2))
    QTest.keyClick(popup.field, Qt.Key.Key_Down)
    assert tree.currentItem() is orgs.child(0)
