"""Backups: what a good backup is, how one is named and made, and how one is put back safely.

naming decides the file names, copy makes and verifies a backup, restoring puts one back (keeping
the current state, even a damaged one), listing finds the backups in a folder, and transfer moves
the bytes (page copies that give up on a held lock, exclusive temporary files).
"""

from __future__ import annotations

from chinadossier.db.backup.copy import (
    audit_entry_hash,
    audit_head,
    backup,
    snapshot_facts,
    verify_backup,
)
from chinadossier.db.backup.listing import (
    LEGACY_REASON,
    BackupInfo,
    backup_facts,
    file_identity,
    legacy_backups,
    list_backups,
    record_counts,
)
from chinadossier.db.backup.naming import (
    BACKUP_SUFFIX,
    DAMAGED_SUFFIX,
    SAFETY_REASON,
    backup_name,
    sanitise_reason,
)
from chinadossier.db.backup.restoring import RestoreReport, restore
from chinadossier.db.backup.restoring import _copy_backup_into as _copy_backup_into
from chinadossier.db.backup.transfer import sweep_stale_temps

__all__ = [
    "BACKUP_SUFFIX",
    "LEGACY_REASON",
    "DAMAGED_SUFFIX",
    "SAFETY_REASON",
    "BackupInfo",
    "RestoreReport",
    "audit_entry_hash",
    "audit_head",
    "backup",
    "backup_facts",
    "backup_name",
    "file_identity",
    "legacy_backups",
    "list_backups",
    "record_counts",
    "restore",
    "sanitise_reason",
    "snapshot_facts",
    "sweep_stale_temps",
    "verify_backup",
]
