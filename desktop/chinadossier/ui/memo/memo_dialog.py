"""The memo dialog: choose scope, period, classification and texts; preview, print, save.

Everything heavy runs off the GUI thread through `Operations`: the snapshot (one read
transaction) and the rendering are a query; keeping the memo in the history is a write. The
live count of what the classification leaves out comes from the same snapshot as the preview.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.briefing import (
    ALL_SECTIONS,
    BriefingOptions,
    BriefingSnapshot,
    MemoFormat,
    Section,
)
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import ChinadossierError
from chinadossier.domain.labels import label
from chinadossier.services.briefing import BriefingService, KenmerkTaken
from chinadossier.services.briefing_text import with_suggestions
from chinadossier.services.files import write_atomically
from chinadossier.ui.models import case_today
from chinadossier.ui.models.formatting import code_lang

log = logging.getLogger(__name__)

SECTION_TITLES = {
    Section.KEY_POINTS: QT_TRANSLATE_NOOP("MemoDialog", "1 Kernpunten"),
    Section.OCCASION: QT_TRANSLATE_NOOP("MemoDialog", "2 Aanleiding"),
    Section.FACTS: QT_TRANSLATE_NOOP("MemoDialog", "3 Feiten"),
    Section.CHANGES: QT_TRANSLATE_NOOP("MemoDialog", "4 Wijzigingen sinds de vorige notitie"),
    Section.RISKS: QT_TRANSLATE_NOOP("MemoDialog", "5 Risico’s"),
    Section.ACTIONS: QT_TRANSLATE_NOOP("MemoDialog", "6 Openstaande acties en toezeggingen"),
    Section.OPTIONS: QT_TRANSLATE_NOOP("MemoDialog", "7 Handelingsopties / advies"),
    Section.TALKING_POINTS: QT_TRANSLATE_NOOP("MemoDialog", "8 Spreekpunten en mogelijke vragen"),
    Section.SOURCES: QT_TRANSLATE_NOOP("MemoDialog", "9 Bronnen"),
}


@dataclass(frozen=True)
class Rendered:
    """A snapshot and its file, made off the GUI thread."""

    snapshot: BriefingSnapshot
    data: bytes
    file_format: MemoFormat
    preview: bytes


def make_memo(dossier: Any, options: BriefingOptions, scope_id: uuid.UUID | None,
              file_format: MemoFormat, fill_texts: bool) -> Rendered:
    """Snapshot and render (runs in a reader thread)."""
    from chinadossier.memo import render

    snapshot = BriefingService(dossier.ctx).snapshot(options, scope_id)
    # Unedited proposals follow the new snapshot (another classification must not keep the
    # facts of the last one); texts the official changed stay.
    snapshot = with_suggestions(snapshot, keep_edited=not fill_texts)
    preview = render(snapshot, MemoFormat.PDF)
    data = preview if file_format is MemoFormat.PDF else render(snapshot, file_format)
    return Rendered(snapshot, data, file_format, preview)


def _scope_key(scope_id: uuid.UUID | None) -> str:
    return f"memo/scope-{scope_id or 'eigen'}"


def fitted_size(widget: QWidget | None, width: int, height: int) -> QSize:
    """The wanted size, shrunk to fit the available area of the widget's screen (with room
    for the window frame)."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    area = screen.availableGeometry()
    return QSize(min(width, area.width() - 16), min(height, area.height() - 48))


class MemoDialog(QDialog):
    """Make a briefing memo (Ctrl+P from a tie, an organisation or the dashboard)."""

    saved = Signal(object)
    """A memo was kept in the history (its MemoEntry)."""

    def _today(self) -> QDate:
        """The case file's today (its clock: fixed in demos, tests and screenshots)."""
        day = case_today.today()
        return QDate(day.year, day.month, day.day)

    def __init__(self, ops: Any, scope: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed means gone
        self.ops = ops
        self.setWindowTitle(self.tr("Briefingsnotitie maken"))
        self.setAccessibleName(self.tr("Briefingsnotitie maken"))
        self.resize(fitted_size(parent, 1180, 820))
        self._scope_id: uuid.UUID | None = self._scope_of(scope)
        self._rendered: Rendered | None = None
        self._texts_filled = False
        #: Chinadossier's proposals for sections 2, 7 and 8: a text still equal to its
        #: proposal is marked in the memo as a generated draft.
        self._suggested = ("", "", "")
        self._pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self._load_scopes()
        self._restore()
        self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        """Never larger than the screen it opens on (1366 × 768 included; #8)."""
        super().showEvent(event)
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry()
        if frame.height() > screen.height() or frame.width() > screen.width():
            self.resize(fitted_size(self, self.width(), self.height()))
            self.move(screen.center() - self.rect().center())

    @staticmethod
    def _scope_of(scope: Any) -> uuid.UUID | None:
        if isinstance(scope, tuple):
            kind, record_id = scope
            return record_id if kind in (RecordKind.TIE, RecordKind.ORGANISATION) else None
        return scope if isinstance(scope, uuid.UUID) else None

    # -- layout --------------------------------------------------------------------------------

    def _named(self, widget: QWidget, name: str) -> QWidget:
        widget.setAccessibleName(name)
        widget.setToolTip(name)
        return widget

    def _build(self) -> None:
        form_host = QWidget()
        form = QVBoxLayout(form_host)
        what = QGroupBox(self.tr("Onderwerp en periode"))
        grid = QFormLayout(what)
        self.scope_box = QComboBox()
        self._named(self.scope_box, self.tr("Waarover gaat de notitie"))
        grid.addRow(self.tr("&Over"), self.scope_box)
        period = QHBoxLayout()
        today = self._today()
        self.from_edit = QDateEdit(today.addYears(-1), calendarPopup=True)
        self.to_edit = QDateEdit(today, calendarPopup=True)
        for w, n in ((self.from_edit, self.tr("Periode vanaf")),
                     (self.to_edit, self.tr("Periode tot en met"))):
            w.setDisplayFormat("dd-MM-yyyy")
            self._named(w, n)
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("t/m")))
        period.addWidget(self.to_edit)
        grid.addRow(self.tr("Periode"), period)
        self.class_box = QComboBox()
        for c in Classification:
            self.class_box.addItem(label(c, code_lang()), c.value)
        self._named(self.class_box, self.tr("Classificatie van de notitie"))
        grid.addRow(self.tr("&Classificatie"), self.class_box)
        self.left_out = QLabel("…")
        self.left_out.setAccessibleName(self.tr("Weggelaten wegens classificatie"))
        self.left_out.setWordWrap(True)
        grid.addRow("", self.left_out)
        form.addWidget(what)

        head = QGroupBox(self.tr("Kop"))
        hf = QFormLayout(head)
        self.aan = QLineEdit()
        self.van = QLineEdit()
        self.onderwerp = QLineEdit()
        self.kenmerk = QLineEdit()
        self.kenmerk.setReadOnly(True)
        self.versie = QLineEdit()
        self.versie.setPlaceholderText(self.tr("automatisch (volgnummer over dit onderwerp)"))
        for w, n, cap in ((self.aan, self.tr("Aan"), self.tr("&Aan")),
                          (self.van, self.tr("Van"), self.tr("&Van")),
                          (self.onderwerp, self.tr("Onderwerp"), self.tr("&Onderwerp")),
                          (self.kenmerk, self.tr("Kenmerk (volgt uit de geschiedenis)"),
                           self.tr("Kenmerk")),
                          (self.versie, self.tr("Versie"), self.tr("V&ersie"))):
            self._named(w, n)
            hf.addRow(cap, w)
        meeting = QHBoxLayout()
        self.meeting = QLineEdit()
        self._named(self.meeting, self.tr("Vergadering"))
        self.meeting.setPlaceholderText(self.tr("bijv. Raad"))
        self.meeting_on = QDateEdit(today.addDays(14), calendarPopup=True)
        self.meeting_on.setDisplayFormat("dd-MM-yyyy")
        self._named(self.meeting_on, self.tr("Datum van de vergadering"))
        self.meeting_dated = QCheckBox(self.tr("op"))
        self._named(self.meeting_dated, self.tr("Vergadering heeft een datum"))
        self.agenda = QLineEdit()
        self.agenda.setMaximumWidth(60)
        self._named(self.agenda, self.tr("Agendapunt"))
        # two lines: on one the left panel was wider than its column at 1366 × 768 (#8)
        meeting.addWidget(self.meeting, 1)
        hf.addRow(self.tr("Vergadering"), meeting)
        when = QHBoxLayout()
        when.addWidget(self.meeting_dated)
        when.addWidget(self.meeting_on)
        when.addWidget(QLabel(self.tr("agendapunt")))
        when.addWidget(self.agenda)
        when.addStretch(1)
        hf.addRow("", when)
        form.addWidget(head)

        secs = QGroupBox(self.tr("Hoofdstukken"))
        sg = QGridLayout(secs)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for i, s in enumerate(ALL_SECTIONS):
            box = QCheckBox(self.tr(SECTION_TITLES[s]))
            box.setChecked(True)
            self._named(box, self.tr("Hoofdstuk {0} opnemen").format(self.tr(SECTION_TITLES[s])))
            self.section_boxes[s] = box
            sg.addWidget(box, i, 0)  # one column: two did not fit beside the preview
        form.addWidget(secs)

        texts = QGroupBox(
            self.tr("Eigen tekst (voorstellen uit open risico’s, acties en besluiten)"))
        tf = QFormLayout(texts)
        self.occasion = QPlainTextEdit()
        self.advice = QPlainTextEdit()
        self.talking = QPlainTextEdit()
        for w, n in ((self.occasion, self.tr("Aanleiding")),
                     (self.advice, self.tr("Handelingsopties / advies")),
                     (self.talking, self.tr("Spreekpunten en mogelijke vragen"))):
            w.setTabChangesFocus(True)
            w.setMinimumHeight(70)
            self._named(w, n)
            tf.addRow(n, w)
        self.suggest = QPushButton(self.tr("&Voorstellen opnieuw invullen"))
        self.suggest.setAccessibleName(self.tr("Voorstellen opnieuw invullen"))
        self.suggest.clicked.connect(self._refill)
        tf.addRow("", self.suggest)
        form.addWidget(texts)

        out = QHBoxLayout()
        self.as_pdf = QRadioButton(self.tr("&PDF"))
        self.as_docx = QRadioButton(self.tr("&DOCX (Word)"))
        self.as_pdf.setChecked(True)
        for w, n in ((self.as_pdf, self.tr("Opslaan als PDF")),
                     (self.as_docx, self.tr("Opslaan als DOCX"))):
            self._named(w, n)
            out.addWidget(w)
        out.addStretch()
        form.addLayout(out)
        form.addStretch()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        # the panel is never narrower than its fields: it scrolls up and down, never sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(form_host.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width()
                               + 2 * scroll.frameWidth())
        self.form_scroll = scroll

        right = QWidget()
        rv = QVBoxLayout(right)
        self.view = QPdfView()
        self.view.setDocument(self._pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._named(self.view, self.tr("Voorbeeld van de notitie"))
        rv.addWidget(self.view)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Bezig met opmaken"))
        self.progress.hide()
        rv.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Status"))
        rv.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([scroll.minimumWidth(), 700])
        split.setChildrenCollapsible(False)

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Voorbeeld &bijwerken"))
        self.print_button = QPushButton(self.tr("Af&drukken…"))
        self.save_button = QPushButton(self.tr("&Opslaan…"))
        self.save_button.setObjectName("Primary")
        self.close_button = QPushButton(self.tr("Sluiten"))
        for b in (self.refresh_button, self.print_button, self.save_button, self.close_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_memo)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(buttons)

        for w in (self.from_edit, self.to_edit, self.meeting_on):
            w.dateChanged.connect(self._changed)
        self.class_box.currentIndexChanged.connect(self._changed)
        self.scope_box.currentIndexChanged.connect(self._scope_changed)
        for e in (self.aan, self.van, self.onderwerp, self.versie, self.meeting, self.agenda):
            e.textChanged.connect(self._changed)
        for t in (self.occasion, self.advice, self.talking):
            t.textChanged.connect(self._changed)
        for box in self.section_boxes.values():
            box.toggled.connect(self._changed)
        self.meeting_dated.toggled.connect(self._changed)

    # -- data ------------------------------------------------------------------------------------

    def _load_scopes(self) -> None:
        self.scope_box.blockSignals(True)
        self.scope_box.addItem(self.tr("Eigen overheid (alle banden)"), None)
        self.scope_box.blockSignals(False)

        def load(d: Any) -> list[tuple[str, uuid.UUID]]:
            items = [(self.tr("Band {0}: {1}").format(t.meta.display_no, t.title), t.meta.id)
                     for t in d.ties.list_all()]
            items += [(self.tr("Organisatie {0}: {1}").format(o.meta.display_no, o.name_nl),
                       o.meta.id)
                      for o in d.organisations.list_all()]
            return items

        def done(items: list[tuple[str, uuid.UUID]]) -> None:
            self.scope_box.blockSignals(True)
            for text, record_id in items:
                self.scope_box.addItem(text, record_id)
                if record_id == self._scope_id:
                    self.scope_box.setCurrentIndex(self.scope_box.count() - 1)
            self.scope_box.blockSignals(False)

        self.ops.query(load, on_done=done, on_error=self._failed)

    def options(self) -> BriefingOptions:
        """The options as the dialog shows them."""
        meeting_on = None
        if self.meeting_dated.isChecked():
            meeting_on = self.meeting_on.date().toPython()
        return BriefingOptions(
            classification=Classification(self.class_box.currentData()),
            period_from=self.from_edit.date().toPython(),
            period_to=self.to_edit.date().toPython(),
            aan=self.aan.text().strip(), van=self.van.text().strip(),
            onderwerp=self.onderwerp.text().strip(), versie=self.versie.text().strip(),
            meeting=self.meeting.text().strip(), meeting_on=meeting_on,
            agenda_item=self.agenda.text().strip(),
            sections=tuple(s for s, b in self.section_boxes.items() if b.isChecked()),
            occasion_text=self.occasion.toPlainText(), advice_text=self.advice.toPlainText(),
            talking_points_text=self.talking.toPlainText(),
            occasion_suggested=self._suggested[0], advice_suggested=self._suggested[1],
            talking_points_suggested=self._suggested[2],
        )

    def file_format(self) -> MemoFormat:
        return MemoFormat.DOCX if self.as_docx.isChecked() else MemoFormat.PDF

    def _changed(self) -> None:
        self._timer.start()

    def _scope_changed(self) -> None:
        self._remember()
        self._scope_id = self.scope_box.currentData()
        self._texts_filled = False
        self._restore()
        self._timer.start()

    def _refill(self) -> None:
        self._texts_filled = False
        self.refresh()

    def refresh(self) -> None:
        """Build the snapshot and the preview off the GUI thread."""
        self._timer.stop()
        options, scope_id, fmt = self.options(), self._scope_id, self.file_format()
        fill = not self._texts_filled
        self.progress.show()
        self.status.setText(self.tr("Notitie wordt opgemaakt…"))
        self.ops.query(lambda d: make_memo(d, options, scope_id, fmt, fill),
                       on_done=self._rendered_done, on_error=self._failed, key="memo-preview")

    def _rendered_done(self, rendered: Rendered) -> None:
        self.progress.hide()
        self._rendered = rendered
        snap = rendered.snapshot
        for widget, text, before in ((self.occasion, snap.options.occasion_text,
                                      self._suggested[0]),
                                     (self.advice, snap.options.advice_text, self._suggested[1]),
                                     (self.talking, snap.options.talking_points_text,
                                      self._suggested[2])):
            current = widget.toPlainText()
            # Only a text the official has not touched (also not while this was being built).
            if current != text and (not self._texts_filled or current.strip() == before.strip()):
                widget.blockSignals(True)
                widget.setPlainText(text)
                widget.blockSignals(False)
        self._suggested = (snap.options.occasion_suggested, snap.options.advice_suggested,
                           snap.options.talking_points_suggested)
        self._texts_filled = True
        self.kenmerk.setText(snap.kenmerk)
        n = snap.left_out
        word = label(snap.classification, code_lang()).lower()
        if n == 1:
            text = self.tr("1 record met een hogere classificatie dan {0} wordt weggelaten.")
        elif n:
            text = self.tr("{1} records met een hogere classificatie dan {0} worden weggelaten.")
        else:
            text = self.tr("Niets weggelaten: alles valt binnen {0}.")
        self.left_out.setText(text.format(word, n))
        self._show_pdf(rendered.preview)
        self.status.setText(
            self.tr("Voorbeeld bijgewerkt: {0} pagina’s.").format(self._pdf.pageCount()))

    def _show_pdf(self, data: bytes) -> None:
        self._pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def _failed(self, exc: BaseException) -> None:
        log.error("memo dialog: %s", exc, exc_info=exc)
        self.progress.hide()
        message = getattr(exc, "message", None) or self.tr("De notitie kon niet worden opgemaakt.")
        self.status.setText(message)

    # -- print and save ------------------------------------------------------------------------

    def print_memo(self) -> None:
        """Print the previewed PDF through the system print dialog."""
        if self._rendered is None or self._pdf.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_document(self._pdf, printer)

    def save(self) -> None:
        """Ask where to save, write atomically, keep the memo in the history."""
        if self._rendered is None:
            return
        rendered = self._rendered
        if rendered.file_format is not self.file_format() or self._timer.isActive():
            self.refresh()
            return
        ext = rendered.file_format.value
        suggested = f"{rendered.snapshot.kenmerk}.{ext}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Notitie opslaan"), suggested,
            self.tr("PDF (*.pdf)") if ext == "pdf" else self.tr("Word-document (*.docx)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{ext}":
            target = target.with_name(target.name + f".{ext}")
        self.save_to(target, confirm=True)

    def save_to(self, target: Path, *, confirm: bool) -> None:
        """Keep the memo in the history, then write it (replacing only after confirmation)."""
        assert self._rendered is not None
        rendered, scope_id = self._rendered, self._scope_id
        replace_existing = False
        if target.exists():
            if not confirm:
                self.status.setText(self.tr("{0} bestaat al; niet overschreven.").format(target))
                return
            answer = QMessageBox.question(
                self, self.tr("Bestand vervangen?"),
                self.tr("{0} bestaat al. Wilt u het vervangen?").format(target.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace_existing = True

        def keep(d: Any) -> Any:
            return BriefingService(d.ctx).save(rendered.snapshot, rendered.file_format,
                                               rendered.data, target.name, scope_id)

        def kept(result: Any) -> None:
            try:
                write_atomically(target, lambda h: h.write(rendered.data),
                                 overwrite=replace_existing)
            except (OSError, ChinadossierError) as exc:
                reason = getattr(exc, "message", None) or getattr(exc, "strerror", None)
                self.status.setText(self.tr(
                    "Opgeslagen in de geschiedenis, maar niet als bestand: {0}").format(
                        reason or exc))
                return
            self._remember()
            self.status.setText(self.tr("Notitie {0} opgeslagen: {1}").format(
                result.record.kenmerk, target))
            self.saved.emit(result.record)
            self.refresh()  # the next memo gets the next kenmerk

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KenmerkTaken):
                self.status.setText(exc.message)
                self.refresh()
            else:
                self._failed(exc)

        self.ops.write(keep, on_done=kept, on_error=failed)

    # -- remembered choices ------------------------------------------------------------------

    def _remember(self) -> None:
        s = QSettings()
        key = _scope_key(self._scope_id)
        o = self.options()
        s.setValue(f"{key}/aan", o.aan)
        s.setValue(f"{key}/van", o.van)
        s.setValue(f"{key}/onderwerp", o.onderwerp)
        s.setValue(f"{key}/classification", o.classification.value)
        s.setValue(f"{key}/sections", ",".join(x.value for x in o.sections))
        s.setValue(f"{key}/format", self.file_format().value)
        s.setValue(f"{key}/meeting", o.meeting)

    def _restore(self) -> None:
        s = QSettings()
        key = _scope_key(self._scope_id)
        widgets = [self.aan, self.van, self.onderwerp, self.versie, self.meeting,
                   self.class_box, self.as_docx, self.as_pdf, *self.section_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        self.aan.setText(str(s.value(f"{key}/aan", "")))
        self.van.setText(str(s.value(f"{key}/van", "")))
        self.onderwerp.setText(str(s.value(f"{key}/onderwerp", "")))
        self.versie.setText("")  # a version belongs to one memo, not to the scope
        self.meeting.setText(str(s.value(f"{key}/meeting", "")))
        cls = str(s.value(f"{key}/classification", Classification.INTERNAL.value))
        index = self.class_box.findData(Classification(cls).value)
        self.class_box.setCurrentIndex(max(0, index))
        chosen = str(s.value(f"{key}/sections", ",".join(x.value for x in ALL_SECTIONS)))
        for section, box in self.section_boxes.items():
            box.setChecked(section.value in chosen.split(","))
        docx = str(s.value(f"{key}/format", "pdf")) == "docx"
        self.as_docx.setChecked(docx)
        self.as_pdf.setChecked(not docx)
        for w in widgets:
            w.blockSignals(False)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Remember the choices for this scope when the dialog closes."""
        self._remember()
        super().done(result)


def print_document(pdf: QPdfDocument, printer: QPrinter) -> None:
    """Send every page of a loaded PDF to a printer, scaled to the printable page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for page in range(pdf.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            image = pdf.render(page, target.size())
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
