"""The `chinadossier` command line: options and sub-commands, every text in Dutch."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from chinadossier import __version__
from chinadossier.cli.dutch_argparse import DutchArgumentParser
from chinadossier.paths import DATA_DIR_ENV

PROG = "chinadossier"
MAX_SEARCH_LIMIT = 500

_DESCRIPTION = (
    "Chinadossier: het dossier van de banden van een Nederlandse gemeente of provincie\n"
    "met China. Elk dossier is één bestand (chinadossier.sqlite3) in de gegevensmap."
)
_EPILOG = (
    "Voorbeelden:\n"
    "  chinadossier init --authority GM0599\n"
    "  chinadossier demo --today 2026-11-29\n"
    "  chinadossier overview\n"
    "  chinadossier search nanjing\n"
    "  chinadossier backup\n"
    "\n"
    "Afsluitcodes: 0 gelukt, 1 mislukt of problemen gevonden, 2 verkeerde invoer."
)


def iso_date(text: str) -> dt.date:
    """An argparse type for JJJJ-MM-DD.

    Raises:
        argparse.ArgumentTypeError: With a Dutch message.
    """
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-29"
        ) from None


def dutch_date(text: str) -> dt.date:
    """An argparse type for a date as the import reads it: 2024-12-31, 31-12-2024,
    31 december 2024.

    Raises:
        argparse.ArgumentTypeError: With a Dutch message.
    """
    from chinadossier.interchange.dutch_dates import parse_date

    try:
        day = parse_date(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if day is None:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum")
    return day


#: The days a demo may be built for: its made-up records lie years before and after "today",
#: and every date a record may hold lies within 1900–2200 (issue 7.7).
DEMO_TODAY_RANGE = (dt.date(2000, 1, 1), dt.date(2150, 12, 31))


def demo_today(text: str) -> dt.date:
    """An argparse type for the demo's --today: a date JJJJ-MM-DD within DEMO_TODAY_RANGE.

    Raises:
        argparse.ArgumentTypeError: With a Dutch message naming the range.
    """
    value = iso_date(text)
    first, last = DEMO_TODAY_RANGE
    if not first <= value <= last:
        raise argparse.ArgumentTypeError(
            f"'{text}' ligt buiten {first.isoformat()} t/m {last.isoformat()}; het demodossier "
            "wordt rond die dag opgebouwd"
        )
    return value


def search_limit(text: str) -> int:
    """An argparse type for a number of search results (1 to 500).

    Raises:
        argparse.ArgumentTypeError: With a Dutch message.
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_SEARCH_LIMIT:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen geldig aantal; kies een geheel getal van 1 t/m {MAX_SEARCH_LIMIT}"
        )
    return value


def _add_location_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--data-dir and --db; accepted before and after the sub-command.

    On a sub-parser the defaults are suppressed, so an option given before the sub-command is
    not overwritten by the sub-parser's default.
    """
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir", metavar="MAP", default=default,
        help=f"gegevensmap met chinadossier.sqlite3, backups/ en logs/ (anders "
        f"${DATA_DIR_ENV}, anders de standaardmap van de gebruiker)",
    )
    parser.add_argument(
        "--db", metavar="PAD", default=default,
        help="werk met een ander dossierbestand (pad of sqlite:///-URL)",
    )


def _sub(subparsers: Any, name: str, help_text: str,
         handler: tuple[str, str]) -> argparse.ArgumentParser:
    """A sub-command; `handler` is (module in chinadossier.cli, function), imported on use."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
    )
    _add_location_options(parser, top=False)
    parser.set_defaults(handler=handler)
    return parser


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="uitvoer als JSON (UTF-8, Engelse sleutels en codes)")


def _file_commands(subparsers: Any) -> None:
    init = _sub(subparsers, "init", "maak een nieuw, leeg dossier aan",
                ("commands_file", "run_init"))
    init.add_argument("--authority", metavar="CODE|NAAM", required=True,
                      help="de eigen gemeente of provincie: CBS-code (GM0599, PV28) of naam "
                      "(Rotterdam, \"Den Haag\", \"provincie Utrecht\")")

    demo = _sub(subparsers, "demo",
                "maak een demodossier: de banden zijn echt (openbare bronnen), personen, "
                "contactmomenten, besluiten en risico's verzonnen en gemarkeerd als fictief",
                ("commands_file", "run_demo"))
    demo.add_argument("--authority", metavar="CODE|NAAM", default=None,
                      help="gemeente of provincie van het demodossier (code of naam; "
                      "standaard Rotterdam)")
    demo.add_argument("--today", metavar="DATUM", type=demo_today, default=None,
                      help="peildatum van de demogegevens (JJJJ-MM-DD); standaard vandaag")
    demo.add_argument("--reset", action="store_true",
                      help="vervang een bestaand demodossier door een nieuw")

    _sub(subparsers, "upgrade",
         "werk het dossier bij naar de opbouw van deze versie (eerst een back-up)",
         ("commands_file", "run_upgrade"))
    _sub(subparsers, "reindex",
         "bouw de zoekindex opnieuw op (als check zegt dat die niet klopt)",
         ("commands_file", "run_reindex"))


def _read_commands(subparsers: Any) -> None:
    overview = _sub(subparsers, "overview",
                    "toon de eigen overheid, aantallen, banden en kerncijfers",
                    ("commands_read", "run_overview"))
    _json_option(overview)

    search = _sub(subparsers, "search", "zoek in het dossier",
                  ("commands_search", "run_search"))
    search.add_argument("query", metavar="ZOEKTERM", nargs="+",
                        help="woorden die in elk resultaat moeten voorkomen")
    search.add_argument("--limit", metavar="N", type=search_limit, default=50,
                        help=f"hoogstens N resultaten (1 t/m {MAX_SEARCH_LIMIT}; standaard 50)")
    _json_option(search)

    _record_commands(subparsers)

    check = _sub(subparsers, "check", "controleer het dossierbestand",
                 ("commands_read", "run_check"))
    check.add_argument("--full", action="store_true",
                       help="grondige controle (leest het hele bestand; duurt langer)")
    check.add_argument("--against", metavar="BACKUP", default=None,
                       help="controleer ook dat het auditspoor de laatste regel van deze "
                            "back-up nog bevat (niet teruggezet of herschreven)")
    _json_option(check)


def _record_commands(subparsers: Any) -> None:
    from chinadossier.cli.commands_records_args import KIND_NAMES, list_kind

    listing = _sub(subparsers, "list", "toon de records van één soort",
                   ("commands_records", "run_list"))
    listing.add_argument("kind", metavar="SOORT", type=list_kind,
                         help=f"welke records: {', '.join(KIND_NAMES)}")
    listing.add_argument("--organisation", metavar="NUMMER", default=None,
                         help="alleen wat deze organisatie betreft (bijv. ORG-0003)")
    listing.add_argument("--person", metavar="NUMMER", default=None,
                         help="alleen wat deze persoon betreft (bijv. PER-0002)")
    listing.add_argument("--tie", metavar="NUMMER", default=None,
                         help="alleen wat deze band betreft (bijv. BAND-0001)")
    listing.add_argument("--overdue", action="store_true",
                         help="alleen acties met verstreken termijn of risico's met een "
                         "verlopen herbeoordeling")
    listing.add_argument("--limit", metavar="N", type=search_limit, default=50,
                         help=f"hoogstens N records (1 t/m {MAX_SEARCH_LIMIT}; standaard 50)")
    _json_option(listing)

    show = _sub(subparsers, "show", "toon één record met al zijn gegevens",
                ("commands_records", "run_show"))
    show.add_argument("number", metavar="NUMMER", help="het recordnummer, bijv. BAND-0001")
    _json_option(show)


def _backup_commands(subparsers: Any) -> None:
    backup = _sub(subparsers, "backup", "maak een back-up van het dossier",
                  ("commands_backup", "run_backup"))
    backup.add_argument("--out", metavar="MAP_OF_BESTAND", default=None,
                        help="map of bestandsnaam voor de back-up (standaard de back-upmap: "
                             "backups/ in de gegevensmap of de map uit de instellingen)")
    backup.add_argument("--force", action="store_true",
                        help="overschrijf een bestaand bestand bij --out BESTAND")

    anonymise = _sub(subparsers, "anonymise",
                     "anonimiseer een persoon (AVG): persoonsgegevens definitief gewist",
                     ("commands_anonymise", "run_anonymise"))
    anonymise.add_argument("number", metavar="NUMMER", help="het nummer van de persoon (PER-…)")
    anonymise.add_argument("--yes", action="store_true",
                           help="ja, anonimiseer (zonder --yes wordt alleen uitgelegd wat er "
                                "gebeurt)")

    listing = _sub(subparsers, "backups",
                   "toon de back-ups: datum, grootte, aantallen, gecontroleerd, bewaarreden",
                   ("commands_backup", "run_backups"))
    listing.add_argument("--in", dest="folder", metavar="MAP", default=None,
                         help="toon de back-ups in deze map (bijvoorbeeld een map van "
                              "backup --out) in plaats van de back-upmap")
    _json_option(listing)

    restore = _sub(subparsers, "restore",
                   "zet een back-up terug (het huidige dossier wordt eerst veiliggesteld)",
                   ("commands_backup", "run_restore"))
    restore.add_argument("backup", metavar="BACKUP", help="het back-upbestand")
    restore.add_argument("--accept-other-case-file", action="store_true",
                         help="zet ook een back-up van een ander dossier terug (anders geweigerd)")
    restore.add_argument("--accept-failed-check", action="store_true",
                         help="zet ook een back-up terug die de controle niet doorstaat")


def _interchange_commands(subparsers: Any) -> None:
    from chinadossier.cli.commands_records_args import KIND_NAMES, list_kind

    export = _sub(subparsers, "export",
                  "exporteer het hele dossier (JSON, zonder verlies) of één lijst (CSV, XLSX)",
                  ("commands_interchange", "run_export"))
    export.add_argument("--format", choices=["json", "csv", "xlsx"], default="json",
                        help="json: het hele dossier, ook bijlagen, audittrail en memo's "
                        "(standaard); csv (Excel, puntkomma) of xlsx: één lijst, met --type")
    export.add_argument("--type", metavar="SOORT", type=list_kind, default=None,
                        help=f"welke lijst (bij csv en xlsx): {', '.join(KIND_NAMES)}")
    export.add_argument("--organisation", metavar="NUMMER", default=None,
                        help="alleen wat deze organisatie betreft (bijv. ORG-0003)")
    export.add_argument("--person", metavar="NUMMER", default=None,
                        help="alleen wat deze persoon betreft (bijv. PER-0002)")
    export.add_argument("--tie", metavar="NUMMER", default=None,
                        help="alleen wat deze band betreft (bijv. BAND-0001)")
    export.add_argument("--text", metavar="WOORDEN", default=None,
                        help="alleen records waarin deze woorden voorkomen (zoals zoeken)")
    export.add_argument("--tag", metavar="TAG", default=None, help="alleen records met deze tag")
    export.add_argument("--classification", metavar="NIVEAU", default=None,
                        help="alleen records met deze classificatie (openbaar, intern, "
                        "vertrouwelijk)")
    export.add_argument("--since", metavar="DATUM", type=dutch_date, default=None,
                        help="alleen vanaf deze datum (31-12-2024 of 2024-12-31; de datum van "
                        "de lijst)")
    export.add_argument("--until", metavar="DATUM", type=dutch_date, default=None,
                        help="alleen tot en met deze datum (31-12-2024 of 2024-12-31)")
    export.add_argument("--overdue", action="store_true",
                        help="alleen acties met verstreken termijn of risico's met een "
                        "verlopen herbeoordeling")
    export.add_argument("--out", metavar="PAD", required=True, help="het exportbestand")
    export.add_argument("--force", "--overwrite", dest="overwrite", action="store_true",
                        help="vervang een bestaand bestand (anders geweigerd)")
    import_json = _sub(subparsers, "import-json",
                       "maak een nieuw dossier uit een JSON-export (nooit over een bestaand)",
                       ("commands_interchange", "run_import_json"))
    import_json.add_argument("file", metavar="BESTAND", help="het exportbestand (.json)")


def _memo_commands(subparsers: Any) -> None:
    memo = _sub(subparsers, "memo", "maak een briefingsnotitie (PDF of DOCX) en bewaar haar",
                ("commands_memo", "run_memo"))
    scope = memo.add_mutually_exclusive_group()
    scope.add_argument("--tie", metavar="NUMMER", default=None,
                       help="notitie over één band, bijv. BAND-0001 (standaard: eigen overheid)")
    scope.add_argument("--organisation", metavar="NUMMER", default=None,
                       help="notitie over één organisatie, bijv. ORG-0007")
    memo.add_argument("--from", dest="from_", metavar="DATUM", type=dutch_date, default=None,
                      help="begin van de periode (31-12-2024 of 2024-12-31; standaard een jaar "
                      "terug)")
    memo.add_argument("--to", metavar="DATUM", type=dutch_date, default=None,
                      help="einde van de periode (31-12-2024 of 2024-12-31; standaard vandaag)")
    memo.add_argument("--classification", required=True,
                      choices=("openbaar", "intern", "vertrouwelijk"),
                      help="classificatie van de notitie; hoger geclassificeerde gegevens "
                      "worden weggelaten")
    memo.add_argument("--format", choices=("pdf", "docx"), default=None,
                      help="bestandsformaat (standaard volgens de extensie van --out, anders pdf)")
    memo.add_argument("--aan", metavar="TEKST", default=None, help="geadresseerde")
    memo.add_argument("--van", metavar="TEKST", default=None,
                      help="afzender (ook auteur in de PDF)")
    memo.add_argument("--onderwerp", metavar="TEKST", default=None, help="onderwerp")
    memo.add_argument("--out", metavar="PAD", required=True,
                      help="het bestand dat gemaakt wordt")
    memo.add_argument("--overwrite", action="store_true",
                      help="vervang een bestaand bestand (anders geweigerd)")
    memos = _sub(subparsers, "memos", "toon de gemaakte briefingsnotities",
                 ("commands_memo", "run_memos"))
    _json_option(memos)


def _import_command(subparsers: Any) -> None:
    imp = _sub(subparsers, "import",
               "importeer organisaties, personen, banden, contactmomenten, besluiten of risico's "
               "uit CSV of Excel (.xlsx)",
               ("commands_import", "run_import"))
    imp.add_argument("file", metavar="BESTAND", help="het CSV- of XLSX-bestand")
    imp.add_argument("--type", choices=["organisaties", "personen", "banden", "contactmomenten",
                                        "besluiten", "risicos"],
                     default=None, help="wat het bestand bevat (anders afgeleid uit de kolommen)")
    imp.add_argument("--sheet", metavar="WERKBLAD", default=None,
                     help="het werkblad (xlsx; anders het eerste met een kopregel)")
    imp.add_argument("--header-row", metavar="N", type=_positive_row, default=None,
                     help="het rijnummer van de kopregel (anders de eerste rij met bekende "
                     "kolomnamen; titelregels erboven worden overgeslagen)")
    imp.add_argument("--encoding", metavar="CODERING", default=None,
                     help="tekencodering van een CSV-bestand (anders UTF-8 of Windows-1252)")
    imp.add_argument("--map", metavar="KOLOM=VELD", action="append", default=None,
                     help="wijs een kolom toe aan een veld (herhaalbaar; VELD '-' slaat hem over)")
    imp.add_argument("--dry-run", action="store_true",
                     help="toon alleen wat er zou gebeuren; schrijf niets")
    imp.add_argument("--accept-partial", action="store_true",
                     help="importeer de goede rijen ook als er rijen zijn afgewezen")
    imp.add_argument("--duplicates", choices=["overslaan", "nieuw", "samenvoegen"],
                     default="overslaan",
                     help="wat er gebeurt met een rij die mogelijk dubbel is (lijkt op een "
                     "bestaand record): overslaan (standaard), nieuw (als nieuw record "
                     "toevoegen) of samenvoegen (met het record: lege velden en lijsten krijgen "
                     "de waarden van de rij, andere velden houden die van het record)")
    _json_option(imp)


def _merge_commands(subparsers: Any) -> None:
    dup = _sub(subparsers, "duplicates",
               "toon mogelijke dubbele organisaties en personen (Hanzi, pinyin, spelling)",
               ("commands_merge", "run_duplicates"))
    dup.add_argument("--type", choices=["organisaties", "personen"], default=None,
                     help="alleen deze soort (standaard beide)")
    dup.add_argument("--limit", metavar="N", type=search_limit, default=50,
                     help=f"hoogstens N paren per soort (1 t/m {MAX_SEARCH_LIMIT}; standaard 50)")
    _json_option(dup)
    merge = _sub(subparsers, "merge",
                 "voeg record B samen met record A (A blijft; eerst een back-up; ongedaan te "
                 "maken met unmerge)", ("commands_merge", "run_merge"))
    merge.add_argument("a", metavar="NUMMER_A", help="het record dat blijft, bijv. PER-0001")
    merge.add_argument("b", metavar="NUMMER_B", help="het dubbele record, bijv. PER-0007")
    merge.add_argument("--keep", metavar="VELD=a|b|both", action="append", default=None,
                       help="welke waarde een veld krijgt (herhaalbaar; standaard de ingevulde "
                       "of nieuwste; notities van beide: notes=both, de standaard)")
    merge.add_argument("--dry-run", action="store_true",
                       help="toon alleen de voorvertoning; schrijf niets")
    unmerge = _sub(subparsers, "unmerge",
                   "maak het samenvoegen van een record ongedaan (beide records en hun "
                   "koppelingen weer precies als ervoor)", ("commands_merge", "run_unmerge"))
    unmerge.add_argument("number", metavar="NUMMER",
                         help="het samengevoegde (verdwenen) record, bijv. PER-0007")


def _avg_commands(subparsers: Any) -> None:
    export = _sub(subparsers, "person-export",
                  "inzageverzoek (AVG art. 15): alles over één persoon als JSON en/of PDF",
                  ("commands_avg", "run_person_export"))
    export.add_argument("number", metavar="NUMMER", help="de persoon, bijv. PER-0003")
    export.add_argument("--out", metavar="PAD", required=True,
                        help="het bestand: .json of .pdf (zonder die extensie: allebei)")
    export.add_argument("--format", choices=("json", "pdf", "beide"), default=None,
                        help="formaat (standaard volgens de extensie van --out)")
    export.add_argument("--overwrite", action="store_true",
                        help="vervang bestaande bestanden (anders geweigerd)")
    retention = _sub(subparsers, "retention",
                     "bewaartermijnen: aantallen per soort en wat te vernietigen is",
                     ("commands_avg", "run_retention"))
    retention.add_argument("--apply-defaults", action="store_true",
                           help="leg bij records met 'nog te bepalen' de voorgestelde "
                           "bewaartermijn vast (eerst een back-up)")
    _json_option(retention)
    destroy = _sub(subparsers, "destroy",
                   "vernietig records waarvan de bewaartermijn verstreken is (eerst een back-up)",
                   ("commands_avg", "run_destroy"))
    destroy.add_argument("numbers", metavar="NUMMER", nargs="+", help="bijv. PER-0007")
    destroy.add_argument("--yes", action="store_true",
                         help="echt vernietigen (zonder: alleen controleren)")


def build_parser() -> argparse.ArgumentParser:
    """The complete parser.

    Returns:
        A parser whose namespace has `handler` ((module, function) of the command, None when no
        sub-command was given), `command`, `data_dir`, `db` and the sub-command's options. The
        command modules are imported only when they run: they pull in the services (SQLAlchemy,
        Alembic), which `--help`, `--version` and a usage error do not need.
    """
    parser = DutchArgumentParser(
        prog=PROG, description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help="toon het versienummer en stop")
    _add_location_options(parser, top=True)
    parser.set_defaults(handler=None)
    subparsers = parser.add_subparsers(title="opdrachten", dest="command", metavar="OPDRACHT")
    _file_commands(subparsers)
    _read_commands(subparsers)
    _backup_commands(subparsers)
    _interchange_commands(subparsers)
    _import_command(subparsers)
    _memo_commands(subparsers)
    _merge_commands(subparsers)
    _avg_commands(subparsers)
    gui = _sub(subparsers, "gui", "open de desktopapplicatie (ook zonder opdracht)",
               ("commands_gui", "run_gui"))
    _lang_option(gui, top=False)
    _lang_option(parser, top=True)
    return parser


def _lang_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--lang for the desktop application (before or after `gui`)."""
    parser.add_argument("--lang", choices=("nl", "en"), default=None if top else argparse.SUPPRESS,
                        help="taal van de desktopapplicatie: nl (standaard) of en")


def _positive_row(text: str) -> int:
    """A row number for --header-row: a whole number from 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is geen rijnummer (1 of hoger)")
    return number
