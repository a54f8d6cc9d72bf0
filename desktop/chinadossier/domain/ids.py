"""Identity: UUIDv7 primary keys (time-ordered, stable across export, merge and a shared server)."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A fresh UUIDv7."""
    return uuid.UUID(bytes=uuid6.uuid7().bytes)
