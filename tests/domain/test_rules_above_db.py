"""Domain rules that used to sit in db: the reference-update policy and parent chains."""

from __future__ import annotations

import uuid

from chinadossier.domain.hierarchy import MAX_DEPTH, parent_chain, would_loop
from chinadossier.domain.reference_policy import Stored, plan


def _stored(values: tuple[str, ...], *, edited: bool = False, deleted: bool = False,
            retired: bool = False, version: str | None = "2024.1") -> Stored:
    return Stored(values, edited, deleted, version, retired)


def test_a_release_inserts_refreshes_retires_and_leaves_edits_alone() -> None:
    stored = {
        "same": _stored(("a",)),
        "changed": _stored(("old",)),
        "edited": _stored(("mine",), edited=True),
        "deleted": _stored(("x",), deleted=True),
        "gone": _stored(("y",)),
        "gone-edited": _stored(("z",), edited=True),
        "gone-retired": _stored(("r",), retired=True),
        "own-entry": _stored(("o",), version=None),
    }
    shipped = {"same": ("a",), "changed": ("new",), "edited": ("theirs",),
               "deleted": ("x2",), "new": ("n",)}

    decided = plan(stored, shipped)

    assert decided.insert == ("new",)
    assert decided.refresh == ("changed",)
    assert decided.unchanged == ("same",)
    assert decided.retire == ("gone",)
    assert decided.kept_user_edits == 3  # edited, deleted, gone-edited


def test_a_parent_chain_stops_at_the_top_and_at_a_loop() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    parents = {a: b, b: c}
    assert parent_chain(a, parents.get) == [b, c]
    assert would_loop(c, a, parents.get)  # c under a: a → b → c → a
    assert would_loop(a, a, parents.get)
    assert not would_loop(a, c, parents.get)
    looped = {a: b, b: a}
    assert parent_chain(a, looped.get) == [b, a]
    deep = {i: i + 1 for i in range(500)}
    assert len(parent_chain(0, deep.get)) == MAX_DEPTH  # type: ignore[arg-type]
