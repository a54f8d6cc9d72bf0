"""What a new user met in the first minutes (#8): the keyboard after a search, a new record
selected in its list, the window title, the activity of a fresh case file, the empty Prullenbak."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import PersonDraft

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


def _idle(qtbot: Any, desktop: Any) -> None:
    qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)


def test_a_record_opened_from_the_search_has_the_keyboard_in_its_list(
        qtbot: Any, start: Any, dossier: Any, case_file: Path) -> None:  # noqa: F811
    person = dossier.persons.create(PersonDraft(family_name="Wang", given_name="Wei")).record
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    _idle(qtbot, desktop)
    window.focus_search()
    popup = window.search_popup
    type_text(popup.field, "wang")
    qtbot.waitUntil(lambda: bool(popup.result_refs()), timeout=LIMIT)
    QTest.keyClick(popup.field, Qt.Key.Key_Return)
    page = window.page("persons")
    qtbot.waitUntil(lambda: page.selected_ids() == [person.meta.id], timeout=LIMIT)
    assert window.current_page_key() == "persons"
    assert window.focusWidget() is page.table


@pytest.mark.parametrize("how", ["Nieuw…", "Ctrl+N"])
def test_a_new_record_is_selected_in_its_list_after_saving(
        qtbot: Any, start: Any, dossier: Any, case_file: Path, how: str) -> None:  # noqa: F811
    choice = _org_choice(dossier)
    for n in range(3):  # a list with a selected row already: the new one must take its place
        if how == "Nieuw…":
            dossier.sources.create(_source(f"Bestaande bron {n}"))
        else:
            dossier.meetings.create(_meeting(f"Bestaand overleg {n}", choice.id))
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    _idle(qtbot, desktop)
    key = "sources" if how == "Nieuw…" else "meetings"
    window.go_to_page(key)
    page = window.page(key)
    _idle(qtbot, desktop)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and len(page.selected_ids()) == 1,
                    timeout=LIMIT)
    if how == "Nieuw…":
        page.new_button.click()
        form = window.editor
        type_text(form.fields["title"], "Jaarverslag Xinghe")
        field = form.fields["title"]
    else:
        window.log_meeting()
        form = window.quick_meeting
        type_text(form.fields["title"], "Kennismaking")
        field = form.fields["title"]
        form.parties.theirs.add_choice(choice)
    _idle(qtbot, desktop)
    with qtbot.waitSignal(form.saved, timeout=LIMIT) as saved:
        ctrl_enter(field)
    new_id = saved.args[0].meta.id
    qtbot.waitUntil(lambda: page.selected_ids() == [new_id], timeout=LIMIT)
    _idle(qtbot, desktop)
    qtbot.wait(50)
    assert page.selected_ids() == [new_id]
    assert page.detail.record is not None and page.detail.record.meta.id == new_id


def _source(title: str) -> Any:
    from chinadossier.domain.drafts import SourceDraft

    return SourceDraft(title=title)


def _org_choice(dossier: Any) -> Any:
    from chinadossier.domain.codes import OrganisationKind
    from chinadossier.domain.drafts import OrganisationDraft
    from chinadossier.ui.forms.base import choice_of_record

    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Volksregering Xinghe (fictief)", org_kind=OrganisationKind.GOVERNMENT)).record
    return choice_of_record(RecordKind.ORGANISATION, org)


def _meeting(title: str, org_id: Any) -> Any:
    import datetime as dt

    from chinadossier.domain.codes import Direction, MeetingKind, ParticipantSide
    from chinadossier.domain.drafts import MeetingDraft, ParticipantDraft

    return MeetingDraft(
        held_on=dt.date(2026, 1, 5), meeting_kind=MeetingKind.RECEPTION,
        direction=Direction.INCOMING, title=title,
        participants=(ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org_id),))


def test_the_window_title_names_the_file_and_leaves_the_application_name_to_qt(
        qtbot: Any, start: Any, case_file: Path) -> None:  # noqa: F811
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    # Qt shows "<title> — Chinadossier": the title itself must not name the application
    assert "Chinadossier" not in window.windowTitle()
    assert window.windowTitle() == f"Rotterdam — {case_file.name}[*]"
    window.setWindowModified(True)
    assert window.windowHandle().title() == f"Rotterdam — {case_file.name}*"
