"""Columns added by a later migration leave older records' state hashes unchanged."""

from __future__ import annotations

from chinadossier.db.models import Base
from chinadossier.db.record_state import stable_row


def test_added_columns_at_their_default_are_left_out_of_the_hash() -> None:
    table = Base.metadata.tables["tie"]
    names = [c.name for c in table.columns]
    added = {c.name for c in table.columns if c.info.get("added")}
    assert {"term_starts_on", "renewed_on", "ends_until"} <= added
    row = [f"v{i}" if name not in added else None for i, name in enumerate(names)]
    row[names.index("term_ends_uncertain")] = False
    # at their defaults the added columns vanish: the row is the one written before 0002
    assert stable_row("tie", row) == [v for v, n in zip(row, names, strict=True) if n not in added]
    # a value in an added column is part of the state
    row[names.index("renewed_on")] = "2024-01-01"
    assert stable_row("tie", row)[-1] == {"renewed_on": "2024-01-01"}
