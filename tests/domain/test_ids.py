"""UUIDv7 ids: the layout of RFC 9562, time first, strictly increasing within the process."""

from __future__ import annotations

import time
import uuid

from chinadossier.domain.ids import new_id


def test_ids_are_version_7_with_the_rfc_variant_and_the_current_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    made = [new_id() for _ in range(2000)]
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in made)
    first_ms = made[0].int >> 80
    assert before <= first_ms <= before + 1000
    assert len({i.int & ((1 << 74) - 1) for i in made}) > 1990  # the random bits vary


def test_ids_made_one_after_another_sort_in_that_order() -> None:
    made = [new_id() for _ in range(5000)]
    assert made == sorted(made)
    assert len({i.int >> 80 for i in made}) == len(made)  # a millisecond is never reused
    assert all(type(i) is uuid.UUID for i in made)
