"""Optimistic concurrency: a save based on an older version is refused and changes nothing."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from helpers import assessment, audit_count, make_org, org_draft, risk_draft, table_counts

from chinadossier.domain.errors import Conflict


def test_second_edit_from_the_same_version_conflicts(dossier: Any) -> None:
    # Given an organisation at version 1, opened by two officials
    record = make_org(dossier, "Havenbureau Ningbo")
    seen = record.meta.version
    # And the first saves a change
    first = dossier.organisations.edit(record.meta.id, org_draft("Havenbureau Ningbo-Zhoushan"),
                                       expected_version=seen).record
    assert first.meta.version == 2
    before = dossier.organisations.get(record.meta.id)
    entries = audit_count(dossier.path)
    rows = table_counts(dossier.path)
    # When the second saves their change, also based on version 1
    with pytest.raises(Conflict) as caught:
        dossier.organisations.edit(record.meta.id, org_draft("Ningbo Port Authority"),
                                   expected_version=seen)
    # Then the conflict carries the record as the first saved it
    current = caught.value.current
    assert current == before
    assert current.meta.version == 2
    assert current.name_nl == "Havenbureau Ningbo-Zhoushan"
    assert "gewijzigd" in caught.value.message
    # And nothing changed: same record, no audit entry, no row anywhere
    assert dossier.organisations.get(record.meta.id) == before
    assert audit_count(dossier.path) == entries
    assert table_counts(dossier.path) == rows
    # And the search index still has the first official's name
    assert not dossier.overview.search("Port Authority")


def test_edit_from_a_newer_version_than_stored_conflicts(dossier: Any) -> None:
    # Given an organisation at version 1
    record = make_org(dossier)
    entries = audit_count(dossier.path)
    # When an edit claims version 7
    with pytest.raises(Conflict) as caught:
        dossier.organisations.edit(record.meta.id, org_draft("Anders"), expected_version=7)
    # Then it is refused with the stored record
    assert caught.value.current == record
    assert audit_count(dossier.path) == entries


def test_delete_with_a_stale_version_conflicts(dossier: Any) -> None:
    # Given an organisation edited since an official opened it
    record = make_org(dossier)
    dossier.organisations.edit(record.meta.id, org_draft("Nieuwe naam"), expected_version=1)
    before = dossier.organisations.get(record.meta.id)
    entries = audit_count(dossier.path)
    # When that official deletes it from the version they saw
    with pytest.raises(Conflict) as caught:
        dossier.organisations.delete(record.meta.id, expected_version=1)
    # Then it is refused and the record stays live and unchanged
    assert caught.value.current == before
    after = dossier.organisations.get(record.meta.id)
    assert after == before
    assert not after.meta.deleted
    assert audit_count(dossier.path) == entries


def test_restore_with_a_stale_version_conflicts(dossier: Any) -> None:
    # Given a deleted organisation (now at version 2)
    record = make_org(dossier)
    gone = dossier.organisations.delete(record.meta.id, expected_version=1).record
    entries = audit_count(dossier.path)
    # When it is restored from version 1
    with pytest.raises(Conflict):
        dossier.organisations.restore(record.meta.id, expected_version=1)
    # Then it stays in the trash
    assert dossier.organisations.get(record.meta.id) == gone
    assert audit_count(dossier.path) == entries


def test_reassess_with_a_stale_version_conflicts(dossier: Any) -> None:
    # Given a risk note edited since it was opened
    org = make_org(dossier)
    draft = risk_draft(org.meta.id)
    note = dossier.risk_notes.create(draft).record
    dossier.risk_notes.edit(note.meta.id, dataclasses.replace(draft, owner="CISO"),
                            expected_version=1)
    before = dossier.risk_notes.get(note.meta.id)
    rows = table_counts(dossier.path)
    # When a new assessment is saved against version 1
    with pytest.raises(Conflict) as caught:
        dossier.risk_notes.reassess(note.meta.id, assessment(3, 3, 1, 1), expected_version=1)
    # Then no assessment was added
    assert caught.value.current == before
    assert len(dossier.risk_notes.get(note.meta.id).assessments) == 1
    assert table_counts(dossier.path) == rows


def test_every_stale_write_says_the_same_thing_through_one_helper(dossier: Any) -> None:
    # Given a risk note changed once since an official opened it at version 1
    org = make_org(dossier, "Havenbureau Xiamen (fictief)")
    note = dossier.risk_notes.create(risk_draft(org.meta.id)).record
    dossier.risk_notes.edit(note.meta.id, dataclasses.replace(risk_draft(org.meta.id),
                                                               title="Nieuw"),
                            expected_version=1)
    stale = [
        lambda: dossier.risk_notes.edit(note.meta.id, risk_draft(org.meta.id),
                                        expected_version=1),
        lambda: dossier.risk_notes.delete(note.meta.id, expected_version=1),
        lambda: dossier.risk_notes.restore(note.meta.id, expected_version=1),
        lambda: dossier.risk_notes.reassess(note.meta.id, assessment(), expected_version=1),
    ]
    messages = set()
    # When each kind of write is tried from the old version
    for write in stale:
        with pytest.raises(Conflict) as caught:
            write()
        messages.add(caught.value.message)
        assert caught.value.current.meta.version == 2
    # Then they all give one text, naming the record and both versions
    assert len(messages) == 1
    (message,) = messages
    assert note.meta.display_no in message and "versie 2" in message and "versie 1" in message
