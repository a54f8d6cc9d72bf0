"""Attachments: stored once per content, listed without bytes, audited on their record."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

import pytest

from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.domain.errors import ValidationFailed
from chinadossier.services import maintenance


def _org(dossier: Any) -> Any:
    return dossier.organisations.create(
        OrganisationDraft(name_nl="Bijlagenorganisatie (fictief)",
                          org_kind=OrganisationKind.OTHER)).record


def test_attach_list_fetch_and_trash(dossier: Any) -> None:
    # Given an organisation
    org = _org(dossier)
    # When a file is attached twice under two names
    first = dossier.attachments.attach(org.meta.id, file_name="mou.pdf", data=b"%PDF-1.7 x").record
    dossier.attachments.attach(org.meta.id, file_name="kopie.pdf", data=b"%PDF-1.7 x")
    # Then both are listed, the bytes come back, and the content is stored once
    listed = dossier.attachments.list_for(org.meta.id)
    assert [a.file_name for a in listed] == ["mou.pdf", "kopie.pdf"]
    assert first.media_type == "application/pdf"
    assert first.sha256 == hashlib.sha256(b"%PDF-1.7 x").hexdigest()
    assert dossier.attachments.data(first.id) == b"%PDF-1.7 x"
    with sqlite3.connect(dossier.path) as conn:
        assert conn.execute("SELECT count(*) FROM blob").fetchone()[0] == 1
    # And the record's version went up with each attachment (audited on the record)
    assert dossier.organisations.get(org.meta.id).meta.version == 3
    # When one is trashed it is marked, not removed
    trashed = dossier.attachments.set_deleted(org.meta.id, first.id, deleted=True).record
    assert trashed.deleted_at is not None
    # And the whole file still checks out (record states include attachment rows)
    assert maintenance.check(dossier.path, full=True).ok


def test_bad_attachments_are_refused_naming_the_field(dossier: Any) -> None:
    org = _org(dossier)
    with pytest.raises(ValidationFailed) as caught:
        dossier.attachments.attach(org.meta.id, file_name="../geheim.pdf", data=b"x")
    assert caught.value.for_field("file_name")
    dossier.organisations.delete(org.meta.id, expected_version=org.meta.version)
    with pytest.raises(ValidationFailed) as caught:
        dossier.attachments.attach(org.meta.id, file_name="a.txt", data=b"x")
    assert "prullenbak" in caught.value.for_field("record_id")[0]


def test_trashing_twice_changes_nothing_the_second_time(dossier: Any) -> None:
    org = _org(dossier)
    first = dossier.attachments.attach(org.meta.id, file_name="a.txt", data=b"x").record
    dossier.attachments.set_deleted(org.meta.id, first.id, deleted=True)
    version = dossier.organisations.get(org.meta.id).meta.version
    again = dossier.attachments.set_deleted(org.meta.id, first.id, deleted=True)
    assert again.changes.empty
    assert dossier.organisations.get(org.meta.id).meta.version == version
