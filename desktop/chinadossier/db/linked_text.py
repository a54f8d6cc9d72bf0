"""The lists' text filter, widened to the names of the records a row shows (issue #8).

A list's text filter finds a record when its own text matches (search_fts, as before) OR when
the name of a record it links to matches: the organisations and persons taking part in a
contact moment and its ties; a tie's partner organisation and authority; a person's
organisations (and authorities) through the positions; what a risk note is about; the ties,
organisations and persons a decision is linked to; an organisation's parent.

"Name" is the title column of search_fts: display number, name, Hanzi and pinyin, folded the way
search folds them (so `南京`, `nanjing` and `Nánjīng` find the same organisation). All terms must
match within one text (the record's own, or one linked record's name), as the filter did.

Every arm reads an indexed link column with the ids the FTS match gives (an IN list SQLite
builds once per statement), so the condition stays `record.id IN (…)` and the list keeps
walking its sort index. See docs/performance.md ("Tekstfilter op gekoppelde namen").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, or_, select, table, union
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from chinadossier.db.models import (
    Decision,
    DecisionLink,
    MeetingParticipant,
    MeetingTie,
    Organisation,
    Position,
    Record,
    RiskNote,
    Tie,
)
from chinadossier.domain.codes import RecordKind


def _matching(expression: Any) -> Select[Any]:
    """Ids (hex, as stored) of the records whose indexed text matches an FTS5 expression."""
    return (
        select(literal_column("record_id"))
        .select_from(table("search_fts"))
        .where(literal_column("search_fts").op("MATCH")(expression))
    )


def names_matching(value: Any) -> Select[Any]:
    """Ids of the records whose name (the FTS title column) matches the expression `value`."""
    in_title = literal_column("'title : ('").op("||")(value).op("||")(literal_column("')'"))
    return _matching(in_title)


def _unindexed(column: Any) -> Any:
    """`+column`: the same value, but SQLite will not look it up through an index."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _linked_arms(kind: RecordKind, names: Any) -> list[Select[Any]]:
    """Per kind: selects of the list's record ids whose linked records' names match."""
    if kind is RecordKind.MEETING:
        # The link tables of 100,000 contact moments are read whole (`+column`: no index), one
        # scan each: a word in many names (2,000 organisations) then costs a scan, not 100,000
        # index probes and row fetches (2.6x less CPU); a rare name pays ~30 ms for it.
        mp = MeetingParticipant
        return [
            select(mp.meeting_id).where(
                or_(_unindexed(mp.organisation_id).in_(names),
                    _unindexed(mp.person_id).in_(names))),
            select(MeetingTie.meeting_id).where(_unindexed(MeetingTie.tie_id).in_(names)),
        ]
    if kind is RecordKind.TIE:
        return [
            select(Tie.id).where(Tie.organisation_id.in_(names)),
            select(Tie.id).where(Tie.authority_id.in_(names)),
        ]
    if kind is RecordKind.PERSON:
        return [
            select(Position.person_id).where(Position.organisation_id.in_(names)),
            select(Position.person_id).where(Position.authority_id.in_(names)),
        ]
    if kind is RecordKind.RISK_NOTE:
        return [select(RiskNote.id).where(RiskNote.subject_id.in_(names))]
    if kind is RecordKind.DECISION:
        return [
            select(DecisionLink.decision_id).where(DecisionLink.record_id.in_(names)),
            select(Decision.id).where(Decision.authority_id.in_(names)),
        ]
    if kind is RecordKind.ORGANISATION:
        return [select(Organisation.id).where(Organisation.parent_id.in_(names))]
    return []


def widens(kind: RecordKind) -> bool:
    """Whether the text filter of this list also looks at linked records' names."""
    return bool(_linked_arms(kind, select(literal_column("NULL"))))


def text_clause(kind: RecordKind, value: Any) -> ColumnElement[bool]:
    """The text filter of a list of `kind`: own text, or a linked record's name, matches.

    `value` is the FTS5 expression (a bind parameter or a plain string), used twice: as is on
    the whole index, and restricted to the title column for the linked names.
    """
    own = _matching(value)
    arms = _linked_arms(kind, names_matching(value))
    if not arms:
        return Record.id.in_(own)
    return Record.id.in_(union(own, *arms))
