"""Rows for exporting a list: the list's own filter and sort (db.listing), but read in one pass
and only as far as the export's columns need (services.exporting, docs/export.md).

A list page builds whole frozen records: every linked row, each participant as a Ref with its
kind, number, classification and deletion mark, the meeting's ties, the sources. And paging a
list of 100,000 with keyset pages of 500 makes SQLite find each page's start again. An export
needs neither: here the whole list is read by ONE statement, walked once in the sort's order,
in chunks. Other kinds are built as their records, chunk by chunk. For contact moments, by far
the longest list, only the columns the export shows are read, with each one's participants (a
correlated subquery by the participant index); each chunk takes one more statement (the tags);
a party's name is made once per export; and the rows are light named tuples that answer the
same attribute names the export's columns read (`meta.display_no`,
`participants[i].party.label`, …). Figures in docs/performance.md.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Iterator
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from chinadossier.db.convert import _place_label, _places
from chinadossier.db.fastread import FastReads, _uuid, connection
from chinadossier.db.listing import EXTRA_COLUMNS, stream_records, stream_rows
from chinadossier.db.models import MeetingParticipant
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.queries import ListQuery

__all__ = ["ExportMeeting", "export_chunks"]

Meta = namedtuple("Meta", "display_no classification tags")  # noqa: PYI024
Party = namedtuple("Party", "kind label")  # noqa: PYI024
Participant = namedtuple("Participant", "party")  # noqa: PYI024
ExportMeeting = namedtuple(  # noqa: PYI024
    "ExportMeeting",
    "meta held_on start_time meeting_kind direction title place_label place_text participants "
    "summary topics gifts gift_value_cents",
)

#: The columns of a contact moment the export reads (db.list_sql._select's `only`).
_MEETING_COLUMNS = ("display_no", "classification", "held_on", "start_time", "meeting_kind",
                    "direction", "title", "place_adcode", "place_text", "summary", "topics",
                    "gifts", "gift_value_cents")
#: Parties remembered per export (a name is made once, not once per contact moment); cleared
#: when it holds this many, so memory stays bounded however many parties the file holds.
_PARTY_CACHE = 50_000
_PARTY_KINDS = (RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.AUTHORITY)


def _party_links(meeting: Any) -> Any:
    """A contact moment's participants in one text: "seq:party id" pairs joined by commas (a
    correlated subquery of the export's one statement, by the participant index)."""
    mp: Any = MeetingParticipant.__table__
    pair = (cast(mp.c.seq, String) + ":"
            + func.coalesce(mp.c.person_id, mp.c.organisation_id, mp.c.authority_id,
                            type_=String))
    return (select(func.group_concat(pair, ","))
            .where(mp.c.meeting_id == meeting.c.id)
            .scalar_subquery().label("party_links"))


EXTRA_COLUMNS["party_links"] = _party_links


def export_chunks(
    session: Session, kind: RecordKind, query: ListQuery, size: int
) -> Iterator[tuple[Any, ...]]:
    """Every row of the list of `kind` as `query` filters and sorts it, in chunks of `size`, for
    the export: the rows list_page would give, in the same order, read in one pass
    (db.listing.stream_rows); contact moments as light rows (see the module docstring), other
    kinds as their records."""
    conn = connection(session)
    if kind is not RecordKind.MEETING:
        for records in stream_records(session, kind, query, size):
            yield tuple(records)
        return
    parties: dict[str, Any] = {}
    for found in stream_rows(session, kind, query, size, _MEETING_COLUMNS, ("party_links",)):
        yield _meetings(conn, found, parties)


def _meetings(conn: sqlite3.Connection, found: list[Any],
              parties: dict[str, Any]) -> tuple[Any, ...]:
    reads = FastReads(conn)
    tags = reads.tags([o.id for o in found])
    places = _places(reads, found)
    participants = _participants(reads, found, parties)
    return tuple(
        ExportMeeting(
            Meta(o.display_no, o.classification, tuple(tags.get(o.id, ()))),
            o.held_on, o.start_time, o.meeting_kind, o.direction, o.title,
            _place_label(o, places), o.place_text, parts,
            o.summary, o.topics, o.gifts, o.gift_value_cents,
        )
        for o, parts in zip(found, participants, strict=True)
    )


def _participants(reads: FastReads, found: list[Any],
                  parties: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Each contact moment's participants, in their stored order, each as
    Participant(Party(kind, label)) with the label every list shows (db.labels). A party's
    name is read once per export (`parties`, by id)."""
    links: list[list[tuple[int, str]]] = []
    for o in found:
        pairs: list[tuple[int, str]] = []
        if o.party_links:
            for pair in o.party_links.split(","):
                seq, party = pair.split(":")
                pairs.append((int(seq), party))
            if len(pairs) > 1:
                pairs.sort()
        links.append(pairs)
    missing = {party for pairs in links for _, party in pairs if party not in parties}
    if missing:
        if len(parties) + len(missing) > _PARTY_CACHE:
            parties.clear()
        for ref in reads.refs([_uuid(m) for m in missing], _PARTY_KINDS).values():
            parties[ref.id.hex] = Participant(Party(ref.kind, ref.label))
    return [tuple(parties[party] for _, party in pairs) for pairs in links]
