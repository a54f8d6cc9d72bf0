"""The briefing snapshot: scope, period, options and classification; frozen and versioned."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from chinadossier.domain.briefing import (
    SNAPSHOT_VERSION,
    BriefingOptions,
    ScopeKind,
    from_json,
    to_json,
)
from chinadossier.domain.errors import UsageError
from chinadossier.services.briefing import BriefingService

from .memo_data import CONF, INT, PUB


def snap(d: Any, cls: Any = INT, scope: Any = None, **kw: Any) -> Any:
    return BriefingService(d.ctx).snapshot(BriefingOptions(cls, **kw), scope)


def titles(items: Any) -> set[str]:
    return {i.title for i in items}


def test_classification_narrows_the_content_and_counts_what_it_left_out(memo_dossier: Any,
                                                                          memo_file: Any) -> None:
    facts = memo_file[1]
    public, internal, secret = (snap(memo_dossier, c) for c in (PUB, INT, CONF))
    # Each higher classification shows a superset of the lower one.
    assert titles(public.meetings) < titles(internal.meetings) < titles(secret.meetings)
    assert facts.secret_meeting in titles(secret.meetings)
    assert facts.internal_meeting not in titles(public.meetings)
    # public: 1 internal + 1 confidential meeting, 1 confidential risk, 1 confidential source
    assert public.left_out == 4
    assert internal.left_out == 3
    assert secret.left_out == 0
    assert public.risks[0].cite.sources == ()


def test_a_public_tie_with_an_internal_partner_shows_the_marker_not_the_name(
        memo_dossier: Any, memo_file: Any) -> None:
    public = snap(memo_dossier, PUB)
    hidden = [t for t in public.ties if t.partner.hidden]
    assert [t.partner.hidden for t in hidden] == ["[intern]"]
    assert hidden[0].partner.name == "" and hidden[0].partner.hanzi is None
    internal = snap(memo_dossier, INT)
    assert memo_file[1].secret_org_name in {t.partner.name for t in internal.ties}


def test_scope_tie_and_organisation(memo_dossier: Any, memo_file: Any) -> None:
    facts = memo_file[1]
    svc = BriefingService(memo_dossier.ctx)
    kind, tie_id = svc.scope_id(facts.tie_no)
    assert kind is ScopeKind.TIE
    s = snap(memo_dossier, INT, tie_id)
    assert [t.cite.record_no for t in s.ties] == [facts.tie_no]
    assert s.scope.record_no == facts.tie_no
    assert len(s.meetings) == 2 and len(s.risks) == 1 and len(s.decisions) == 1
    kind, org_id = svc.scope_id(facts.org_no)
    assert kind is ScopeKind.ORGANISATION
    assert [t.cite.record_no for t in snap(memo_dossier, INT, org_id).ties] == [facts.tie_no]
    with pytest.raises(UsageError):
        svc.scope_id("BES-2026-0001")


def test_period_limits_the_contact_moments(memo_dossier: Any) -> None:
    s = snap(memo_dossier, CONF, period_from=dt.date(2026, 4, 1), period_to=dt.date(2026, 4, 30))
    assert [m.held_on for m in s.meetings] == [dt.date(2026, 4, 10)]
    with pytest.raises(UsageError):
        snap(memo_dossier, CONF, period_from=dt.date(2026, 5, 1), period_to=dt.date(2026, 4, 1))


def test_key_points_are_at_most_five_and_actions_know_they_are_overdue(
        memo_dossier: Any) -> None:
    s = snap(memo_dossier, INT)
    assert 1 <= len(s.key_points) <= 5
    assert [a.overdue for a in s.actions] == [True]


def test_snapshot_is_frozen_json_round_trips_and_newer_versions_are_refused(
        memo_dossier: Any) -> None:
    s = snap(memo_dossier, INT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.left_out = 0  # type: ignore[misc]
    data = json.loads(json.dumps(to_json(s)))
    assert data["version"] == SNAPSHOT_VERSION
    assert from_json(data) == s
    with pytest.raises(ValueError, match="nieuwere versie"):
        from_json({**data, "version": SNAPSHOT_VERSION + 1})


def test_level_ranges_are_those_a_5x5_matrix_can_score(memo_dossier: Any) -> None:
    s = snap(memo_dossier, INT)
    assert [(b.level.value, b.min_score, b.max_score, b.review_months) for b in s.levels] == [
        ("low", 1, 4, 12), ("medium", 5, 9, 6), ("high", 10, 16, 3), ("very_high", 20, 25, 1)]
