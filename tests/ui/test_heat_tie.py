"""The heat map's tie filter: choosing a tie shows that tie's counts only, and Enter on a cell
opens the Risico's list on that cell AND that tie."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chinadossier.domain.codes import TieStatus, TieType
from chinadossier.domain.drafts import AssessmentDraft, RiskNoteDraft, TieDraft

from .shell_helpers import add_risk
from .test_shell import LIMIT, _window, start  # noqa: F401


def _tie_risk(dossier: Any, tie_id: Any, net: tuple[int, int], title: str) -> Any:
    return dossier.risk_notes.create(RiskNoteDraft(
        subject_id=tie_id, category_code="R-POL", title=title,
        assessment=AssessmentDraft(inherent_likelihood=4, inherent_impact=4,
                                   residual_likelihood=net[0], residual_impact=net[1]),
    )).record


def test_choosing_a_tie_shows_its_counts_and_enter_opens_its_risks_in_the_cell(
        qtbot: Any, start: Any, case_file: Path, dossier: Any) -> None:  # noqa: F811
    # Given a tie with two risks and other risks in the same cell (an organisation's, and
    # another tie's)
    org = add_risk(dossier, net=(2, 3), title="Risico van een organisatie").record
    own = dossier.settings().own_authority.id
    tie = dossier.ties.create(TieDraft(
        authority_id=own, organisation_id=org.subject.id, tie_type=TieType.SISTER_CITY,
        status=TieStatus.ACTIVE, title="Stedenband Suzhou")).record
    other = dossier.ties.create(TieDraft(
        authority_id=own, organisation_id=org.subject.id, tie_type=TieType.FRIENDSHIP,
        status=TieStatus.ACTIVE, title="Vriendschapsband Wuhan")).record
    _tie_risk(dossier, tie.meta.id, (2, 3), "Suzhou in de cel")
    _tie_risk(dossier, tie.meta.id, (1, 1), "Suzhou elders")
    _tie_risk(dossier, other.meta.id, (2, 3), "Wuhan in de cel")
    # and ties the heat map has nothing to show for: one without risks, another authority's
    dossier.ties.create(TieDraft(
        authority_id=own, organisation_id=org.subject.id, tie_type=TieType.FRIENDSHIP,
        status=TieStatus.ACTIVE, title="Band zonder risico's"))
    theirs = dossier.ties.create(TieDraft(
        authority_id=dossier.authorities.by_code("GM0363").meta.id,
        organisation_id=org.subject.id, tie_type=TieType.SISTER_CITY,
        status=TieStatus.ACTIVE, title="Amsterdam – Beijing")).record
    _tie_risk(dossier, theirs.meta.id, (2, 3), "Risico van een andere gemeente")
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    overview = window.overview
    heat = overview.heatmap
    qtbot.waitUntil(lambda: heat.count(2, 3) == 4 and overview.tie_filter.count() == 3,
                    timeout=LIMIT)
    assert overview.tie_filter.currentText() == "Alle banden"
    assert overview.tie_filter.accessibleName() == "Risico's van band"
    # only the own ties with open risks, by name, each with its number of open risks
    combo = overview.tie_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Alle banden", "Stedenband Suzhou · 2 open", "Vriendschapsband Wuhan · 1 open"]
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == (
        f"{tie.meta.display_no} · Stedenband Suzhou: 2 open risico's")

    # When the tie is chosen with the keyboard (Tab reaches the combo, arrows choose)
    combo.setFocus()
    assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    QTest.keyClick(combo, Qt.Key.Key_Down)  # "Stedenband Suzhou" sorts before "Vriendschaps…"
    assert combo.tie_id == tie.meta.id
    # a name too long for the narrow combo is cut off before its count, which stays readable
    assert combo.shown_text(110).endswith("… · 2 open")
    assert combo.toolTip().endswith("Stedenband Suzhou: 2 open risico's")

    # Then the cells count that tie's risks only
    qtbot.waitUntil(lambda: heat.count(2, 3) == 1 and heat.count(1, 1) == 1, timeout=LIMIT)
    assert "band " + tie.meta.display_no in overview.heat_note.text()
    assert "Stedenband Suzhou" in heat.accessibleName()

    # And Enter on the cell opens the Risico's list on that cell and that tie
    heat.setFocus()
    heat.set_focus_cell(2, 3)
    QTest.keyClick(heat, Qt.Key.Key_Return)
    page = window.page("risks")
    qtbot.waitUntil(lambda: window.current_page_key() == "risks" and page.model.rowCount() == 1
                    and not desktop.ops.is_busy(), timeout=LIMIT)
    assert [r.title for r in page.model.records()] == ["Suzhou in de cel"]
    assert page.scope_chip.text().startswith(f"netto kans 2 × impact 3 · {tie.meta.display_no}")

    # And "Alle banden" counts every tie again
    window.sidebar.select("overview")
    combo.set_tie(None)
    qtbot.waitUntil(lambda: heat.count(2, 3) == 4, timeout=LIMIT)


def test_without_own_ties_with_open_risks_the_tie_filter_is_disabled_and_says_why(
        qtbot: Any) -> None:
    from chinadossier.ui.widgets.tie_filter import TieFilterCombo

    combo = TieFilterCombo()
    qtbot.addWidget(combo)
    combo.set_ties([])
    assert combo.count() == 1 and combo.currentText() == "Alle banden"
    assert not combo.isEnabled()
    assert combo.toolTip() == "Geen band van de eigen overheid heeft open risico's"
