"""Identity: UUIDv7 primary keys (time-ordered, stable across export, merge and a shared server)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_VERSION_AND_VARIANT = (0x7 << 76) | (0b10 << 62)
_RAND_B = (1 << 62) - 1
_lock = threading.Lock()
_last_ms = 0


def new_id() -> uuid.UUID:
    """A fresh UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits.

    The millisecond never repeats or goes back within the process (a call in the same or an
    earlier millisecond takes the last one plus one), so ids made one after another sort in
    the order they were made. One uuid.UUID construction from the finished integer.
    """
    global _last_ms
    now_ms = time.time_ns() // 1_000_000
    with _lock:
        if now_ms <= _last_ms:
            now_ms = _last_ms + 1
        _last_ms = now_ms
    rand = int.from_bytes(os.urandom(10)) >> 6  # 74 random bits
    value = (
        ((now_ms & 0xFFFF_FFFF_FFFF) << 80)
        | _VERSION_AND_VARIANT
        | ((rand >> 62) << 64)
        | (rand & _RAND_B)
    )
    return uuid.UUID(int=value)
