"""One name for the own side of a contact moment, new and edited; a tie's unknown status says
what is unknown under the title."""

from __future__ import annotations

from typing import Any

from tests.ui.closing import track

from chinadossier.domain.codes import Direction, MeetingKind, RecordKind, TieStatus, TieType
from chinadossier.domain.drafts import MeetingDraft, OrganisationDraft, TieDraft
from chinadossier.ui.detail.detail_html import meta_line
from chinadossier.ui.forms.editor import open_editor
from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog

WAIT = 30_000


def test_the_own_side_is_the_own_authority_in_the_new_and_the_edit_form(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    own = dossier.settings().own_authority.label
    meeting = dossier.meetings.create(
        MeetingDraft(
            held_on=dossier.ctx.clock.today(),
            meeting_kind=MeetingKind.VIDEO_CALL,
            title="Overleg",
            direction=Direction.INCOMING,
        )
    ).record
    labels = []
    for form in (QuickMeetingDialog(ops), open_editor(ops, RecordKind.MEETING, meeting.meta.id)):
        track(qtbot, form)
        form.show()
        qtbot.waitUntil(
            lambda f=form: not ops.is_busy() and f.parties.ours_label.text() == own, timeout=WAIT
        )
        labels.append(form.parties.ours_label.text())
    assert labels == [own, own]


def test_an_unknown_tie_status_says_status_onbekend(qapp: Any, dossier: Any) -> None:
    from chinadossier.domain.codes import OrganisationKind

    org = dossier.organisations.create(
        OrganisationDraft(name_nl="Beijing (stad)", org_kind=OrganisationKind.GOVERNMENT)
    ).record
    own = dossier.settings().own_authority.id
    tie = dossier.ties.create(
        TieDraft(
            authority_id=own,
            organisation_id=org.meta.id,
            tie_type=TieType.FRIENDSHIP,
            status=TieStatus.UNKNOWN,
        )
    ).record
    assert meta_line(tie) == "Status onbekend"


def test_the_edit_form_lists_the_stored_follow_up_actions(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    """The detail pane showed the contact moment's open action, its edit form none."""
    import datetime as dt

    from chinadossier.domain.drafts import ActionDraft

    meeting = dossier.meetings.create_with_actions(
        MeetingDraft(
            held_on=dossier.ctx.clock.today(),
            meeting_kind=MeetingKind.VIDEO_CALL,
            title="Overleg haven",
        ),
        [
            ActionDraft(
                what="Nota havensamenwerking sturen", owner="Joëlle", due_on=dt.date(2026, 12, 15)
            )
        ],
    ).record
    form = open_editor(ops, RecordKind.MEETING, meeting.meta.id)
    track(qtbot, form)
    form.show()
    qtbot.waitUntil(lambda: not ops.is_busy() and form.actions.stored.isVisible(), timeout=WAIT)
    text = form.actions.stored.text()
    assert "Nota havensamenwerking sturen" in text
    assert "Joëlle" in text and "15-12-2026" in text
    assert not form.actions.rows  # no empty new row stands in for it
    assert not form.is_dirty()
