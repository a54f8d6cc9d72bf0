"""The forms of every kind of record: which fields, how a record loads, what draft they make."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QWidget,
)

from chinadossier.domain.codes import (
    ActionStatus,
    AuthorityKind,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    KnowledgeStrength,
    NameOrder,
    OrganisationKind,
    PoliticalFactKind,
    RecordKind,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.drafts import (
    ActionDraft,
    AssessmentDraft,
    AuthorityDraft,
    DecisionDraft,
    OrganisationDraft,
    PersonDraft,
    PoliticalFactDraft,
    PositionDraft,
    RiskCategoryDraft,
    RiskNoteDraft,
    SourceDraft,
    TieDraft,
)
from chinadossier.domain.labels import choices as enum_choices
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.record_refs import default_name_order
from chinadossier.ui.forms.base import RecordForm
from chinadossier.ui.models.formatting import code_lang
from chinadossier.ui.widgets import picker_sources as ps
from chinadossier.ui.widgets.chips import Choice
from chinadossier.ui.widgets.dates import DateEdit, InputError, RoughDateEdit
from chinadossier.ui.widgets.picker import RecordPicker
from chinadossier.ui.widgets.row_list import RowListEditor


def _own_authority(form: RecordForm, key: str) -> None:
    """Preselect the case file's own authority in a picker (new records)."""

    def done(settings: Any) -> None:
        picker = form.fields[key]
        if isinstance(picker, RecordPicker) and not picker.choices():
            picker.set_choices([ps.choice_for_ref(settings.own_authority)])
            form._baseline = form.snapshot()

    form.ops.query(lambda d: d.settings(), on_done=done)


class OrganisationForm(RecordForm):
    """A Chinese counterpart."""

    kind = RecordKind.ORGANISATION
    title_new = QT_TRANSLATE_NOOP("OrganisationForm", "Nieuwe organisatie")
    title_edit = QT_TRANSLATE_NOOP("OrganisationForm", "Organisatie bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.organisations

    def build(self) -> None:
        self.line("name_nl", self.tr("Naam (Nederlands) *"),
                  self.tr("Bijv. Bureau Buitenlandse Zaken Xinghe"))
        self.names = self.hanzi_pinyin(person=False)
        with self.row():
            self.combo("org_kind", self.tr("Soort *"), OrganisationKind)
            self.line("name_en", self.tr("Naam (Engels)"))
        self.place = self.picker("place_adcode", self.tr("Plaats (referentielijst of vrije tekst)"),
                                 ps.PLACES, multi=False,
                                 placeholder=self.tr("Bijv. Nanjing of 南京"))
        self.picker("parent_id", self.tr("Valt onder"), ps.ORGANISATIONS, multi=False)
        self.line("website", self.tr("Website"), self.tr("https://…"))
        self.multiline("aliases", self.tr("Andere schrijfwijzen"), 2)
        self.multiline("notes", self.tr("Aantekeningen"), 3)
        self.use_column(1)
        self.contact_fields()

    def load(self, r: Any) -> None:
        self.set_field("name_nl", r.name_nl)
        self.names.load(r.hanzi, r.pinyin, r.pinyin_auto)
        for key in ("org_kind", "name_en", "website", "aliases", "notes", "emails", "phones",
                    "postal_addresses"):
            self.set_field(key, getattr(r, key))
        load_place(self.place, r)
        if r.parent_id is not None:
            parent_id = r.parent_id
            self.ops.query(lambda d: d.organisations.get(parent_id),
                           on_done=lambda o: self._parent(o))

    def _parent(self, o: Any) -> None:
        self.fields["parent_id"].set_choices([ps.organisation_choice(o)])  # type: ignore[attr-defined]
        self._baseline = self.snapshot()

    def prefill(self, initial: dict[str, Any]) -> None:
        if "hanzi" in initial:
            self.names.hanzi.setText(initial.pop("hanzi"))
        super().prefill(initial)

    def draft(self) -> OrganisationDraft:
        hanzi, pinyin = self.names.values()
        adcode, place_text = place_values(self.place)
        return OrganisationDraft(
            name_nl=self.text_of("name_nl") or "",
            org_kind=self.code_of("org_kind"),
            name_en=self.text_of("name_en"),
            hanzi=hanzi,
            pinyin=pinyin,
            place_adcode=adcode,
            place_text=place_text,
            parent_id=self.one_id("parent_id"),
            website=self.text_of("website"),
            aliases=self.text_of("aliases"),
            notes=self.text_of("notes"),
            common=self.common(),
            emails=self.fields["emails"].entries(),  # type: ignore[attr-defined]
            phones=self.fields["phones"].entries(),  # type: ignore[attr-defined]
            postal_addresses=self.fields["postal_addresses"].entries(),  # type: ignore[attr-defined]
        )


def load_place(picker: RecordPicker, record: Any) -> None:
    """A record's place: a reference division as a chip, or the free text in the edit."""
    if record.place_adcode:
        picker.set_choices([Choice(None, record.place_adcode,
                                   record.place_label or record.place_adcode)])
    if record.place_text:
        picker.edit.setText(record.place_text)


def place_values(picker: RecordPicker) -> tuple[str | None, str | None]:
    """(division code, free text) of a place picker."""
    chosen = picker.choices()
    return (chosen[0].id if chosen else None), picker.free_value()


class PositionsEditor(RowListEditor):
    """A person's posts: title, organisation or authority, from, until (rough dates)."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form, self.tr("+ Functie toevoegen"), self.tr("Functie toevoegen"))
        self.rows: list[tuple[QFrame, QLineEdit, RecordPicker, RoughDateEdit, RoughDateEdit]] = []
        self.form = form

    def add_row(self, position: Any = None) -> None:
        """One post (empty, or from a stored one)."""
        row = QFrame(self)
        row.setObjectName("Card")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        number = len(self.rows) + 1
        title = QLineEdit(row)
        title.setPlaceholderText(self.tr("Functie, bijv. Directeur"))
        title.setAccessibleName(self.tr("Functie {0}: titel").format(number))
        where = RecordPicker(self.form.ops, ps.EMPLOYERS, row, multi=False,
                             placeholder=self.tr("Organisatie of overheid"))
        where.setAccessibleName(self.tr("Functie {0}: organisatie").format(number))
        where.create_requested.connect(
            lambda kind, typed, p=where: self.form.create_from_picker(p, kind, typed))
        self.form.pickers.append(where)
        starts, ends = RoughDateEdit(row), RoughDateEdit(row)
        starts.setPlaceholderText(self.tr("van (bijv. ca. 2019)"))
        ends.setPlaceholderText(self.tr("tot"))
        starts.setAccessibleName(self.tr("Functie {0}: van").format(number))
        ends.setAccessibleName(self.tr("Functie {0}: tot").format(number))
        remove = self.lay_out(row, [(title, 1)], [(where, 2), (starts, 1), (ends, 1)],
                              self.tr("Functie {0} verwijderen").format(number),
                              self.tr("Functie verwijderen"), margin=8)
        entry = (row, title, where, starts, ends)
        remove.clicked.connect(lambda: self._remove(entry))
        if position is not None:
            title.setText(position.title)
            ref = position.organisation or position.authority
            if ref is not None:
                where.set_choices([ps.choice_for_ref(ref)])
            starts.set_value(position.starts)
            ends.set_value(position.ends)
        for w in row.findChildren(QWidget):
            w.installEventFilter(self.form)
        self.rows.append(entry)
        self.box.addWidget(row)

    def _remove(self, entry: Any) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()

    def drafts(self) -> tuple[PositionDraft, ...]:
        """The posts as drafts (unreadable dates are reported on the field)."""
        out = []
        for index, (_, title, where, starts, ends) in enumerate(self.rows, start=1):
            chosen = where.choices()
            org = chosen[0].id if chosen and chosen[0].kind is RecordKind.ORGANISATION else None
            auth = chosen[0].id if chosen and chosen[0].kind is RecordKind.AUTHORITY else None
            values = []
            for edit in (starts, ends):
                try:
                    values.append(edit.value())
                except InputError as exc:
                    # keyed 0-based, as the services key it ("positions[0]" reads "functie 1")
                    self.form.input_errors[f"positions[{index - 1}]"] = str(exc)
                    values.append(None)
            if not title.text().strip() and not chosen and values == [None, None]:
                continue
            out.append(PositionDraft(title=title.text(), organisation_id=org, authority_id=auth,
                                     starts=values[0], ends=values[1]))
        return tuple(out)


class PoliticalFactsEditor(RowListEditor):
    """A person's political facts (party membership or post, AVG art. 9): what, which source,
    as of which date. The services refuse a fact without source or date; the message shows here."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form, self.tr("+ Politiek feit toevoegen"),
                         self.tr("Politiek feit toevoegen"))
        self.rows: list[tuple[QFrame, QComboBox, QLineEdit, RecordPicker, DateEdit]] = []
        self.form = form

    def add_row(self, fact: Any = None) -> None:
        """One fact (empty, or from a stored one)."""
        row = QFrame(self)
        row.setObjectName("Card")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        number = len(self.rows) + 1
        kind = QComboBox(row)
        for value, caption in enum_choices(PoliticalFactKind, code_lang()):
            kind.addItem(caption[:1].upper() + caption[1:], value)
        kind.setAccessibleName(self.tr("Politiek feit {0}: soort").format(number))
        text = QLineEdit(row)
        text.setPlaceholderText(self.tr("Wat, bijv. lid van de partijcommissie"))
        text.setAccessibleName(self.tr("Politiek feit {0}: omschrijving").format(number))
        source = RecordPicker(self.form.ops, ps.SOURCES, row, multi=False,
                              placeholder=self.tr("Bron (verplicht)"))
        source.setAccessibleName(self.tr("Politiek feit {0}: bron").format(number))
        source.create_requested.connect(
            lambda kind_, typed, p=source: self.form.create_from_picker(p, kind_, typed))
        self.form.pickers.append(source)
        as_of = DateEdit(row)
        as_of.setToolTip(self.tr("Datum waarop het feit gold (verplicht)"))
        as_of.setAccessibleName(self.tr("Politiek feit {0}: per datum").format(number))
        remove = self.lay_out(row, [(kind, 1), (text, 2)], [(source, 2), (as_of, 1)],
                              self.tr("Politiek feit {0} verwijderen").format(number),
                              self.tr("Politiek feit verwijderen"), margin=8)
        entry = (row, kind, text, source, as_of)
        remove.clicked.connect(lambda: self._remove(entry))
        if fact is not None:
            kind.setCurrentIndex(max(0, kind.findData(fact.fact_kind)))
            text.setText(fact.text)
            source.set_choices([ps.choice_for_ref(fact.source)])
            as_of.set_value(fact.as_of)
        for w in row.findChildren(QWidget):
            w.installEventFilter(self.form)
        self.rows.append(entry)
        self.box.addWidget(row)
        if fact is None:
            text.setFocus()

    def _remove(self, entry: Any) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()

    def drafts(self) -> tuple[PoliticalFactDraft, ...]:
        """The facts as drafts; an empty row is left out, a date that is no date is reported."""
        out = []
        for _, kind, text, source, as_of in self.rows:
            chosen = source.choices()
            try:
                day = as_of.value()
            except InputError as exc:
                self.form.input_errors[f"political_facts[{len(out)}].as_of"] = str(exc)
                day = None
            if not text.text().strip() and not chosen and not as_of.text().strip():
                continue
            out.append(PoliticalFactDraft(
                fact_kind=PoliticalFactKind(kind.currentData()), text=text.text(),
                source_id=chosen[0].id if chosen else None, as_of=day))
        return tuple(out)


class PersonForm(RecordForm):
    """A person: Chinese counterpart or one of our own officials."""

    kind = RecordKind.PERSON
    title_new = QT_TRANSLATE_NOOP("PersonForm", "Nieuwe persoon")
    title_edit = QT_TRANSLATE_NOOP("PersonForm", "Persoon bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.persons

    def build(self) -> None:
        self.names = self.hanzi_pinyin(person=True)
        with self.row():
            self.line("family_name", self.tr("Achternaam *"), self.tr("Bijv. Wáng of Bakker"))
            self.line("given_name", self.tr("Voornaam"))
            self.line("tussenvoegsel", self.tr("Tussenvoegsel"))
        order = self.combo("name_order", self.tr("Naamvolgorde"), NameOrder)
        # Until chosen, the order follows the name: Hanzi → family name first, else given first.
        self.order_chosen = False
        order.activated.connect(self._order_chosen)
        self.names.hanzi.textChanged.connect(self._follow_name_order)
        self.positions = PositionsEditor(self)
        self.add("positions", self.tr("Functies"), self.positions)
        self.political_facts = PoliticalFactsEditor(self)
        self.add("political_facts", self.tr("Politieke feiten (met bron en datum)"),
                 self.political_facts)
        self.multiline("aliases", self.tr("Andere schrijfwijzen"), 2)
        self.multiline("notes", self.tr("Aantekeningen"), 3)
        self.use_column(1)
        self.contact_fields()

    def _order_chosen(self, _index: int) -> None:
        self.order_chosen = True

    def _follow_name_order(self, hanzi: str) -> None:
        if not self.order_chosen:
            self.set_field("name_order", default_name_order(hanzi))

    def load_defaults(self) -> None:
        self._follow_name_order("")

    def load(self, r: Any) -> None:
        self.order_chosen = True  # a stored person keeps the order it has
        self.names.load(r.hanzi, r.pinyin, r.pinyin_auto)
        for key in ("family_name", "given_name", "tussenvoegsel", "name_order", "aliases", "notes",
                    "emails", "phones", "postal_addresses"):
            self.set_field(key, getattr(r, key))
        for p in r.positions:
            self.positions.add_row(p)
        for f in r.political_facts:
            self.political_facts.add_row(f)

    def prefill(self, initial: dict[str, Any]) -> None:
        if "hanzi" in initial:
            self.names.hanzi.setText(initial.pop("hanzi"))
        super().prefill(initial)

    def draft(self) -> PersonDraft:
        hanzi, pinyin = self.names.values()
        facts = self.political_facts.drafts()
        return PersonDraft(
            family_name=self.text_of("family_name") or "",
            given_name=self.text_of("given_name"),
            tussenvoegsel=self.text_of("tussenvoegsel"),
            name_order=self.code_of("name_order"),
            hanzi=hanzi,
            pinyin=pinyin,
            aliases=self.text_of("aliases"),
            notes=self.text_of("notes"),
            positions=self.positions.drafts(),
            political_facts=facts,
            common=self.common(),
            emails=self.fields["emails"].entries(),  # type: ignore[attr-defined]
            phones=self.fields["phones"].entries(),  # type: ignore[attr-defined]
            postal_addresses=self.fields["postal_addresses"].entries(),  # type: ignore[attr-defined]
        )


class TieForm(RecordForm):
    """A tie between one of our authorities and a Chinese counterpart."""

    kind = RecordKind.TIE
    title_new = QT_TRANSLATE_NOOP("TieForm", "Nieuwe band")
    title_edit = QT_TRANSLATE_NOOP("TieForm", "Band bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.ties

    def build(self) -> None:
        self.picker("authority_id", self.tr("Nederlandse overheid *"), ps.AUTHORITIES, multi=False,
                    placeholder=self.tr("Gemeente of provincie"))
        self.picker("organisation_id", self.tr("Chinese partij *"), ps.ORGANISATIONS, multi=False)
        with self.row():
            self.combo("tie_type", self.tr("Soort band *"), TieType)
            self.combo("status", self.tr("Status *"), TieStatus)
            self.date("evaluation_on", self.tr("Evaluatie"))
        self.line("title", self.tr("Titel"),
                  self.tr("Leeg: gemaakt van de namen van beide partijen"))
        with self.row():
            self.rough_date("starts", self.tr("Sinds"))
            self.rough_date("signed", self.tr("Ondertekend"))
            self.rough_date("ends", self.tr("Beëindigd"))
        # the term of the agreement (MoU) and its renewal are rough dates too ("2021"–"2025")
        with self.row():
            self.rough_date("term_starts", self.tr("Begin looptijd"))
            self.rough_date("term_ends", self.tr("Einde looptijd"))
            self.rough_date("renewed", self.tr("Verlengd"))
        self.multiline("description", self.tr("Omschrijving"), 4)

    def load_defaults(self) -> None:
        _own_authority(self, "authority_id")
        # No silent default for a fact: a new tie starts at "Kies…" for its kind and status;
        # left so, the service's field-keyed "kies een …" shows beside the field.
        for key in ("tie_type", "status"):
            box = self.fields[key]
            assert isinstance(box, QComboBox)
            box.insertItem(0, self.tr("Kies…"), None)
            box.setCurrentIndex(0)

    def load(self, r: Any) -> None:
        self.set_field("authority_id", r.authority)
        self.set_field("organisation_id", r.organisation)
        for key in ("tie_type", "status", "title", "starts", "signed", "ends", "term_starts",
                    "renewed", "evaluation_on", "description"):
            self.set_field(key, getattr(r, key))
        # an older record may hold only the exact day (term_ends is that day when known)
        term_ends = r.term_ends
        if term_ends is None and r.term_ends_on is not None:
            term_ends = PartialDate.day(r.term_ends_on)
        self.set_field("term_ends", term_ends)

    def draft(self) -> TieDraft:
        return TieDraft(
            authority_id=self.one_id("authority_id"),
            organisation_id=self.one_id("organisation_id"),
            tie_type=self.code_of("tie_type"),
            status=self.code_of("status"),
            title=self.text_of("title"),
            starts=self.read("starts"),
            signed=self.read("signed"),
            ends=self.read("ends"),
            term_starts=self.read("term_starts"),
            term_ends=self.read("term_ends"),
            renewed=self.read("renewed"),
            evaluation_on=self.read("evaluation_on"),
            description=self.text_of("description"),
            common=self.common(),
        )


class ActionForm(RecordForm):
    """A follow-up action or commitment."""

    kind = RecordKind.ACTION
    title_new = QT_TRANSLATE_NOOP("ActionForm", "Nieuwe actie")
    title_edit = QT_TRANSLATE_NOOP("ActionForm", "Actie bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.actions

    def build(self) -> None:
        self.line("what", self.tr("Actie *"), self.tr("Bijv. Conceptevaluatie naar Xinghe sturen"))
        with self.row():
            self.line("owner", self.tr("Eigenaar"))
            self.date("due_on", self.tr("Uiterste datum"))
        with self.row():
            self.combo("status", self.tr("Status"), ActionStatus)
            self.date("done_on", self.tr("Afgerond op"))
        self.picker("meeting_id", self.tr("Contactmoment"), ps.MEETINGS, multi=False)
        self.picker("decision_id", self.tr("Besluit"), ps.DECISIONS, multi=False)

    def load(self, r: Any) -> None:
        for key in ("what", "owner", "due_on", "status", "done_on"):
            self.set_field(key, getattr(r, key))
        for key, rid, kind in (("meeting_id", r.meeting_id, RecordKind.MEETING),
                               ("decision_id", r.decision_id, RecordKind.DECISION)):
            if rid is not None:
                self.set_field(key, [Choice(kind, rid, "…")])
                self._label(key, kind, rid)

    def _label(self, key: str, kind: RecordKind, rid: Any) -> None:
        service = "meetings" if kind is RecordKind.MEETING else "decisions"

        def done(rec: Any) -> None:
            self.set_field(key, [Choice(kind, rid, rec.title, None, rec.meta.display_no)])
            self._baseline = self.snapshot()

        self.ops.query(lambda d: getattr(d, service).get(rid), on_done=done)

    def draft(self) -> ActionDraft:
        return ActionDraft(
            what=self.text_of("what") or "",
            owner=self.text_of("owner"),
            due_on=self.read("due_on"),
            status=self.code_of("status"),
            done_on=self.read("done_on"),
            meeting_id=self.one_id("meeting_id"),
            decision_id=self.one_id("decision_id"),
            common=self.common(),
        )


class DecisionForm(RecordForm):
    """A council or executive decision, motion, questions or commitment."""

    kind = RecordKind.DECISION
    title_new = QT_TRANSLATE_NOOP("DecisionForm", "Besluit vastleggen")
    title_edit = QT_TRANSLATE_NOOP("DecisionForm", "Besluit bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.decisions

    def build(self) -> None:
        self.line("title", self.tr("Onderwerp *"), self.tr("Bijv. Motie beëindiging stedenband"))
        with self.row():
            self.date("decided_on", self.tr("Datum *"))
            self.combo("decision_kind", self.tr("Soort *"), DecisionKind)
        with self.row():
            self.combo("body", self.tr("Orgaan *"), DecisionBody)
            self.combo("outcome", self.tr("Uitkomst"), DecisionOutcome)
        self.picker("authority_id", self.tr("Nederlandse overheid *"), ps.AUTHORITIES, multi=False)
        with self.row():
            self.line("reference", self.tr("Kenmerk"))
            self.spin("votes_for", self.tr("Stemmen voor"), 0, 100000)
            self.spin("votes_against", self.tr("Stemmen tegen"), 0, 100000)
        self.picker("link_ids", self.tr("Gaat over"), ps.LINKABLE)
        self.multiline("summary", self.tr("Samenvatting"), 4)

    def load_defaults(self) -> None:
        _own_authority(self, "authority_id")

    def load(self, r: Any) -> None:
        self.set_field("authority_id", r.authority)
        self.set_field("link_ids", list(r.links))
        for key in ("title", "decided_on", "decision_kind", "body", "outcome", "reference",
                    "votes_for", "votes_against", "summary"):
            self.set_field(key, getattr(r, key))

    def draft(self) -> DecisionDraft:
        votes_for = self.fields["votes_for"].value()  # type: ignore[attr-defined]
        votes_against = self.fields["votes_against"].value()  # type: ignore[attr-defined]
        return DecisionDraft(
            authority_id=self.one_id("authority_id"),
            body=self.code_of("body"),
            decision_kind=self.code_of("decision_kind"),
            decided_on=self.read("decided_on"),
            title=self.text_of("title") or "",
            outcome=self.code_of("outcome"),
            reference=self.text_of("reference"),
            summary=self.text_of("summary"),
            votes_for=votes_for or None,
            votes_against=votes_against or None,
            link_ids=ps.ids_of(self.choices_of("link_ids")),
            common=self.common(),
        )


class RiskNoteForm(RecordForm):
    """A risk note with its first assessment (bruto and netto, kans × impact)."""

    kind = RecordKind.RISK_NOTE
    title_new = QT_TRANSLATE_NOOP("RiskNoteForm", "Risico toevoegen")
    title_edit = QT_TRANSLATE_NOOP("RiskNoteForm", "Risico bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.risk_notes

    def build(self) -> None:
        self.line("title", self.tr("Titel *"), self.tr("Bijv. Betaalde reis voor raadsleden"))
        self.picker("subject_id", self.tr("Gaat over *"), ps.SUBJECTS, multi=False,
                    placeholder=self.tr("Band, organisatie of persoon"))
        category = QComboBox(self)
        self.add("category_code", self.tr("Categorie *"), category)
        self.ops.query(lambda d: d.risk_categories.list_all(), on_done=self._categories)
        self.section(self.tr("Beoordeling (1–5)"))
        with self.row():
            self.spin("inherent_likelihood", self.tr("Bruto kans"), 1, 5)
            self.spin("inherent_impact", self.tr("Bruto impact"), 1, 5)
            self.spin("residual_likelihood", self.tr("Netto kans"), 1, 5)
            self.spin("residual_impact", self.tr("Netto impact"), 1, 5)
        self.assessment_keys = ("inherent_likelihood", "inherent_impact", "residual_likelihood",
                                "residual_impact")
        self.fields["assessment"] = self.fields["inherent_likelihood"]
        self.rows["assessment"] = self.rows["inherent_likelihood"]
        self.multiline("description", self.tr("Omschrijving"), 3)
        self.multiline("measures", self.tr("Beheersmaatregelen"), 3)
        self.use_column(1)
        with self.row():
            self.combo("treatment", self.tr("Behandeling"), Treatment)
            self.combo("status", self.tr("Status"), RiskStatus)
        with self.row():
            self.line("owner", self.tr("Risico-eigenaar"))
            self.date("next_review_on", self.tr("Volgende herbeoordeling"))
        self.combo("knowledge_strength", self.tr("Sterkte van kennis"), KnowledgeStrength)

    def _categories(self, categories: list[Any]) -> None:
        box = self.fields["category_code"]
        assert isinstance(box, QComboBox)
        wanted = box.currentData()
        box.clear()
        for c in categories:
            if not c.retired or (self.record is not None and self.record.category.id == c.meta.id):
                box.addItem(f"{c.code} · {c.name_nl}", c.code)
        if self.record is not None:
            wanted = self.record.category.display_no
        if wanted is not None:
            self.set_field("category_code", wanted)
        self._baseline = self.snapshot()

    def load_defaults(self) -> None:
        self.set_field("knowledge_strength", KnowledgeStrength.MEDIUM)

    def load(self, r: Any) -> None:
        self.set_field("subject_id", r.subject)
        for key in ("title", "description", "measures", "treatment", "owner", "status",
                    "next_review_on", "knowledge_strength"):
            self.set_field(key, getattr(r, key))
        a = r.current
        for key in self.assessment_keys:
            self.set_field(key, getattr(a, key))
            self.fields[key].setEnabled(False)  # a new assessment is a re-assessment
        self.set_field("category_code", r.category.display_no)

    def draft(self) -> RiskNoteDraft:
        scores = [self.fields[k].value() for k in self.assessment_keys]  # type: ignore[attr-defined]
        return RiskNoteDraft(
            subject_id=self.one_id("subject_id"),
            category_code=self.code_of("category_code") or "",
            title=self.text_of("title") or "",
            assessment=AssessmentDraft(*scores),
            description=self.text_of("description"),
            measures=self.text_of("measures"),
            treatment=self.code_of("treatment"),
            owner=self.text_of("owner"),
            status=self.code_of("status"),
            next_review_on=self.read("next_review_on"),
            knowledge_strength=self.code_of("knowledge_strength"),
            common=self.common(),
        )


class SourceForm(RecordForm):
    """A source a fact comes from."""

    kind = RecordKind.SOURCE
    title_new = QT_TRANSLATE_NOOP("SourceForm", "Nieuwe bron")
    title_edit = QT_TRANSLATE_NOOP("SourceForm", "Bron bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.sources

    def build_common(self) -> None:
        super().build_common()
        self.rows["sources"].hide()  # a source does not cite sources

    def build(self) -> None:
        self.line("title", self.tr("Titel *"), self.tr("Bijv. Raadsvoorstel stedenband"))
        self.line("publisher", self.tr("Uitgever"))
        self.line("url", self.tr("URL"), self.tr("https://…"))
        with self.row():
            self.rough_date("published", self.tr("Gepubliceerd"))
            self.date("accessed_on", self.tr("Geraadpleegd op"))
        self.multiline("notes", self.tr("Aantekeningen"), 3)

    def load(self, r: Any) -> None:
        for key in ("title", "publisher", "url", "published", "accessed_on", "notes"):
            self.set_field(key, getattr(r, key))

    def draft(self) -> SourceDraft:
        return SourceDraft(
            title=self.text_of("title") or "",
            publisher=self.text_of("publisher"),
            url=self.text_of("url"),
            published=self.read("published"),
            accessed_on=self.read("accessed_on"),
            notes=self.text_of("notes"),
            common=self.common(),
        )


class AuthorityForm(RecordForm):
    """A Dutch municipality or province (reference data an official may correct)."""

    kind = RecordKind.AUTHORITY
    title_new = QT_TRANSLATE_NOOP("AuthorityForm", "Nieuwe gemeente of provincie")
    title_edit = QT_TRANSLATE_NOOP("AuthorityForm", "Gemeente of provincie bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.authorities

    def build(self) -> None:
        with self.row():
            self.line("code", self.tr("CBS-code *"), self.tr("GM0599 of PV28"))
            self.combo("authority_kind", self.tr("Soort *"), AuthorityKind)
        self.line("name", self.tr("Naam (CBS) *"))
        self.line("common_name", self.tr("Gangbare naam"))
        with self.row():
            self.line("province_code", self.tr("Provincie (code)"))
            self.date("retired_on", self.tr("Opgeheven op"))

    def load(self, r: Any) -> None:
        for key in ("code", "authority_kind", "name", "common_name", "province_code",
                    "retired_on"):
            self.set_field(key, getattr(r, key))

    def draft(self) -> AuthorityDraft:
        return AuthorityDraft(
            code=self.text_of("code") or "",
            name=self.text_of("name") or "",
            authority_kind=self.code_of("authority_kind"),
            common_name=self.text_of("common_name"),
            province_code=self.text_of("province_code"),
            retired_on=self.read("retired_on"),
            common=self.common(),
        )


class RiskCategoryForm(RecordForm):
    """A risk category (data, not code: an authority may add or rename them)."""

    kind = RecordKind.RISK_CATEGORY
    title_new = QT_TRANSLATE_NOOP("RiskCategoryForm", "Nieuwe risicocategorie")
    title_edit = QT_TRANSLATE_NOOP("RiskCategoryForm", "Risicocategorie bewerken")

    def service(self, dossier: Any) -> Any:
        return dossier.risk_categories

    def build(self) -> None:
        with self.row():
            self.line("code", self.tr("Code *"), "R-…")
            self.spin("sort_order", self.tr("Volgorde"), 0, 10000)
        self.line("name_nl", self.tr("Naam (Nederlands) *"))
        self.line("name_en", self.tr("Naam (Engels) *"))
        self.multiline("red_flags", self.tr("Signalen"), 3)
        self.multiline("typical_measures", self.tr("Gebruikelijke maatregelen"), 3)
        retired = QCheckBox(self.tr("Niet meer in gebruik"), self)
        self.add("retired", self.tr("Status"), retired)

    def load_defaults(self) -> None:
        self.set_field("sort_order", 100)

    def load(self, r: Any) -> None:
        for key in ("code", "sort_order", "name_nl", "name_en", "red_flags", "typical_measures",
                    "retired"):
            self.set_field(key, getattr(r, key))

    def draft(self) -> RiskCategoryDraft:
        return RiskCategoryDraft(
            code=self.text_of("code") or "",
            name_nl=self.text_of("name_nl") or "",
            name_en=self.text_of("name_en") or "",
            red_flags=self.text_of("red_flags"),
            typical_measures=self.text_of("typical_measures"),
            retired=self.fields["retired"].isChecked(),  # type: ignore[attr-defined]
            sort_order=self.fields["sort_order"].value(),  # type: ignore[attr-defined]
            common=self.common(),
        )
