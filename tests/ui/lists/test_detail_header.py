"""The detail pane's header keeps "Bewerken" in view however long the record's texts are."""

from __future__ import annotations

from PySide6.QtCore import Qt

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import Common, MeetingDraft
from chinadossier.ui.detail.detail_pane import DetailPane

from .test_list_flows import idle, ops  # noqa: F401 - ops is a fixture

LONG = ("星河市人民政府外事办公室代表团访问 — Werkbezoek delegatie Bureau Buitenlandse Zaken "
        "Xinghe aan de haven en het stadhuis")


def test_long_title_and_subtitle_wrap_beside_bewerken(qtbot, ops, filled):  # noqa: F811
    d = filled.dossier
    m = d.meetings.get(filled.ids["meetings"][3])
    d.meetings.edit(m.meta.id, MeetingDraft(
        held_on=m.held_on, meeting_kind=m.meeting_kind, title=LONG, direction=m.direction,
        place_text="Stadhuis en haven van Voorbeeldstad, grote zaal op de derde verdieping",
        common=Common(classification=m.meta.classification, tags=m.meta.tags)),
        expected_version=m.meta.version)
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    pane.resize(324, 600)
    pane.show()
    pane.show_record(RecordKind.MEETING, m.meta.id)
    qtbot.waitUntil(lambda: pane.record is not None)
    idle(qtbot, ops)
    qtbot.wait(1)

    edit, sub, title = pane._edit, pane._sub, pane._title
    assert pane.width() == 324
    assert edit.isVisible() and edit.geometry().right() < pane.width()
    assert sub.geometry().right() < edit.geometry().left()
    full = sub.text()
    assert sub.fontMetrics().horizontalAdvance(full) > sub.width()  # it does not fit on a line
    assert sub.toolTip() == full  # the whole text is in the tooltip ...
    lines = sub.fontMetrics().boundingRect(sub.contentsRect(), int(Qt.TextFlag.TextWordWrap),
                                           full)
    assert sub.height() >= lines.height() > sub.fontMetrics().height()  # ... and wraps whole
    assert title.text() == LONG and title.toolTip() == LONG
    assert title.geometry().right() < pane.width()
    one_line = title.fontMetrics().height()
    assert title.height() > 2 * one_line  # wrapped over lines, not cut off


def test_a_tie_reads_by_its_end_when_ended_and_by_its_start_otherwise(qapp):
    """"Beëindigd · ca. 1985" read as if the tie ended in 1985 (README: "beëindigd in …")."""
    from types import SimpleNamespace

    from chinadossier.domain.codes import TieStatus
    from chinadossier.domain.partial_date import PartialDate
    from chinadossier.ui.detail.detail_html import tie_meta

    def tie(status, starts=None, signed=None, ends=None):
        return SimpleNamespace(status=status, starts=starts, signed=signed, ends=ends)

    since = PartialDate.year(1985, circa=True)
    assert tie_meta(tie(TieStatus.ENDED, since, None, PartialDate.year(2021))) == (
        "Beëindigd in 2021")
    assert tie_meta(tie(TieStatus.ENDED, since)) == "Beëindigd, datum onbekend"
    assert tie_meta(tie(TieStatus.ENDED, since, None, PartialDate.years(2022, 2023, uncertain=True))
                    ) == "Beëindigd in 2022/23 (onzeker)"
    assert tie_meta(tie(TieStatus.ACTIVE, since)) == "Actief · sinds ca. 1985"
    assert tie_meta(tie(TieStatus.ACTIVE, None, PartialDate.year(1994))) == (
        "Actief · overeenkomst 1994")
