"""What a person reads to recognise a record, per kind: the label and the columns it is made of.

No SQLAlchemy import: db.refs (SQLAlchemy Core) and db.quick_read (plain sqlite3) share it.
"""

from __future__ import annotations

from typing import Any

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.record_refs import person_name

__all__ = ["_LABELS", "_LABEL_COLUMNS", "_LABEL_TEMPLATES", "label_of"]


def _person_label(p: Any) -> str:
    return person_name(
        p.family_name, p.given_name, p.tussenvoegsel, p.name_order, p.hanzi, p.pinyin
    )


_LABELS: dict[RecordKind, Any] = {
    RecordKind.AUTHORITY: lambda a: a.common_name or a.name,
    RecordKind.ORGANISATION: lambda o: o.name_nl + (f" ({o.hanzi})" if o.hanzi else ""),
    RecordKind.PERSON: _person_label,
    RecordKind.TIE: lambda t: t.title,
    RecordKind.MEETING: lambda m: m.title,
    RecordKind.ACTION: lambda a: a.what,
    RecordKind.DECISION: lambda d: d.title,
    RecordKind.RISK_NOTE: lambda n: n.title,
    RecordKind.RISK_CATEGORY: lambda c: f"{c.code} {c.name_nl}",
    RecordKind.SOURCE: lambda s: s.title,
    RecordKind.MEMO: lambda m: m.title,
}


def label_of(obj: Any) -> str:
    """What a person reads to recognise a record."""
    return str(_LABELS[RecordKind(obj.kind)](obj))


#: Columns each kind's label is made of (read with Core: no ORM objects for a list of refs).
_LABEL_COLUMNS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.AUTHORITY: ("name", "common_name"),
    RecordKind.ORGANISATION: ("name_nl", "hanzi"),
    RecordKind.PERSON: (
        "family_name",
        "given_name",
        "tussenvoegsel",
        "name_order",
        "hanzi",
        "pinyin",
    ),
    RecordKind.TIE: ("title",),
    RecordKind.MEETING: ("title",),
    RecordKind.ACTION: ("what",),
    RecordKind.DECISION: ("title",),
    RecordKind.RISK_NOTE: ("title",),
    RecordKind.RISK_CATEGORY: ("code", "name_nl"),
    RecordKind.SOURCE: ("title",),
    RecordKind.MEMO: ("title",),
}


#: The same labels as Python expressions over their columns (``{column}``), for generated code
#: that reads refs by the hundred (db.fastread): no named tuple and no call per ref. Only for
#: labels that are one column or a simple combination; tests/db/test_labels_templates.py holds
#: each to its function in `_LABELS` for set, empty and missing values.
_LABEL_TEMPLATES: dict[RecordKind, str] = {
    RecordKind.AUTHORITY: "({common_name} or {name})",
    RecordKind.ORGANISATION: "({name_nl} + (' (' + {hanzi} + ')' if {hanzi} else ''))",
    RecordKind.TIE: "{title}",
    RecordKind.MEETING: "{title}",
    RecordKind.ACTION: "{what}",
    RecordKind.DECISION: "{title}",
    RecordKind.RISK_NOTE: "{title}",
    RecordKind.SOURCE: "{title}",
    RecordKind.MEMO: "{title}",
}
