"""Merging two organisations or persons, and undoing it exactly (issue 10.5).

Record `b` is merged into `a`: the chosen field values of `b` are copied onto `a`; every link
to `b` is re-pointed to `a`, table by table in explicit code below (no cascade, nothing
implicit); `b` stays in the file, hidden like a deleted record and marked `merged_into = a`.

Every row the merge changes or removes is first copied, as SQLite stores it, into the merge's
`record_merge` row (`rows_before`); rows that a move creates under a new key (link tables whose
key holds the re-pointed column) are listed as `created`. `unmerge` deletes the created rows and
writes every copied row back (update, or insert when it was removed), so both records and all
their links are again exactly as before — version numbers and change stamps included, hence
the same state hashes. The audit chain gets an entry per touched record for the merge and for
the undo. Undo is refused once one of the touched records was changed after the merge, and
when the stored copy no longer matches the hash in the merge's audit entry.

Links re-pointed (b → a):

| table | column | record whose state changes |
|---|---|---|
| record_tag, record_source, attachment | record_id | a and b (1) |
| decision_link | record_id | the decision (1) |
| risk_note | subject_id | the risk note |
| meeting_participant | person_id / organisation_id | the meeting (1) |
| position, political_fact | person_id (persons) | a and b (appended after a's rows) |
| position | organisation_id (organisations) | the person holding the post |
| tie | organisation_id | the tie |
| organisation | parent_id | the sub-organisation |

(1) When a has the same link already (the same tag, source, decision or contact moment), b's
row is dropped rather than doubled (undo puts it back).

Left alone on purpose: the audit trail (history stays with the record it was written for),
generated memos (frozen documents) and records merged into `b` earlier.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from chinadossier.db.erasure import ledger
from chinadossier.db.models import Base, RecordMerge
from chinadossier.db.registry import SPECS
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.codes import (
    AuditAction,
    Classification,
    NameOrder,
    OrganisationKind,
    RecordKind,
    RetentionCategory,
)
from chinadossier.domain.duplicates import Candidate
from chinadossier.domain.errors import NotFound, Refused
from chinadossier.domain.ids import new_id
from chinadossier.domain.labels import label
from chinadossier.domain.merge import MergeDone, MergeField, MergePreview, MergeSide, Side
from chinadossier.domain.search_text import sort_key

MERGEABLE = (RecordKind.ORGANISATION, RecordKind.PERSON)


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    label: str
    table: str  # "record" or the entity table
    columns: tuple[str, ...]


def _common(entity: str) -> tuple[_Field, ...]:
    return (
        _Field("emails", "e-mailadressen", entity, ("emails",)),
        _Field("phones", "telefoonnummers", entity, ("phones",)),
        _Field("postal_addresses", "postadressen", entity, ("postal_addresses",)),
        _Field("aliases", "andere namen", entity, ("aliases",)),
        _Field("notes", "notities", entity, ("notes",)),
        _Field("classification", "classificatie", "record", ("classification",)),
        _Field("retention", "bewaartermijn", "record", ("retention_category", "retention_on")),
    )


#: Fields whose two values can be kept together ("both"), proposed when both are filled.
_JOINED = frozenset({"notes"})


def _joined(a_text: str, b_text: str, b_no: str) -> str:
    """A's notes, then B's under the number B had (so nothing of B's notes is lost)."""
    return f"{a_text}\n\n[uit {b_no}] {b_text}"


FIELDS: dict[RecordKind, tuple[_Field, ...]] = {
    RecordKind.PERSON: (
        _Field("family_name", "achternaam", "person", ("family_name",)),
        _Field("given_name", "voornaam", "person", ("given_name",)),
        _Field("tussenvoegsel", "tussenvoegsel", "person", ("tussenvoegsel",)),
        _Field("name_order", "naamvolgorde", "person", ("name_order",)),
        _Field("hanzi", "Chinese naam (Hanzi en pinyin)", "person",
               ("hanzi", "pinyin", "pinyin_auto")),
        *_common("person"),
    ),
    RecordKind.ORGANISATION: (
        _Field("name_nl", "naam", "organisation", ("name_nl",)),
        _Field("name_en", "Engelse naam", "organisation", ("name_en",)),
        _Field("hanzi", "Chinese naam (Hanzi en pinyin)", "organisation",
               ("hanzi", "pinyin", "pinyin_auto")),
        _Field("org_kind", "soort", "organisation", ("org_kind",)),
        _Field("place", "plaats", "organisation", ("place_adcode", "place_text")),
        _Field("parent_id", "valt onder", "organisation", ("parent_id",)),
        _Field("website", "website", "organisation", ("website",)),
        *_common("organisation"),
    ),
}

_ENUMS: dict[str, Any] = {
    "name_order": NameOrder,
    "org_kind": OrganisationKind,
    "classification": Classification,
    "retention_category": RetentionCategory,
}
_CLASS_ORDER = {c.value: i for i, c in enumerate(Classification)}


def _hex(value: uuid.UUID) -> str:
    return value.hex


# -- raw reads -------------------------------------------------------------------------------------


def _raw(session: Session, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    result = session.connection().exec_driver_sql(sql, tuple(params))
    names = list(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def _pk(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in Base.metadata.tables[table].primary_key.columns)


class MergeRepository:
    """Merges inside one unit of work (the services' only way to them)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def _session(self) -> Session:
        return self.uow._db_session  # noqa: SLF001 - the db package shares the session

    # -- candidates for "mogelijke dubbelen" ------------------------------------------------------

    def candidates(self, kind: RecordKind) -> list[tuple[Candidate, str, str]]:
        """(candidate, display number, title) of every live record of the kind."""
        if kind is RecordKind.PERSON:
            sql = (
                "SELECT r.id, r.display_no, p.family_name, p.given_name, p.tussenvoegsel, "
                "p.hanzi, p.pinyin FROM record r JOIN person p ON p.id = r.id "
                "WHERE r.deleted_at IS NULL ORDER BY r.display_no"
            )
            out: list[tuple[Candidate, str, str]] = []
            for row in _raw(self._session, sql):
                latin = " ".join(x for x in (row["family_name"], row["given_name"]) if x)
                title = " ".join(
                    x for x in (row["given_name"], row["tussenvoegsel"], row["family_name"]) if x
                )
                if row["hanzi"]:
                    title = f"{title} ({row['hanzi']})"
                # The stored pinyin spells the Hanzi already (reading Hanzi again is slow).
                names = (latin, row["pinyin"] or row["hanzi"])
                candidate = Candidate(uuid.UUID(row["id"]), names, row["hanzi"])
                out.append((candidate, row["display_no"], title))
            return out
        if kind is RecordKind.ORGANISATION:
            sql = (
                "SELECT r.id, r.display_no, o.name_nl, o.name_en, o.hanzi, o.pinyin "
                "FROM record r JOIN organisation o ON o.id = r.id "
                "WHERE r.deleted_at IS NULL ORDER BY r.display_no"
            )
            out = []
            for row in _raw(self._session, sql):
                title = row["name_nl"] + (f" ({row['hanzi']})" if row["hanzi"] else "")
                org_names = (row["name_nl"], row["name_en"], row["pinyin"] or row["hanzi"])
                candidate = Candidate(uuid.UUID(row["id"]), org_names, row["hanzi"])
                out.append((candidate, row["display_no"], title))
            return out
        raise Refused(
            f"Samenvoegen kan alleen bij organisaties en personen, niet bij {label(kind)}."
        )

    def by_number(self, number: str) -> uuid.UUID:
        """The id of the record with this display number (deleted and merged ones too)."""
        rows = _raw(self._session, "SELECT id FROM record WHERE display_no = ?",
                    (number.strip().upper(),))
        if not rows:
            raise NotFound(f"Er is geen record met nummer {number.strip()} in het dossier.")
        return uuid.UUID(rows[0]["id"])

    # -- preview ----------------------------------------------------------------------------------

    def _record_row(self, record_id: uuid.UUID) -> dict[str, Any]:
        rows = _raw(self._session, "SELECT * FROM record WHERE id = ?", (_hex(record_id),))
        if not rows:
            raise NotFound("Dit record bestaat niet (meer) in het dossier.")
        return rows[0]

    def _entity_row(self, table: str, record_id: uuid.UUID) -> dict[str, Any]:
        return _raw(self._session, f'SELECT * FROM "{table}" WHERE id = ?', (_hex(record_id),))[0]

    def _check_pair(self, a_id: uuid.UUID, b_id: uuid.UUID) -> tuple[RecordKind, dict[str, Any],
                                                                     dict[str, Any]]:
        if a_id == b_id:
            raise Refused("Een record kan niet met zichzelf worden samengevoegd.")
        a, b = self._record_row(a_id), self._record_row(b_id)
        kind = RecordKind(a["kind"])
        if kind not in MERGEABLE:
            raise Refused(
                f"Samenvoegen kan alleen bij organisaties en personen; {a['display_no']} is een "
                f"{label(kind)}."
            )
        if RecordKind(b["kind"]) is not kind:
            raise Refused(
                f"{a['display_no']} en {b['display_no']} zijn niet van dezelfde soort; alleen "
                "twee organisaties of twee personen kunnen worden samengevoegd."
            )
        for row in (a, b):
            if row["merged_into"] is not None:
                raise Refused(f"{row['display_no']} is al samengevoegd met een ander record.")
            if row["deleted_at"] is not None:
                raise Refused(
                    f"{row['display_no']} staat in de prullenbak; zet het eerst terug."
                )
        if kind is RecordKind.PERSON:
            erased = {entry.record_id for entry in ledger(self._session)}
            for row in (a, b):
                if uuid.UUID(row["id"]) in erased:
                    raise Refused(
                        f"{row['display_no']} is geanonimiseerd (AVG); een geanonimiseerde "
                        "persoon kan niet worden samengevoegd. Koppel de gegevens zo nodig "
                        "met de hand aan de andere persoon."
                    )
        if kind is RecordKind.ORGANISATION:
            for x, y in ((a, b), (b, a)):
                if uuid.UUID(y["id"]) in self._ancestors(uuid.UUID(x["id"])):
                    raise Refused(
                        f"{x['display_no']} valt (via andere organisaties) onder "
                        f"{y['display_no']}; maak die relatie eerst los en voeg dan samen."
                    )
        return kind, a, b

    def _ancestors(self, org_id: uuid.UUID) -> set[uuid.UUID]:
        seen: set[uuid.UUID] = set()
        current: uuid.UUID | None = org_id
        while current is not None:
            rows = _raw(self._session, "SELECT parent_id FROM organisation WHERE id = ?",
                        (_hex(current),))
            parent = rows[0]["parent_id"] if rows else None
            current = uuid.UUID(parent) if parent else None
            if current is None or current in seen:
                break
            seen.add(current)
        return seen

    def preview(self, a_id: uuid.UUID, b_id: uuid.UUID) -> MergePreview:
        """Both records side by side with a proposed choice per field, and the links of b."""
        kind, a_rec, b_rec = self._check_pair(a_id, b_id)
        table = "person" if kind is RecordKind.PERSON else "organisation"
        a_ent, b_ent = self._entity_row(table, a_id), self._entity_row(table, b_id)
        a_all, b_all = {**a_ent, **a_rec}, {**b_ent, **b_rec}
        newer: Side = "b" if (b_rec["updated_at"] or "") > (a_rec["updated_at"] or "") else "a"
        fields = []
        for spec in FIELDS[kind]:
            a_vals = [a_all[c] for c in spec.columns]
            b_vals = [b_all[c] for c in spec.columns]
            a_text, b_text = self._shown(spec, a_vals), self._shown(spec, b_vals)
            choice: Side = "a"
            if spec.name == "classification":
                choice = "b" if _CLASS_ORDER[b_vals[0]] > _CLASS_ORDER[a_vals[0]] else "a"
            elif not self._filled(spec, a_vals) and self._filled(spec, b_vals):
                choice = "b"
            elif self._filled(spec, a_vals) and self._filled(spec, b_vals) and a_text != b_text:
                choice = newer
            both = ""
            if spec.name in _JOINED and a_text and b_text and a_text != b_text:
                both, choice = _joined(a_text, b_text, b_rec["display_no"]), "both"
            fields.append(MergeField(spec.name, spec.label, a_text, b_text, choice, both))
        return MergePreview(
            kind=kind,
            a=self._side(kind, a_rec, a_ent),
            b=self._side(kind, b_rec, b_ent),
            fields=tuple(fields),
            links=tuple((what, n) for what, n in self._link_counts(kind, b_id) if n),
        )

    def _side(self, kind: RecordKind, rec: dict[str, Any], ent: dict[str, Any]) -> MergeSide:
        if kind is RecordKind.PERSON:
            title = " ".join(
                x for x in (ent["given_name"], ent["tussenvoegsel"], ent["family_name"]) if x
            )
        else:
            title = ent["name_nl"]
        record = Base.metadata.tables["record"]
        stamp = self._session.execute(
            select(record.c.updated_at).where(record.c.id == uuid.UUID(rec["id"]))
        ).scalar_one()
        return MergeSide(uuid.UUID(rec["id"]), rec["display_no"], title, rec["version"], stamp)

    @staticmethod
    def _filled(spec: _Field, values: list[Any]) -> bool:
        if spec.name == "retention":
            return values[0] != RetentionCategory.UNDECIDED.value or values[1] is not None
        return values[0] not in (None, "", "[]")

    def _shown(self, spec: _Field, values: list[Any]) -> str:
        if spec.name == "hanzi":
            return " ".join(x for x in values[:2] if x)
        if spec.name == "place":
            adcode, text = values
            name = ""
            if adcode:
                rows = _raw(self._session, "SELECT hanzi, pinyin FROM cn_division WHERE adcode = ?",
                            (adcode,))
                name = f"{rows[0]['pinyin']} {rows[0]['hanzi']}" if rows else adcode
            return " — ".join(x for x in (name, text) if x)
        if spec.name == "parent_id":
            if not values[0]:
                return ""
            rows = _raw(self._session,
                        "SELECT r.display_no, o.name_nl FROM record r JOIN organisation o "
                        "ON o.id = r.id WHERE r.id = ?", (values[0],))
            return f"{rows[0]['display_no']} {rows[0]['name_nl']}" if rows else values[0]
        if spec.name in ("emails", "phones", "postal_addresses"):
            return "; ".join(json.loads(values[0])) if values[0] else ""
        if spec.name == "retention":
            category, on = values
            text = label(RetentionCategory(category))
            return f"{text} ({on})" if on else text
        enum = _ENUMS.get(spec.columns[0])
        if enum is not None and values[0] is not None:
            return label(enum(values[0]))
        return "" if values[0] is None else str(values[0])

    def _link_counts(self, kind: RecordKind, b_id: uuid.UUID) -> list[tuple[str, int]]:
        b = (_hex(b_id),)

        def count(sql: str) -> int:
            return int(self._session.connection().exec_driver_sql(sql, b).scalar_one())

        column = "person_id" if kind is RecordKind.PERSON else "organisation_id"
        counts = [
            ("trefwoorden", count("SELECT count(*) FROM record_tag WHERE record_id = ?")),
            ("bronnen", count("SELECT count(*) FROM record_source WHERE record_id = ?")),
            ("bijlagen", count("SELECT count(*) FROM attachment WHERE record_id = ?")),
            ("besluiten", count("SELECT count(*) FROM decision_link WHERE record_id = ?")),
            ("risiconotities", count("SELECT count(*) FROM risk_note WHERE subject_id = ?")),
            ("deelnames aan contactmomenten",
             count(f"SELECT count(*) FROM meeting_participant WHERE {column} = ?")),
        ]
        if kind is RecordKind.PERSON:
            counts += [
                ("functies", count("SELECT count(*) FROM position WHERE person_id = ?")),
                ("politieke feiten",
                 count("SELECT count(*) FROM political_fact WHERE person_id = ?")),
            ]
        else:
            counts += [
                ("banden", count("SELECT count(*) FROM tie WHERE organisation_id = ?")),
                ("functies van personen",
                 count("SELECT count(*) FROM position WHERE organisation_id = ?")),
                ("onderdelen", count("SELECT count(*) FROM organisation WHERE parent_id = ?")),
            ]
        return counts

    # -- merge ------------------------------------------------------------------------------------

    def merge(
        self,
        a_id: uuid.UUID,
        b_id: uuid.UUID,
        choices: dict[str, Side],
        *,
        expected: tuple[int, int] | None = None,
    ) -> MergeDone:
        """Merge b into a with the given field choices (missing fields: the preview's)."""
        preview = self.preview(a_id, b_id)
        kind = preview.kind
        if expected is not None and expected != (preview.a.version, preview.b.version):
            raise Refused(
                f"{preview.a.display_no} of {preview.b.display_no} is gewijzigd sinds de "
                "voorvertoning; bekijk de voorvertoning opnieuw."
            )
        known = {f.name for f in FIELDS[kind]}
        for name, side in choices.items():
            if name not in known:
                raise Refused(
                    f"Onbekend veld '{name}' om te kiezen; bekende velden: "
                    f"{', '.join(sorted(known))}."
                )
            if side == "both" and name not in _JOINED:
                raise Refused(f"Veld '{name}' kan niet worden samengevoegd; kies a of b.")
            if side not in ("a", "b", "both"):
                raise Refused(f"Kies voor veld '{name}' a of b, niet '{side}'.")
        chosen = {**preview.choices(), **choices}
        snap = _Snapshot(self._session)
        a, b = _hex(a_id), _hex(b_id)
        entity = "person" if kind is RecordKind.PERSON else "organisation"
        owners: dict[str, dict[str, tuple[Any, Any]]] = {a: {}, b: {}}
        a_no, b_no = preview.a.display_no, preview.b.display_no

        # 1. the chosen values of b onto a
        snap.keep("record", "id = ?", (a,))
        snap.keep("record", "id = ?", (b,))
        snap.keep(entity, "id = ?", (a,))
        b_rows = {"record": self._record_row(b_id), entity: self._entity_row(entity, b_id)}
        shown = {f.name: f for f in preview.fields}
        for spec in FIELDS[kind]:
            field = shown[spec.name]
            side = chosen[spec.name]
            if side == "both" and not field.both:
                side = "b" if not field.a else "a"  # nothing to join: the filled one
            if side == "a" or not field.differs:
                continue
            sets = ", ".join(f'"{c}" = ?' for c in spec.columns)
            values = ([field.both] if side == "both"
                      else [b_rows[spec.table][c] for c in spec.columns])
            self._exec(f'UPDATE "{spec.table}" SET {sets} WHERE id = ?', (*values, a))
            owners[a][spec.name] = (field.a, field.value(side))
        if kind is RecordKind.PERSON:
            row = self._entity_row("person", a_id)
            key = sort_key(" ".join(x for x in (row["family_name"], row["given_name"]) if x))
        else:
            row = self._entity_row("organisation", a_id)
            key = sort_key(row["name_nl"])
            if row["parent_id"] == b:  # a fell under b: it now falls under b's parent
                parent = b_rows[entity]["parent_id"]
                self._exec("UPDATE organisation SET parent_id = ? WHERE id = ?",
                           (None if parent == a else parent, a))
                owners[a]["parent_id"] = (b_no, "")
        self._exec(f'UPDATE "{entity}" SET sort_key = ? WHERE id = ?', (key, a))

        # 2. every link of b to a
        self._move_keyed(snap, "record_tag", "record_id", "tag_id", a, b, owners, a, b)
        self._move_keyed(snap, "record_source", "record_id", "source_id", a, b, owners, a, b)
        if snap.keep("attachment", "record_id = ?", (b,)):
            self._exec("UPDATE attachment SET record_id = ? WHERE record_id = ?", (a, b))
            owners[a]["attachments"] = (None, b_no)
            owners[b]["attachments"] = (b_no, None)
        for row in snap.keep("decision_link", "record_id = ?", (b,)):
            decision = row["decision_id"]
            snap.created_or_dropped(
                self, "decision_link", {"decision_id": decision, "record_id": b},
                {"decision_id": decision, "record_id": a},
            )
            owners.setdefault(decision, {})["links"] = (b_no, a_no)
        for row in snap.keep("risk_note", "subject_id = ?", (b,)):
            snap.keep("record", "id = ?", (row["id"],))
            self._exec("UPDATE risk_note SET subject_id = ? WHERE id = ?", (a, row["id"]))
            owners.setdefault(row["id"], {})["subject_id"] = (b_no, a_no)
        column = "person_id" if kind is RecordKind.PERSON else "organisation_id"
        for row in snap.keep("meeting_participant", f"{column} = ?", (b,)):
            meeting = row["meeting_id"]
            already = self._session.connection().exec_driver_sql(
                f"SELECT count(*) FROM meeting_participant WHERE meeting_id = ? AND {column} = ?",
                (meeting, a),
            ).scalar_one()
            if already:
                self._exec("DELETE FROM meeting_participant WHERE id = ?", (row["id"],))
            else:
                self._exec(f"UPDATE meeting_participant SET {column} = ? WHERE id = ?",
                           (a, row["id"]))
            owners.setdefault(meeting, {})["participants"] = (b_no, a_no)
        if kind is RecordKind.PERSON:
            for table in ("position", "political_fact"):
                rows = snap.keep(table, "person_id = ?", (b,))
                if not rows:
                    continue
                start = self._session.connection().exec_driver_sql(
                    f'SELECT coalesce(max(seq), -1) FROM "{table}" WHERE person_id = ?', (a,)
                ).scalar_one()
                for offset, row in enumerate(sorted(rows, key=lambda r: r["seq"]), start=1):
                    self._exec(f'UPDATE "{table}" SET person_id = ?, seq = ? WHERE id = ?',
                               (a, start + offset, row["id"]))
                snap.keep(table, "person_id = ?", (a,))
                label_ = "positions" if table == "position" else "political_facts"
                owners[a][label_] = (None, b_no)
                owners[b][label_] = (b_no, None)
        else:
            for row in snap.keep("tie", "organisation_id = ?", (b,)):
                self._exec("UPDATE tie SET organisation_id = ? WHERE id = ?", (a, row["id"]))
                owners.setdefault(row["id"], {})["organisation_id"] = (b_no, a_no)
            for row in snap.keep("position", "organisation_id = ?", (b,)):
                self._exec("UPDATE position SET organisation_id = ? WHERE id = ?",
                           (a, row["id"]))
                owners.setdefault(row["person_id"], {})["positions"] = (b_no, a_no)
            for row in snap.keep("organisation", "parent_id = ? AND id <> ?", (b, a)):
                self._exec("UPDATE organisation SET parent_id = ? WHERE id = ?", (a, row["id"]))
                owners.setdefault(row["id"], {})["parent_id"] = (b_no, a_no)

        # 3. b itself: hidden, marked as merged into a
        owners[a]["merged_from"] = (None, b_no)
        for record_id in owners:
            snap.keep("record", "id = ?", (record_id,))
        record = Base.metadata.tables["record"]
        now, who = self.uow.now, self.uow.actor.who
        self._session.execute(
            update(record).where(record.c.id == b_id)
            .values(deleted_at=now, deleted_by=who, merged_into=a_id)
        )
        ids = [uuid.UUID(x) for x in owners]
        self._session.execute(
            update(record).where(record.c.id.in_(ids))
            .values(version=record.c.version + 1, updated_at=now, updated_by=who)
        )
        before = snap.document()
        digest = hashlib.sha256(before.encode()).hexdigest()
        versions = {
            row["id"]: row["version"]
            for row in _raw(self._session,
                            "SELECT id, version FROM record WHERE id IN "
                            f"({', '.join('?' * len(owners))})", list(owners))
        }
        merge_id = new_id()
        self._session.execute(
            insert(RecordMerge).values(
                id=merge_id, kept_id=a_id, merged_id=b_id, merged_at=now, merged_by=who,
                rows_before=before, rows_sha256=digest,
                after_versions=json.dumps(versions, sort_keys=True), undone_at=None,
                undone_by=None,
            )
        )
        owners[b] = {"merged_into": (None, a_no), "merge_snapshot": (None, digest)}
        self._audit(owners, merged=b, action=AuditAction.MERGE)
        return MergeDone(merge_id, a_no, b_no, self._numbers(owners, exclude=(a, b)))

    def _move_keyed(self, snap: _Snapshot, table: str, column: str, other: str, a: str, b: str,
                    owners: dict[str, dict[str, tuple[Any, Any]]], a_key: str,
                    b_key: str) -> None:
        rows = snap.keep(table, f"{column} = ?", (b,))
        for row in rows:
            snap.created_or_dropped(
                self, table, {column: b, other: row[other]}, {column: a, other: row[other]},
                extra={k: v for k, v in row.items() if k not in (column, other)},
            )
        if rows:
            owners[a_key][table] = (None, "samengevoegd")
            owners[b_key][table] = ("samengevoegd", None)

    def _exec(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._session.connection().exec_driver_sql(sql, tuple(params)).rowcount)

    def _numbers(self, owners: Iterable[str], exclude: Sequence[str]) -> tuple[str, ...]:
        ids = [x for x in owners if x not in exclude]
        if not ids:
            return ()
        rows = _raw(self._session, "SELECT display_no FROM record WHERE id IN "
                    f"({', '.join('?' * len(ids))}) ORDER BY display_no", ids)
        return tuple(r["display_no"] for r in rows)

    def _audit(self, owners: dict[str, dict[str, tuple[Any, Any]]], *, merged: str,
               action: AuditAction) -> None:
        """One audit entry per touched record (objects read fresh after the raw writes)."""
        session = self._session
        session.expire_all()
        kinds = {
            row["id"]: RecordKind(row["kind"])
            for row in _raw(session, "SELECT id, kind FROM record WHERE id IN "
                            f"({', '.join('?' * len(owners))})", list(owners))
        }
        for record_id, diff in owners.items():
            obj = session.get(SPECS[kinds[record_id]].model, uuid.UUID(record_id))
            assert obj is not None
            self.uow.touched(obj, action if record_id == merged else AuditAction.UPDATE, diff)

    # -- undo -------------------------------------------------------------------------------------

    def merged_record(self, number_or_id: uuid.UUID) -> tuple[uuid.UUID, str] | None:
        """(merge id, kept display number) of the open merge of a merged-away record."""
        rows = _raw(self._session,
                    "SELECT m.id, r.display_no FROM record_merge m JOIN record r "
                    "ON r.id = m.kept_id WHERE m.merged_id = ? AND m.undone_at IS NULL "
                    "ORDER BY m.merged_at DESC", (_hex(number_or_id),))
        return (uuid.UUID(rows[0]["id"]), rows[0]["display_no"]) if rows else None

    def unmerge(self, merged_id: uuid.UUID) -> MergeDone:
        """Put both records and every link back exactly as they were before the merge."""
        session = self._session
        rec = self._record_row(merged_id)
        open_merge = self.merged_record(merged_id)
        if rec["merged_into"] is None or open_merge is None:
            raise Refused(f"{rec['display_no']} is niet samengevoegd met een ander record.")
        merge_id, kept_no = open_merge
        row = _raw(session, "SELECT * FROM record_merge WHERE id = ?", (merge_id.hex,))[0]
        before = row["rows_before"]
        if hashlib.sha256(before.encode()).hexdigest() != row["rows_sha256"] or (
            self._audited_digest(merged_id) not in (None, row["rows_sha256"])
        ):
            raise Refused(
                f"De bewaarde gegevens van het samenvoegen van {rec['display_no']} zijn "
                "gewijzigd buiten Chinadossier om; ongedaan maken is geweigerd. Controleer het "
                "dossier met: chinadossier check"
            )
        versions: dict[str, int] = json.loads(row["after_versions"])
        current = {
            r["id"]: (r["version"], r["display_no"])
            for r in _raw(session, "SELECT id, version, display_no FROM record WHERE id IN "
                          f"({', '.join('?' * len(versions))})", list(versions))
        }
        for record_id, version in versions.items():
            now_version, number = current[record_id]
            if now_version != version:
                raise Refused(
                    f"{number} is na het samenvoegen gewijzigd (versie {version} → "
                    f"{now_version}); het samenvoegen kan niet meer exact worden teruggedraaid. "
                    "Herstel de gegevens met de hand of zet een back-up terug."
                )
        document = json.loads(before)
        for table, keys in document["created"].items():
            for key in keys:
                where = " AND ".join(f'"{c}" = ?' for c in key)
                self._exec(f'DELETE FROM "{table}" WHERE {where}', list(key.values()))
        for table, rows in document["rows"].items():
            pk = _pk(table)
            for values in rows:
                columns = [c for c in values if c not in pk]
                sets = ", ".join(f'"{c}" = ?' for c in columns)
                where = " AND ".join(f'"{c}" = ?' for c in pk)
                params = [values[c] for c in columns] + [values[c] for c in pk]
                if columns:
                    found = self._exec(f'UPDATE "{table}" SET {sets} WHERE {where}', params)
                else:  # a pure link row: there or not
                    found = session.connection().exec_driver_sql(
                        f'SELECT count(*) FROM "{table}" WHERE {where}', tuple(params)
                    ).scalar_one()
                if not found:
                    names = ", ".join(f'"{c}"' for c in values)
                    marks = ", ".join("?" * len(values))
                    self._exec(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                               list(values.values()))
        session.execute(
            update(RecordMerge).where(RecordMerge.id == merge_id)
            .values(undone_at=self.uow.now, undone_by=self.uow.actor.who)
        )
        owners: dict[str, dict[str, tuple[Any, Any]]] = {
            record_id: {"merge_undone": (kept_no, rec["display_no"])} for record_id in versions
        }
        owners[rec["id"]] = {"merged_into": (kept_no, None)}
        self._audit(owners, merged=rec["id"], action=AuditAction.UNMERGE)
        kept_id = _raw(session, "SELECT kept_id FROM record_merge WHERE id = ?",
                       (merge_id.hex,))[0]["kept_id"]
        return MergeDone(merge_id, kept_no, rec["display_no"],
                         self._numbers(owners, exclude=(kept_id, rec["id"])))

    def _audited_digest(self, merged_id: uuid.UUID) -> str | None:
        """The snapshot hash in the merge's audit entry (None when its payload was erased)."""
        rows = _raw(self._session,
                    "SELECT p.payload FROM audit_entry e JOIN audit_payload p "
                    "ON p.entry_seq = e.seq WHERE e.record_id = ? AND e.action = ? "
                    "ORDER BY e.seq DESC LIMIT 1", (_hex(merged_id), AuditAction.MERGE.value))
        if not rows or rows[0]["payload"] is None:
            return None
        payload = json.loads(rows[0]["payload"])
        found = payload.get("merge_snapshot", {}).get("new")
        return str(found) if found else None

    def merged_into(self, record_id: uuid.UUID) -> str | None:
        """The display number of the record this one was merged into (None when not merged)."""
        rows = _raw(self._session,
                    "SELECT k.display_no FROM record r JOIN record k ON k.id = r.merged_into "
                    "WHERE r.id = ?", (_hex(record_id),))
        return str(rows[0]["display_no"]) if rows else None


class _Snapshot:
    """Rows as stored before the merge changed or removed them, and keys it created."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
        self.created: dict[str, list[dict[str, Any]]] = {}

    def keep(self, table: str, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        """Copy the matching rows (first copy wins: it is the state before the merge)."""
        rows = _raw(self.session, f'SELECT * FROM "{table}" WHERE {where}', params)
        kept = self.rows.setdefault(table, {})
        pk = _pk(table)
        for row in rows:
            kept.setdefault(tuple(row[c] for c in pk), row)
        return rows

    def created_or_dropped(self, repo: MergeRepository, table: str, old: dict[str, Any],
                           new: dict[str, Any], extra: dict[str, Any] | None = None) -> None:
        """Move a row of a link table whose key holds the re-pointed column.

        When the new key exists already (the same tag on both records) the old row is dropped;
        otherwise it is re-inserted under the new key, which undo deletes again.
        """
        where_new = " AND ".join(f'"{c}" = ?' for c in new)
        exists = repo._session.connection().exec_driver_sql(  # noqa: SLF001
            f'SELECT count(*) FROM "{table}" WHERE {where_new}', tuple(new.values())
        ).scalar_one()
        where_old = " AND ".join(f'"{c}" = ?' for c in old)
        repo._exec(f'DELETE FROM "{table}" WHERE {where_old}', list(old.values()))  # noqa: SLF001
        if not exists:
            values = {**new, **(extra or {})}
            names = ", ".join(f'"{c}"' for c in values)
            marks = ", ".join("?" * len(values))
            repo._exec(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',  # noqa: SLF001
                       list(values.values()))
            self.created.setdefault(table, []).append(new)

    def document(self) -> str:
        """The JSON kept for undo (stable order, so its hash is reproducible)."""
        return json.dumps(
            {
                "rows": {t: list(rows.values()) for t, rows in sorted(self.rows.items())},
                "created": self.created,
            },
            sort_keys=True,
            ensure_ascii=False,
        )
