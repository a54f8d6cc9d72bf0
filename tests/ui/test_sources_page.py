"""Bronnen in the main window: the sidebar page with its count, what cites a source in the detail
pane, a new source through its form, delete and undo, and the export of the list — each checked
on the stored records."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.ui.test_shell import LIMIT, _window, start  # noqa: F401 - start is a fixture
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import OrganisationKind, RecordKind, TieStatus, TieType
from chinadossier.domain.drafts import Common, OrganisationDraft, SourceDraft, SourceLink, TieDraft
from chinadossier.domain.queries import ListQuery
from chinadossier.ui.forms.kinds import SourceForm

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
)


def _cited_source(dossier: Any) -> tuple[Any, Any]:
    """A source and a tie that cites it (at a page)."""
    source = dossier.sources.create(SourceDraft(title="Raadsvoorstel stedenband Xinghe",
                                                publisher="Gemeenteraad")).record
    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Volksregering Xinghe (fictief)", hanzi="星河市人民政府",
        org_kind=OrganisationKind.GOVERNMENT)).record
    tie = dossier.ties.create(TieDraft(
        authority_id=dossier.settings().own_authority.id, organisation_id=org.meta.id,
        tie_type=TieType.SISTER_CITY, status=TieStatus.ACTIVE, title="Stedenband Xinghe",
        common=Common(sources=(SourceLink(source.meta.id, "p. 4"),)))).record
    return source, tie


def test_bronnen_page_lists_shows_citations_creates_deletes_and_exports(
        qtbot: Any, start: Any, case_file: Path, dossier: Any, tmp_path: Path) -> None:  # noqa: F811
    source, tie = _cited_source(dossier)
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    qtbot.waitUntil(lambda: window.sidebar.count("sources") == 1, timeout=LIMIT)

    # A source link elsewhere (a tie's detail pane, a search hit) opens it on this page.
    window.open_record(RecordKind.SOURCE, source.meta.id)
    assert window.current_page_key() == "sources"
    qtbot.waitUntil(lambda: window.pages["sources"].detail.record is not None, timeout=LIMIT)
    window.show_page("overview")

    # Ctrl+8 is the page after Risico's; Memo's moved to Ctrl+9.
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "sources"
    page = window.pages["sources"]
    assert page.kind is RecordKind.SOURCE
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=LIMIT)
    # the count arrives in its own reader query, after the rows
    qtbot.waitUntil(lambda: page.subtitle.text().startswith("1 bron ·"), timeout=LIMIT)

    # The detail pane says what cites the source, with the page.
    page.show_record(source.meta.id)
    qtbot.waitUntil(lambda: page.detail.record is not None
                    and "Stedenband Xinghe" in page.detail.text(), timeout=LIMIT)
    text = page.detail.text()
    assert "GECITEERD DOOR" in text and "(band)" in text and "p. 4" in text

    # Nieuw… opens the source form; typing a title and Ctrl+Enter stores it.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = window.editor
    assert isinstance(form, SourceForm)
    qtbot.waitUntil(lambda: not desktop.ops.is_busy(), timeout=LIMIT)
    form.fields["title"].setFocus()
    type_text(form.fields["title"], "Jaarverslag Vriendschapsvereniging 2025")
    type_text(form.fields["publisher"], "Vereniging")
    with qtbot.waitSignal(form.saved, timeout=LIMIT) as saved:
        ctrl_enter(form.fields["title"])
    new_id = saved.args[0].meta.id
    stored = dossier.sources.get(new_id)
    assert (stored.title, stored.publisher) == ("Jaarverslag Vriendschapsvereniging 2025",
                                                "Vereniging")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and window.sidebar.count("sources") == 2
                    and page.subtitle.text().startswith("2 bronnen ·"), timeout=LIMIT)

    # Delete the new one (to the Prullenbak), then undo.
    page.show_record(new_id)
    qtbot.waitUntil(lambda: page.selected_ids() == [new_id], timeout=LIMIT)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.sidebar.count("sources") == 1, timeout=LIMIT)
    assert dossier.sources.get(new_id).meta.deleted
    window.undo()
    qtbot.waitUntil(lambda: window.sidebar.count("sources") == 2, timeout=LIMIT)
    assert not dossier.sources.get(new_id).meta.deleted

    # Export the list as shown (Bestand → Exporteren… exports the page on screen).
    target = tmp_path / "bronnen.csv"
    page.export_list((target, "csv"))
    qtbot.waitUntil(lambda: "geëxporteerd naar" in window.statusBar().currentMessage(),
                    timeout=LIMIT)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = next(n for n, row in enumerate(rows) if "Titel" in row)  # after the marking line
    titles = {row[rows[header].index("Titel")] for row in rows[header + 1:]}
    assert titles == {"Raadsvoorstel stedenband Xinghe", "Jaarverslag Vriendschapsvereniging 2025"}
    assert len(dossier.sources.list(ListQuery()).items) == 2
    assert tie.meta.id  # the citing tie is untouched by all this
    assert [s.source_id for s in dossier.ties.get(tie.meta.id).meta.sources] == [source.meta.id]
