"""Memo history: kept with snapshot, hash and bytes; numbered per year; audited; compared."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from typing import Any

import pytest

from chinadossier.domain.briefing import BriefingOptions, ChangeTag, MemoFormat
from chinadossier.domain.codes import ActionStatus, DecisionBody, DecisionKind, MeetingKind
from chinadossier.domain.drafts import (
    AssessmentDraft,
    DecisionDraft,
    MeetingDraft,
)
from chinadossier.memo import render
from chinadossier.services.briefing import BriefingService, KenmerkTaken

from .memo_data import INT, TODAY


def make(d: Any, scope: Any = None) -> Any:
    svc = BriefingService(d.ctx)
    snap = svc.snapshot(BriefingOptions(INT), scope)
    data = render(snap, MemoFormat.PDF)
    return snap, data, svc.save(snap, MemoFormat.PDF, data, "notitie.pdf", scope).record


def test_a_memo_is_kept_with_its_snapshot_hash_and_bytes_and_audited(
        memo_dossier: Any, memo_file: Any) -> None:
    snap, data, entry = make(memo_dossier)
    assert entry.kenmerk == f"NOT-{TODAY.year}-0001" == snap.kenmerk
    svc = BriefingService(memo_dossier.ctx)
    assert [e.kenmerk for e in svc.history()] == [entry.kenmerk]
    assert svc.file_bytes(entry.id) == data
    assert entry.sha256 == hashlib.sha256(data).hexdigest()
    assert svc.stored_snapshot(entry.id) == snap
    conn = sqlite3.connect(memo_file[0])
    try:
        actions = conn.execute(
            "SELECT action, record_kind FROM audit_entry WHERE display_no = ?", (entry.kenmerk,)
        ).fetchall()
    finally:
        conn.close()
    assert actions == [("create", "memo")]
    # The next memo gets the next number of the year.
    assert make(memo_dossier)[2].kenmerk == f"NOT-{TODAY.year}-0002"


def test_a_snapshot_whose_kenmerk_was_taken_is_refused(memo_dossier: Any) -> None:
    svc = BriefingService(memo_dossier.ctx)
    snap = svc.snapshot(BriefingOptions(INT))
    make(memo_dossier)
    with pytest.raises(KenmerkTaken):
        svc.save(snap, MemoFormat.PDF, b"%PDF", "x.pdf")


def test_changes_since_the_previous_memo_of_the_same_scope(
        memo_dossier: Any, memo_file: Any) -> None:
    d, facts = memo_dossier, memo_file[1]
    first = make(d, facts.tie_id)[0]
    assert first.previous is None and first.changes == ()
    make(d)  # a memo of another scope is not the base
    d.meetings.create(MeetingDraft(TODAY, MeetingKind.VIDEO_CALL, "Videogesprek over evaluatie",
                                   tie_ids=(facts.tie_id,)))
    d.decisions.create(DecisionDraft(
        d.settings().own_authority.id, DecisionBody.EXECUTIVE, DecisionKind.EXECUTIVE_DECISION,
        TODAY, "Collegebesluit handelsmissie", link_ids=(facts.tie_id,)))
    risk = d.risk_notes.get(facts.risk_id)
    d.risk_notes.reassess(facts.risk_id, AssessmentDraft(5, 5, 4, 4),
                          expected_version=risk.meta.version)
    action = d.actions.get(facts.action_id)
    d.actions.edit(facts.action_id, replace(_draft_of(action), status=ActionStatus.DONE,
                                            done_on=TODAY),
                   expected_version=action.meta.version)
    second = make(d, facts.tie_id)[0]
    assert second.previous is not None and second.previous.kenmerk == first.kenmerk
    tags = {c.tag: c.text for c in second.changes}
    assert set(tags) == {ChangeTag.NEW, ChangeTag.RAISED, ChangeTag.DECIDED, ChangeTag.COMPLETED}
    assert "Videogesprek over evaluatie" in tags[ChangeTag.NEW]
    assert "van 12" in tags[ChangeTag.RAISED] and "naar 16" in tags[ChangeTag.RAISED]
    assert "Collegebesluit handelsmissie" in tags[ChangeTag.DECIDED]
    assert "Evaluatierapport" in tags[ChangeTag.COMPLETED]
    # The confidential meeting earlier in the year is not a change since the last memo.
    assert second.changes_left_out == 0


def _draft_of(action: Any) -> Any:
    from chinadossier.domain.drafts import ActionDraft, Common

    return ActionDraft(action.what, owner=action.owner, due_on=action.due_on,
                       decision_id=action.decision_id, meeting_id=action.meeting_id,
                       common=Common(classification=action.meta.classification))
