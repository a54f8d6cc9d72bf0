"""Anonymise a person (AVG): `chinadossier anonymise NUMMER --yes`."""

from __future__ import annotations

import argparse

from chinadossier.cli.runtime import Runtime
from chinadossier.domain import plural
from chinadossier.domain.errors import UsageError
from chinadossier.services import anonymise
from chinadossier.services.dossier import Dossier

WHAT_HAPPENS = (
    "Anonimiseren verwijdert de persoonsgegevens van {who} ({number}) definitief uit het "
    "dossierbestand: naam, Chinese naam, pinyin, aliassen, notities, e-mail, telefoon, adres, "
    "functies, politieke gegevens, bijlagen en koppelingen, en de oude waarden in het "
    "auditspoor en de zoekindex. Contactmomenten, besluiten en risico's blijven en tonen "
    "'geanonimiseerde persoon'. Het wisregister legt vast dat (niet wat) er gewist is, zodat "
    "het ook na het terugzetten van een oudere back-up weer gebeurt. Dit kan niet ongedaan "
    "worden gemaakt."
)


def run_anonymise(args: argparse.Namespace, rt: Runtime) -> int:
    """Anonymise one person after an explicit --yes.

    Returns:
        0 when anonymised (or already anonymised), 1 when --yes was missing (nothing changed).
    """
    path = rt.require_case_file()
    with Dossier.open(path, clock=rt.clock, actor=rt.actor) as dossier:
        record = anonymise.find_person(dossier.ctx, args.number)
        if record is None:
            raise UsageError(f"Er is geen persoon met nummer {args.number}.")
        if not args.yes:
            rt.out.message(WHAT_HAPPENS.format(who=record.display_name,
                                               number=record.meta.display_no))
            rt.out.message("Er is niets gewijzigd. Herhaal met --yes om te anonimiseren.")
            return 1
        done = anonymise.anonymise(dossier.ctx, record.meta.id)
        if not done.already:  # the ledger copy also beside this run's backups (--data-dir)
            from chinadossier.cli.commands_backup import backup_place

            anonymise.mirror_ledger(path, anonymise.ledger(dossier.ctx),
                                    backup_place(rt).folder)
    if done.already:
        rt.out.result(f"{done.display_no} was al geanonimiseerd; er is niets gewijzigd.")
        return 0
    removed = plural.form(done.deleted_rows, "onderdeel (functie, koppeling of bijlage)",
                          "onderdelen (functies, koppelingen en bijlagen)")
    rt.out.result(f"{done.display_no} is geanonimiseerd: "
                  f"{plural.count(done.payloads, 'oude waarde', 'oude waarden')} uit het "
                  f"auditspoor gewist, {done.deleted_rows} {removed} verwijderd.")
    if done.scrubbed:
        rt.out.result("De oude gegevens zijn ook uit de vrije ruimte van het bestand en uit het "
                      "WAL-bestand verwijderd.")
    else:
        rt.out.message("Let op: een ander programma had het dossier open; de oude bytes worden "
                       "bij de volgende anonimisering opgeruimd. Sluit andere vensters.")
    rt.out.result("Oudere back-ups bevatten de gegevens nog tot ze volgens het bewaarschema "
                  "worden opgeruimd; wordt er een teruggezet, dan wordt deze persoon opnieuw "
                  "geanonimiseerd.")
    return 0
