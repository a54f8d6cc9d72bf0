"""The services' field messages in the interface language.

A `FieldError` whose Dutch message follows a template of `domain.field_messages` has a key; its
template is translated here through Qt (context "FieldMessage", English in
resources/i18n/chinadossier_en.ts) and the parameters are filled in. In Dutch the services'
message is shown exactly as written; a message without a key stays Dutch in every language.
The templates below are the domain's, repeated as literals so lupdate can collect them; a test
keeps the two lists equal.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chinadossier.domain.errors import FieldError

#: key → the Dutch template (the source text of the translation).
TEMPLATES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("FieldMessage", "is verplicht"),
    "required_choice": QT_TRANSLATE_NOOP("FieldMessage", "is verplicht; kies er een"),
    "not_text": QT_TRANSLATE_NOOP("FieldMessage", "moet tekst zijn"),
    "not_whole_number": QT_TRANSLATE_NOOP("FieldMessage", "moet een geheel getal zijn"),
    "not_yes_no": QT_TRANSLATE_NOOP("FieldMessage", "moet ja of nee zijn"),
    "not_a_date": QT_TRANSLATE_NOOP("FieldMessage", "moet een datum zijn"),
    "not_a_time": QT_TRANSLATE_NOOP("FieldMessage", "moet een tijd zijn"),
    "not_a_rough_date": QT_TRANSLATE_NOOP("FieldMessage", "moet een (onvolledige) datum zijn"),
    "local_time":
        QT_TRANSLATE_NOOP("FieldMessage", "moet een plaatselijke tijd zonder tijdzone zijn"),
    "date_out_of_range": QT_TRANSLATE_NOOP("FieldMessage", "ligt buiten 1900–2200"),
    "years_out_of_range": QT_TRANSLATE_NOOP("FieldMessage", "ligt buiten de jaren {low}–{high}"),
    "before_start": QT_TRANSLATE_NOOP("FieldMessage", "ligt vóór de begindatum"),
    "before_signing": QT_TRANSLATE_NOOP("FieldMessage", "ligt vóór de ondertekening ({date})"),
    "in_future": QT_TRANSLATE_NOOP("FieldMessage", "ligt in de toekomst"),
    "web_address":
        QT_TRANSLATE_NOOP("FieldMessage", "moet een webadres zijn dat begint met http:// of https://"),  # noqa: E501 - one literal for lupdate
    "http_address": QT_TRANSLATE_NOOP("FieldMessage", "moet beginnen met http:// of https://"),
    "cents": QT_TRANSLATE_NOOP("FieldMessage", "moet een bedrag in hele centen zijn"),
    "negative": QT_TRANSLATE_NOOP("FieldMessage", "mag niet negatief zijn"),
    "implausibly_high": QT_TRANSLATE_NOOP("FieldMessage", "is onwaarschijnlijk hoog"),
    "zero_or_more": QT_TRANSLATE_NOOP("FieldMessage", "moet een geheel getal van 0 of meer zijn"),
    "one_to_five":
        QT_TRANSLATE_NOOP("FieldMessage", "moet een geheel getal van 1 tot en met 5 zijn"),
    "missing_record":
        QT_TRANSLATE_NOOP("FieldMessage", "verwijst naar een record dat niet bestaat"),
    "deleted_record":
        QT_TRANSLATE_NOOP("FieldMessage", "verwijst naar een verwijderd record; zet het eerst terug"),  # noqa: E501 - one literal for lupdate
    "already_listed": QT_TRANSLATE_NOOP("FieldMessage", "staat al in de lijst"),
    "too_long":
        QT_TRANSLATE_NOOP("FieldMessage", "is te lang: mag hoogstens {max} tekens bevatten (nu {now})"),  # noqa: E501 - one literal for lupdate
    "line_break":
        QT_TRANSLATE_NOOP("FieldMessage", "bevat een regeleinde ({where}); dit veld moet op één regel passen"),  # noqa: E501 - one literal for lupdate
    "tab": QT_TRANSLATE_NOOP("FieldMessage", "bevat een tab ({where}); gebruik een gewone spatie"),
    "control_char":
        QT_TRANSLATE_NOOP("FieldMessage", "bevat een onzichtbaar stuurteken ({where}); verwijder het"),  # noqa: E501 - one literal for lupdate
    "choose_direction": QT_TRANSLATE_NOOP("FieldMessage", "kies een richting"),
    "choose_meeting_kind": QT_TRANSLATE_NOOP("FieldMessage", "kies een soort contactmoment"),
    "choose_status": QT_TRANSLATE_NOOP("FieldMessage", "kies een status"),
    "choose_tie_type": QT_TRANSLATE_NOOP("FieldMessage", "kies een soort band"),
    "choose_org_kind": QT_TRANSLATE_NOOP("FieldMessage", "kies een soort organisatie"),
    "choose_decision_kind": QT_TRANSLATE_NOOP("FieldMessage", "kies een soort besluit"),
    "choose_body": QT_TRANSLATE_NOOP("FieldMessage", "kies een orgaan"),
    "choose_outcome": QT_TRANSLATE_NOOP("FieldMessage", "kies een uitkomst"),
    "choose_side": QT_TRANSLATE_NOOP("FieldMessage", "kies onze kant of hun kant"),
    "choose_value": QT_TRANSLATE_NOOP("FieldMessage", "kies een waarde uit de lijst"),
    "max_tags": QT_TRANSLATE_NOOP("FieldMessage", "hoogstens {n} trefwoorden per record"),
    "retention_date":
        QT_TRANSLATE_NOOP("FieldMessage", "is verplicht als het record vernietigd moet worden"),
}

_WHERE = re.compile(r"^(?:regel (\d+), )?positie (\d+)$")


def _where(text: str) -> str:
    """"regel 2, positie 5" / "positie 5" in the interface language."""
    found = _WHERE.match(text)
    if found is None:
        return text
    line, column = found.groups()
    if line is None:
        return QCoreApplication.translate("FieldMessage", "positie {0}").format(column)
    return QCoreApplication.translate("FieldMessage", "regel {0}, positie {1}").format(
        line, column)


def translated(error: FieldError) -> str:
    """The error's message in the interface language (Dutch: the services' text unchanged)."""
    key = error.key
    template = TEMPLATES.get(key) if key is not None else None
    if template is None:
        return error.message
    text = QCoreApplication.translate("FieldMessage", template)
    if text == template:
        return error.message  # Dutch, or no translation: exactly what the services wrote
    params = dict(error.params)
    if "where" in params:
        params["where"] = _where(params["where"])
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.message  # a translation that names other parameters: keep the original
