"""Which frames of a SQLite write-ahead log SQLite itself would replay (its wal.c rules).

A frame counts only when its salts match the log header's, its cumulative checksum is right,
and a commit frame (one that gives the database size) follows it before the first frame that
fails: a transaction cut off by a crash (kill -9, power loss) leaves frames that look like
frames but are never applied. Pure Python and only a few hundred microseconds per frame, so it
is meant for the rare case that needs it (a frame that would make a log look foreign).
"""

from __future__ import annotations

import struct
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
_MASK = 0xFFFFFFFF


def replayed_frames(wal: Path) -> int:
    """How many frames, from the first, SQLite would replay from `wal` (0 when none or the
    header is not valid)."""
    try:
        with wal.open("rb") as handle:
            header = handle.read(HEADER)
            if len(header) < HEADER:
                return 0
            magic, _version, page_size = struct.unpack(">III", header[:12])
            if magic not in (0x377F0682, 0x377F0683) or page_size < 512:
                return 0
            order = ">" if magic & 1 else "<"  # the checksum's byte order
            sums = _checksum(struct.unpack(f"{order}6I", header[:24]), 0, 0)
            if sums != struct.unpack(">II", header[24:32]):
                return 0
            salts = header[16:24]
            page_words = struct.Struct(f"{order}{page_size // 4}I")
            frame_words = struct.Struct(f"{order}2I")
            frames = replayed = 0
            while True:
                frame = handle.read(FRAME_HEADER)
                page = handle.read(page_size)
                if len(frame) < FRAME_HEADER or len(page) < page_size or frame[8:16] != salts:
                    return replayed
                sums = _checksum(frame_words.unpack(frame[:8]), *sums)
                sums = _checksum(page_words.unpack(page), *sums)
                if sums != struct.unpack(">II", frame[16:24]):
                    return replayed
                frames += 1
                if int.from_bytes(frame[4:8], "big"):  # a commit frame: all before it count
                    replayed = frames
    except OSError:
        return 0


def _checksum(words: tuple[int, ...], s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum over 32-bit words, continued from (s0, s1)."""
    pairs = iter(words)
    for first, second in zip(pairs, pairs, strict=True):
        s0 = (s0 + first + s1) & _MASK
        s1 = (s1 + second + s0) & _MASK
    return s0, s1


__all__ = ["replayed_frames"]
