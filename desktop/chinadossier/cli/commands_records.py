"""`list KIND` and `show NUMBER`: the records behind every figure the overview gives."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from chinadossier.cli.commands_read import open_read_only
from chinadossier.cli.commands_records_args import KINDS as KIND_CODES
from chinadossier.cli.render import cut_text
from chinadossier.cli.runtime import Runtime
from chinadossier.domain.codes import AuthorityKind, RecordKind
from chinadossier.domain.errors import NotFound, UsageError
from chinadossier.domain.labels import field_label, format_cents, label, tie_type_label
from chinadossier.domain.local_time import moment_text
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.records import (
    ActionRecord,
    DecisionRecord,
    MeetingRecord,
    PersonRecord,
    Ref,
    RiskNoteRecord,
    SourceRef,
    TieRecord,
)
from chinadossier.domain.tie_text import tie_period
from chinadossier.services.dossier import Dossier

#: The kinds `list` accepts, by their Dutch plural (as the overview counts them).
KINDS: Mapping[str, RecordKind] = {name: RecordKind(code) for name, code in KIND_CODES.items()}


def _service(dossier: Dossier, kind: RecordKind) -> Any:
    return {
        RecordKind.TIE: dossier.ties,
        RecordKind.ORGANISATION: dossier.organisations,
        RecordKind.PERSON: dossier.persons,
        RecordKind.MEETING: dossier.meetings,
        RecordKind.ACTION: dossier.actions,
        RecordKind.DECISION: dossier.decisions,
        RecordKind.RISK_NOTE: dossier.risk_notes,
        RecordKind.SOURCE: dossier.sources,
    }[kind]


def _resolve(dossier: Dossier, number: str | None, what: str) -> uuid.UUID | None:
    if number is None:
        return None
    record = dossier.overview.by_number(number)
    if record is None:
        raise UsageError(f"--{what}: er is geen record met nummer {number}.")
    return record.meta.id  # type: ignore[no-any-return]


def _matches(record: Any, org: uuid.UUID | None, person: uuid.UUID | None,
             tie: uuid.UUID | None, meetings: set[uuid.UUID] | None) -> bool:
    """Whether a record concerns the given organisation, person and tie (each if given)."""
    def linked(target: uuid.UUID) -> bool:
        if isinstance(record, TieRecord):
            return target in (record.organisation.id, record.meta.id)
        if isinstance(record, PersonRecord):
            return any(p.organisation is not None and p.organisation.id == target
                       for p in record.positions)
        if isinstance(record, MeetingRecord):
            return any(p.party.id == target for p in record.participants) or any(
                t.id == target for t in record.ties)
        if isinstance(record, DecisionRecord):
            return any(link.id == target for link in record.links)
        if isinstance(record, RiskNoteRecord):
            return record.subject.id == target
        if isinstance(record, ActionRecord):
            return meetings is not None and record.meeting_id in meetings
        return record.meta.id == target
    return all(linked(target) for target in (org, person, tie) if target is not None)


def run_list(args: argparse.Namespace, rt: Runtime) -> int:
    """List the records of one kind, optionally those concerning an organisation, person or tie.

    Args:
        args: Parsed arguments (`kind`, `organisation`, `person`, `tie`, `overdue`, `limit`,
            `json`).
        rt: The run's environment.

    Returns:
        0, also when the list is empty.
    """
    kind = KINDS[args.kind]
    with open_read_only(rt) as dossier:
        org = _resolve(dossier, args.organisation, "organisation")
        person = _resolve(dossier, args.person, "person")
        tie = _resolve(dossier, args.tie, "tie")
        filters: dict[str, Any] = {}
        today = rt.clock.today()
        if args.overdue:
            if kind is RecordKind.ACTION:
                filters["overdue_on"] = today
            elif kind is RecordKind.RISK_NOTE:
                filters["review_due_on"] = today
            else:
                raise UsageError("--overdue kan alleen bij acties en risicos.")
        records = _service(dossier, kind).list_all(filters)
        meetings = None
        if kind is RecordKind.ACTION and (org or person or tie):
            meetings = {m.meta.id for m in dossier.meetings.list_all()
                        if _matches(m, org, person, tie, None)}
        records = [r for r in records if _matches(r, org, person, tie, meetings)]
        kinds = _authority_kinds(dossier, records)
    total = len(records)
    shown = records[: args.limit]
    if args.json:
        rt.out.json({"kind": kind.value, "total": total,
                     "items": [_item_json(r, kinds) for r in shown]})
        return 0
    if not shown:
        rt.out.result(f"Geen {args.kind} gevonden.")
        return 0
    rows = [_item_row(r, kinds) for r in shown]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]])
             .rstrip() for row in rows]
    rt.out.result("\n".join(lines))
    if total > len(shown):
        rt.out.result(cut_text(len(shown), total))
    return 0


def run_show(args: argparse.Namespace, rt: Runtime) -> int:
    """Show one record by its display number, every field with its Dutch name.

    Args:
        args: Parsed arguments (`number`, `json`).
        rt: The run's environment.

    Returns:
        0 when the record was shown.

    Raises:
        NotFound: No live record has that number.
    """
    with open_read_only(rt) as dossier:
        record = dossier.overview.by_number(args.number)
        if record is None:
            raise NotFound(_missing(dossier, args.number))
        kinds = _authority_kinds(dossier, [record])
        linked = dossier.overview.refs(
            [v for _, v in _fields(record) if isinstance(v, uuid.UUID)]
        )
        actions = _actions_of(dossier, record)
    if args.json:
        shown = {**_item_json(record, kinds), "fields": _fields_json(record)}
        if actions is not None:
            shown["actions"] = [{**_item_json(a, kinds), "fields": _fields_json(a)}
                                for a in actions]
        rt.out.json(shown)
        return 0
    kind = label(record.meta.kind, "nl")
    lines = [f"{record.meta.display_no} ({kind}) — {_label(record, kinds)}"]
    for name, value in _fields(record):
        if name == "place_text" and getattr(record, "place_label", None):
            continue  # the place's label already says it (one "plaats" line, not two)
        if name == "term_ends_on" and getattr(record, "term_ends", None) is not None:
            continue  # term_ends says it (also when rough): one "einde looptijd" line, not two
        text = _text(linked.get(value, value) if isinstance(value, uuid.UUID) else value)
        if name.endswith("_cents") and isinstance(value, int):
            text = format_cents(value, "nl")
        if isinstance(record, TieRecord) and name == "tie_type":
            text = tie_type_label(record.tie_type, kinds.get(record.authority.id))
        if text:
            lines.append(f"  {field_label(name, 'nl', record.meta.kind)}: {text}")
    if isinstance(record, TieRecord):
        period = tie_period(record.status, record.starts, record.signed, record.ends)
        lines.append(f"  periode: {period}")
    if actions:
        lines.append("  vervolgacties:")
        lines += [f"    {a.meta.display_no} {a.what} ({_action_state(a)})" for a in actions]
    rt.out.result("\n".join(lines))
    return 0


def _actions_of(dossier: Dossier, record: Any) -> list[ActionRecord] | None:
    """The follow-up actions of a contact moment or decision (None for any other record)."""
    field = {RecordKind.MEETING: "meeting_id", RecordKind.DECISION: "decision_id"}.get(
        record.meta.kind)
    if field is None:
        return None
    return list(dossier.actions.list_all({field: record.meta.id}))


def _action_state(action: ActionRecord) -> str:
    """"open, uiterlijk 15 december 2026" or "afgerond"."""
    parts = [label(action.status, "nl")]
    if action.due_on is not None:
        parts.append(f"uiterlijk {PartialDate.day(action.due_on).dutch()}")
    return ", ".join(parts)


def _missing(dossier: Dossier, number: str) -> str:
    """Why a number shows no record: merged into another (and how to undo that), or none."""
    try:
        merged = dossier.merges.merged_into(dossier.merges.find(number))
    except NotFound:
        merged = None
    if merged is not None:
        shown = number.strip().upper()
        return (f"{shown} is samengevoegd met {merged}; zie chinadossier show {merged} "
                f"(ongedaan maken: chinadossier unmerge {shown}).")
    return f"Er is geen record met nummer {number}."


# -- presentation -------------------------------------------------------------------------------

_HIDDEN = {"meta", "pinyin_auto", "sort_key", "place_adcode", "open_actions"}  # list-row extra
_META_SHOWN = ("classification", "tags", "sources", "updated_at", "updated_by")


def _authority_kinds(dossier: Dossier, records: list[Any]) -> dict[uuid.UUID, AuthorityKind]:
    ids = {r.authority.id for r in records if isinstance(r, TieRecord)}
    return {i: dossier.authorities.get(i).authority_kind for i in ids}


def _label(record: Any, kinds: Mapping[uuid.UUID, AuthorityKind]) -> str:
    for name in ("title", "name_nl", "what"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value
    if isinstance(record, PersonRecord):
        return record.display_name
    return record.meta.display_no  # type: ignore[no-any-return]


def _item_row(record: Any, kinds: Mapping[uuid.UUID, AuthorityKind]) -> tuple[str, ...]:
    extra: list[str] = []
    if isinstance(record, TieRecord):
        extra = [tie_type_label(record.tie_type, kinds.get(record.authority.id)),
                 label(record.status),
                 tie_period(record.status, record.starts, record.signed, record.ends)]
    elif isinstance(record, ActionRecord):
        due = f"uiterlijk {PartialDate.day(record.due_on).dutch()}" if record.due_on else ""
        extra = [label(record.status), due]
    elif isinstance(record, MeetingRecord):
        extra = [PartialDate.day(record.held_on).dutch()]
    elif isinstance(record, DecisionRecord):
        extra = [PartialDate.day(record.decided_on).dutch(), label(record.outcome)]
    elif isinstance(record, RiskNoteRecord):
        extra = [record.category.display_no, label(record.residual_level)]
    return (record.meta.display_no, _label(record, kinds), *extra)


def _item_json(record: Any, kinds: Mapping[uuid.UUID, AuthorityKind]) -> dict[str, Any]:
    return {
        "id": str(record.meta.id),
        "kind": record.meta.kind.value,
        "display_no": record.meta.display_no,
        "label": _label(record, kinds),
        "classification": record.meta.classification.value,
    }


def _fields(record: Any) -> list[tuple[str, Any]]:
    out = [(name, getattr(record.meta, name)) for name in _META_SHOWN]
    for field in dataclasses.fields(record):
        if field.name not in _HIDDEN:
            out.append((field.name, getattr(record, field.name)))
    return out


def _text(value: Any) -> str:
    formatters: list[tuple[type, Callable[[Any], str]]] = [
        (StrEnum, lambda v: label(v, "nl")),
        (PartialDate, lambda v: v.dutch()),
        (dt.datetime, moment_text),
        (dt.time, lambda v: v.strftime("%H:%M")),
        (dt.date, lambda v: PartialDate.day(v).dutch()),
        (Ref, lambda v: f"{v.display_no} {v.label}" + (" (verwijderd)" if v.deleted else "")),
        (SourceRef, lambda v: f"{v.display_no} {v.title}" + (f" ({v.locator})" if v.locator
                                                             else "")),
    ]
    if value is None or value == () or value == "":
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    for cls, fmt in formatters:
        if isinstance(value, cls):
            return fmt(value)
    if isinstance(value, tuple):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if dataclasses.is_dataclass(value):
        parts = (_text(getattr(value, f.name)) for f in dataclasses.fields(value))
        return ", ".join(p for p in parts if p)
    return str(value)


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, PartialDate):
        return value.to_json()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Ref):
        return {"id": str(value.id), "kind": value.kind.value, "display_no": value.display_no,
                "label": value.label}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _fields_json(record: Any) -> dict[str, Any]:
    return {name: _plain(value) for name, value in _fields(record)}
