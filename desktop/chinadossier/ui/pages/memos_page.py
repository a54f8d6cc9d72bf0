"""The Memo's page: the memo history; make a new memo, reopen, save again or compare two."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.briefing import BriefingSnapshot, MemoFormat
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import ChinadossierError
from chinadossier.domain.labels import label
from chinadossier.domain.local_time import moment_text
from chinadossier.services.briefing import BriefingService, MemoEntry
from chinadossier.services.files import write_atomically
from chinadossier.ui.models.formatting import code_lang

COLUMNS = (
    QT_TRANSLATE_NOOP("MemosPage", "Kenmerk"),
    QT_TRANSLATE_NOOP("MemosPage", "Gemaakt"),
    QT_TRANSLATE_NOOP("MemosPage", "Onderwerp"),
    QT_TRANSLATE_NOOP("MemosPage", "Over"),
    QT_TRANSLATE_NOOP("MemosPage", "Classificatie"),
    QT_TRANSLATE_NOOP("MemosPage", "Formaat"),
    QT_TRANSLATE_NOOP("MemosPage", "Door"),
)



def compare(old: BriefingSnapshot, new: BriefingSnapshot) -> str:
    """What a newer memo shows that an older one did not, and the reverse (plain Dutch text)."""
    lines = [QCoreApplication.translate("memos_page", "{0} ({1}) tegenover {2} ({3})").format(
        new.kenmerk, f"{new.generated_at:%d-%m-%Y}", old.kenmerk, f"{old.generated_at:%d-%m-%Y}"),
        ""]
    parts = (
        (QCoreApplication.translate("memos_page", "Banden"), old.ties, new.ties),
        (QCoreApplication.translate("memos_page", "Contactmomenten"), old.meetings, new.meetings),
        (QCoreApplication.translate("memos_page", "Besluiten"), old.decisions, new.decisions),
        (QCoreApplication.translate("memos_page", "Risico’s"), old.risks, new.risks),
        (QCoreApplication.translate("memos_page", "Acties"), old.actions, new.actions),
    )
    for title, before, after in parts:
        was = {i.cite.record_no: i.cite.description for i in before}
        now = {i.cite.record_no: i.cite.description for i in after}
        added = [f"  + {no} {now[no]}" for no in now if no not in was]
        gone = [f"  − {no} {was[no]}" for no in was if no not in now]
        lines.append(QCoreApplication.translate("memos_page",
                "{0}: {1} (was {2})").format(title, len(now), len(was)))
        lines += added + gone
    old_risks = {r.cite.record_no: r for r in old.risks}
    for r in new.risks:
        o = old_risks.get(r.cite.record_no)
        if o is not None and o.residual_score != r.residual_score:
            lines.append(QCoreApplication.translate("memos_page",
                    "Risico {0}: netto {1} → {2}").format(
                r.cite.record_no, o.residual_score, r.residual_score))
    if old.classification != new.classification:
        lines.append(QCoreApplication.translate("memos_page",
                "Let op: andere classificatie ({0} → {1}).").format(
            label(old.classification, code_lang()),
            label(new.classification, code_lang())))
    return "\n".join(lines)


class MemoViewer(QDialog):
    """A stored PDF memo, shown as it was produced."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed means gone
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(820, 900)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        view = QPdfView(self)
        view.setAccessibleName(self.tr("Notitie"))
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        close = QPushButton(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)


class MemosPage(QWidget):
    """The memo history with its actions; the main window adds it under "Memo's"."""

    count_changed = Signal(int)
    """How many memos the page lists, after each read: the sidebar's "Memo's" count follows it,
    so the two never disagree (a memo made by another process or window is counted as soon as
    the page shows it)."""

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.entries: list[MemoEntry] = []
        self.setAccessibleName(self.tr("Memo's"))
        title = QLabel(self.tr("Memo’s"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr("Elke gemaakte briefingsnotitie blijft hier bewaard, met de "
                               "gegevens waarop ze berust. Open, bewaar opnieuw of vergelijk "
                               "twee notities."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Gemaakte notities"))
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton(self.tr("&Nieuwe notitie…"))
        self.new_button.setObjectName("Primary")
        self.open_button = QPushButton(self.tr("&Openen"))
        self.save_button = QPushButton(self.tr("Op&slaan als…"))
        self.compare_button = QPushButton(self.tr("&Vergelijken"))
        for b, name in ((self.new_button, self.tr("Nieuwe notitie")),
                        (self.open_button, self.tr("Openen")),
                        (self.save_button, self.tr("Opslaan als")),
                        (self.compare_button, self.tr("Twee notities vergelijken"))):
            b.setAccessibleName(name)
        self.new_button.clicked.connect(self._new)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Status"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.save_button, self.compare_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)  # the page padding of the other pages (SPEC)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)
        layout.addWidget(self.status)
        ops.changed.connect(self._on_changed)
        self._selection_changed()
        self.refresh()

    def _on_changed(self, changes: Any) -> None:
        if changes.concerns(RecordKind.MEMO):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the history off the GUI thread."""
        self.ops.query(lambda d: BriefingService(d.ctx).history(), on_done=self._show,
                       on_error=self._failed, key="memos-page")

    def _show(self, entries: list[MemoEntry]) -> None:
        self.entries = entries
        self.count_changed.emit(len(entries))
        self.tree.clear()
        for e in entries:
            item = QTreeWidgetItem([
                e.kenmerk, moment_text(e.generated_at), e.title,
                f"{e.scope.record_no} {e.scope.label}", label(e.classification),
                e.file_format.value.upper(), e.created_by,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, e)
            self.tree.addTopLevelItem(item)
        for col in range(len(COLUMNS)):
            self.tree.resizeColumnToContents(col)
        self.status.setText(
            (self.tr("{0} notities").format(len(entries)) if len(entries) != 1
             else self.tr("1 notitie")) if entries else
            self.tr("Nog geen notities. Maak er een met ‘Nieuwe notitie…’ (Ctrl+P)."))

    def selected(self) -> list[MemoEntry]:
        """The selected memos, newest first."""
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self.tree.selectedItems()]

    def _selection_changed(self) -> None:
        n = len(self.tree.selectedItems())
        self.open_button.setEnabled(n == 1)
        self.save_button.setEnabled(n == 1)
        self.compare_button.setEnabled(n == 2)

    def _new(self) -> None:
        from chinadossier.ui.memo.memo_dialog import MemoDialog

        self.dialog = MemoDialog(self.ops, parent=self)
        self.dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(getattr(exc, "message", None) or self.tr("Dat is niet gelukt."))

    def open_selected(self) -> None:
        """Show the stored file (a PDF in the viewer; a DOCX is offered for saving)."""
        chosen = self.selected()
        if len(chosen) != 1:
            return
        entry = chosen[0]
        if entry.file_format is not MemoFormat.PDF:
            self.save_selected()
            return

        def show(data: bytes) -> None:
            MemoViewer(self.tr("Notitie {0}").format(entry.kenmerk), data, self).open()

        self.ops.query(lambda d: BriefingService(d.ctx).file_bytes(entry.id), on_done=show,
                       on_error=self._failed)

    def save_selected(self, target: Path | None = None) -> None:
        """Save the stored file again, exactly as it was produced."""
        chosen = self.selected()
        if len(chosen) != 1:
            return
        entry = chosen[0]
        if target is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Notitie opslaan"), entry.file_name or f"{entry.kenmerk}."
                f"{entry.file_format.value}", options=QFileDialog.Option.DontConfirmOverwrite)
            if not path:
                return
            target = Path(path)
        final = target

        def write(data: bytes) -> None:
            replace = False
            if final.exists():
                answer = QMessageBox.question(
                    self, QCoreApplication.translate("MemosPage", "Bestand vervangen?"),
                    QCoreApplication.translate("MemosPage", "{0} bestaat al. Vervangen?").format(
                        final.name),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
                replace = True
            try:
                write_atomically(final, lambda h: h.write(data), overwrite=replace)
            except ChinadossierError as exc:
                self.status.setText(exc.message)
                return
            self.status.setText(self.tr("{0} opgeslagen: {1}").format(entry.kenmerk, final))

        self.ops.query(lambda d: BriefingService(d.ctx).file_bytes(entry.id), on_done=write,
                       on_error=self._failed)

    def compare_selected(self) -> None:
        """Compare two memos' snapshots: what was added, what dropped out, what moved."""
        chosen = self.selected()
        if len(chosen) != 2:
            return
        older, newer = sorted(chosen, key=lambda e: e.generated_at)

        def load(d: Any) -> tuple[BriefingSnapshot, BriefingSnapshot]:
            svc = BriefingService(d.ctx)
            return svc.stored_snapshot(older.id), svc.stored_snapshot(newer.id)

        def show(pair: tuple[BriefingSnapshot, BriefingSnapshot]) -> None:
            dialog = QDialog(self)
            dialog.setWindowTitle(
                self.tr("{0} vergeleken met {1}").format(newer.kenmerk, older.kenmerk))
            dialog.setAccessibleName(dialog.windowTitle())
            text = QPlainTextEdit(compare(*pair))
            text.setReadOnly(True)
            text.setAccessibleName(QCoreApplication.translate("MemosPage", "Verschillen"))
            layout = QVBoxLayout(dialog)
            layout.addWidget(text)
            dialog.resize(700, 500)
            dialog.open()
            self.last_comparison = dialog

        self.ops.query(load, on_done=show, on_error=self._failed)
