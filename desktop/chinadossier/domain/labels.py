"""Human labels (Dutch first, English second) for every stored code; used by CLI, memo and UI.

Stored values are the stable English codes of :mod:`chinadossier.domain.codes`; this module is the
single place where they become words (DOMAIN.md §3, §4). It is pure Python and Qt-free.

Note on wording: a risk *level* is "niveau" in Dutch, never "band", because "band" means a tie.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final, Literal, TypeVar

from chinadossier.domain import codes
from chinadossier.domain.codes import (
    ActionStatus,
    AuditAction,
    AuthorityKind,
    Classification,
    DatePrecision,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    KnowledgeStrength,
    MeetingKind,
    NameOrder,
    OrganisationKind,
    ParticipantSide,
    PoliticalFactKind,
    RecordKind,
    RetentionCategory,
    RiskLevel,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)

__all__ = [
    "FIELD_LABELS",
    "DRAFT_FIELD_ALIASES",
    "LANGUAGES",
    "RISK_IMPACT",
    "RISK_LIKELIHOOD",
    "Language",
    "all_enums",
    "choices",
    "enum_label",
    "field_label",
    "format_cents",
    "label",
    "parse_label",
    "tie_type_label",
]

Language = Literal["nl", "en"]
"""Interface language: Dutch (default) or English."""

LANGUAGES: Final[tuple[Language, ...]] = ("nl", "en")

_E = TypeVar("_E", bound=StrEnum)

# Per enum class: (nl, en) name of the enum itself, used in messages and column headers.
_ENUM_NAMES: Final[Mapping[type[StrEnum], tuple[str, str]]] = MappingProxyType(
    {
        Classification: ("classificatie", "classification"),
        RecordKind: ("soort record", "record kind"),
        AuthorityKind: ("soort overheid", "authority kind"),
        OrganisationKind: ("soort organisatie", "organisation kind"),
        NameOrder: ("naamvolgorde", "name order"),
        PoliticalFactKind: ("soort politiek gegeven", "kind of political fact"),
        TieType: ("soort band", "type of tie"),
        TieStatus: ("status van de band", "status of the tie"),
        MeetingKind: ("soort contactmoment", "kind of contact moment"),
        Direction: ("richting", "direction"),
        ParticipantSide: ("kant", "side"),
        ActionStatus: ("status van de actie", "status of the action"),
        DecisionBody: ("orgaan", "decision body"),
        DecisionKind: ("soort besluit", "kind of decision"),
        DecisionOutcome: ("uitkomst", "outcome"),
        Treatment: ("behandeling", "treatment"),
        RiskStatus: ("status van het risico", "status of the risk"),
        KnowledgeStrength: ("sterkte van kennis", "strength of knowledge"),
        RiskLevel: ("niveau", "level"),
        DatePrecision: ("datumprecisie", "date precision"),
        RetentionCategory: ("bewaarcategorie", "retention category"),
        AuditAction: ("handeling", "audit action"),
    }
)

# Per enum class, per member: (nl, en) label.
_LABELS: Final[Mapping[type[StrEnum], Mapping[StrEnum, tuple[str, str]]]] = MappingProxyType(
    {
        Classification: {
            Classification.PUBLIC: ("Openbaar", "Public"),
            Classification.INTERNAL: ("Intern", "Internal"),
            Classification.CONFIDENTIAL: ("Vertrouwelijk", "Confidential"),
        },
        RecordKind: {
            RecordKind.AUTHORITY: ("Nederlandse overheid", "Dutch authority"),
            RecordKind.ORGANISATION: ("organisatie", "organisation"),
            RecordKind.PERSON: ("persoon", "person"),
            RecordKind.TIE: ("band", "tie"),
            RecordKind.MEETING: ("contactmoment", "contact moment"),
            RecordKind.ACTION: ("actie", "action"),
            RecordKind.DECISION: ("besluit", "decision"),
            RecordKind.RISK_NOTE: ("risiconotitie", "risk note"),
            RecordKind.RISK_CATEGORY: ("risicocategorie", "risk category"),
            RecordKind.SOURCE: ("bron", "source"),
            RecordKind.MEMO: ("briefingsnotitie", "briefing memo"),
        },
        AuthorityKind: {
            AuthorityKind.MUNICIPALITY: ("gemeente", "municipality"),
            AuthorityKind.PROVINCE: ("provincie", "province"),
        },
        OrganisationKind: {
            OrganisationKind.GOVERNMENT: ("overheid", "government"),
            OrganisationKind.FOREIGN_AFFAIRS_OFFICE: (
                "buitenlandbureau (外办)",
                "foreign affairs office (外办)",
            ),
            OrganisationKind.PARTY_BODY: ("partijorgaan", "party body"),
            OrganisationKind.UNITED_FRONT_OR_FRIENDSHIP_ORG: (
                "eenheidsfront- of vriendschapsorganisatie",
                "United Front or friendship organisation",
            ),
            OrganisationKind.TRADE_PROMOTION_BODY: (
                "handelsbevorderingsorganisatie",
                "trade promotion body",
            ),
            OrganisationKind.SOE: ("staatsbedrijf", "state-owned enterprise"),
            OrganisationKind.PRIVATE_COMPANY: ("privébedrijf", "private company"),
            OrganisationKind.KNOWLEDGE_INSTITUTION: ("kennisinstelling", "knowledge institution"),
            OrganisationKind.MEDIA: ("media", "media"),
            OrganisationKind.DIASPORA_ORG: ("diaspora-organisatie", "diaspora organisation"),
            OrganisationKind.OTHER: ("overig", "other"),
        },
        NameOrder: {
            NameOrder.FAMILY_FIRST: ("familienaam eerst", "family name first"),
            NameOrder.GIVEN_FIRST: ("voornaam eerst", "given name first"),
        },
        PoliticalFactKind: {
            PoliticalFactKind.PARTY_MEMBERSHIP: ("partijlidmaatschap", "party membership"),
            PoliticalFactKind.PARTY_POST: ("partijfunctie", "party post"),
            PoliticalFactKind.OTHER_POLITICAL: ("andere politieke functie", "other political post"),
        },
        TieType: {
            TieType.SISTER_CITY: ("zusterstad", "sister city"),
            TieType.CITY_PARTNERSHIP: ("stedenband", "city partnership"),
            TieType.FRIENDSHIP: ("vriendschapsband", "friendship tie"),
            TieType.MOU: ("Memorandum of Understanding", "Memorandum of Understanding"),
            TieType.LETTER_OF_INTENT: ("intentieverklaring", "letter of intent"),
            TieType.ECONOMIC: ("economische samenwerking", "economic cooperation"),
            TieType.KNOWLEDGE: ("kennissamenwerking", "knowledge cooperation"),
            TieType.OTHER: ("overig", "other"),
            TieType.UNKNOWN: ("onbekend", "unknown"),
        },
        TieStatus: {
            TieStatus.PREPARATION: ("in voorbereiding", "in preparation"),
            TieStatus.ACTIVE: ("actief", "active"),
            TieStatus.DORMANT: ("slapend", "dormant"),
            TieStatus.SUSPENDED: ("opgeschort", "suspended"),
            TieStatus.ENDED: ("beëindigd", "ended"),
            TieStatus.UNKNOWN: ("onbekend", "unknown"),
        },
        MeetingKind: {
            MeetingKind.WORKING_VISIT: ("werkbezoek", "working visit"),
            MeetingKind.DELEGATION: ("delegatie", "delegation"),
            MeetingKind.TRADE_MISSION: ("handelsmissie", "trade mission"),
            MeetingKind.RECEPTION: ("ontvangst", "reception"),
            MeetingKind.VIDEO_CALL: ("videogesprek", "video call"),
            MeetingKind.CORRESPONDENCE: ("e-mail/brief", "e-mail/letter"),
            MeetingKind.CONFERENCE: ("conferentie", "conference"),
            MeetingKind.OTHER: ("overig", "other"),
        },
        Direction: {
            Direction.INCOMING: ("inkomend", "incoming"),
            Direction.OUTGOING: ("uitgaand", "outgoing"),
            Direction.NEUTRAL: ("neutraal", "neutral"),
        },
        ParticipantSide: {
            ParticipantSide.OURS: ("onze kant", "our side"),
            ParticipantSide.THEIRS: ("hun kant", "their side"),
        },
        ActionStatus: {
            ActionStatus.OPEN: ("open", "open"),
            ActionStatus.DONE: ("afgerond", "done"),
            ActionStatus.CANCELLED: ("vervallen", "cancelled"),
        },
        DecisionBody: {
            DecisionBody.COUNCIL: ("gemeenteraad", "municipal council"),
            DecisionBody.EXECUTIVE: ("college van B&W", "municipal executive"),
            DecisionBody.MAYOR: ("burgemeester", "mayor"),
            DecisionBody.PROVINCIAL_COUNCIL: ("Provinciale Staten", "provincial council"),
            DecisionBody.PROVINCIAL_EXECUTIVE: ("Gedeputeerde Staten", "provincial executive"),
        },
        DecisionKind: {
            DecisionKind.COUNCIL_DECISION: ("raadsbesluit", "council decision"),
            DecisionKind.EXECUTIVE_DECISION: ("collegebesluit", "executive decision"),
            DecisionKind.MOTION: ("motie", "motion"),
            DecisionKind.AMENDMENT: ("amendement", "amendment"),
            DecisionKind.COUNCIL_QUESTIONS: ("raadsvragen", "council questions"),
            DecisionKind.COMMITMENT: ("toezegging", "commitment"),
            DecisionKind.COUNCIL_INFORMATION_LETTER: (
                "raadsinformatiebrief",
                "council information letter",
            ),
        },
        DecisionOutcome: {
            DecisionOutcome.ADOPTED: ("aangenomen", "adopted"),
            DecisionOutcome.REJECTED: ("verworpen", "rejected"),
            DecisionOutcome.WITHDRAWN: ("ingetrokken", "withdrawn"),
            DecisionOutcome.NOT_APPLICABLE: ("n.v.t.", "not applicable"),
        },
        Treatment: {
            Treatment.OPEN: ("open", "open"),
            Treatment.MITIGATE: ("mitigeren", "mitigate"),
            Treatment.ACCEPT: ("accepteren", "accept"),
            Treatment.AVOID: ("vermijden", "avoid"),
            Treatment.TRANSFER: ("overdragen", "transfer"),
        },
        RiskStatus: {
            RiskStatus.OPEN: ("open", "open"),
            RiskStatus.CLOSED: ("gesloten", "closed"),
        },
        KnowledgeStrength: {
            KnowledgeStrength.LOW: ("laag", "low"),
            KnowledgeStrength.MEDIUM: ("middel", "medium"),
            KnowledgeStrength.HIGH: ("hoog", "high"),
        },
        RiskLevel: {
            RiskLevel.LOW: ("laag", "low"),
            RiskLevel.MEDIUM: ("middel", "medium"),
            RiskLevel.HIGH: ("hoog", "high"),
            RiskLevel.VERY_HIGH: ("zeer hoog", "very high"),
        },
        DatePrecision: {
            DatePrecision.DAY: ("dag", "day"),
            DatePrecision.MONTH: ("maand", "month"),
            DatePrecision.YEAR: ("jaar", "year"),
        },
        RetentionCategory: {
            RetentionCategory.PERMANENT: ("bewaren (permanent)", "keep (permanent)"),
            RetentionCategory.DESTROY: ("vernietigen", "destroy"),
            RetentionCategory.UNDECIDED: ("nog te bepalen", "to be decided"),
        },
        AuditAction: {
            AuditAction.CREATE: ("aangemaakt", "created"),
            AuditAction.UPDATE: ("gewijzigd", "updated"),
            AuditAction.DELETE: ("verwijderd", "deleted"),
            AuditAction.RESTORE: ("teruggezet", "restored"),
            AuditAction.EXPORT: ("geëxporteerd", "exported"),
            AuditAction.BACKUP: ("back-up gemaakt", "backup made"),
            AuditAction.RESTORE_BACKUP: ("back-up teruggezet", "backup restored"),
            AuditAction.REFERENCE_UPDATE: (
                "referentiegegevens bijgewerkt",
                "reference data updated",
            ),
            AuditAction.ERASE_PAYLOAD: ("inhoud gewist", "content erased"),
            AuditAction.MERGE: ("samengevoegd", "merged"),
            AuditAction.UNMERGE: ("samenvoegen ongedaan gemaakt", "merge undone"),
            AuditAction.DESTROY: ("vernietigd", "destroyed"),
        },
    }
)

# Extra inputs parse_label accepts (both languages), beyond code and labels.
_ALIASES: Final[Mapping[StrEnum, tuple[str, ...]]] = MappingProxyType(
    {
        RecordKind.AUTHORITY: ("overheid", "bestuursorgaan"),
        RecordKind.TIE: ("stedenband",),
        RecordKind.MEMO: ("notitie",),
        OrganisationKind.FOREIGN_AFFAIRS_OFFICE: ("FAO", "waiban"),
        OrganisationKind.SOE: ("SOE",),
        TieType.SISTER_CITY: ("zusterprovincie", "sister province"),
        TieType.MOU: ("MoU", "samenwerkingsovereenkomst"),
        TieStatus.DORMANT: ("slapende band",),
        DecisionBody.EXECUTIVE: ("college", "B&W"),
        DecisionBody.PROVINCIAL_COUNCIL: ("PS",),
        DecisionBody.PROVINCIAL_EXECUTIVE: ("GS",),
        DecisionKind.COUNCIL_INFORMATION_LETTER: ("RIB",),
        DecisionOutcome.NOT_APPLICABLE: ("nvt", "n/a"),
        RetentionCategory.PERMANENT: ("bewaren", "keep"),
    }
)

RISK_LIKELIHOOD: Final[Mapping[int, tuple[str, str]]] = MappingProxyType(
    {
        1: ("zeer onwaarschijnlijk (<5%)", "very unlikely (<5%)"),
        2: ("onwaarschijnlijk (5–20%)", "unlikely (5–20%)"),
        3: ("mogelijk (20–50%)", "possible (20–50%)"),
        4: ("waarschijnlijk (50–80%)", "likely (50–80%)"),
        5: ("zeer waarschijnlijk (>80%)", "very likely (>80%)"),
    }
)
"""Kans (likelihood over 12 months) 1..5 → (nl, en) label, DOMAIN.md §4."""

RISK_IMPACT: Final[Mapping[int, tuple[str, str]]] = MappingProxyType(
    {
        1: ("beperkt", "limited"),
        2: ("aanzienlijk", "considerable"),
        3: ("ernstig", "serious"),
        4: ("zeer ernstig", "very serious"),
        5: ("catastrofaal", "catastrophic"),
    }
)
"""Impact 1..5 → (nl, en) label, DOMAIN.md §4."""

FIELD_LABELS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "name_nl": ("naam (Nederlands)", "name (Dutch)"),
        "name_en": ("naam (Engels)", "name (English)"),
        "hanzi": ("Chinese tekens (hanzi)", "Chinese characters (hanzi)"),
        "pinyin": ("pinyin", "pinyin"),
        "kind": ("soort", "kind"),
        "place": ("plaats", "place"),
        "family_name": ("familienaam", "family name"),
        "given_name": ("voornaam", "given name"),
        "tussenvoegsel": ("tussenvoegsel", "name prefix"),
        "title": ("titel", "title"),
        "starts_on": ("begindatum", "start date"),
        "ends_on": ("einddatum", "end date"),
        "tie_type": ("soort band", "type of tie"),
        "status": ("status", "status"),
        "authority": ("Nederlandse overheid", "Dutch authority"),
        "organisation": ("organisatie", "organisation"),
        "person": ("persoon", "person"),
        "held_on": ("datum", "date"),
        "summary": ("samenvatting", "summary"),
        "direction": ("richting", "direction"),
        "body": ("orgaan", "body"),
        "decided_on": ("besluitdatum", "decision date"),
        "reference": ("kenmerk", "reference"),
        "outcome": ("uitkomst", "outcome"),
        "category": ("categorie", "category"),
        "description": ("omschrijving", "description"),
        "likelihood": ("kans", "likelihood"),
        "impact": ("impact", "impact"),
        "inherent_likelihood": ("bruto kans", "inherent likelihood"),
        "inherent_impact": ("bruto impact", "inherent impact"),
        "residual_likelihood": ("netto kans", "residual likelihood"),
        "residual_impact": ("netto impact", "residual impact"),
        "owner": ("eigenaar", "owner"),
        "next_review": ("volgende herbeoordeling", "next review"),
        "measures": ("beheersmaatregelen", "measures"),
        "treatment": ("behandeling", "treatment"),
        "classification": ("classificatie", "classification"),
        "tags": ("tags", "tags"),
        "sources": ("bronnen", "sources"),
        "url": ("URL", "URL"),
        "published_on": ("publicatiedatum", "publication date"),
        "code": ("code", "code"),
        "due_on": ("uiterste datum", "due date"),
        "what": ("actie", "action"),
        "retention_category": ("bewaarcategorie", "retention category"),
        "retention_date": ("bewaartermijn tot", "retention date"),
        "version": ("versie", "version"),
        "subject": ("onderwerp", "subject"),
        "political_facts": ("politieke gegevens", "political facts"),
        "source": ("bron", "source"),
        "as_of": ("peildatum", "as of"),
        "participants": ("deelnemers", "participants"),
        "aliases": ("andere schrijfwijzen", "other spellings"),
        "website": ("website", "website"),
        "notes": ("aantekeningen", "notes"),
        "parent": ("valt onder", "parent"),
        "gift_value_cents": ("waarde geschenk", "gift value"),
        "costs_cents": ("kosten", "costs"),
        "signed_on": ("ondertekend op", "signed on"),
        "term_ends_on": ("einde looptijd", "end of term"),
        "term_starts": ("begin looptijd", "start of term"),
        "council_seats": ("aantal zetels", "number of seats"),
        "updated_at": ("laatst gewijzigd", "last changed"),
        "updated_by": ("gewijzigd door", "changed by"),
        "place_label": ("plaats", "place"),
        "meeting_kind": ("soort contactmoment", "kind of contact moment"),
        "org_kind": ("soort organisatie", "kind of organisation"),
        "decision_kind": ("soort besluit", "kind of decision"),
        "links": ("betreft", "concerns"),
        "ties": ("banden", "ties"),
        "positions": ("functies", "positions"),
        "meeting_id": ("contactmoment", "contact moment"),
        "decision_id": ("besluit", "decision"),
        "parent_id": ("valt onder", "parent"),
        "residual_level": ("netto niveau", "residual level"),
        "inherent_level": ("bruto niveau", "inherent level"),
        "residual_score": ("netto score", "residual score"),
        "inherent_score": ("bruto score", "inherent score"),
        "next_review_on": ("volgende herbeoordeling", "next review"),
        "assessments": ("beoordelingen", "assessments"),
        "matrix_version": ("matrixversie", "matrix version"),
        "term_ends": ("einde looptijd", "end of term"),
        "renewed": ("verlengd", "renewed"),
        "evaluation_on": ("evaluatiedatum", "evaluation date"),
        "topics": ("onderwerpen", "topics"),
        "votes_for": ("stemmen voor", "votes for"),
        "votes_against": ("stemmen tegen", "votes against"),
        "knowledge_strength": ("sterkte van kennis", "strength of knowledge"),
        "text": ("tekst", "text"),
        "accessed_on": ("geraadpleegd op", "accessed on"),
        "assessed_on": ("datum beoordeling", "assessed on"),
        "common_name": ("gangbare naam", "common name"),
        "decision": ("besluit", "decision"),
        "done_on": ("afgerond op", "done on"),
        "file": ("bestand", "file"),
        "file_name": ("bestandsnaam", "file name"),
        "gifts": ("geschenken en gastvrijheid", "gifts and hospitality"),
        "levels": ("niveaus", "levels"),
        "meeting": ("contactmoment", "contact moment"),
        "name": ("naam", "name"),
        "name_order": ("naamvolgorde", "name order"),
        "note": ("toelichting", "note"),
        "province_code": ("provincie", "province"),
        "publisher": ("uitgever", "publisher"),
        "record": ("record", "record"),
        "red_flags": ("signalen", "red flags"),
        "retired_on": ("opgeheven op", "retired on"),
        "review_months": ("herbeoordelingstermijn", "review interval"),
        "sort_order": ("volgorde", "order"),
        "start_time": ("begintijd", "start time"),
        "typical_measures": ("gebruikelijke maatregelen", "typical measures"),
        # names only the audit trail uses (the history in the detail pane)
        "assessment": ("beoordeling", "assessment"),
        "scores": ("risicoscores", "risk scores"),
        "authorities": ("overheden", "authorities"),
        "divisions": ("bestuurlijke indeling", "administrative divisions"),
        "from_reference": ("uit de referentiegegevens", "from the reference data"),
        "pinyin_auto": ("pinyin automatisch", "pinyin generated"),
        "retired": ("opgeheven", "retired"),
        "sort_key": ("sorteervolgorde", "sort order"),
        "tables": ("tabellen", "tables"),
        "user_edited": ("door gebruiker aangepast", "edited by a user"),
        # draft attribute names used by the type checks (issue 7)
        "starts": ("begindatum", "start date"),
        "ends": ("einddatum", "end date"),
        "signed": ("ondertekend op", "signed on"),
        "published": ("publicatiedatum", "publication date"),
        "emails": ("e-mailadres", "e-mail address"),
        "phones": ("telefoonnummer", "telephone number"),
        "postal_addresses": ("postadres", "postal address"),
    }
)
"""Field name → (nl, en) label, for validation messages and form captions."""

# Draft attribute names (the keys of validation errors, domain.field_paths) that read like a
# field above; field_label() follows them.
DRAFT_FIELD_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "org_kind": "kind",
        "authority_kind": "kind",
        "meeting_kind": "kind",
        "decision_kind": "kind",
        "fact_kind": "kind",
        "place_adcode": "place",
        "place_text": "place",
        "parent_id": "parent",
        "authority_id": "authority",
        "organisation_id": "organisation",
        "person_id": "person",
        "subject_id": "subject",
        "source_id": "source",
        "meeting_id": "meeting",
        "decision_id": "decision",
        "record_id": "record",
        "category_code": "category",
        "category_id": "category",
        "tie_ids": "ties",
        "link_ids": "links",
        "starts": "starts_on",
        "ends": "ends_on",
        "signed": "signed_on",
        "published": "published_on",
        "next_review_on": "next_review",
        "retention_on": "retention_date",
        "data": "file",
        "rules": "levels",
    }
)
DRAFT_FIELD_LABELS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "ties": ("banden", "ties"),
        "links": ("gaat over", "concerns"),
        "side": ("kant", "side"),
        "role": ("rol", "role"),
        "locator": ("vindplaats", "locator"),
        "own_authority": ("eigen overheid", "own authority"),
        "default_classification": ("standaardclassificatie", "default classification"),
    }
)


def _index(lang: str) -> int:
    if lang == "nl":
        return 0
    if lang == "en":
        return 1
    raise ValueError(f"Onbekende taal {lang!r}; kies uit: nl, en")


def all_enums() -> tuple[type[StrEnum], ...]:
    """Every enum defined in :mod:`chinadossier.domain.codes`, in definition order.

    Found by introspecting the module namespace, so an enum added to codes.py is included
    automatically (and a completeness test then fails until it has labels).

    Returns:
        The enum classes.
    """
    return tuple(
        obj
        for obj in vars(codes).values()
        if isinstance(obj, type) and issubclass(obj, StrEnum) and obj.__module__ == codes.__name__
    )


def _member_labels(code: StrEnum) -> tuple[str, str]:
    if not isinstance(code, StrEnum):
        raise KeyError(f"geen label voor {code!r}: geen lid van een enum uit codes.py")
    table = _LABELS.get(type(code))
    if table is None:
        raise KeyError(f"geen labels voor enum {type(code).__name__}; voeg ze toe aan labels.py")
    try:
        return table[code]
    except KeyError:
        raise KeyError(
            f"geen label voor {type(code).__name__}.{code.name} ({code.value!r}); "
            "voeg het toe aan labels.py"
        ) from None


def label(code: StrEnum, lang: Language = "nl") -> str:
    """Human label of a stored code.

    Args:
        code: A member of an enum from :mod:`chinadossier.domain.codes`.
        lang: "nl" (default) or "en".

    Returns:
        The label in the requested language.

    Raises:
        KeyError: If the member (or its enum) has no label; the raw code is never returned.
        ValueError: If ``lang`` is not a known language.
    """
    return _member_labels(code)[_index(lang)]


def enum_label(enum_cls: type[StrEnum], lang: Language = "nl") -> str:
    """Human name of an enum itself, e.g. "soort band" for TieType, "niveau" for RiskLevel.

    Args:
        enum_cls: An enum class from :mod:`chinadossier.domain.codes`.
        lang: "nl" (default) or "en".

    Returns:
        The name in the requested language.

    Raises:
        KeyError: If the enum has no name here.
    """
    try:
        names = _ENUM_NAMES[enum_cls]
    except KeyError:
        raise KeyError(
            f"geen naam voor enum {enum_cls.__name__}; voeg die toe aan labels.py"
        ) from None
    return names[_index(lang)]


def choices(enum_cls: type[_E], lang: Language = "nl") -> list[tuple[_E, str]]:
    """Members of an enum with their labels, in definition order (for combo boxes and help).

    Args:
        enum_cls: An enum class from :mod:`chinadossier.domain.codes`.
        lang: "nl" (default) or "en".

    Returns:
        ``(member, label)`` pairs.
    """
    return [(member, label(member, lang)) for member in enum_cls]


_SPACES = re.compile(r"\s+")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*$")


def _normalise(text: str) -> str:
    """Case-folded, without diacritics, underscores as spaces, whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.replace("_", " ")).strip().casefold()


@functools.cache
def _lookup(enum_cls: type[StrEnum], lang: Language | None) -> Mapping[str, StrEnum]:
    """Normalised accepted input → member; raises RuntimeError if two members collide."""
    languages = LANGUAGES if lang is None else (lang,)
    result: dict[str, StrEnum] = {}

    def add(key: str, member: StrEnum) -> None:
        norm = _normalise(key)
        if not norm:
            return
        other = result.setdefault(norm, member)
        if other is not member:
            raise RuntimeError(
                f"labels.py: invoer {norm!r} is dubbelzinnig in {enum_cls.__name__} "
                f"({other.name} en {member.name})"
            )

    for member in enum_cls:
        labels = _member_labels(member)
        add(member.value, member)
        for language in languages:
            text = labels[_index(language)]
            add(text, member)
            add(_PARENTHETICAL.sub("", text), member)
        for alias in _ALIASES.get(member, ()):
            add(alias, member)
    return MappingProxyType(result)


def parse_label(enum_cls: type[_E], text: str, lang: Language | None = None) -> _E:
    """Member of ``enum_cls`` named by user input (CLI arguments, imports).

    Accepts the stored code or a label, case-insensitively and ignoring diacritics, underscores
    versus spaces and a trailing parenthetical ("bewaren" for "bewaren (permanent)").

    Args:
        enum_cls: An enum class from :mod:`chinadossier.domain.codes`.
        text: What the user typed.
        lang: Accept labels of this language only; None (default) accepts both.

    Returns:
        The matching member.

    Raises:
        ValueError: With a Dutch message listing the allowed values, if nothing matches.
    """
    member = _lookup(enum_cls, lang).get(_normalise(text))
    if member is not None:
        # The lookup was built from enum_cls's own members.
        return enum_cls(member.value)
    shown: Language = "en" if lang == "en" else "nl"
    allowed = ", ".join(f"{label(m, shown)} ({m.value})" for m in enum_cls)
    try:
        what = enum_label(enum_cls, "nl")
    except KeyError:
        what = enum_cls.__name__
    raise ValueError(f"Onbekende waarde {text!r} voor {what}. Toegestaan: {allowed}")


def has_field_label(name: str) -> bool:
    """Whether `field_label` knows the field (else it would show the raw name)."""
    alias = DRAFT_FIELD_ALIASES.get(name, name)
    return alias in FIELD_LABELS or alias in DRAFT_FIELD_LABELS


#: Fields a kind's form names otherwise than the general label: a contact moment's and a
#: decision's title is their "Onderwerp" (the forms, the history and `show` say it alike).
KIND_FIELD_LABELS: Final[Mapping[tuple[codes.RecordKind, str], tuple[str, str]]] = (
    MappingProxyType({
        (codes.RecordKind.MEETING, "title"): ("onderwerp", "subject"),
        (codes.RecordKind.DECISION, "title"): ("onderwerp", "subject"),
    })
)


def field_label(name: str, lang: Language = "nl", kind: codes.RecordKind | None = None) -> str:
    """Human label of a record field, for validation messages; the name itself if unknown.

    Args:
        name: Field name as used in commands and records, e.g. "starts_on".
        lang: "nl" (default) or "en".
        kind: The record's kind, where known: some kinds name a field their own way
            (KIND_FIELD_LABELS).

    Returns:
        The label, or ``name`` unchanged when no label is known.
    """
    alias = DRAFT_FIELD_ALIASES.get(name, name)
    labels = (KIND_FIELD_LABELS.get((kind, alias)) if kind is not None else None) or (
        FIELD_LABELS.get(alias) or DRAFT_FIELD_LABELS.get(alias))
    return name if labels is None else labels[_index(lang)]


def format_cents(cents: int | None, lang: Language = "nl") -> str:
    """Amount in euro cents as text: "€ 1.234,56" (nl), "€1,234.56" (en), "" for None.

    Negative amounts: "€ -1.234,56" (nl), "-€1,234.56" (en).

    Args:
        cents: Amount in cents, or None when unknown.
        lang: "nl" (default) or "en".

    Returns:
        The formatted amount.
    """
    if cents is None:
        return ""
    index = _index(lang)
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}"  # 1,234,567
    if index == 0:
        return f"€ {sign}{grouped.replace(',', '.')},{rest:02d}"
    return f"{sign}€{grouped}.{rest:02d}"


def tie_type_label(
    tie_type: TieType, authority_kind: AuthorityKind | None, lang: Language = "nl"
) -> str:
    """The type of a tie as its parties make it: a sister tie of a province is a zusterprovincie.

    Args:
        tie_type: The stored type.
        authority_kind: The kind of the Dutch party (None when not known: the plain label).
        lang: "nl" (default) or "en".

    Returns:
        "zusterprovincie" / "sister province" for a province's sister tie, else the type's label.
    """
    if tie_type is TieType.SISTER_CITY and authority_kind is AuthorityKind.PROVINCE:
        return ("zusterprovincie", "sister province")[_index(lang)]
    return label(tie_type, lang)
