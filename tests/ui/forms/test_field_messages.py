"""The services' field messages in the interface language: keys from the domain catalogue, the
Dutch text unchanged, English through the translation — checked on a real form."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from tests.ui.closing import track
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import SourceDraft
from chinadossier.domain.errors import FieldError, ValidationFailed
from chinadossier.domain.field_messages import MESSAGES, identify
from chinadossier.ui.app import Language
from chinadossier.ui.forms.editor import open_editor
from chinadossier.ui.forms.field_messages import TEMPLATES, translated

WAIT = 30_000


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    language = Language(qapp)
    language.set("en")
    yield
    language.set("nl")


def test_the_interface_lists_the_domain_templates_and_each_is_recognised() -> None:
    assert TEMPLATES == MESSAGES
    for key, template in MESSAGES.items():
        sample = template.format(low="1900", high="2200", max="300", now="301", where="positie 3",
                                 n="20", date="2022/23")
        assert identify(sample) is not None and identify(sample)[0] == key, key  # type: ignore[index]
    assert identify("iets heel anders") is None


def test_service_errors_carry_keys_and_keep_their_dutch(dossier: Any) -> None:
    with pytest.raises(ValidationFailed) as caught:
        dossier.sources.create(SourceDraft(title="", url="ftp://voorbeeld.nl",
                                           publisher="x" * 201))
    found = {e.field: e for e in caught.value.errors}
    assert (found["title"].message, found["title"].key) == ("is verplicht", "required")
    assert found["url"].key == "http_address"
    assert found["publisher"].key == "too_long"
    assert found["publisher"].params == {"max": "200", "now": "201"}
    assert translated(found["title"]) == "is verplicht"  # Dutch interface: the text as written


def test_in_english_a_form_shows_the_services_messages_in_english(
        qtbot: Any, ops: Any, english: None) -> None:
    form = open_editor(ops, RecordKind.SOURCE, None)
    track(qtbot, form)
    form.open()
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    form.fields["url"].setFocus()
    type_text(form.fields["url"], "ftp://example.org")
    ctrl_enter(form.fields["url"])  # save: the services refuse it (no title, wrong address)
    qtbot.waitUntil(lambda: "title" in form.errors_shown(), timeout=WAIT)
    shown = form.errors_shown()
    assert shown["title"] == "⚠ Title is required", shown
    assert shown["url"] == "⚠ URL must start with http:// or https://", shown
    assert "verplicht" not in " ".join(shown.values())
    # an item of a list is named in English too ("Participant 2: …", not "Deelnemer 2")
    from chinadossier.ui.forms.errors import message_for

    assert message_for(FieldError("participants[1]", "staat al in de lijst"), "participants") == (
        "Participant 2: is already in the list")
    assert translated(FieldError("publisher", "is te lang: mag hoogstens 200 tekens bevatten "
                                              "(nu 201)")) == (
        "is too long: at most 200 characters (now 201)")
    assert translated(FieldError("title", "bevat een tab (regel 2, positie 4); gebruik een "
                                          "gewone spatie")) == (
        "contains a tab (line 2, position 4); use an ordinary space")

