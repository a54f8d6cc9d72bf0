"""The AVG access export (inzageverzoek): everything held on one person, as JSON and PDF.

Collected in one read transaction: the person's record (every field, positions, political facts,
tags, sources, retention), attachments (metadata; the bytes stay in the case file), the contact
moments they took part in (with their role), the risk notes about them, the decisions that
name them, records merged into them, and every audit entry about them (with the old and new
values still held). The command line and the desktop write the files and then call
`note_export`, which audits the export (who, which person, which files) in the chain.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from chinadossier.db import canonical
from chinadossier.db.privacy import PrivacyRepository
from chinadossier.domain.access import FORMAT, FORMAT_VERSION, AccessExport, AccessTable
from chinadossier.domain.codes import AuditAction, RecordKind
from chinadossier.domain.errors import NotFound
from chinadossier.domain.labels import label
from chinadossier.domain.local_time import moment_text
from chinadossier.domain.queries import ListQuery, Trash
from chinadossier.domain.records import PersonRecord
from chinadossier.services.context import ServiceContext


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return canonical.plain(value)


def _everything(service: Any, filters: dict[str, Any]) -> list[Any]:
    """Every record of a list matching the filters, the trash included (it is held too)."""
    items: list[Any] = []
    cursor: str | None = None
    while True:
        page = service.list(ListQuery(cursor=cursor, limit=500, trash=Trash.INCLUDE,
                                      filters=filters))
        items.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            return items


def person_name(p: PersonRecord) -> str:
    """The name as a reader writes it, Hanzi added."""
    latin = " ".join(x for x in (p.given_name, p.tussenvoegsel, p.family_name) if x)
    return f"{latin} ({p.hanzi})" if p.hanzi else latin


def _ref_label(ref: Any) -> str:
    return str(ref.label) if ref is not None else ""


def _d(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return moment_text(value)
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    return str(value)


class AccessService:
    """Collect and audit an access export."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def collect(self, person_id: uuid.UUID) -> AccessExport:
        """Everything held on the person (deleted or merged-away persons too)."""
        from chinadossier.services.dossier import Dossier

        d = Dossier(self.ctx)
        with self.ctx.uow(write=False) as uow:
            kinds = uow.records.live_kinds([person_id])
            if kinds.get(person_id, (None,))[0] is not RecordKind.PERSON:
                raise NotFound("Dit nummer hoort niet bij een persoon in het dossier.")
            repo = PrivacyRepository(uow)
            decision_ids = repo.decisions_naming(person_id)
            merged_ids = repo.merged_into(person_id)
            settings = uow.case_file.settings()
        person: PersonRecord = d.persons.get(person_id)
        meetings = _everything(d.meetings, {"person_id": person_id})
        risks = _everything(d.risk_notes, {"subject_id": person_id})
        decisions = d.decisions.get_many(decision_ids) if decision_ids else []
        merged = [d.persons.get(i) for i in merged_ids]
        attachments = d.attachments.list_for(person_id)
        history = []
        before: int | None = None
        while True:
            page = d.history.of_record(person_id, before_seq=before, limit=500)
            history += page
            if len(page) < 500:
                break
            before = page[-1].seq
        now = self.ctx.clock.now()
        owner = settings.own_authority.label
        name = person_name(person)
        m = person.meta
        facts = (
            ("Nummer", m.display_no),
            ("Achternaam", person.family_name),
            ("Voornaam", person.given_name or ""),
            ("Tussenvoegsel", person.tussenvoegsel or ""),
            ("Naamvolgorde", label(person.name_order)),
            ("Chinese naam", " ".join(x for x in (person.hanzi, person.pinyin) if x)),
            ("Andere namen", person.aliases or ""),
            ("E-mailadressen", "; ".join(person.emails)),
            ("Telefoonnummers", "; ".join(person.phones)),
            ("Postadressen", "; ".join(person.postal_addresses)),
            ("Notities", person.notes or ""),
            ("Trefwoorden", ", ".join(m.tags)),
            ("Bronnen", "; ".join(
                f"{s.display_no} {s.title}" + (f" ({s.locator})" if s.locator else "")
                for s in m.sources)),
            ("Classificatie", label(m.classification)),
            ("Bewaartermijn", label(m.retention_category)
             + (f" tot {_d(m.retention_on)}" if m.retention_on else "")),
            ("Vastgelegd", f"{_d(m.created_at)} door {m.created_by}"),
            ("Laatst gewijzigd", f"{_d(m.updated_at)} door {m.updated_by}"),
            ("In de prullenbak sinds", _d(m.deleted_at)),
        )
        tables = (
            AccessTable("Functies", ("Functie", "Bij", "Van", "Tot"), tuple(
                (p.title, _ref_label(p.organisation or p.authority), str(p.starts or ""),
                 str(p.ends or "")) for p in person.positions),
                (0.3, 0.4, 0.15, 0.15)),
            AccessTable("Politieke feiten (alleen openbaar gemaakt, met bron)",
                        ("Soort", "Feit", "Per", "Bron"), tuple(
                (label(f.fact_kind), f.text, _d(f.as_of), f.source.label)
                for f in person.political_facts), (0.2, 0.35, 0.12, 0.33)),
            AccessTable("Contactmomenten", ("Datum", "Nummer", "Onderwerp", "Rol"), tuple(
                (_d(mt.held_on), mt.meta.display_no, mt.title, "; ".join(
                    p.role or label(p.side) for p in mt.participants if p.party.id == person_id))
                for mt in meetings), (0.13, 0.17, 0.5, 0.2)),
            AccessTable("Risiconotities over deze persoon",
                        ("Nummer", "Titel", "Status", "Restrisico"), tuple(
                (r.meta.display_no, r.title, label(r.status), label(r.residual_level))
                for r in risks), (0.15, 0.5, 0.15, 0.2)),
            AccessTable("Besluiten die deze persoon noemen", ("Datum", "Nummer", "Titel", "Orgaan"),
                        tuple((_d(x.decided_on), x.meta.display_no, x.title, label(x.body))
                              for x in decisions), (0.13, 0.17, 0.5, 0.2)),
            AccessTable("Bijlagen", ("Bestand", "Soort", "Grootte", "Toegevoegd"), tuple(
                (a.file_name, a.media_type, f"{a.size} bytes", _d(a.added_at))
                for a in attachments), (0.4, 0.25, 0.15, 0.2)),
            AccessTable("Samengevoegde dubbele records", ("Nummer", "Naam"), tuple(
                (x.meta.display_no, person_name(x)) for x in merged), (0.2, 0.8)),
            AccessTable("Logboek (auditregels over deze persoon)",
                        ("Wanneer", "Door", "Handeling", "Velden"), tuple(
                (_d(h.at), h.actor, label(h.action),
                 "(inhoud gewist)" if h.erased else ", ".join(h.fields))
                for h in history), (0.17, 0.23, 0.2, 0.4)),
        )
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "generated_at": canonical.plain(now),
            "case_file_owner": owner,
            "person": _plain(person),
            "attachments": _plain(attachments),
            "contact_moments": _plain(meetings),
            "risk_notes": _plain(risks),
            "decisions": _plain(decisions),
            "merged_records": _plain(merged),
            "audit_entries": _plain(history),
        }
        intro = (
            f"Dit overzicht bevat alle gegevens die {owner} in Chinadossier over {name} "
            "vastlegt: de persoonsgegevens, functies, contactmomenten waaraan deze persoon "
            "deelnam, risiconotities en besluiten die deze persoon noemen, bijlagen en het "
            "logboek van wijzigingen (artikel 15 AVG). Het volledige, machineleesbare overzicht "
            "staat in het bijbehorende JSON-bestand."
        )
        return AccessExport(m.display_no, name, owner, now, intro, facts, tables, document)

    def note_export(self, export: AccessExport, files: list[str]) -> None:
        """Audit the export: which person, which files, by whom (in the chain)."""
        with self.ctx.uow() as uow:
            uow.event(AuditAction.EXPORT, what="inzageverzoek", person=export.person_no,
                      files=files)
            uow.commit()
