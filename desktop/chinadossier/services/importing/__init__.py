"""Import from CSV and XLSX: a preview of every row first, then all rows in one transaction.

`plan_import` writes nothing: it parses the file (interchange), maps the columns, types every
cell, matches each row against the case file and the rows before it (`domain.matching`) and says
per row what would happen — new, update (the fields that change, old → new), already there,
duplicate in the file, probable duplicate, or rejected with a Dutch reason per column.
`commit_import` takes a verified backup, then writes the plan's new records and updates in ONE
unit of work (the bulk path: the same validation, audit and search indexing as a single save);
a row the services refuse rolls the whole import back and is reported. Importing the same file
twice changes nothing the second time: every row then matches a record it created or updated.

Kinds: organisaties, personen (with their function at an organisation or at a Dutch authority,
and "laatste contact" as a contact moment — not for staff of a Dutch authority, who are on our
side of the table), banden (the Chinese partner found among the
organisations or in the reference data of Chinese divisions), contactmomenten, besluiten and
risicos (linked to a tie, organisation or person by its name or display number).

The API the import wizard uses (docs/import.md, "Voor ontwikkelaars"): `read_table` →
`plan_import` → `ImportPlan` (`rows`, `counts()`, `rejected`, `updates`) → `commit_import(...,
progress=)` → `ImportResult`.

The package, one job per module: `reading` (the file as a table), `plans` (what the preview
says), `known` with `name_index` and `name_text` (the case file's records keyed by name),
`places` (the reference data of Chinese divisions), `row_drafts` (what every kind's planner
shares), `plan_<kind>` (one row of a kind), `planning` (`plan_import`), `committing`
(`commit_import`).
"""

from chinadossier.interchange.columns import ImportKind
from chinadossier.services.importing.committing import ImportRefused, commit_import
from chinadossier.services.importing.plan_progress import BACKUP_SPAN
from chinadossier.services.importing.planning import plan_import
from chinadossier.services.importing.plans import (
    OUTCOME_LABELS,
    OWN_SIDE_REASON,
    SUPPORTED,
    ImportPlan,
    ImportResult,
    Outcome,
    RowPlan,
)
from chinadossier.services.importing.reading import read_table
from chinadossier.services.importing_updates import FieldChange

__all__ = [
    "BACKUP_SPAN",
    "OUTCOME_LABELS",
    "OWN_SIDE_REASON",
    "SUPPORTED",
    "FieldChange",
    "ImportKind",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "Outcome",
    "RowPlan",
    "commit_import",
    "plan_import",
    "read_table",
]
