"""A record's history from the audit trail: newest first, fields and values, paged."""

from __future__ import annotations

import dataclasses

from helpers import make_org, org_draft, person_draft

from chinadossier.domain.codes import AuditAction


def test_history_lists_create_edit_delete_restore_newest_first(dossier):
    org = make_org(dossier, "Gemeente Xinghe")
    edited = dossier.organisations.edit(
        org.meta.id, org_draft("Volksregering Xinghe"), expected_version=org.meta.version
    ).record
    deleted = dossier.organisations.delete(org.meta.id, expected_version=edited.meta.version)
    dossier.organisations.restore(org.meta.id, expected_version=deleted.record.meta.version)

    entries = dossier.history.of_record(org.meta.id)

    assert [e.action for e in entries] == [
        AuditAction.RESTORE, AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE
    ]
    update = entries[2]
    assert "name_nl" in update.fields
    change = next(c for c in update.changes if c.name == "name_nl")
    assert (change.old, change.new) == ("Gemeente Xinghe", "Volksregering Xinghe")
    assert update.actor.endswith("t.tester")
    assert not update.erased
    assert entries[0].seq > entries[-1].seq


def test_history_pages_with_before_seq_and_keeps_records_apart(dossier):
    org = make_org(dossier, "Gemeente Xinghe")
    other = make_org(dossier, "TU Xinghe")
    current = org
    for name in ("A", "B", "C"):
        current = dossier.organisations.edit(
            org.meta.id, dataclasses.replace(org_draft(name)), expected_version=current.meta.version
        ).record

    first = dossier.history.of_record(org.meta.id, limit=2)
    rest = dossier.history.of_record(org.meta.id, before_seq=first[-1].seq, limit=10)

    assert len(first) == 2 and len(rest) == 2
    assert [e.action for e in rest] == [AuditAction.UPDATE, AuditAction.CREATE]
    assert len(dossier.history.of_record(other.meta.id)) == 1


def test_tags_are_added_to_many_records_in_one_unit_of_work(dossier):
    import pytest

    from chinadossier.domain.errors import Conflict

    a = make_org(dossier, "Gemeente Xinghe")
    b = make_org(dossier, "TU Xinghe")
    result = dossier.tags.add([(a.meta.id, a.meta.version), (b.meta.id, b.meta.version)],
                              "haven")
    assert set(result.record) == {a.meta.id, b.meta.id}
    assert result.changes.updated == {a.meta.id, b.meta.id}
    assert dossier.organisations.get(a.meta.id).meta.tags == ("haven",)
    assert dossier.history.of_record(a.meta.id)[0].fields == ("tags",)

    a2 = dossier.organisations.get(a.meta.id)
    again = dossier.tags.add([(a2.meta.id, a2.meta.version)], "Haven")  # same tag
    assert again.record == () and again.changes.empty

    with pytest.raises(Conflict):  # b was shown at version 1; it is at 2 now
        dossier.tags.add([(a2.meta.id, a2.meta.version), (b.meta.id, b.meta.version)], "china")
    assert dossier.organisations.get(a.meta.id).meta.tags == ("haven",)  # nothing written


def test_history_hides_internal_sort_keys_and_keeps_list_values(dossier):
    from chinadossier.domain.history import added_removed, list_items

    person = dossier.persons.create(person_draft("Piet", emails=("zheng@example.cn",))).record
    dossier.persons.edit(person.meta.id, person_draft("Jan", emails=("a@x.nl", "b@y.nl")),
                         expected_version=person.meta.version)

    entries = dossier.history.of_record(person.meta.id)

    for entry in entries:
        assert "sort_key" not in entry.fields
        assert "sort_key" not in {c.name for c in entry.changes}
    update = entries[0]
    assert update.fields == ("emails", "family_name")
    emails = next(c for c in update.changes if c.name == "emails")
    assert list_items(emails.old) == ("zheng@example.cn",)
    assert list_items(emails.new) == ("a@x.nl", "b@y.nl")
    assert added_removed(["haven"], []) == ((), ("haven",))
    assert added_removed(None, ["haven", "china"]) == (("haven", "china"), ())
    assert list_items([{"role": "x"}]) is None and list_items("[niet json") is None
