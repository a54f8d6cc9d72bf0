"""First run: the own gemeente or provincie (CBS type-ahead), empty or demo, the data folder.

The type-ahead is ui.widgets.authority_picker (Instellingen uses the same one to change the own
authority later, #8). Creating the file runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.ui.background import Background
from chinadossier.ui.dialogs.error_dialog import show_error
from chinadossier.ui.widgets.authority_picker import (  # re-exported: callers import them here
    AuthorityChoice,
    AuthorityPicker,
    fold,
    load_choices,
    match,
)


class WelcomeDialog(QDialog):
    """Chinadossier instellen: own authority, empty or demo, data folder."""

    created = Signal(object)
    """The new case file's path, after it was made."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None,
                 choices: list[AuthorityChoice] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chinadossier instellen"))
        self.setAccessibleName(self.tr("Chinadossier instellen"))
        self.setMinimumWidth(640)
        self._choices = choices if choices is not None else load_choices()
        self._chosen: AuthorityChoice | None = None
        self._data_dir = data_dir
        self.case_file: Path | None = None
        self._work = Background(self)
        self._work.finished.connect(self._made)
        self._shown_height = 0
        """The height before the suggestions made the dialog taller (it goes back after)."""

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(32, 24, 32, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Welkom bij Chinadossier"))
        title.setObjectName("DialogTitle")
        self.intro = intro = QLabel(self.tr(
            "Uw dossier van banden met Chinese partners: contactmomenten, besluiten, risico's "
            "en briefingsnotities op één plek. Eerst drie keuzes. Nieuwe records krijgen de "
            "classificatie Intern, tenzij u in het formulier een andere kiest; de eigen overheid "
            "en deze standaardclassificatie kunt u later wijzigen in Instellingen › Dit dossier."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(intro)

        lay.addWidget(self._step(1, self.tr("Voor welke gemeente of provincie werkt u?")))
        label = QLabel(self.tr("Eigen overheid *"))
        label.setObjectName("FieldLabel")
        self.picker = AuthorityPicker(self._choices, body)
        self.picker.picked.connect(self._take)
        self.picker.grown.connect(self.fit_height)  # the suggestions need room too
        self.search = self.picker.search
        self.results = self.picker.results
        self.chosen_label = self.picker.chosen_label
        label.setBuddy(self.search)
        lay.addWidget(label)
        lay.addWidget(self.picker)

        lay.addWidget(self._step(2, self.tr("Hoe wilt u beginnen?")))
        self.empty = QRadioButton(self.tr("Leeg dossier — begin met uw eigen gegevens; "
                                          "referentielijsten zijn al geladen"))
        self.demo = QRadioButton(self.tr("Met demogegevens — oefen met fictieve gegevens "
                                         "(gemarkeerd als fictief)"))
        self.empty.setAccessibleName(self.tr("Leeg dossier"))
        self.demo.setAccessibleName(self.tr("Met demogegevens"))
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        lay.addWidget(self.empty)
        lay.addWidget(self.demo)

        lay.addWidget(self._step(3, self.tr("Waar bewaart u het dossier?")))
        folder_label = QLabel(self.tr("Gegevensmap"))
        folder_label.setObjectName("FieldLabel")
        row = QHBoxLayout()
        self.folder = QLineEdit(str(data_dir))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Gegevensmap"))
        change = QPushButton(self.tr("Wijzigen…"))
        change.setAccessibleName(self.tr("Gegevensmap wijzigen"))
        change.clicked.connect(self._pick_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(change)
        hint = QLabel(self.tr("Alleen op deze computer, geen clouddienst. Back-ups komen in de "
                              "submap backups."))
        hint.setObjectName("Faint")
        lay.addWidget(folder_label)
        lay.addLayout(row)
        lay.addWidget(hint)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Dossier wordt aangemaakt"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        lay.addWidget(self.progress)

        footer = QFrame()
        footer.setObjectName("DialogFooter")
        foot = QHBoxLayout(footer)
        foot.setContentsMargins(24, 12, 24, 12)
        # Truthful (#8): Instellingen changes the own authority and classification; the folder
        # chosen above (Wijzigen…) is remembered for the next start, unless --data-dir says
        # otherwise then.
        later = QLabel(self.tr("Overheid en classificatie later te wijzigen via Extra › "
                               "Instellingen (Ctrl+,). De gegevensmap hierboven wordt onthouden "
                               "(--data-dir bij het starten gaat voor)."))
        later.setWordWrap(True)
        later.setObjectName("Faint")
        self.create_button = QPushButton(self.tr("Dossier aanmaken"))
        self.create_button.setObjectName("Primary")
        self.create_button.setEnabled(False)
        self.create_button.setDefault(False)
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self._create)
        close = QPushButton(self.tr("Afsluiten"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        foot.addWidget(later, 1)
        foot.addWidget(self.create_button)
        foot.addWidget(close)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(body, 1)
        outer.addWidget(footer)
        self.search.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Tall enough for the wrapped texts at the width shown, from the first paint on."""
        self.fit_height()
        super().showEvent(event)

    def fit_height(self) -> None:
        """A layout's minimum size ignores word-wrapped labels (height for width): their height
        at the dialog's own width is asked here, so no line is cut and no field squashed.

        Asked again whenever the suggestions open, close or change (picker.grown): the minimum
        set here is fixed, so the dialog would not grow for them by itself. Taller for the
        suggestions, it returns to its earlier height when they close."""
        widget: QWidget | None = self.picker
        while widget is not None and widget is not self:  # their cached heights are stale
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget.updateGeometry()  # and the cache of the layout item holding it
            widget = widget.parentWidget()
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        shown = self.height()
        self.setMinimumHeight(height)  # resizes a smaller dialog itself
        if shown < height:
            if self.isVisible():
                self._shown_height = self._shown_height or shown
            self.resize(width, height)
            self._keep_on_screen()
        elif self._shown_height and not self.results.isVisible():
            self.resize(width, max(height, self._shown_height))
            self._shown_height = 0

    def _keep_on_screen(self) -> None:
        """Moved up when it grew past the bottom of the screen (a 1366×768 laptop)."""
        screen = self.screen()
        if not self.isVisible() or screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        if frame.bottom() > room.bottom():
            self.move(frame.left(), max(room.top(), frame.top() - (frame.bottom() - room.bottom())))

    def _step(self, number: int, text: str) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 10, 0, 0)
        badge = QLabel(str(number))
        badge.setObjectName("StepBadge")
        head = QLabel(text)
        head.setObjectName("CardTitle")
        grid.addWidget(badge, 0, 0)
        grid.addWidget(head, 0, 1)
        grid.setColumnStretch(1, 1)
        return box

    @property
    def data_dir(self) -> Path:
        """The chosen data folder."""
        return self._data_dir

    @property
    def chosen(self) -> AuthorityChoice | None:
        """The authority picked so far."""
        return self._chosen

    def _take(self, choice: AuthorityChoice) -> None:
        self._chosen = choice
        self.create_button.setEnabled(True)
        self.create_button.setDefault(True)
        self.create_button.setFocus()

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Gegevensmap kiezen"),
                                                  str(self._data_dir))
        if folder:
            self.set_data_dir(Path(folder))

    def set_data_dir(self, folder: Path) -> None:
        """Use another data folder."""
        self._data_dir = folder
        self.folder.setText(str(folder))

    def _create(self) -> None:
        if self._chosen is None or self._work.is_running():
            return
        from chinadossier.paths import Paths, ensure_dirs

        paths = Paths.from_data_dir(self._data_dir)
        code = self._chosen.code
        with_demo = self.demo.isChecked()

        def make() -> Path:
            from chinadossier.domain.actor import Actor
            from chinadossier.domain.clock import SystemClock
            from chinadossier.services import demo
            from chinadossier.services.setup import new_case_file

            ensure_dirs(paths)
            if with_demo:
                return demo.create_demo(paths.case_file, authority_code=code).path
            return new_case_file(paths.case_file, authority_code=code, clock=SystemClock(),
                                 actor=Actor.current())

        self.create_button.setEnabled(False)
        self.progress.show()
        self._work.start(make)

    def _made(self, ok: bool, value: object) -> None:
        self.progress.hide()
        if not ok:
            assert isinstance(value, BaseException)
            self.create_button.setEnabled(True)
            show_error(self, value)
            return
        assert isinstance(value, Path)
        self.case_file = value
        self.created.emit(value)
        self.accept()

    def reject(self) -> None:
        """Closing is refused while the file is being made (it finishes first)."""
        if self._work.is_running():
            return
        super().reject()


__all__ = ["AuthorityChoice", "WelcomeDialog", "fold", "load_choices", "match"]
