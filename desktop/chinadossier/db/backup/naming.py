"""How a backup file is named: case prefix, UTC time, cleaned reason and same-second counter."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: Suffix of a backup file; a backup is one self-contained SQLite file (journal_mode=DELETE).
BACKUP_SUFFIX = ".sqlite3"

#: Suffix of a byte-for-byte copy of a case file that SQLite could not copy (damaged).
DAMAGED_SUFFIX = ".beschadigd"

#: Reason used for the safety copy that restore() takes of the current case file.
SAFETY_REASON = "voor-herstel"

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"

_MAX_SEQUENCE = 1000

_MAX_REASON_LENGTH = 48

_NAME_PATTERN = re.compile(
    r"^chinadossier-(?P<case>[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?)"
    r"-(?P<stamp>\d{8}T\d{6}Z)"
    r"-(?P<reason>[a-z0-9](?:[a-z0-9-]*?[a-z0-9])??)"
    r"(?:-(?P<sequence>[1-9]\d*))?" + re.escape(BACKUP_SUFFIX) + r"$"
)


def sanitise_reason(reason: str) -> str:
    """The reason as it appears in a file name: lower-case a-z, 0-9 and single hyphens.

    Accents are dropped ("vóór" -> "voor"), anything else becomes a hyphen. A trailing "-<number>"
    loses its hyphen ("stap-2" -> "stap2"), so a trailing "-<number>" in a file name is always
    the same-second counter. An empty result becomes "kopie".
    """
    cleaned = _slug(reason)[:_MAX_REASON_LENGTH].strip("-")
    cleaned = re.sub(r"-(\d+)$", r"\1", cleaned)
    return cleaned or "kopie"


def backup_name(case_file_id: str, created: dt.datetime, reason: str, sequence: int = 1) -> str:
    """The file name of a backup; sequence 2, 3, … is added for backups in the same second."""
    prefix = _case_prefix(case_file_id)
    stamp = _stamp(created)
    counter = f"-{sequence}" if sequence > 1 else ""
    return f"chinadossier-{prefix}-{stamp}-{sanitise_reason(reason)}{counter}{BACKUP_SUFFIX}"


def _slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def _case_prefix(case_file_id: str) -> str:
    # The LAST characters: a UUIDv7 starts with its creation time, so the first eight would be
    # the same for every case file made within about seven weeks.
    prefix = _slug(case_file_id)[-8:].strip("-")
    if not prefix:
        raise ValueError(f"case_file_id {case_file_id!r} has no usable characters")
    return prefix


def _stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a backup time must be an aware datetime")
    return moment.astimezone(dt.UTC).strftime(_STAMP_FORMAT)
