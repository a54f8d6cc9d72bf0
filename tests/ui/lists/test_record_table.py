"""Table models without widgets: pages from the real services, fetchMore at page boundaries."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt

from chinadossier.domain.codes import Classification, MeetingKind, RecordKind
from chinadossier.domain.queries import ListQuery
from chinadossier.ui.models.columns import LIST_KINDS, columns_for, trash_columns
from chinadossier.ui.models.list_source import Filters, source_for, trash_page
from chinadossier.ui.models.record_table import CHIP_ROLE, RECORD_ROLE, RecordTableModel

from .conftest import MEETINGS


def sync_loader(dossier, kind, limit, filters=None, sort=None):
    """Deliver pages at once (the page uses ops.query; the model cannot tell the difference)."""
    source = source_for(kind)
    filters = filters or Filters()
    calls = []

    def load(cursor, deliver):
        calls.append(cursor)
        deliver(source.page(dossier, filters, sort, cursor, limit))

    return load, calls


def test_fetch_more_loads_one_page_at_a_time_until_the_last(qapp, filled):
    load, calls = sync_loader(filled.dossier, RecordKind.MEETING, limit=5)
    model = RecordTableModel(columns_for(RecordKind.MEETING), load)

    model.reload()
    assert model.rowCount() == 5 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == MEETINGS and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing more to ask for
    assert len(calls) == 3 and calls[0] is None

    everything = filled.dossier.meetings.list(ListQuery(limit=100)).items
    assert [r.meta.id for r in model.records()] == [r.meta.id for r in everything]
    assert model.row_of(everything[7].meta.id) == 7


def test_a_list_ending_exactly_at_a_page_boundary_asks_no_empty_page(qapp, filled):
    load, calls = sync_loader(filled.dossier, RecordKind.MEETING, limit=MEETINGS // 2)
    model = RecordTableModel(columns_for(RecordKind.MEETING), load)
    model.reload()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == MEETINGS
    assert not model.canFetchMore(QModelIndex())
    assert len(calls) == 2


def test_no_second_request_while_a_page_is_under_way_and_stale_pages_are_dropped(qapp, filled):
    source = source_for(RecordKind.MEETING)
    pending = []

    def load(cursor, deliver):
        pending.append((cursor, deliver))

    model = RecordTableModel(columns_for(RecordKind.MEETING), load)
    model.reload()
    assert model.loading and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert len(pending) == 1

    old_deliver = pending[0][1]
    model.reload()  # e.g. a new filter: the first request's answer is now stale
    old_deliver(source.page(filled.dossier, Filters(), None, None, 5))
    assert model.rowCount() == 0 and model.loading
    pending[1][1](source.page(filled.dossier, Filters(), None, None, 5))
    assert model.rowCount() == 5 and not model.loading


def test_cells_headers_chips_and_sorts(qapp, filled):
    load, _ = sync_loader(filled.dossier, RecordKind.MEETING, limit=50, sort="date_asc")
    model = RecordTableModel(columns_for(RecordKind.MEETING), load)
    model.reload()
    keys = [c.key for c in model.columns]
    first = model.index(0, 0)
    assert model.data(first) == "01-01-2026"
    title = model.index(0, keys.index("title"))
    assert model.data(title) == "Overleg havens 00"
    assert model.data(title, Qt.ItemDataRole.ToolTipRole) == "Overleg havens 00"
    assert model.data(model.index(0, keys.index("kind"))) == "Ontvangst"
    assert model.data(model.index(0, keys.index("participants"))) == "刘洋 Liú Yáng"
    chip = model.data(model.index(0, keys.index("classification")), CHIP_ROLE)
    assert chip == ("classification", "confidential")
    assert model.data(first, RECORD_ROLE).title == "Overleg havens 00"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Datum"
    assert model.headerData(keys.index("title"), Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole)
    assert model.flags(first) & Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(first) & Qt.ItemFlag.ItemIsEditable


def test_every_sortable_column_uses_a_sort_its_service_supports(filled):
    for kind in LIST_KINDS:
        supported = getattr(filled.dossier, source_for(kind).service).sorts()
        sortable = [c for c in columns_for(kind) if c.sortable]
        assert sortable, kind
        for column in sortable:
            for name in (column.sort_asc, column.sort_desc):
                assert name is None or name in supported, (kind, column.key, name)


def test_filters_reach_the_service_and_unsupported_ones_are_not_pretended(qapp, filled):
    video = Filters(code=MeetingKind.VIDEO_CALL)
    load, _ = sync_loader(filled.dossier, RecordKind.MEETING, limit=50, filters=video)
    model = RecordTableModel(columns_for(RecordKind.MEETING), load)
    model.reload()
    assert model.rowCount() == MEETINGS // 2
    assert {r.meeting_kind for r in model.records()} == {MeetingKind.VIDEO_CALL}

    source = source_for(RecordKind.MEETING)
    assert source.count(filled.dossier, Filters()) == MEETINGS
    assert source.count(filled.dossier, video) == MEETINGS // 2
    secret = Filters(classification=Classification.CONFIDENTIAL, tag="#haven".lstrip("#"))
    assert source.count(filled.dossier, secret) == 1  # only the first one is vertrouwelijk
    assert source.count(filled.dossier, Filters(text="havens 03")) == 1
    for kind in LIST_KINDS:  # every filter the bar offers is one the service applies
        src = source_for(kind)
        code = next(iter(src.code_enum)) if src.code_enum else None
        query = src.query(dataclasses.replace(video, code=code, tag="haven", text="x"), None, None)
        getattr(filled.dossier, src.service).count(query)


def test_trash_pages_run_across_kinds(qapp, filled):
    d = filled.dossier
    for meeting_id in filled.ids["meetings"][:3]:
        d.meetings.delete(meeting_id, expected_version=d.meetings.get(meeting_id).meta.version)
    d.persons.delete(filled.ids["person"], expected_version=1)

    def load(cursor, deliver):
        deliver(trash_page(d, cursor, limit=2))

    model = RecordTableModel(trash_columns(), load)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    kinds = [r.meta.kind for r in model.records()]
    assert kinds == [RecordKind.MEETING] * 3 + [RecordKind.PERSON]
    assert all(r.meta.deleted for r in model.records())
    assert model.data(model.index(3, 2)) == "刘洋 Liú Yáng"


def test_rows_set_by_a_refresh_end_a_page_request_under_way(qapp, filled):
    pending = []
    model = RecordTableModel(columns_for(RecordKind.MEETING), lambda c, d: pending.append(d))
    model.reload()
    assert model.loading
    page = source_for(RecordKind.MEETING).page(filled.dossier, Filters(), None, None, 5)
    model.set_rows(page.items, page.next_cursor)  # the refresh's answer came first
    assert not model.loading and model.canFetchMore(QModelIndex())
    pending[0](page)  # the superseded first request: dropped
    assert model.rowCount() == 5


def test_the_participants_column_names_our_colleague_when_they_sent_only_an_organisation(
        qapp, dossier):
    """A contact moment with our colleague and their organisation: the Deelnemers column shows
    the colleague (it was empty: it listed only their persons)."""
    import datetime as dt

    from chinadossier.domain.codes import NameOrder, OrganisationKind, ParticipantSide
    from chinadossier.domain.drafts import (
        MeetingDraft,
        OrganisationDraft,
        ParticipantDraft,
        PersonDraft,
    )

    ours = dossier.persons.create(PersonDraft(
        "Heuvel", "Joëlle", "van den", name_order=NameOrder.GIVEN_FIRST)).record
    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Havengroep Jinhai", org_kind=OrganisationKind.GOVERNMENT)).record
    dossier.meetings.create(MeetingDraft(
        dt.date(2026, 12, 7), MeetingKind.VIDEO_CALL, "Overleg haven", participants=(
            ParticipantDraft(ParticipantSide.OURS, person_id=ours.meta.id),
            ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org.meta.id))))
    load, _calls = sync_loader(dossier, RecordKind.MEETING, limit=5)
    model = RecordTableModel(columns_for(RecordKind.MEETING), load)
    model.reload()
    keys = [c.key for c in columns_for(RecordKind.MEETING)]
    cell = model.index(0, keys.index("participants"))
    assert "Joëlle" in model.data(cell)
    assert "Joëlle" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, keys.index("organisation"))) == "Havengroep Jinhai"
