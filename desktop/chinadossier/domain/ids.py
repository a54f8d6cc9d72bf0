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
_POOL_IDS = 256
_pool = b""
_pool_at = 0


def new_id() -> uuid.UUID:
    """A fresh UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits.

    The millisecond never repeats or goes back within the process (a call in the same or an
    earlier millisecond takes the last one plus one), so ids made one after another sort in
    the order they were made. One uuid.UUID construction from the finished integer.
    """
    global _last_ms, _pool, _pool_at
    now_ms = time.time_ns() // 1_000_000
    with _lock:
        if now_ms <= _last_ms:
            now_ms = _last_ms + 1
        _last_ms = now_ms
        if _pool_at >= len(_pool):  # random bytes for 256 ids per system call
            _pool, _pool_at = os.urandom(10 * _POOL_IDS), 0
        rand = int.from_bytes(_pool[_pool_at : _pool_at + 10]) >> 6  # 74 random bits
        _pool_at += 10
    value = (
        ((now_ms & 0xFFFF_FFFF_FFFF) << 80)
        | _VERSION_AND_VARIANT
        | ((rand >> 62) << 64)
        | (rand & _RAND_B)
    )
    return uuid.UUID(int=value)


def _forget_pool() -> None:
    """A forked child must not hand out the random bytes its parent still holds."""
    global _pool, _pool_at
    _pool, _pool_at = b"", 0


os.register_at_fork(after_in_child=_forget_pool)
