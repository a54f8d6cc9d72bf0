"""Whether a case file is sound: read-only checks of file, schema, pages, links, audit and index.

run_checks (runner) opens the file read-only and runs, in CHECK_NAMES order: the header and
schema, the pages and links (structure), the audit chain (audit_checks), the record states
(states, with the fast pass of raw), the search index (search_checks), the stored files (files)
and the case file's own rules (invariants). Every check gives one CheckItem (common).
"""

from __future__ import annotations

from chinadossier.db.check.common import CHECK_NAMES, MAX_NAMED, CheckItem
from chinadossier.db.check.raw import _record_rows as _record_rows
from chinadossier.db.check.runner import run_checks
from chinadossier.db.check.states import _fast_state_hashes as _fast_state_hashes

__all__ = ["CHECK_NAMES", "MAX_NAMED", "CheckItem", "run_checks"]
