"""Overzicht: key figures, the risk heat map (bruto/netto), "Vraagt aandacht", recent activity.

One `ops.query` reads everything the page shows (off the GUI thread, superseded by a newer
refresh); F5 and every write re-query. Clicking (or Enter on) an attention item or an activity
line asks the main window to open the record; a heat-map cell opens the risks in that cell.
The heat map's tie filter narrows its counts (and the cell it opens) to one tie's risk notes; a
new choice re-reads only the heat map, again off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.changes import Changes
from chinadossier.domain.cockpit import (
    ActivityItem,
    AttentionItem,
    AttentionKind,
    HeatMap,
    HeatTie,
)
from chinadossier.domain.codes import AuditAction, RecordKind, RiskLevel, TieStatus
from chinadossier.domain.date_words import dutch_long_date
from chinadossier.domain.labels import label
from chinadossier.domain.local_time import clock_text, to_local
from chinadossier.domain.records import Dashboard, Ref
from chinadossier.ui import theme
from chinadossier.ui.ops import Operations
from chinadossier.ui.undo_words import undo_text
from chinadossier.ui.widgets.heatmap import HeatMapWidget
from chinadossier.ui.widgets.segmented import reserve_bold
from chinadossier.ui.widgets.tie_filter import TieFilterCombo, tie_text


@dataclass(frozen=True, slots=True)
class OverviewData:
    """Everything the page shows, read in one go."""

    dashboard: Dashboard
    heat: HeatMap
    attention: list[AttentionItem]
    activity: list[ActivityItem]
    matrix_version: int
    heat_tie: uuid.UUID | None = None
    """The tie `heat` counts the risks of (None: all ties)."""
    ties: tuple[HeatTie, ...] | None = None
    """The ties of the heat map's filter (None: not read yet)."""


def load_overview(dossier: Any, tie_id: uuid.UUID | None = None) -> OverviewData:
    """Read the page's data (runs in a reader thread); the heat map of one tie if given."""
    settings = dossier.settings()
    return OverviewData(
        dossier.overview.dashboard(),
        dossier.cockpit.heat_map(tie_id=tie_id) if tie_id else dossier.cockpit.heat_map(),
        dossier.cockpit.attention(),
        dossier.cockpit.recent_activity(),
        settings.matrix_version,
        tie_id,
        tuple(dossier.cockpit.heat_ties()),
    )


def first_overview(view: Any) -> OverviewData:
    """The page's data from the quick first read of the case file (services.quick.FirstView):
    the same values load_overview() reads through the services."""
    return OverviewData(view.dashboard, view.heat, view.attention, view.activity,
                        view.settings.matrix_version)


def long_date(day: dt.date, lang: str) -> str:
    """"donderdag 12 juni 2025" (Dutch) or "Thursday 12 June 2025"."""
    if lang == "nl":
        return dutch_long_date(day)
    return day.strftime("%A %d %B %Y").replace(" 0", " ")


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A `QFrame#Card` with the SPEC padding."""
    frame = QFrame(parent)
    frame.setObjectName("Card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(18, 16, 18, 16)
    lay.setSpacing(6)
    return frame, lay


class ElidedLabel(QLabel):
    """A one-line label that never widens its layout: it paints "…" where the text is cut and
    keeps the full text in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """The text, and the same in the tooltip."""
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        p.end()


class LevelBar(QWidget):
    """The small stacked bar of open risks per level in the KPI card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: list[tuple[int, str]] = []
        self.setFixedSize(118, 8)

    def set_counts(self, counts: list[tuple[int, str]]) -> None:
        """(count, colour) from the highest level down."""
        self._counts = counts
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(n for n, _ in self._counts)
        x = 0.0
        if not total:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.tokens().divider))
            p.drawRoundedRect(0, 0, self.width(), self.height(), 2, 2)
        for n, colour in self._counts:
            if not n:
                continue
            w = self.width() * n / total
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawRoundedRect(int(x), 0, max(2, int(w) - 2), self.height(), 2, 2)
            x += w
        p.end()


class ClickRow(QFrame):
    """A focusable row in a card: Enter, Space or a click emits `activated`."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Row")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)


ATTENTION_SHOWN = 4
"""Attention items shown before "Alles tonen (n)"."""


class OverviewPage(QScrollArea):
    """The dashboard of the case file's own authority."""

    open_record_requested = Signal(object, object)
    """(RecordKind, record id) to open."""
    loaded = Signal()
    """The figures on screen are current (tests, benchmarks)."""
    cell_requested = Signal(str, object)
    """(chip text, frozenset of risk ids): show a heat-map cell's risks in the Risico's list."""
    status_message = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self._ops = ops
        self._lang = lang
        self._data: OverviewData | None = None
        self._preloaded: OverviewData | None = None
        self._net = True
        self.setObjectName("Page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it showed no focus): Tab reaches its controls, which it
        # scrolls into view, and Page Up/Down on any of them still scroll the page.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Overzicht"))

        body = QWidget()
        body.setObjectName("PageBody")
        self.setWidget(body)
        page = QVBoxLayout(body)
        page.setContentsMargins(24, 16, 24, 24)
        page.setSpacing(16)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel(self.tr("Overzicht"))
        title.setObjectName("PageTitle")
        self.subtitle = QLabel(self.tr("Laden…"))
        self.subtitle.setObjectName("Muted")
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.refresh_button = QPushButton(self.tr("Vernieuwen (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Vernieuwen"))
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        page.addLayout(head)

        kpis = QHBoxLayout()
        kpis.setSpacing(16)
        self.kpi: dict[str, tuple[QLabel, QLabel]] = {}
        self.level_bar = LevelBar()
        for key, caption in (
            ("ties", self.tr("Actieve banden")),
            ("meetings", self.tr("Contactmomenten")),
            ("risks", self.tr("Open risico's per niveau (netto)")),
            ("overdue", self.tr("Achterstallig")),
        ):
            frame, lay = card()
            cap = QLabel(caption)
            cap.setObjectName("Muted")
            figure = QLabel("–")
            figure.setObjectName("Figure")
            note = QLabel("")
            note.setObjectName("Faint")
            lay.addWidget(cap)
            if key == "risks":
                row = QHBoxLayout()
                row.addWidget(figure)
                row.addStretch(1)
                row.addWidget(self.level_bar, 0, Qt.AlignmentFlag.AlignVCenter)
                lay.addLayout(row)
            else:
                lay.addWidget(figure)
            lay.addWidget(note)
            self.kpi[key] = (figure, note)
            kpis.addWidget(frame, 1)
        page.addLayout(kpis)

        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(self._heat_card(), 0, 0, 2, 1)
        grid.addWidget(self._attention_card(), 0, 1)
        grid.addWidget(self._activity_card(), 1, 1)
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        page.addLayout(grid)
        ties_card, ties_lay = card()
        ties_title = QLabel(self.tr("Banden per status"))
        ties_title.setObjectName("CardTitle")
        self.ties_line = QLabel("")
        self.ties_line.setObjectName("Muted")
        self.ties_line.setWordWrap(True)
        ties_lay.addWidget(ties_title)
        ties_lay.addWidget(self.ties_line)
        page.addWidget(ties_card)
        page.addStretch(1)
        ops.changed.connect(self._on_changed)

    # -- building -----------------------------------------------------------------------------

    def _heat_card(self) -> QFrame:
        frame, lay = card()
        frame.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        head = QHBoxLayout()
        title = QLabel(self.tr("Risico's — kans × impact"))
        title.setObjectName("CardTitle")
        head.addWidget(title, 1)
        head.addSpacing(12)
        self.tie_filter = TieFilterCombo()
        self.tie_filter.tie_changed.connect(self._tie_chosen)
        head.addWidget(self.tie_filter)
        head.addSpacing(10)
        self.gross_button = QPushButton(self.tr("Bruto"))
        self.net_button = QPushButton(self.tr("Netto"))
        self.gross_button.setAccessibleName(self.tr("Bruto: voor beheersmaatregelen"))
        self.net_button.setAccessibleName(self.tr("Netto: na beheersmaatregelen"))
        group = QButtonGroup(self)
        for button, segment in ((self.gross_button, "first"), (self.net_button, "last")):
            button.setCheckable(True)
            button.setProperty("segment", segment)
            reserve_bold(button)
            group.addButton(button)
            head.addWidget(button)
        head.setSpacing(0)
        self.net_button.setChecked(True)
        self.gross_button.toggled.connect(lambda on: self.set_net(not on))
        lay.addLayout(head)
        self.heat_note = QLabel("")
        self.heat_note.setObjectName("Faint")
        lay.addWidget(self.heat_note)
        self.heatmap = HeatMapWidget(lang=self._lang)
        self.heatmap.cell_activated.connect(self._open_cell)
        lay.addWidget(self.heatmap)
        legend = QHBoxLayout()
        legend.setSpacing(14)
        for level, span, score in ((RiskLevel.LOW, "1–4", 1), (RiskLevel.MEDIUM, "5–9", 5),
                                   (RiskLevel.HIGH, "10–16", 10),
                                   (RiskLevel.VERY_HIGH, "20–25", 20)):
            fill, strong = theme.band_colours(score)
            swatch = QLabel()
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(f"background:{fill}; border:1px solid {strong};"
                                 "border-radius:2px;")
            text = QLabel(f"{label(level, self._lang_code()).capitalize()} {span}")
            text.setObjectName("Muted")
            legend.addWidget(swatch)
            legend.addWidget(text)
        legend.addStretch(1)
        lay.addLayout(legend)
        hint = QLabel(self.tr("Pijltjestoetsen + Enter of klik: de risico's in die cel tonen"))
        hint.setObjectName("Faint")
        lay.addWidget(hint)
        lay.addStretch(1)
        return frame

    def _attention_card(self) -> QFrame:
        frame, lay = card()
        head = QHBoxLayout()
        title = QLabel(self.tr("Vraagt aandacht"))
        title.setObjectName("CardTitle")
        self.attention_count = QLabel("0")
        self.attention_count.setProperty("chip", "count")
        head.addWidget(title)
        head.addWidget(self.attention_count)
        head.addStretch(1)
        lay.addLayout(head)
        self.attention_box = QVBoxLayout()
        self.attention_box.setSpacing(0)
        lay.addLayout(self.attention_box)
        # every counted item is reachable: beyond the first few, "Alles tonen (5)" shows the rest
        self.attention_all = False
        self.attention_more = QPushButton(self)
        self.attention_more.setObjectName("Link")
        self.attention_more.setFlat(True)
        self.attention_more.setAutoDefault(False)
        self.attention_more.clicked.connect(self._toggle_attention)
        self.attention_more.hide()
        lay.addWidget(self.attention_more, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        return frame

    def _toggle_attention(self) -> None:
        self.attention_all = not self.attention_all
        if self._data is not None:
            self._show_attention(self._data.attention)

    def _activity_card(self) -> QFrame:
        frame, lay = card()
        title = QLabel(self.tr("Recente activiteit"))
        title.setObjectName("CardTitle")
        lay.addWidget(title)
        self.activity_box = QVBoxLayout()
        self.activity_box.setSpacing(4)
        lay.addLayout(self.activity_box)
        lay.addStretch(1)
        return frame

    def _lang_code(self) -> Any:
        return "en" if self._lang == "en" else "nl"

    # -- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the figures off the GUI thread (F5)."""
        if self._preloaded is not None and self.tie_filter.tie_id is None:
            # the first showing, read before the window was built
            data, self._preloaded = self._preloaded, None
            self._show(data)
            return
        self._preloaded = None
        tie_id = self.tie_filter.tie_id
        self._ops.query(lambda dossier: load_overview(dossier, tie_id), on_done=self._show,
                        key="overview")

    def _tie_chosen(self, tie_id: uuid.UUID | None) -> None:
        """The tie filter changed: re-read only the heat map (the rest does not depend on it)."""

        def read(dossier: Any) -> tuple[uuid.UUID | None, HeatMap]:
            heat = dossier.cockpit.heat_map(tie_id=tie_id) if tie_id else \
                dossier.cockpit.heat_map()
            return tie_id, heat

        self._ops.query(read, on_done=self._tie_heat, key="overview-heat")

    def _tie_heat(self, answer: tuple[uuid.UUID | None, HeatMap]) -> None:
        tie_id, heat = answer
        if self._data is None or tie_id != self.tie_filter.tie_id:
            return  # another tie was chosen meanwhile: its own answer follows
        self._data = replace(self._data, heat=heat, heat_tie=tie_id)
        self._show_heat()
        self.loaded.emit()

    def preload(self, data: OverviewData) -> None:
        """Figures already read (the start-up's quick read): the next refresh shows them
        instead of asking the services."""
        self._preloaded = data

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() or self._data is not None:
            self.refresh()

    @property
    def data(self) -> OverviewData | None:
        """What is on screen."""
        return self._data

    @property
    def net(self) -> bool:
        """Whether the heat map shows netto (after measures)."""
        return self._net

    def set_net(self, net: bool) -> None:
        """Switch the heat map between bruto and netto."""
        self._net = net
        (self.net_button if net else self.gross_button).setChecked(True)
        self._show_heat()

    def _show(self, data: OverviewData) -> None:
        self._data = data
        d = data.dashboard
        lang = self._lang_code()
        self.subtitle.setText(self.tr("Stand per {0} · alle banden van {1}").format(
            long_date(d.today, self._lang), d.authority.label))
        active = d.ties_by_status.get(TieStatus.ACTIVE, 0)
        total = sum(d.ties_by_status.values())
        self._kpi("ties", active, self.tr("van {0} · {1} slapend · {2} beëindigd").format(
            total, d.ties_by_status.get(TieStatus.DORMANT, 0),
            d.ties_by_status.get(TieStatus.ENDED, 0)))
        self._kpi("meetings", d.meetings_last_12_months, self.tr("laatste 12 maanden"))
        levels = (RiskLevel.VERY_HIGH, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)
        scores = {RiskLevel.VERY_HIGH: 20, RiskLevel.HIGH: 10, RiskLevel.MEDIUM: 5,
                  RiskLevel.LOW: 1}
        open_total = sum(d.open_risks_by_level.values())
        self._kpi("risks", open_total, " · ".join(
            f"{d.open_risks_by_level.get(level, 0)} {label(level, lang)}" for level in levels))
        self.level_bar.set_counts([(d.open_risks_by_level.get(level, 0),
                                    theme.band_colours(scores[level])[1]) for level in levels])
        overdue = d.overdue_actions + d.overdue_reviews
        actions = (self.tr("1 vervolgactie") if d.overdue_actions == 1
                   else self.tr("{0} vervolgacties").format(d.overdue_actions))
        reviews = (self.tr("1 risicoreview") if d.overdue_reviews == 1
                   else self.tr("{0} risicoreviews").format(d.overdue_reviews))
        self._kpi("overdue", overdue, f"{actions} · {reviews}")
        figure = self.kpi["overdue"][0]
        figure.setProperty("tone", "danger" if overdue else "")
        theme.repolish(figure)
        self.ties_line.setText("   ·   ".join(
            f"{label(status, lang).capitalize()}: {count}"
            for status, count in d.ties_by_status.items()))
        if data.ties is None:  # the quick first read has no tie list: read it once
            self._ops.query(lambda dossier: tuple(dossier.cockpit.heat_ties()),
                            on_done=self.tie_filter.set_ties, key="overview-ties")
        else:
            self.tie_filter.set_ties(data.ties)
        if data.heat_tie != self.tie_filter.tie_id:  # the choice changed while reading
            self._tie_chosen(self.tie_filter.tie_id)
        self._show_heat()
        self._show_attention(data.attention)
        self._show_activity(data.activity)
        self.loaded.emit()

    def _kpi(self, key: str, value: int, note: str) -> None:
        figure, text = self.kpi[key]
        figure.setText(str(value))
        text.setText(note)
        figure.setAccessibleName(f"{value}")

    def _show_heat(self) -> None:
        if self._data is None:
            return
        cells = self._data.heat.net if self._net else self._data.heat.gross
        self.heatmap.set_counts({(c.likelihood, c.impact): c.count for c in cells})
        which = self.tr("netto = na beheersmaatregelen") if self._net else self.tr(
            "bruto = voor beheersmaatregelen")
        note = self.tr("{0} open risico's · {1} · matrix v{2}").format(
            self._data.heat.total, which, self._data.matrix_version)
        tie = self.tie_filter.tie() if self._data.heat_tie is not None else None
        self.heat_note.setText(note if tie is None else self.tr("{0} · band {1}").format(
            note, tie.display_no))
        self.heatmap.setAccessibleName(
            self.tr("Risicomatrix kans × impact") if tie is None else
            self.tr("Risicomatrix kans × impact, band {0}").format(tie_text(tie)))

    @staticmethod
    def _clear(box: QVBoxLayout) -> None:
        while box.count():
            item = box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _attention_kind(self, kind: AttentionKind) -> str:
        return {
            AttentionKind.ACTION_OVERDUE: self.tr("Vervolgactie"),
            AttentionKind.ACTION_DUE: self.tr("Vervolgactie"),
            AttentionKind.REVIEW_DUE: self.tr("Risicoreview"),
            AttentionKind.TIE_EVALUATION: self.tr("Evaluatie band"),
            AttentionKind.TIE_END: self.tr("Einde band"),
        }[kind]

    def _due_chip(self, due: dt.date, today: dt.date) -> tuple[str, str]:
        days = (due - today).days
        if days < 0:
            return self.tr("{0} dagen te laat").format(-days) if days < -1 else self.tr(
                "1 dag te laat"), "danger"
        if days == 0:
            return self.tr("vandaag"), "warning"
        text = self.tr("over {0} dagen").format(days) if days > 1 else self.tr("morgen")
        return text, "warning" if days <= 14 else "neutral"

    def _show_attention(self, items: list[AttentionItem]) -> None:
        self._clear(self.attention_box)
        assert self._data is not None
        today = self._data.dashboard.today
        self.attention_count.setText(str(len(items)))
        hidden = len(items) - ATTENTION_SHOWN
        self.attention_more.setVisible(hidden > 0)
        if hidden > 0:
            self.attention_more.setText(
                self.tr("Minder tonen") if self.attention_all
                else self.tr("Alles tonen ({0})").format(len(items)))
        if not items:
            empty = QLabel(self.tr("Niets achterstallig en niets binnenkort verwacht."))
            empty.setObjectName("Muted")
            self.attention_box.addWidget(empty)
            return
        for item in items if self.attention_all else items[:ATTENTION_SHOWN]:
            row = ClickRow()
            lay = QGridLayout(row)
            lay.setContentsMargins(2, 6, 2, 6)  # + the row's 2-px focus border (theme)
            lay.setHorizontalSpacing(12)
            lay.setVerticalSpacing(2)
            what = ElidedLabel(item.title)
            meta = ElidedLabel(" · ".join(x for x in (self._attention_kind(item.kind),
                                                  item.display_no, item.owner or "") if x))
            meta.setObjectName("Faint")
            date = QLabel(item.due_on.strftime("%d-%m-%Y"))
            date.setObjectName("Faint")
            chip_text, tone = self._due_chip(item.due_on, today)
            chip = QLabel(chip_text)
            chip.setProperty("chip", tone)
            lay.addWidget(what, 0, 0)
            lay.addWidget(meta, 1, 0)
            lay.addWidget(date, 0, 1, Qt.AlignmentFlag.AlignRight)
            lay.addWidget(chip, 1, 1, Qt.AlignmentFlag.AlignRight)
            lay.setColumnStretch(0, 1)
            row.setAccessibleName(f"{self._attention_kind(item.kind)} {item.display_no}: "
                                  f"{item.title}, {chip_text}")
            row.setToolTip(item.title)
            row.activated.connect(lambda i=item: self.open_record_requested.emit(
                i.record_kind, i.record_id))
            self.attention_box.addWidget(row)
            divider = QFrame()
            divider.setObjectName("Divider")
            self.attention_box.addWidget(divider)

    def _activity_text(self, item: ActivityItem) -> str:
        verbs = {
            AuditAction.CREATE: self.tr("legde vast"),
            AuditAction.UPDATE: self.tr("wijzigde"),
            AuditAction.DELETE: self.tr("verwijderde"),
            AuditAction.RESTORE: self.tr("zette terug"),
            AuditAction.EXPORT: self.tr("exporteerde"),
            AuditAction.ERASE_PAYLOAD: self.tr("anonimiseerde"),
            AuditAction.MERGE: self.tr("voegde samen"),
            AuditAction.UNMERGE: self.tr("maakte samenvoegen ongedaan van"),
        }
        try:
            action = AuditAction(item.action)
        except ValueError:
            verb = item.action
        else:
            # Any other action by its label ("back-up teruggezet"), never its English code.
            verb = verbs.get(action) or label(action, self._lang_code())
        kind = label(item.record_kind, self._lang_code()) if item.record_kind else ""
        what = f"{kind} {item.display_no or ''}".strip()
        if item.undo_of is not None:
            # an undo (Ctrl+Z) in the history's words, not as the change it reverted (#8):
            # "Ongedaan gemaakt: wijziging · organisatie ORG-0001: …"
            what = f"{undo_text(item.undo_of)} · {what}"
            verb = ""
        shown = item.label or ""
        if item.display_no and shown.startswith(item.display_no):
            # a label that starts with the code ("R-GOV Bestuur & integriteit") names it once
            # (#8): "R-GOV: R-GOV Bestuur …" repeated it
            shown = shown[len(item.display_no):].lstrip(" ·:–-")
        head = f"{verb} {what}".strip()
        return f"{head}: {shown}" if shown else head

    def _when(self, at: dt.datetime, today: dt.date) -> str:
        local = to_local(at)
        if local.date() == today:
            return self.tr("vandaag {0}").format(clock_text(local))
        if local.date() == today - dt.timedelta(days=1):
            return self.tr("gisteren {0}").format(clock_text(local))
        return local.strftime("%d-%m-%Y")

    def _show_activity(self, items: list[ActivityItem]) -> None:
        self._clear(self.activity_box)
        assert self._data is not None
        if not items:
            empty = QLabel(self.tr(
                "Nog geen activiteit. Wat u vastlegt of wijzigt, verschijnt hier."))
            empty.setObjectName("Muted")
            self.activity_box.addWidget(empty)
            return
        for item in items[:5]:
            row = ClickRow()
            lay = QHBoxLayout(row)
            lay.setContentsMargins(2, 1, 2, 1)  # + the row's 2-px focus border (theme)
            when = QLabel(self._when(item.at, self._data.dashboard.today))
            when.setObjectName("Faint")
            when.setFixedWidth(92)
            who = QLabel(item.actor.split("\\")[-1])
            who.setStyleSheet("font-weight: bold;")
            text = self._activity_text(item)
            what = ElidedLabel(text)
            lay.addWidget(when)
            lay.addWidget(who)
            lay.addWidget(what, 1)
            row.setAccessibleName(f"{who.text()} {text}")
            if item.record_id is not None and item.record_kind is not None:
                rid: uuid.UUID = item.record_id
                rkind: RecordKind = item.record_kind
                row.activated.connect(lambda k=rkind, r=rid: self.open_record_requested.emit(k, r))
            self.activity_box.addWidget(row)

    def _open_cell(self, likelihood: int, impact: int) -> None:
        net = self._net
        scope = self.tr("{2} kans {0} × impact {1}").format(
            likelihood, impact, self.tr("netto") if net else self.tr("bruto"))
        tie = self.tie_filter.tie()
        tie_id = tie.id if tie is not None else None
        if tie is not None:  # the chip names the tie too: "netto kans 2 × impact 3 · BAND-0016"
            scope = f"{scope} · {tie.display_no}"

        def read(dossier: Any) -> list[Ref]:
            if tie_id is None:
                return list(dossier.cockpit.cell_risks(likelihood=likelihood, impact=impact,
                                                       net=net))
            return list(dossier.cockpit.cell_risks(likelihood=likelihood, impact=impact,
                                                   net=net, tie_id=tie_id))

        def show(risks: list[Ref]) -> None:
            if not risks:  # nothing to open: say so quietly, no dialog to dismiss
                self.status_message.emit(self.tr("Geen open risico's in deze cel ({0})").format(
                    scope))
                return
            self.cell_requested.emit(scope, frozenset(r.id for r in risks))

        self._ops.query(read, on_done=show, key="overview-cell")

