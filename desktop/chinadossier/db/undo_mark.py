"""Marking the audit entries of an undo (Ctrl+Z) as such, in their payload (#8).

An undo is an ordinary, audited change made through the services (services.reverting). While
`undoing(what)` is active (in the thread that runs the undo), every record entry its units of
work write carries `{"_undo": what}` in its payload beside the changed fields, so the history
can say "Ongedaan gemaakt: …". The entry format and the hash chain stay as they are: the mark is
part of the payload, so the payload hash covers it and `check` verifies it like any value. An
AVG erasure of the payload takes the mark with it (the entry then reads as an ordinary change).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from chinadossier.db import canonical
from chinadossier.domain.history import UNDO_KEY, UndoOf

_UNDOING: ContextVar[UndoOf | None] = ContextVar("chinadossier_undoing", default=None)


@contextmanager
def undoing(what: UndoOf) -> Iterator[None]:
    """Mark the record entries written inside the block as the undo of `what`."""
    token = _UNDOING.set(what)
    try:
        yield
    finally:
        _UNDOING.reset(token)


def marked(payload_text: str | None) -> str | None:
    """The payload text with the undo mark when inside `undoing`, else unchanged."""
    what = _UNDOING.get()
    if what is None:
        return payload_text
    payload = json.loads(payload_text) if payload_text else {}
    payload[UNDO_KEY] = what.value
    return canonical.dumps(payload)
