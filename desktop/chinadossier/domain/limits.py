"""Size limits the case file enforces, shared by validation and storage."""

from __future__ import annotations

#: The largest attachment (and memo file) one record may carry, in bytes.
MAX_BLOB_BYTES = 50 * 1024 * 1024
