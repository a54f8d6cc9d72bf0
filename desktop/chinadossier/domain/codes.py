"""Stored codes: stable English values for every enumerated field (labels live in labels.py)."""

from __future__ import annotations

from enum import StrEnum


class Classification(StrEnum):
    """Classification of a record or memo, ordered openbaar < intern < vertrouwelijk."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"

    @property
    def rank(self) -> int:
        """Position in the order; higher is more restricted."""
        return _CLASSIFICATION_ORDER.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Classification):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Classification):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Classification):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Classification):
            return NotImplemented
        return self.rank >= other.rank


_CLASSIFICATION_ORDER = (
    Classification.PUBLIC,
    Classification.INTERNAL,
    Classification.CONFIDENTIAL,
)


class RecordKind(StrEnum):
    """Kinds of record; each has its own table extending the common record table."""

    AUTHORITY = "authority"
    ORGANISATION = "organisation"
    PERSON = "person"
    TIE = "tie"
    MEETING = "meeting"
    ACTION = "action"
    DECISION = "decision"
    RISK_NOTE = "risk_note"
    RISK_CATEGORY = "risk_category"
    SOURCE = "source"
    MEMO = "memo"


class AuthorityKind(StrEnum):
    """Dutch side of a tie."""

    MUNICIPALITY = "municipality"
    PROVINCE = "province"


class OrganisationKind(StrEnum):
    """Chinese counterpart kinds (DOMAIN.md §2)."""

    GOVERNMENT = "government"
    FOREIGN_AFFAIRS_OFFICE = "foreign_affairs_office"
    PARTY_BODY = "party_body"
    UNITED_FRONT_OR_FRIENDSHIP_ORG = "united_front_or_friendship_org"
    TRADE_PROMOTION_BODY = "trade_promotion_body"
    SOE = "soe"
    PRIVATE_COMPANY = "private_company"
    KNOWLEDGE_INSTITUTION = "knowledge_institution"
    MEDIA = "media"
    DIASPORA_ORG = "diaspora_org"
    OTHER = "other"


class NameOrder(StrEnum):
    """Whether a person's family name is written first (Chinese) or last (Dutch)."""

    FAMILY_FIRST = "family_first"
    GIVEN_FIRST = "given_first"


class PoliticalFactKind(StrEnum):
    """Special-category facts about a person (AVG art. 9): only with a source and date."""

    PARTY_MEMBERSHIP = "party_membership"
    PARTY_POST = "party_post"
    OTHER_POLITICAL = "other_political"


class TieType(StrEnum):
    """Kind of tie between an authority and a counterpart."""

    SISTER_CITY = "sister_city"
    CITY_PARTNERSHIP = "city_partnership"
    FRIENDSHIP = "friendship"
    MOU = "mou"
    LETTER_OF_INTENT = "letter_of_intent"
    ECONOMIC = "economic"
    KNOWLEDGE = "knowledge"
    OTHER = "other"
    UNKNOWN = "unknown"


class TieStatus(StrEnum):
    """Life-cycle state of a tie."""

    PREPARATION = "preparation"
    ACTIVE = "active"
    DORMANT = "dormant"
    SUSPENDED = "suspended"
    ENDED = "ended"
    UNKNOWN = "unknown"


class MeetingKind(StrEnum):
    """Kind of contact moment."""

    WORKING_VISIT = "working_visit"
    DELEGATION = "delegation"
    TRADE_MISSION = "trade_mission"
    RECEPTION = "reception"
    VIDEO_CALL = "video_call"
    CORRESPONDENCE = "correspondence"
    CONFERENCE = "conference"
    OTHER = "other"


class Direction(StrEnum):
    """Direction of a contact moment, seen from the Dutch authority."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
    NEUTRAL = "neutral"


class ParticipantSide(StrEnum):
    """Which side a participant of a contact moment is on."""

    OURS = "ours"
    THEIRS = "theirs"


class ActionStatus(StrEnum):
    """State of a follow-up action."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class DecisionBody(StrEnum):
    """Body that took a decision."""

    COUNCIL = "council"
    EXECUTIVE = "executive"
    MAYOR = "mayor"
    PROVINCIAL_COUNCIL = "provincial_council"
    PROVINCIAL_EXECUTIVE = "provincial_executive"


class DecisionKind(StrEnum):
    """Kind of decision or council instrument."""

    COUNCIL_DECISION = "council_decision"
    EXECUTIVE_DECISION = "executive_decision"
    MOTION = "motion"
    AMENDMENT = "amendment"
    COUNCIL_QUESTIONS = "council_questions"
    COMMITMENT = "commitment"
    COUNCIL_INFORMATION_LETTER = "council_information_letter"


class DecisionOutcome(StrEnum):
    """Outcome of a decision."""

    ADOPTED = "adopted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NOT_APPLICABLE = "not_applicable"


class Treatment(StrEnum):
    """Chosen treatment of a risk."""

    OPEN = "open"
    MITIGATE = "mitigate"
    ACCEPT = "accept"
    AVOID = "avoid"
    TRANSFER = "transfer"


class RiskStatus(StrEnum):
    """Whether a risk note is still being followed."""

    OPEN = "open"
    CLOSED = "closed"


class KnowledgeStrength(StrEnum):
    """How well-sourced a risk note is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskLevel(StrEnum):
    """Level of a risk score under a matrix ("niveau" in the Dutch UI, never "band")."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


class DatePrecision(StrEnum):
    """How much of a partial date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class RetentionCategory(StrEnum):
    """Archive handling (Archiefwet / Selectielijst): keep permanently or destroy after a date."""

    PERMANENT = "permanent"
    DESTROY = "destroy"
    UNDECIDED = "undecided"


class AuditAction(StrEnum):
    """What an audit entry records."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE_BACKUP = "restore_backup"
    REFERENCE_UPDATE = "reference_update"
    ERASE_PAYLOAD = "erase_payload"
    MERGE = "merge"
    UNMERGE = "unmerge"
    DESTROY = "destroy"
