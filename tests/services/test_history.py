"""A record's history from the audit trail: newest first, fields and values, paged."""

from __future__ import annotations

import dataclasses

from helpers import make_org, org_draft

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
