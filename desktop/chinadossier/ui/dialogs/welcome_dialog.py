"""First run: the own gemeente or provincie (CBS type-ahead), empty or demo, the data folder.

The CBS list comes from the shipped reference files (no case file exists yet). Matching folds
case, accents and punctuation, so "Den Haag" finds 's-Gravenhage (its common name), "Rott" finds
Rotterdam and "gm599" finds GM0599. Creating the file runs off the GUI thread.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.ui.background import Background
from chinadossier.ui.dialogs.error_dialog import show_error

_CODE = re.compile(r"^\s*(gm|pv)\s*-?\s*(\d{1,4})\s*$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case, no accents, only letters and digits ("'s-Gravenhage" → "sgravenhage")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@dataclass(frozen=True, slots=True)
class AuthorityChoice:
    """One entry of the CBS list as the dialog shows it."""

    code: str
    name: str
    common_name: str | None
    is_province: bool
    province: str | None

    @property
    def display_name(self) -> str:
        """The common name where it differs from CBS's official one."""
        return self.common_name or self.name

    @property
    def folded(self) -> tuple[str, ...]:
        """Folded names to match against."""
        return tuple(fold(n) for n in (self.name, self.common_name) if n)


def load_choices() -> list[AuthorityChoice]:
    """The shipped CBS list: provinces and municipalities, sorted by name."""
    from chinadossier.services.reference import load_reference

    data = load_reference()
    provinces = {a.code: a.name for a in data.authorities if a.kind == "province"}
    out = [
        AuthorityChoice(a.code, a.name, a.common_name, a.kind == "province",
                        provinces.get(a.province_code or ""))
        for a in data.authorities
    ]
    out.sort(key=lambda c: fold(c.display_name))
    return out


def match(choices: list[AuthorityChoice], text: str, limit: int = 8) -> list[AuthorityChoice]:
    """Entries for what was typed: a CBS code exactly, else names starting with it, then containing.

    Args:
        choices: The full list.
        text: What the user typed.
        limit: At most this many.
    """
    code = _CODE.match(text)
    if code:
        prefix, digits = code.group(1).upper(), int(code.group(2))
        wanted = f"PV{digits:02d}" if prefix == "PV" else f"GM{digits:04d}"
        exact = [c for c in choices if c.code == wanted]
        if exact:
            return exact
    needle = fold(text)
    if not needle:
        return []
    starts = [c for c in choices if any(f.startswith(needle) for f in c.folded)]
    contains = [c for c in choices
                if c not in starts and any(needle in f for f in c.folded)]
    return (starts + contains)[:limit]


class _ArrowsToList(QObject):
    """Up/Down in the search field move through the results; Enter takes the current one."""

    def __init__(self, results: QListWidget, accept: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._results = results
        self._accept = accept

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self._results.count() - 1, self._results.currentRow() + step))
                self._results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._results.currentItem():
                self._accept(self._results.currentItem())
                return True
        return False


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

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(32, 24, 32, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Welkom bij Chinadossier"))
        title.setObjectName("DialogTitle")
        intro = QLabel(self.tr(
            "Uw dossier van banden met Chinese partners: contactmomenten, besluiten, risico's "
            "en briefingsnotities op één plek. Eerst drie keuzes; de eigen overheid wordt in "
            "het dossier vastgelegd. Nieuwe records krijgen de classificatie Intern, tenzij u "
            "in het formulier een andere kiest."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(intro)

        lay.addWidget(self._step(1, self.tr("Voor welke gemeente of provincie werkt u?")))
        label = QLabel(self.tr("Eigen overheid *"))
        label.setObjectName("FieldLabel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Typ een naam of CBS-code, bijv. Rotterdam of GM0599"))
        self.search.setAccessibleName(self.tr("Eigen overheid zoeken"))
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Gevonden gemeenten en provincies"))
        self.results.hide()
        self.results.itemActivated.connect(self._take)
        self.results.itemClicked.connect(self._take)
        self.chosen_label = QLabel(self.tr("Nog geen overheid gekozen."))
        self.chosen_label.setObjectName("Muted")
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(_ArrowsToList(self.results, self._take, self))
        for w in (label, self.search, self.results, self.chosen_label):
            lay.addWidget(w)

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
        # Truthful (#8): Instellingen shows these choices but cannot change them; a different
        # data folder is chosen when starting the program (--data-dir).
        later = QLabel(self.tr("Een andere gegevensmap kiest u later bij het starten "
                               "(--data-dir)"))
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

    def _describe(self, choice: AuthorityChoice) -> str:
        kind = self.tr("Provincie") if choice.is_province else self.tr("Gemeente")
        where = (" · " + self.tr("provincie {0}").format(choice.province)
                 if choice.province else "")
        official = choice.common_name and choice.common_name != choice.name
        also = f" ({choice.name})" if official else ""
        return f"{choice.display_name}{also}  —  {kind}{where}  ·  {choice.code}"

    def _filter(self, text: str) -> None:
        self.results.clear()
        for choice in match(self._choices, text):
            item = QListWidgetItem(self._describe(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            row = self.results.sizeHintForRow(0)
            self.results.setFixedHeight(row * min(self.results.count(), 5) + 6)
        self.results.setVisible(self.results.count() > 0)

    def _take(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(choice, AuthorityChoice):
            return
        self._chosen = choice
        # the field shows the name taken and the suggestions close (it said "Rott" with the
        # list still open, #8); typing again searches anew
        blocked = self.search.blockSignals(True)
        self.search.setText(choice.display_name)
        self.search.blockSignals(blocked)
        self.results.hide()
        self.chosen_label.setText(self.tr("Gekozen: {0}").format(self._describe(choice)))
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
