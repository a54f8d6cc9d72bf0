"""All mapped tables; importing this package registers every model on Base.metadata."""

from chinadossier.db.models.audit import AuditEntry, AuditPayload
from chinadossier.db.models.base import NAMING_CONVENTION, Base
from chinadossier.db.models.casefile import CaseFile, DisplayCounter
from chinadossier.db.models.decisions import Decision, DecisionLink
from chinadossier.db.models.meetings import Action, Meeting, MeetingParticipant, MeetingTie
from chinadossier.db.models.memos import MemoRecord
from chinadossier.db.models.parties import Organisation, Person, PoliticalFact, Position
from chinadossier.db.models.record import (
    Attachment,
    Blob,
    Record,
    RecordMerge,
    RecordSource,
    RecordTag,
    SearchKey,
    Source,
    Tag,
)
from chinadossier.db.models.reference import Authority, CnDivision
from chinadossier.db.models.risks import RiskAssessment, RiskCategory, RiskMatrix, RiskNote
from chinadossier.db.models.ties import Tie

__all__ = [
    "NAMING_CONVENTION",
    "Action",
    "Attachment",
    "AuditEntry",
    "AuditPayload",
    "Authority",
    "Base",
    "Blob",
    "CaseFile",
    "CnDivision",
    "Decision",
    "DecisionLink",
    "DisplayCounter",
    "Meeting",
    "MeetingParticipant",
    "MeetingTie",
    "MemoRecord",
    "Organisation",
    "Person",
    "PoliticalFact",
    "Position",
    "Record",
    "RecordMerge",
    "RecordSource",
    "RecordTag",
    "RiskAssessment",
    "RiskCategory",
    "RiskMatrix",
    "RiskNote",
    "SearchKey",
    "Source",
    "Tag",
    "Tie",
]
