"""Changes merge, and can say that anything may have changed (restore, upgrade)."""

from __future__ import annotations

import uuid

from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import RecordKind


def test_merged_changes_hold_both_and_a_created_record_stays_created() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    first = Changes(created=frozenset({a}), kinds=frozenset({RecordKind.ORGANISATION}))
    second = Changes(updated=frozenset({a, b}), deleted=frozenset({c}),
                     kinds=frozenset({RecordKind.PERSON}))

    merged = first | second

    assert merged.created == {a} and merged.updated == {b} and merged.deleted == {c}
    assert merged.concerns(RecordKind.ORGANISATION) and merged.concerns(RecordKind.PERSON)
    assert not merged.everything and merged == first.merge(second)
    assert Changes().merge() == Changes() and Changes().empty


def test_everything_concerns_every_kind_and_every_record() -> None:
    everything = Changes.all()

    assert not everything.empty
    assert all(everything.concerns(kind) for kind in RecordKind)
    assert everything.touches(uuid.uuid4())
    assert (Changes() | everything).everything
    assert not Changes(created=frozenset({uuid.uuid4()})).touches(uuid.uuid4())
