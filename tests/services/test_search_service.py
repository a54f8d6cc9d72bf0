"""Search through the overview service: accents, scripts, widths, trash and re-indexing."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from helpers import make_org, meeting_draft, org_draft

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import ValidationFailed


def found(dossier: Any, query: str, **kw: Any) -> set[uuid.UUID]:
    return {hit.ref.id for hit in dossier.overview.search(query, **kw)}


@pytest.fixture
def nanjing(dossier: Any) -> Any:
    """An organisation known by its Hanzi only (its Dutch name does not say Nanjing)."""
    return make_org(dossier, "Volksregering partnerstad", hanzi="南京市人民政府")


def test_query_without_diaeresis_finds_text_with_it(dossier: Any) -> None:
    # Given an organisation whose notes say "geïnformeerd"
    record = make_org(dossier, "Handelskantoor", notes="De raad is geïnformeerd over het bezoek.")
    # When searching without the diaeresis
    # Then it is found
    assert record.meta.id in found(dossier, "geinformeerd")
    assert record.meta.id in found(dossier, "GEÏNFORMEERD")


def test_hanzi_name_found_by_pinyin_hanzi_and_width(dossier: Any, nanjing: Any) -> None:
    # Given an organisation with Hanzi 南京市人民政府
    for query in ["nanjing", "Nánjīng", "南京", "人民", "ＮＡＮＪＩＮＧ", "nanj", "南京市人民政府"]:
        # When searching in pinyin (with or without tones), Hanzi, or full-width letters
        hits = dossier.overview.search(query)
        # Then it is found, typed as an organisation
        hit = next((h for h in hits if h.ref.id == nanjing.meta.id), None)
        assert hit is not None, query
        assert hit.ref.kind is RecordKind.ORGANISATION
        assert hit.ref.display_no == nanjing.meta.display_no


def test_xian_found_without_apostrophe(dossier: Any) -> None:
    # Given an organisation with Hanzi 西安市人民政府 (pinyin Xī'ān)
    record = make_org(dossier, "Volksregering", hanzi="西安市人民政府")
    # When searching "xian"
    # Then it is found
    assert record.meta.id in found(dossier, "xian")
    assert record.meta.id in found(dossier, "Xi'an")


def test_unrelated_words_do_not_match(dossier: Any, nanjing: Any) -> None:
    # Given the Nanjing organisation
    # When searching for something it does not contain, alone or with a matching word
    # Then it is not found (every word must match)
    assert nanjing.meta.id not in found(dossier, "shanghai")
    assert nanjing.meta.id not in found(dossier, "nanjing shanghai")
    assert nanjing.meta.id not in found(dossier, "北京")


def test_hanzi_inside_running_text_found(dossier: Any) -> None:
    # Given a meeting whose summary says 代表团由王伟率领 (the delegation was led by Wang Wei)
    meeting = dossier.meetings.create(
        meeting_draft(title="Ontvangst", summary="代表团由王伟率领")).record
    # When searching 王伟
    hits = dossier.overview.search("王伟")
    # Then the meeting is found, typed as a meeting
    assert [h.ref.id for h in hits] == [meeting.meta.id]
    assert hits[0].ref.kind is RecordKind.MEETING


def test_kinds_restrict_the_search(dossier: Any, nanjing: Any) -> None:
    # Given an organisation and a meeting that both mention Nanjing
    meeting = dossier.meetings.create(meeting_draft(title="Bezoek Nanjing")).record
    # When searching only meetings
    hits = dossier.overview.search("nanjing", kinds=(RecordKind.MEETING,))
    # Then only the meeting comes back
    assert [h.ref.id for h in hits] == [meeting.meta.id]
    assert found(dossier, "nanjing") == {meeting.meta.id, nanjing.meta.id}


def test_deleted_records_are_not_found_and_restored_ones_are(dossier: Any,
                                                             nanjing: Any) -> None:
    # Given the Nanjing organisation, found by search
    assert nanjing.meta.id in found(dossier, "nanjing")
    # When it is deleted
    gone = dossier.organisations.delete(nanjing.meta.id, expected_version=1).record
    # Then it is not found
    assert nanjing.meta.id not in found(dossier, "nanjing")
    assert nanjing.meta.id not in found(dossier, "南京")
    # When it is restored
    dossier.organisations.restore(nanjing.meta.id, expected_version=gone.meta.version)
    # Then it is found again
    assert nanjing.meta.id in found(dossier, "nanjing")


def test_edit_reindexes_in_the_same_unit_of_work(dossier: Any) -> None:
    # Given an organisation with an old name
    draft = org_draft("Havenbedrijf Oudenaam")
    record = dossier.organisations.create(draft).record
    assert record.meta.id in found(dossier, "oudenaam")
    # When it is renamed
    dossier.organisations.edit(record.meta.id, dataclasses.replace(draft, name_nl="Kade Nieuwnaam"),
                               expected_version=1)
    # Then right after the edit the old name no longer finds it and the new one does
    assert record.meta.id not in found(dossier, "oudenaam")
    assert record.meta.id in found(dossier, "nieuwnaam")


def test_rejected_edit_keeps_the_index(dossier: Any) -> None:
    # Given an organisation
    draft = org_draft("Havenbedrijf Oudenaam")
    record = dossier.organisations.create(draft).record
    # When an edit is rejected
    with pytest.raises(ValidationFailed):
        dossier.organisations.edit(record.meta.id,
                                   dataclasses.replace(draft, name_nl="Nieuw\x00naam"),
                                   expected_version=1)
    # Then the index still has the old name only
    assert record.meta.id in found(dossier, "oudenaam")
    assert record.meta.id not in found(dossier, "nieuw")


def test_display_number_is_searchable(dossier: Any, nanjing: Any) -> None:
    # Given an organisation numbered ORG-0001
    # When searching its number
    # Then it is found
    assert nanjing.meta.id in found(dossier, nanjing.meta.display_no)


def test_odd_queries_do_not_raise(dossier: Any, nanjing: Any) -> None:
    # Given a case file with records
    for query in ["", "   ", "!!!", "\"", "*", "AND", "OR NOT", "\x00", "NEAR(a b)",
                  "\"a\" OR \"b\"", "-", "^", "a:b", "\ud800"]:
        # When searching with punctuation, FTS5 operators or nothing at all
        hits = dossier.overview.search(query)
        # Then a list comes back (possibly empty), never an error
        assert isinstance(hits, list), query
    # And FTS5 operator words are searched as words, not obeyed
    assert dossier.overview.search("AND") == []
