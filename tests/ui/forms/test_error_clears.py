"""A field's error message and red border go as soon as the user changes that field (#8);
saving checks everything again as before."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.ui.closing import track
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.forms.editor import open_editor

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")

WAIT = 30_000


def _form(qtbot: Any, ops: Any, kind: RecordKind) -> Any:
    form = open_editor(ops, kind)
    track(qtbot, form)
    form.open()
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    return form


def test_typing_in_a_marked_field_clears_its_error_and_border(qtbot: Any, ops: Any) -> None:
    form = _form(qtbot, ops, RecordKind.SOURCE)
    ctrl_enter(form.fields["title"])
    qtbot.waitUntil(lambda: "title" in form.errors_shown(), timeout=WAIT)
    title = form.fields["title"]
    assert title.property("invalid") is True
    assert form.banner.isVisible()
    type_text(title, "Jaarverslag")
    assert "title" not in form.errors_shown()
    assert title.property("invalid") is False
    assert not form.banner.isVisible()  # no marked field left
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        ctrl_enter(title)


def test_only_the_changed_field_clears_and_saving_checks_again(qtbot: Any, ops: Any) -> None:
    form = _form(qtbot, ops, RecordKind.PERSON)
    type_text(form.fields["retention_on"], "31-02-2020")  # no such date: cannot be read
    ctrl_enter(form.fields["family_name"])
    qtbot.waitUntil(lambda: {"family_name", "retention_on"} <= set(form.errors_shown()),
                    timeout=WAIT)
    type_text(form.fields["family_name"], "Wang")
    shown = form.errors_shown()
    assert "family_name" not in shown and "retention_on" in shown
    assert form.banner.isVisible()  # one marked field is left
    QTest.keyClick(form.fields["retention_on"], Qt.Key.Key_Backspace)  # still no date
    assert "retention_on" not in form.errors_shown()
    ctrl_enter(form.fields["family_name"])  # saving validates again: the date is still wrong
    qtbot.waitUntil(lambda: "retention_on" in form.errors_shown(), timeout=WAIT)
    assert "family_name" not in form.errors_shown()
    assert form.isVisible()


def test_choosing_in_a_marked_picker_clears_its_error(qtbot: Any, ops: Any, dossier: Any) -> None:
    from chinadossier.domain.codes import OrganisationKind
    from chinadossier.domain.drafts import OrganisationDraft
    from chinadossier.ui.forms.base import choice_of_record

    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Volksregering Xinghe (fictief)", org_kind=OrganisationKind.GOVERNMENT)).record
    form = _form(qtbot, ops, RecordKind.TIE)
    ctrl_enter(form.fields["title"])
    qtbot.waitUntil(lambda: "organisation_id" in form.errors_shown(), timeout=WAIT)
    picker = form.fields["organisation_id"]
    type_text(picker.edit, "Xing")  # typing a search is not yet a choice
    assert "organisation_id" in form.errors_shown()
    picker.add_choice(choice_of_record(RecordKind.ORGANISATION, org))
    assert "organisation_id" not in form.errors_shown()
