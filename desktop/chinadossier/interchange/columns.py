"""Which column holds which field: Dutch and English column names, per kind of import.

The synonym lists are the documented vocabulary (docs/import.md); a header is matched after
folding case, accents, punctuation and spaces ("E-mailadres" = "emailadres" = "E-mail adres").
Columns no list knows are reported, and the user assigns them (`--map "Kolom=veld"`, the
wizard's mapping page) or leaves them out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from chinadossier.interchange.errors import UnreadableFile


class ImportKind(StrEnum):
    """What one file holds; the value is the Dutch plural used on the command line."""

    ORGANISATIONS = "organisaties"
    PERSONS = "personen"
    TIES = "banden"
    MEETINGS = "contactmomenten"
    DECISIONS = "besluiten"
    RISKS = "risicos"


@dataclass(frozen=True, slots=True)
class ImportField:
    """A field an import row can fill."""

    name: str
    label: str
    synonyms: tuple[str, ...]
    required: bool = False


def _f(name: str, label: str, *synonyms: str, required: bool = False) -> ImportField:
    return ImportField(name, label, (label, name, *synonyms), required)


_COMMON = (
    _f("classification", "Classificatie", "rubricering", "vertrouwelijkheid", "classification"),
    _f("tags", "Tags", "labels", "trefwoorden", "tag"),
    _f("notes", "Opmerkingen", "opmerking", "notities", "notitie", "toelichting", "notes",
       "remarks", "comments", "bijzonderheden"),
)

FIELDS: Mapping[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.ORGANISATIONS: (
        _f("name", "Naam", "organisatie", "organisatienaam", "naam organisatie", "name",
           "organisation", "organization", "nederlandse naam", required=True),
        _f("name_en", "Engelse naam", "english name", "naam engels"),
        _f("hanzi", "Chinese naam", "hanzi", "chinees", "naam chinees", "chinese name",
           "chinese karakters", "karakters"),
        _f("pinyin", "Pinyin", "romanisatie"),
        _f("org_kind", "Soort", "type", "soort organisatie", "categorie", "kind"),
        _f("place", "Plaats", "stad", "city", "place", "vestigingsplaats", "locatie"),
        _f("province", "Provincie", "province", "regio"),
        _f("website", "Website", "url", "internet", "webadres", "site"),
        _f("email", "E-mailadres", "email", "e-mail", "mail", "emailadres"),
        _f("phone", "Telefoon", "telefoonnummer", "tel", "phone", "telephone"),
        _f("address", "Adres", "postadres", "address", "bezoekadres"),
        *_COMMON,
    ),
    ImportKind.PERSONS: (
        _f("name", "Naam", "volledige naam", "name", "full name", "contactpersoon", "persoon"),
        _f("family_name", "Achternaam", "familienaam", "family name", "last name", "surname"),
        _f("given_name", "Voornaam", "roepnaam", "given name", "first name"),
        _f("tussenvoegsel", "Tussenvoegsel", "tussenv"),
        _f("hanzi", "Chinese naam", "hanzi", "chinees", "naam chinees", "chinese name"),
        _f("pinyin", "Pinyin", "romanisatie"),
        _f("organisation", "Organisatie", "werkgever", "instelling", "organisation",
           "organization", "company", "bedrijf"),
        _f("position", "Functie", "rol", "titel", "function", "position", "job title", "title"),
        _f("email", "E-mailadres", "email", "e-mail", "mail", "emailadres"),
        _f("phone", "Telefoon", "telefoonnummer", "tel", "mobiel", "phone", "telephone",
           "mobile"),
        _f("address", "Adres", "postadres", "address"),
        _f("last_contact", "Laatste contact", "laatst gesproken", "datum laatste contact",
           "last contact"),
        *_COMMON,
    ),
    ImportKind.TIES: (
        _f("authority", "Gemeente", "provincie", "overheid", "eigen overheid", "authority"),
        _f("partner", "Partner", "partnerstad", "partnerprovincie", "partnerorganisatie",
           "organisatie", "partner city", required=True),
        _f("partner_hanzi", "Chinese naam", "hanzi", "chinees"),
        _f("tie_type", "Soort", "type", "soort band", "type band", required=True),
        _f("status", "Status"),
        _f("starts", "Sinds", "begindatum", "start", "startdatum", "since", "vanaf"),
        _f("signed", "Getekend", "ondertekend", "datum ondertekening", "signed"),
        _f("ends", "Einddatum", "beëindigd", "einde", "ended", "tot"),
        _f("title", "Titel", "naam band", "title"),
        _f("description", "Omschrijving", "beschrijving", "description"),
        *_COMMON,
    ),
    ImportKind.MEETINGS: (
        _f("held_on", "Datum", "datum contact", "date", "gehouden op", required=True),
        _f("title", "Onderwerp", "titel", "subject", "title", "omschrijving", required=True),
        _f("meeting_kind", "Soort", "type", "soort contact", "kind"),
        _f("direction", "Richting", "direction", "inkomend/uitgaand"),
        _f("start_time", "Tijd", "aanvang", "time", "begintijd"),
        _f("place", "Plaats", "locatie", "place", "city", "stad"),
        _f("province", "Provincie", "province"),
        _f("summary", "Samenvatting", "verslag", "summary", "toelichting"),
        _f("topics", "Onderwerpen", "thema's", "themas", "topics"),
        _f("organisations", "Organisatie", "organisaties", "organisation", "organisations",
           "delegatie"),
        _f("persons", "Personen", "deelnemers", "contactpersonen", "participants", "persons"),
        _f("ties", "Band", "banden", "stedenband", "gekoppelde band", "tie", "ties"),
        _f("gifts", "Geschenken", "relatiegeschenk", "gift", "gifts", "relatiegeschenken"),
        _f("gift_value", "Waarde geschenk", "waarde", "gift value"),
        *_COMMON,
    ),
    ImportKind.DECISIONS: (
        _f("decided_on", "Datum", "besluitdatum", "date", "vergaderdatum", required=True),
        _f("title", "Titel", "onderwerp", "title", "subject", required=True),
        _f("body", "Orgaan", "bestuursorgaan", "body"),
        _f("decision_kind", "Soort", "type", "soort besluit", "kind"),
        _f("outcome", "Uitkomst", "resultaat", "outcome", "status"),
        _f("reference", "Kenmerk", "referentie", "nummer", "reference", "zaaknummer"),
        _f("summary", "Samenvatting", "toelichting", "summary", "inhoud"),
        _f("votes_for", "Stemmen voor", "voor", "votes for"),
        _f("votes_against", "Stemmen tegen", "tegen", "votes against"),
        _f("links", "Betreft", "band", "banden", "organisatie", "organisaties", "koppeling",
           "gekoppeld aan", "related to", "links"),
        *_COMMON,
    ),
    ImportKind.RISKS: (
        _f("title", "Titel", "risico", "omschrijving risico", "title", "risk", required=True),
        _f("category", "Categorie", "risicocategorie", "category", "code", required=True),
        _f("subject", "Betreft", "onderwerp", "organisatie", "band", "subject"),
        _f("description", "Beschrijving", "omschrijving", "description"),
        _f("inherent_likelihood", "Kans bruto", "kans", "bruto kans", "likelihood"),
        _f("inherent_impact", "Impact bruto", "impact", "bruto impact"),
        _f("residual_likelihood", "Kans netto", "netto kans", "restkans"),
        _f("residual_impact", "Impact netto", "netto impact", "restimpact"),
        _f("measures", "Maatregelen", "beheersmaatregelen", "measures"),
        _f("owner", "Eigenaar", "risico-eigenaar", "owner"),
        _f("treatment", "Behandeling", "treatment"),
        _f("status", "Status"),
        _f("next_review_on", "Volgende review", "herbeoordeling", "next review"),
        *_COMMON,
    ),
}


#: Which import fields fill a draft field whose name differs from theirs (the first that the
#: file has names the column of a service's refusal): "family_name" comes from "Naam".
DRAFT_FIELD_SOURCES: Mapping[str, tuple[str, ...]] = {
    "family_name": ("family_name", "name"),
    "given_name": ("given_name", "name"),
    "tussenvoegsel": ("tussenvoegsel", "name"),
    "name_order": ("name", "family_name"),
    "name_nl": ("name",),
    "emails": ("email",),
    "phones": ("phone",),
    "postal_addresses": ("address",),
    "positions": ("position", "organisation"),
    "place_adcode": ("place", "province"),
    "place_text": ("place",),
    "organisation_id": ("partner",),
    "authority_id": ("authority",),
    "subject_id": ("subject",),
    "category_code": ("category",),
    "link_ids": ("links",),
    "tie_ids": ("links", "ties"),
    "participants": ("persons", "organisations"),
    "gift_value_cents": ("gift_value",),
    "description": ("description", "notes"),
}


def fold(text: str) -> str:
    """A header or value folded for matching: no accents, case, punctuation or spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "", plain)


def field_names(kind: ImportKind) -> tuple[str, ...]:
    """The field names a column can be mapped to (for `--map` and the wizard)."""
    return tuple(f.name for f in FIELDS[kind])


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Column index → field name, and what could not be mapped."""

    kind: ImportKind
    fields: Mapping[int, str]
    unknown: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    """Labels of required fields no column provides."""
    duplicates: tuple[str, ...] = field(default=())
    """Fields two columns claim (the first column wins)."""

    def column_of(self, field_name: str) -> int | None:
        """The column that holds a field, if any."""
        for column, name in self.fields.items():
            if name == field_name:
                return column
        return None


def parse_overrides(pairs: Iterable[str]) -> dict[str, str]:
    """`--map "Kolom=veld"` arguments as {column header: field name} (field "-" ignores it).

    Raises:
        UnreadableFile: an argument without "=".
    """
    result = {}
    for pair in pairs:
        column, sep, name = pair.partition("=")
        if not sep or not column.strip() or not name.strip():
            raise UnreadableFile(f"--map '{pair}': schrijf het als \"Kolom=veld\".")
        result[column.strip()] = name.strip()
    return result


def map_columns(
    header: tuple[str, ...], kind: ImportKind, overrides: Mapping[str, str] | None = None
) -> ColumnMapping:
    """Match a header row to the kind's fields; `overrides` name the field for a column.

    Raises:
        UnreadableFile: an override names an unknown column or field.
    """
    fields = FIELDS[kind]
    by_synonym = {fold(s): f.name for f in fields for s in f.synonyms}
    names = {f.name for f in fields}
    overrides = dict(overrides or {})
    folded_header = {fold(h): i for i, h in enumerate(header) if h}
    mapping: dict[int, str] = {}
    ignored: set[int] = set()
    for column_name, field_name in overrides.items():
        index = folded_header.get(fold(column_name))
        if index is None:
            raise UnreadableFile(f"--map: het bestand heeft geen kolom '{column_name}'.")
        if field_name == "-":
            ignored.add(index)
            continue
        if field_name not in names:
            raise UnreadableFile(
                f"--map: '{field_name}' is geen veld voor {kind.value}; "
                f"kies uit: {', '.join(sorted(names))}."
            )
        mapping[index] = field_name
    unknown: list[str] = []
    duplicates: list[str] = []
    for index, name in enumerate(header):
        if not name or index in mapping or index in ignored:
            continue
        matched = by_synonym.get(fold(name))
        if matched is None:
            unknown.append(name)
        elif matched in mapping.values():
            duplicates.append(name)
        else:
            mapping[index] = matched
    missing = tuple(f.label for f in fields if f.required and f.name not in mapping.values())
    # A person needs a name in one of its forms.
    if kind is ImportKind.PERSONS and not {"name", "family_name", "hanzi"} & set(mapping.values()):
        missing = (*missing, "Naam (of Achternaam, of Chinese naam)")
    return ColumnMapping(kind, dict(sorted(mapping.items())), tuple(unknown), missing,
                         tuple(duplicates))


def detect_kind(header: tuple[str, ...]) -> ImportKind | None:
    """The kind whose fields the header matches best (None when nothing fits clearly).

    A kind whose required columns are all there wins; among those, the one with the most
    columns named by their own label ("Onderwerp" is a meeting's label, only a synonym for a
    decision), then the most columns matched at all.
    """
    folded = {fold(h) for h in header if h}
    scores = []
    for kind in ImportKind:
        mapping = map_columns(header, kind)
        exact = sum(1 for f in FIELDS[kind] if fold(f.label) in folded)
        scores.append(((0 if mapping.missing else 1, exact, len(mapping.fields)), kind))
    scores.sort(key=lambda item: item[0], reverse=True)
    best_score, best_kind = scores[0]
    if best_score[0] == 0 or best_score[2] == 0:
        return None
    if scores[1][0] == best_score:
        return None  # a tie: the user must say which
    return best_kind
