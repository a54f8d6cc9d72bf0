"""Lookups for forms: places from the reference data by any spelling; contact-moment defaults."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chinadossier.domain.codes import Direction, MeetingKind
from chinadossier.domain.drafts import MeetingDraft


def test_places_are_found_by_pinyin_hanzi_english_and_code(dossier: Any) -> None:
    for query in ("nanj", "南京", "Nanjing", "320100"):
        assert "320100" in [p.adcode for p in dossier.lookups.places(query)], query
    place = dossier.lookups.place("320100")
    assert place is not None and place.hanzi == "南京市"
    assert place.label.startswith("南京市 Nánjīng")
    assert dossier.lookups.places("geen-plaats-zo") == []


def test_meeting_defaults_follow_the_most_common_kind_and_direction(dossier: Any) -> None:
    assert dossier.lookups.meeting_defaults() == (MeetingKind.WORKING_VISIT, Direction.OUTGOING)
    for kind, direction in [
        (MeetingKind.VIDEO_CALL, Direction.INCOMING),
        (MeetingKind.VIDEO_CALL, Direction.INCOMING),
        (MeetingKind.RECEPTION, Direction.NEUTRAL),
    ]:
        dossier.meetings.create(MeetingDraft(
            held_on=dt.date(2026, 11, 1), meeting_kind=kind, title="Overleg", direction=direction,
        ))
    assert dossier.lookups.meeting_defaults() == (MeetingKind.VIDEO_CALL, Direction.INCOMING)
