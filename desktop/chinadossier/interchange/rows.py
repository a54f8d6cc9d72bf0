"""Each data row as typed values per field, with a Dutch reason per column where it fails.

Only what a file can say is decided here (dates, numbers, code words, names); matching rows to
records in the case file, duplicates and writing belong to the services.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from chinadossier.domain import labels
from chinadossier.domain.codes import (
    Classification,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    MeetingKind,
    OrganisationKind,
    RiskStatus,
    TieStatus,
    TieType,
    Treatment,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.interchange import lost_text
from chinadossier.interchange.columns import FIELDS, ColumnMapping, ImportKind, fold
from chinadossier.interchange.dutch_dates import MONTHS, DateProblem, parse_date
from chinadossier.interchange.tables import Cell, CellProblem, Table, is_blank


@dataclass(frozen=True, slots=True)
class CellError:
    """Why one cell of a row cannot be used."""

    column: str
    message: str


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A data row: its Excel row number, typed values by field, and its errors."""

    number: int
    values: dict[str, Any]
    errors: tuple[CellError, ...]
    columns: Mapping[str, str] = field(default_factory=dict)
    """Field → the header of its column (the same mapping for every row of a table)."""

    @property
    def ok(self) -> bool:
        """Whether the row can be imported as far as the file alone can tell."""
        return not self.errors


#: Everyday words officials write for a kind besides its label (folded as fold() does).
_KIND_WORDS: Mapping[type[StrEnum], Mapping[str, StrEnum]] = {
    OrganisationKind: {
        "bedrijf": OrganisationKind.PRIVATE_COMPANY,
        "onderneming": OrganisationKind.PRIVATE_COMPANY,
        "staatsbedrijf": OrganisationKind.SOE,
        "staatsonderneming": OrganisationKind.SOE,
    },
    MeetingKind: {
        "bezoek": MeetingKind.WORKING_VISIT,
        # No kind of its own: a telephone call is "overig", never a video call it was not.
        "telefoon": MeetingKind.OTHER,
        "telefoongesprek": MeetingKind.OTHER,
        "telefonisch": MeetingKind.OTHER,
        "email": MeetingKind.CORRESPONDENCE,
        "brief": MeetingKind.CORRESPONDENCE,
        # A meeting is no kind of its own either (werkbezoek would say someone travelled).
        "overleg": MeetingKind.OTHER,
        "vergadering": MeetingKind.OTHER,
    },
}


def _enum(enum_cls: type[StrEnum]) -> Callable[[Cell], Any]:
    words = _KIND_WORDS.get(enum_cls, {})

    def parse(cell: Cell) -> Any:
        text = _text(cell)
        if text is None:
            return None
        if fold(text) in words:
            return words[fold(text)]
        try:
            return labels.parse_label(enum_cls, text)
        except ValueError:
            # In the words of the file's readers: Dutch labels, no stored (English) codes.
            allowed = ", ".join(labels.label(m, "nl") for m in enum_cls)
            also = f" (ook: {', '.join(words)})" if words else ""
            raise CellProblem(f"Onbekende waarde '{text}'. Toegestaan: {allowed}{also}.") \
                from None

    return parse


def _text(cell: Cell) -> str | None:
    if is_blank(cell):
        return None
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d-%m-%Y %H:%M")
    if isinstance(cell, dt.date):
        return cell.strftime("%d-%m-%Y")
    return str(cell).strip()


def _int(low: int, high: int) -> Callable[[Cell], int | None]:
    def parse(cell: Cell) -> int | None:
        if is_blank(cell):
            return None
        if isinstance(cell, bool):
            raise CellProblem(f"'{cell}' is geen geheel getal.")
        if isinstance(cell, int):
            value = cell
        elif isinstance(cell, float) and cell.is_integer():
            value = int(cell)
        else:
            text = str(cell).strip()
            if not re.fullmatch(r"-?\d+", text):
                raise CellProblem(f"'{cell}' is geen geheel getal.")
            value = int(text)
        if not low <= value <= high:
            raise CellProblem(f"{value} ligt niet tussen {low} en {high}.")
        return value

    return parse


def parse_money_cents(cell: Cell) -> int | None:
    """Euros as Dutch lists write them ("€ 1.250,50", "1250.5", 80) → cents."""
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        raise CellProblem(f"'{cell}' is geen bedrag.")
    if isinstance(cell, int | float):
        return round(cell * 100)
    text = str(cell).replace("€", "").replace("EUR", "").replace(" ", "").strip()
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d{1,2})?", text) or re.fullmatch(
        r"-?\d+(,\d{1,2})?", text
    ):
        text = text.replace(".", "").replace(",", ".")
    elif not re.fullmatch(r"-?\d+(\.\d{1,2})?", text):
        raise CellProblem(f"'{cell}' is geen bedrag (schrijf bijvoorbeeld 1.250,50).")
    return round(float(text) * 100)


def parse_time(cell: Cell) -> dt.time | None:
    """A time of day ("14:30", "9.15", an Excel time cell)."""
    if is_blank(cell):
        return None
    if isinstance(cell, dt.datetime):
        return cell.time().replace(second=0, microsecond=0)
    if isinstance(cell, dt.time):
        return cell.replace(second=0, microsecond=0)
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*uur)?", str(cell).strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise CellProblem(f"'{cell}' is geen tijd; schrijf uu:mm.")
    return dt.time(int(match.group(1)), int(match.group(2)))


def parse_list(cell: Cell) -> tuple[str, ...]:
    """Several values in one cell, separated by ; , or line breaks."""
    text = _text(cell)
    if text is None:
        return ()
    return tuple(part.strip() for part in re.split(r"[;,\n]", text) if part.strip())


def _date(cell: Cell) -> dt.date | None:
    return parse_date(cell)


def parse_rough_date(cell: Cell) -> PartialDate | None:
    """A date that may be rough: a day (any form parse_date reads, or a date cell), a year
    ("2012", a number cell 2012), a month ("2012-05", "mei 2012"), "c. 1985", "2022/23"."""
    if is_blank(cell):
        return None
    if isinstance(cell, dt.date):
        return PartialDate.day(cell if not isinstance(cell, dt.datetime) else cell.date())
    if isinstance(cell, int | float) and not isinstance(cell, bool) and float(cell).is_integer():
        cell = str(int(cell))
    text = str(cell).strip()
    words = text.lower().split()
    if len(words) == 2 and words[0] in MONTHS and re.fullmatch(r"\d{4}", words[1]):
        return PartialDate.month(int(words[1]), MONTHS[words[0]])
    if re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2} [a-z]+\.? \d{4}", text.lower()):
        day = parse_date(text)  # DateProblem (a Dutch reason) for 31-02-2024
        assert day is not None
        return PartialDate.day(day)
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        raise DateProblem(f"{exc} — of schrijf dd-mm-jjjj.") from None


def _scale(words: Mapping[int, tuple[str, str]], what: str) -> Callable[[Cell], int | None]:
    """A 1–5 score: the number, or its Dutch or English word ("waarschijnlijk", "ernstig")."""
    by_word = {fold(text.split("(")[0]): score for score, names in words.items()
               for text in names}
    numbers = _int(1, 5)

    def parse(cell: Cell) -> int | None:
        if is_blank(cell):
            return None
        if isinstance(cell, str) and not re.fullmatch(r"\s*-?\d+\s*", cell):
            score = by_word.get(fold(cell.split("(")[0]))
            if score is None:
                shown = ", ".join(f"{n} = {names[0].split(' (')[0]}" for n, names in words.items())
                raise CellProblem(f"'{cell.strip()}' is geen {what}; gebruik 1–5 ({shown}).")
            return score
        return numbers(cell)

    return parse


#: What griffies write for a body besides its label; the services turn a municipality's word
#: into the province's body for a province ("raad" → Provinciale Staten).
_BODY_WORDS = {
    "raad": DecisionBody.COUNCIL, "gemeenteraad": DecisionBody.COUNCIL,
    "college": DecisionBody.EXECUTIVE, "collegevanbenw": DecisionBody.EXECUTIVE,
    "bw": DecisionBody.EXECUTIVE, "burgemeesterenwethouders": DecisionBody.EXECUTIVE,
    "ps": DecisionBody.PROVINCIAL_COUNCIL, "staten": DecisionBody.PROVINCIAL_COUNCIL,
    "gs": DecisionBody.PROVINCIAL_EXECUTIVE,
}


def _body(cell: Cell) -> DecisionBody | None:
    if isinstance(cell, str) and fold(cell) in _BODY_WORDS:
        return _BODY_WORDS[fold(cell)]
    value: DecisionBody | None = _enum(DecisionBody)(cell)
    return value


def _tie_type(cell: Cell) -> TieType | None:
    # A province's sister tie is called "zusterprovincie"; it is the same type.
    if isinstance(cell, str) and fold(cell) in ("zusterprovincie", "sisterprovince"):
        return TieType.SISTER_CITY
    value: TieType | None = _enum(TieType)(cell)
    return value


_PARSERS: dict[str, Callable[[Cell], Any]] = {
    "classification": _enum(Classification),
    "org_kind": _enum(OrganisationKind),
    "tie_type": _tie_type,
    "tie_status": _enum(TieStatus),
    "meeting_kind": _enum(MeetingKind),
    "direction": _enum(Direction),
    "body": _body,
    "decision_kind": _enum(DecisionKind),
    "outcome": _enum(DecisionOutcome),
    "treatment": _enum(Treatment),
    "risk_status": _enum(RiskStatus),
    "tags": parse_list,
    "organisations": parse_list,
    "persons": parse_list,
    "email": parse_list,
    "phone": parse_list,
    "held_on": _date,
    "decided_on": _date,
    "last_contact": _date,
    "next_review_on": _date,
    "start_time": parse_time,
    "gift_value": parse_money_cents,
    "votes_for": _int(0, 55),
    "votes_against": _int(0, 55),
    "inherent_likelihood": _scale(labels.RISK_LIKELIHOOD, "kans"),
    "inherent_impact": _scale(labels.RISK_IMPACT, "impact"),
    "residual_likelihood": _scale(labels.RISK_LIKELIHOOD, "kans"),
    "residual_impact": _scale(labels.RISK_IMPACT, "impact"),
    "starts": parse_rough_date,
    "signed": parse_rough_date,
    "ends": parse_rough_date,
    "links": parse_list,
    "ties": parse_list,
}


def _parser(kind: ImportKind, field_name: str) -> Callable[[Cell], Any]:
    if field_name == "status":
        return _PARSERS["tie_status" if kind is ImportKind.TIES else "risk_status"]
    return _PARSERS.get(field_name, _text)


def _lost(field_name: str, value: Any) -> str | None:
    """The text of a cell whose Chinese characters were lost ("???"), or None."""
    for text in value if isinstance(value, tuple) else (value,):
        if isinstance(text, str) and lost_text.lost_characters(field_name, text):
            return text
    return None


def _heading(header: tuple[str, ...], column: int | None) -> str:
    return header[column] if column is not None and column < len(header) else ""


def parse_rows(table: Table, mapping: ColumnMapping) -> Iterator[ParsedRow]:
    """Each data row with typed values; required fields that are empty are errors."""
    fields = {f.name: f for f in FIELDS[mapping.kind]}
    columns = {name: table.header[column] for column, name in mapping.fields.items()}
    for row in table.rows:
        values: dict[str, Any] = {}
        # A formula or merged cell names its column by its heading (and the cell: "Cel F4").
        errors = [CellError(_heading(table.header, column), problem)
                  for column, problem in row.problems_by_column()]
        extra = _extra_cells(table, row.cells)
        if extra:
            errors.append(CellError("", extra))
        for column, field_name in mapping.fields.items():
            header = table.header[column]
            try:
                value = _parser(mapping.kind, field_name)(row.get(column))
            except ValueError as exc:  # CellProblem and its DateProblem included
                errors.append(CellError(header, str(exc)))
                continue
            if value is None or value == ():
                if fields[field_name].required:
                    errors.append(CellError(header, f"{header} is leeg; dit veld is verplicht."))
                continue
            lost = _lost(field_name, value)
            if lost is not None:
                errors.append(CellError(header, lost_text.message(
                    field_name, lost, csv=table.delimiter is not None)))
                continue
            values[field_name] = value
        yield ParsedRow(row.number, values, tuple(errors), columns)


def _extra_cells(table: Table, cells: tuple[Any, ...]) -> str | None:
    """Why a row with filled cells beyond the header cannot be trusted, else None: in CSV an
    unquoted separator in a text shifts every later cell (nothing is dropped silently)."""
    beyond = cells[len(table.header):]
    if all(is_blank(c) for c in beyond):
        return None
    if table.delimiter:
        shown = "tab" if table.delimiter == "\t" else table.delimiter
        return (f"Deze rij heeft meer cellen dan de kopregel ({len(cells)} in plaats van "
                f"{len(table.header)}) — staat er een {shown} in een tekst? Zet die tekst "
                "tussen aanhalingstekens of haal het scheidingsteken weg.")
    return (f"Deze rij heeft een waarde in een kolom zonder kolomnaam (kolom "
            f"{len(table.header) + 1} of verder); geef die kolom een naam of maak hem leeg.")
