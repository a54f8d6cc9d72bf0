"""Contactmoment vastleggen (Ctrl+N), and the form of a stored contact moment.

A new one starts on today's date with the kind and direction used last (the first time: the most
common in the case file) and the cursor in Onderwerp, so a title and Ctrl+Enter already save a
valid contact moment. Participants on both sides come from pickers that can create a missing
person; follow-up actions are saved with the contact moment in the same write.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import (
    ActionStatus,
    Direction,
    MeetingKind,
    ParticipantSide,
    RecordKind,
)
from chinadossier.domain.drafts import ActionDraft, MeetingDraft, ParticipantDraft
from chinadossier.domain.errors import FieldError, ValidationFailed
from chinadossier.domain.labels import label
from chinadossier.domain.queries import ListQuery
from chinadossier.ui.forms.base import RecordForm
from chinadossier.ui.forms.kinds import load_place, place_values
from chinadossier.ui.models.formatting import code_lang, date_text
from chinadossier.ui.widgets import picker_sources as ps
from chinadossier.ui.widgets.chip_details import ChipDetails
from chinadossier.ui.widgets.dates import DateEdit, InputError
from chinadossier.ui.widgets.picker import RecordPicker
from chinadossier.ui.widgets.row_list import RowListEditor
from chinadossier.ui.widgets.segmented import Segmented

SETTINGS_KIND = "forms/last_meeting_kind"
SETTINGS_DIRECTION = "forms/last_meeting_direction"


def settings() -> QSettings:
    """Where the last used kind and direction are remembered (per user, not in the case file)."""
    return QSettings("Chinadossier", "Chinadossier")


class PartiesField(QWidget):
    """Participants on our side and on theirs: two pickers under one label ("Deelnemers")."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        grid = QVBoxLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.ours = RecordPicker(form.ops, ps.PARTIES_OURS, self)
        self.theirs = RecordPicker(form.ops, ps.PARTIES_THEIRS, self)
        self.ours_label = QLabel(self.tr("Onze kant"), self)
        for caption, picker in ((self.ours_label, self.ours),
                                (QLabel(self.tr("Chinese partij"), self), self.theirs)):
            line = QHBoxLayout()
            line.setSpacing(12)
            caption.setFixedWidth(96)
            caption.setBuddy(picker)
            line.addWidget(caption)
            line.addWidget(picker, 1)
            grid.addLayout(line)
            picker.create_requested.connect(
                lambda kind, typed, p=picker: form.create_from_picker(p, kind, typed))
            form.pickers.append(picker)
        self.ours.setAccessibleName(self.tr("Deelnemers onze kant"))
        self.theirs.setAccessibleName(self.tr("Deelnemers Chinese partij"))
        # a role per participant ("burgemeester", "directeur Europa"), under the two pickers
        self.roles = ChipDetails(
            [(ParticipantSide.OURS, self.ours), (ParticipantSide.THEIRS, self.theirs)],
            self.tr("Rol, bijv. burgemeester"), self.tr("Rol van {0}"), self,
            on_new_line=lambda e: e.installEventFilter(form))
        line = QHBoxLayout()
        line.setSpacing(12)
        roles_label = QLabel(self.tr("Rollen"), self)
        roles_label.setFixedWidth(96)
        roles_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        roles_label.setContentsMargins(0, 6, 0, 0)
        self.roles.setVisible(False)
        self.roles_label = roles_label
        line.addWidget(roles_label)
        line.addWidget(self.roles, 1)
        grid.addLayout(line)
        self.ours.changed.connect(self._roles_shown)
        self.theirs.changed.connect(self._roles_shown)
        self._roles_shown()

    def _roles_shown(self) -> None:
        shown = bool(self.ours.choices() or self.theirs.choices())
        self.roles_label.setVisible(shown)
        self.roles.setVisible(shown)

    def drafts(self) -> tuple[ParticipantDraft, ...]:
        """Ours first, then theirs (the services number them in this order)."""
        out = []
        for side, picker in ((ParticipantSide.OURS, self.ours),
                             (ParticipantSide.THEIRS, self.theirs)):
            for c in picker.choices():
                out.append(ParticipantDraft(
                    side=side,
                    person_id=c.id if c.kind is RecordKind.PERSON else None,
                    organisation_id=c.id if c.kind is RecordKind.ORGANISATION else None,
                    authority_id=c.id if c.kind is RecordKind.AUTHORITY else None,
                    role=self.roles.value(side, c.id),
                ))
        return tuple(out)


class ActionsEditor(RowListEditor):
    """Follow-up actions: what, owner, due date; "+ Actie toevoegen"."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form, self.tr("+ Actie toevoegen"), self.tr("Actie toevoegen"))
        self.rows: list[tuple[QWidget, QLineEdit, QLineEdit, DateEdit]] = []
        self.form = form
        # the stored actions of a stored contact moment, above the new rows: they are records
        # of their own (edited from the Overzicht or their contact moment's detail pane), but
        # the form showed none of them, as if there were none
        self.stored = QLabel(self)
        self.stored.setObjectName("Hint")
        self.stored.setWordWrap(True)
        self.stored.setTextFormat(Qt.TextFormat.PlainText)
        self.stored.setAccessibleName(self.tr("Bestaande vervolgacties"))
        self.stored.hide()
        self.layout().insertWidget(0, self.stored)

    def show_stored(self, actions: Any) -> None:
        """List the contact moment's stored actions (open ones first): what, owner, due date."""
        ordered = sorted(actions, key=lambda a: a.status is not ActionStatus.OPEN)
        lines = []
        for a in ordered:
            state = "☑" if a.status is ActionStatus.DONE else "☐"
            bits = [b for b in (a.owner, date_text(a.due_on)) if b]
            lines.append(f"{state} {a.what}" + (f" · {' · '.join(bits)}" if bits else ""))
        self.stored.setText("\n".join(lines))
        self.stored.setVisible(bool(lines))

    def add_row(self) -> tuple[QLineEdit, QLineEdit, DateEdit]:
        """An empty action row; focus goes to its first field."""
        row = QWidget(self)
        number = len(self.rows) + 1
        what = QLineEdit(row)
        what.setPlaceholderText(self.tr("Wat moet er gebeuren?"))
        what.setAccessibleName(self.tr("Actie {0}: wat").format(number))
        # the owner is free text; our side's participants are offered in the list
        owner_box = QComboBox(row)
        owner_box.setEditable(True)
        owner_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        owner_box.addItems(self.owner_names())
        owner_box.setCurrentIndex(-1)
        owner_box.setAccessibleName(self.tr("Actie {0}: eigenaar").format(number))
        owner = owner_box.lineEdit()
        owner.setPlaceholderText(self.tr("Eigenaar"))
        owner.setAccessibleName(self.tr("Actie {0}: eigenaar").format(number))
        due = DateEdit(row)
        due.setAccessibleName(self.tr("Actie {0}: uiterste datum").format(number))
        remove = self.lay_out(row, [(what, 1)], [(owner_box, 1), (due, 1)],
                              self.tr("Actie {0} verwijderen").format(number),
                              self.tr("Actie verwijderen"))
        entry = (row, what, owner, due)
        remove.clicked.connect(lambda: self._remove(entry))
        for w in row.findChildren(QWidget):
            w.installEventFilter(self.form)
        self.rows.append(entry)
        self.box.addWidget(row)
        what.setFocus()
        return what, owner, due

    def owner_names(self) -> list[str]:
        """Names on our side of the contact moment (persons first), offered as owners."""
        parties = getattr(self.form, "parties", None)
        if parties is None:
            return []
        return [c.label for c in parties.ours.choices() if c.kind is RecordKind.PERSON]

    def refresh_owners(self) -> None:
        """Offer the current names of our side in every row's owner list."""
        for _, _, owner, _ in self.rows:
            box = owner.parent()
            if isinstance(box, QComboBox):
                text = owner.text()
                box.clear()
                box.addItems(self.owner_names())
                box.setCurrentIndex(-1)
                owner.setText(text)

    def _remove(self, entry: Any) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()

    def drafts(self) -> list[tuple[int, ActionDraft]]:
        """(row number, draft) of each filled row; a row without "what" is an input error
        (keyed by the row: ``actions[0]`` is the first row, as the services count)."""
        out = []
        for index, (_, what, owner, due) in enumerate(self.rows, start=1):
            try:
                due_on = due.value()
            except InputError as exc:
                self.form.input_errors[f"actions[{index - 1}].due_on"] = str(exc)
                due_on = None
            if not what.text().strip():
                if owner.text().strip() or due.text().strip():
                    self.form.input_errors[f"actions[{index - 1}].what"] = self.tr("is verplicht")
                continue
            out.append((index, ActionDraft(what=what.text(), owner=owner.text().strip() or None,
                                           due_on=due_on)))
        return out


def _by_row(error: FieldError, rows: list[int]) -> FieldError:
    """An action's error keyed by its row in the form (the services count the actions sent)."""
    match = re.match(r"^actions\[(\d+)\](.*)$", error.field)
    if match is None or int(match.group(1)) >= len(rows):
        return error
    return FieldError(f"actions[{rows[int(match.group(1))] - 1}]{match.group(2)}", error.message)


class MeetingForm(RecordForm):
    """A contact moment: the quick Ctrl+N dialog for a new one, the same form for a stored one."""

    kind = RecordKind.MEETING
    title_new = QT_TRANSLATE_NOOP("MeetingForm", "Contactmoment vastleggen")
    title_edit = QT_TRANSLATE_NOOP("MeetingForm", "Contactmoment bewerken")
    subtitle = QT_TRANSLATE_NOOP(
        "MeetingForm",
        "Gesprek, bezoek of bericht met de Chinese partij. Velden met * zijn verplicht.")

    def service(self, dossier: Any) -> Any:
        return dossier.meetings

    def build(self) -> None:
        with self.row():
            self.date("held_on", self.tr("Datum *"))
            self.rows["held_on"].setMaximumWidth(150)
            self.time("start_time", self.tr("Tijd"))
            self.rows["start_time"].setMaximumWidth(90)
            self.combo("meeting_kind", self.tr("Soort *"), MeetingKind)
        with self.row():
            self.direction = Segmented([(d, label(d, code_lang()).capitalize()) for d in Direction],
                                       self.tr("Richting"), self)
            self.add("direction", self.tr("Richting"), self.direction)
            self.place = self.picker("place_adcode", self.tr("Plaats"), ps.PLACES, multi=False,
                                     placeholder=self.tr("Plaats in China of vrije tekst"))
        self.title_edit_field = self.line("title", self.tr("Onderwerp *"),
                                          self.tr("Bijv. Voorbereiding evaluatie MoU"))
        self.parties = PartiesField(self)
        self.add("participants", self.tr("Deelnemers"), self.parties)
        self.picker("tie_ids", self.tr("Gekoppelde band"), ps.TIES,
                    placeholder=self.tr("Zoek een band…"))
        self.multiline("summary", self.tr("Samenvatting"), 4)
        self.use_column(1)
        self.actions = ActionsEditor(self)
        self.action_drafts: list[tuple[int, ActionDraft]] = []
        self.parties.ours.changed.connect(self.actions.refresh_owners)
        self.add("actions", self.tr("Vervolgacties"), self.actions)
        self.gift_check = QCheckBox(self.tr("Relatiegeschenk of gastvrijheid"), self)
        self.gift_check.setAccessibleName(self.tr("Relatiegeschenk of gastvrijheid"))
        self._column.addWidget(self.gift_check)
        self._column.addSpacing(12)  # the field rows have no spacing of their own (base.FieldRow)
        self.gift_text = self.line("gifts", self.tr("Omschrijving geschenk of gastvrijheid"))
        self.gift_value = self.money("gift_value_cents", self.tr("Geschatte waarde (€)"))
        self.gift_check.toggled.connect(self._gifts_toggled)
        self._gifts_toggled(False)

    def _gifts_toggled(self, on: bool) -> None:
        for key in ("gifts", "gift_value_cents"):
            self.rows[key].setVisible(on)

    def load_defaults(self) -> None:
        self.set_field("held_on", dt.date.today())
        self.ops.query(lambda d: d.ctx.clock.today(), on_done=self._today)
        store = settings()
        kind = store.value(SETTINGS_KIND)
        direction = store.value(SETTINGS_DIRECTION)
        if kind in {k.value for k in MeetingKind} and direction in {d.value for d in Direction}:
            self.set_field("meeting_kind", MeetingKind(kind))
            self.set_field("direction", Direction(direction))
        else:
            self.ops.query(lambda d: d.lookups.meeting_defaults(), on_done=self._defaults)
        self.ops.query(lambda d: d.settings(), on_done=self._own_side)
        self.title_edit_field.setFocus()

    def _today(self, today: dt.date) -> None:
        """Today by the services' clock (Europe/Amsterdam), unless the date was changed."""
        field = self.fields["held_on"]
        if field.text() == dt.date.today().strftime("%d-%m-%Y"):  # type: ignore[attr-defined]
            dirty = self.is_dirty()
            self.set_field("held_on", today)
            if not dirty:
                self._baseline = self.snapshot()

    def _defaults(self, defaults: tuple[MeetingKind, Direction]) -> None:
        dirty = self.is_dirty()
        self.set_field("meeting_kind", defaults[0])
        self.set_field("direction", defaults[1])
        if not dirty:
            self._baseline = self.snapshot()

    def _own_side(self, settings_: Any) -> None:
        self.parties.ours_label.setText(settings_.own_authority.label)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        """The cursor starts in Onderwerp."""
        super().showEvent(event)
        if self.record_id is None:
            self.title_edit_field.setFocus()

    def focus_first(self) -> None:
        """Onderwerp first."""
        self.title_edit_field.setFocus()

    def load(self, r: Any) -> None:
        # the own side is named after the own authority in the edit form too, as in the new one
        self.ops.query(lambda d: d.settings(), on_done=self._own_side)
        for key in ("held_on", "start_time", "meeting_kind", "direction", "title", "summary",
                    "gifts"):
            self.set_field(key, getattr(r, key))
        load_place(self.place, r)
        if r.gift_value_cents is not None:
            self.gift_value.setText(f"{r.gift_value_cents / 100:.2f}".replace(".", ","))
        self.gift_check.setChecked(bool(r.gifts or r.gift_value_cents))
        self.set_field("tie_ids", list(r.ties))
        self.parties.ours.set_choices([ps.choice_for_ref(p.party) for p in r.participants
                                       if p.side is ParticipantSide.OURS])
        self.parties.theirs.set_choices([ps.choice_for_ref(p.party) for p in r.participants
                                         if p.side is ParticipantSide.THEIRS])
        self.parties.roles.set_values({(p.side, p.party.id): p.role for p in r.participants})
        self.parties._roles_shown()
        # new follow-up actions can be added here too; the stored ones are records of their
        # own, listed above them
        record_id = r.meta.id
        self.ops.query(
            lambda d: d.actions.list(ListQuery(limit=100, filters={"meeting_id": record_id})).items,
            on_done=self.actions.show_stored)

    def draft(self) -> MeetingDraft:
        adcode, place_text = place_values(self.place)
        gifts = self.gift_check.isChecked()
        participants = self.parties.drafts()
        held_on = self.read("held_on")
        # read here, so an unreadable action is reported with everything else before saving
        self.action_drafts = self.actions.drafts()
        if held_on is None and "held_on" not in self.input_errors:
            self.input_errors["held_on"] = self.tr("is verplicht")
        return MeetingDraft(
            held_on=held_on,
            meeting_kind=self.code_of("meeting_kind"),
            title=self.text_of("title") or "",
            direction=self.direction.value() or Direction.NEUTRAL,
            start_time=self.read("start_time"),
            place_adcode=adcode,
            place_text=place_text,
            summary=self.text_of("summary"),
            gifts=self.text_of("gifts") if gifts else None,
            gift_value_cents=self.cents_of("gift_value_cents") if gifts else None,
            costs_cents=self.record.costs_cents if self.record is not None else None,
            topics=self.record.topics if self.record is not None else None,
            participants=participants,
            tie_ids=ps.ids_of(self.choices_of("tie_ids")),
            common=self.common(),
        )

    def save_call(self, draft: MeetingDraft) -> Any:
        numbered = self.action_drafts
        classification = draft.common.classification
        actions = [ActionDraft(what=a.what, owner=a.owner, due_on=a.due_on,
                               common=type(draft.common)(classification=classification))
                   for _, a in numbered]
        rows = [number for number, _ in numbered]
        if self.record_id is not None:
            # a stored contact moment and its new actions: one transaction, all or nothing
            record_id, version = self.record_id, self.version

            def edit(dossier: Any) -> Any:
                try:
                    return dossier.meetings.edit_with_actions(
                        record_id, draft, actions, expected_version=version)
                except ValidationFailed as exc:
                    raise ValidationFailed([_by_row(e, rows) for e in exc.errors]) from exc

            return edit
        attachments = self.attachments

        def create(dossier: Any) -> Any:
            # Ctrl+N with follow-up actions is one user action: one transaction, all or nothing
            try:
                result = dossier.meetings.create_with_actions(draft, actions)
            except ValidationFailed as exc:
                raise ValidationFailed([_by_row(e, rows) for e in exc.errors]) from exc
            attachments.attach_pending(dossier, result.record.meta.id)
            return result

        return create

    def _saved(self, result: Any) -> None:
        store = settings()
        store.setValue(SETTINGS_KIND, str(self.code_of("meeting_kind")))
        store.setValue(SETTINGS_DIRECTION, str(self.direction.value() or Direction.NEUTRAL))
        super()._saved(result)


class QuickMeetingDialog(MeetingForm):
    """Ctrl+N: a new contact moment from any screen."""

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(ops, None, parent)

