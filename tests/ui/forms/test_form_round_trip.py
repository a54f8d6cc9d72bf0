"""Opening a stored record in its form and saving it unchanged changes nothing (no data loss).

Every form is opened on the demo record of its kind that has the most fields filled; saved
without a change, the stored record must be the same (apart from its version) and the audit
trail must name no changed field. A field the form does not show would otherwise be cleared.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import TEST_ACTOR
from tests.ui.closing import track

from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.partial_date import PartialDate
from chinadossier.ui.forms.editor import open_editor
from chinadossier.ui.ops import Operations

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")

WAIT = 30_000
DEMO_DAY = dt.date(2026, 11, 29)

#: kind → the dossier's service attribute
KINDS = {
    RecordKind.ORGANISATION: "organisations",
    RecordKind.PERSON: "persons",
    RecordKind.TIE: "ties",
    RecordKind.MEETING: "meetings",
    RecordKind.ACTION: "actions",
    RecordKind.DECISION: "decisions",
    RecordKind.RISK_NOTE: "risk_notes",
    RecordKind.SOURCE: "sources",
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from chinadossier.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "chinadossier.sqlite3"
    create_demo(path, today=DEMO_DAY, actor=TEST_ACTOR)
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Any]:
    from chinadossier.services.dossier import Dossier

    target = tmp_path / "chinadossier.sqlite3"
    shutil.copy2(demo_template, target)
    opened = Dossier.open(target, clock=FixedClock.on(DEMO_DAY), actor=TEST_ACTOR)
    yield opened
    opened.close()


def _features(value: Any, path: str = "") -> set[str]:
    """The stored values a record holds, by path (a rough date also by its shape)."""
    if value is None or value == "" or value == () or value == []:
        return set()
    if isinstance(value, PartialDate):
        return {path, f"{path}:{value.precision.value}:{value.until_year is not None}"}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: set[str] = set()
        for f in dataclasses.fields(value):
            out |= _features(getattr(value, f.name), f"{path}.{f.name}")
        return out
    if isinstance(value, (list, tuple)):
        out = {path}
        for item in value:
            out |= _features(item, f"{path}[]")
        return out
    return {path}


def _covering(records: list[Any]) -> list[Any]:
    """A few records that together hold every value any record of the kind holds."""
    wanted = set().union(*(_features(r) for r in records))
    chosen = []
    while wanted:
        best = max(records, key=lambda r: len(_features(r) & wanted))
        chosen.append(best)
        wanted -= _features(best)
    return chosen


def _without_version(record: Any) -> Any:
    """The record with the bookkeeping of a save (version, when, by whom) left out."""
    meta = dataclasses.replace(record.meta, version=0, updated_at=None, updated_by="")
    return dataclasses.replace(record, meta=meta)


def _round_trip(qtbot: Any, demo: Any, kind: RecordKind, before: Any) -> None:
    service = getattr(demo, KINDS[kind])
    seen = {e.seq for e in demo.history.of_record(before.meta.id)}
    ops = Operations(demo)
    try:
        form = open_editor(ops, kind, before.meta.id)
        track(qtbot, form)
        form.open()
        qtbot.waitUntil(lambda: form.record is not None and not ops.is_busy(), timeout=WAIT)
        assert not form.is_dirty()
        with qtbot.waitSignal(form.saved, timeout=WAIT):
            form.save()
        qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    finally:
        ops.wait_idle()
    after = service.get(before.meta.id)
    assert _without_version(after) == _without_version(before), before.meta.display_no
    new = [e for e in demo.history.of_record(before.meta.id) if e.seq not in seen]
    assert all(not e.fields for e in new), [(e.action, e.changes) for e in new]


@pytest.mark.parametrize("kind", list(KINDS), ids=lambda k: k.value)
def test_saving_unchanged_keeps_the_record(qtbot: Any, demo: Any, kind: RecordKind) -> None:
    records = getattr(demo, KINDS[kind]).list_all()
    assert records, f"the demo has no {kind.value}"
    for before in _covering(records):
        _round_trip(qtbot, demo, kind, before)


def _tie(demo: Any, display_no: str) -> Any:
    return next(t for t in demo.ties.list_all() if t.meta.display_no == display_no)


def test_a_tie_shows_and_edits_its_term_and_renewal(qtbot: Any, demo: Any) -> None:
    """BAND-0007 (Zuid-Holland – Hebei, MoU 2021–2025) and BAND-0008 (renewed 2024) keep their
    term and renewal when only the description is edited; the term takes a rough date."""
    from tests.ui.typing import type_text

    mou, renewed = _tie(demo, "BAND-0007"), _tie(demo, "BAND-0008")
    assert (mou.term_starts, mou.term_ends) == (PartialDate.year(2021), PartialDate.year(2025))
    assert renewed.renewed == PartialDate.year(2024)
    ops = Operations(demo)
    try:
        for tie in (mou, renewed):
            form = open_editor(ops, RecordKind.TIE, tie.meta.id)
            track(qtbot, form)
            form.open()
            qtbot.waitUntil(lambda f=form: f.record is not None and not ops.is_busy(), timeout=WAIT)
            shown = {k: form.fields[k].text() for k in ("term_starts", "term_ends", "renewed")}
            if tie is mou:
                assert shown == {"term_starts": "2021", "term_ends": "2025", "renewed": ""}
                form.fields["term_ends"].clear()
                type_text(form.fields["term_ends"], "ca. 2027")
            else:
                assert shown["renewed"] == "2024"
            description = form.fields["description"]
            description.setFocus()
            description.moveCursor(description.textCursor().MoveOperation.End)
            type_text(description, " Test.")
            with qtbot.waitSignal(form.saved, timeout=WAIT):
                form.save()
            qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    finally:
        ops.wait_idle()
    after = demo.ties.get(mou.meta.id)
    assert after.description.endswith(" Test.")
    assert after.term_starts == PartialDate.year(2021)
    assert after.term_ends == PartialDate.year(2027, circa=True)
    assert demo.ties.get(renewed.meta.id).renewed == PartialDate.year(2024)
