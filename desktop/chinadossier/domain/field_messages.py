"""Stable keys for the services' field messages, so an interface in another language can say
the same thing.

The services keep writing their Dutch message (the CLI, the import report and the Dutch desktop
show it as it is). Each message that follows one of the templates below also has a key and its
parameters (`FieldError.key`, `FieldError.params`); the desktop translates the template of a key
through Qt's translation (context "FieldMessage", see ui/forms/field_messages.py) and fills in the
parameters. A message without a template here is shown in Dutch in every language.

Templates name their parameters in braces; a parameter matches any text (shortest first).
"""

from __future__ import annotations

import re
from functools import cache

#: key → Dutch template, exactly as the services write the message.
MESSAGES: dict[str, str] = {
    "required": "is verplicht",
    "required_choice": "is verplicht; kies er een",
    "not_text": "moet tekst zijn",
    "not_whole_number": "moet een geheel getal zijn",
    "not_yes_no": "moet ja of nee zijn",
    "not_a_date": "moet een datum zijn",
    "not_a_time": "moet een tijd zijn",
    "not_a_rough_date": "moet een (onvolledige) datum zijn",
    "local_time": "moet een plaatselijke tijd zonder tijdzone zijn",
    "date_out_of_range": "ligt buiten 1900–2200",
    "years_out_of_range": "ligt buiten de jaren {low}–{high}",
    "before_start": "ligt vóór de begindatum",
    "before_signing": "ligt vóór de ondertekening ({date})",
    "in_future": "ligt in de toekomst",
    "web_address": "moet een webadres zijn dat begint met http:// of https://",
    "http_address": "moet beginnen met http:// of https://",
    "cents": "moet een bedrag in hele centen zijn",
    "negative": "mag niet negatief zijn",
    "implausibly_high": "is onwaarschijnlijk hoog",
    "zero_or_more": "moet een geheel getal van 0 of meer zijn",
    "one_to_five": "moet een geheel getal van 1 tot en met 5 zijn",
    "missing_record": "verwijst naar een record dat niet bestaat",
    "deleted_record": "verwijst naar een verwijderd record; zet het eerst terug",
    "already_listed": "staat al in de lijst",
    "too_long": "is te lang: mag hoogstens {max} tekens bevatten (nu {now})",
    "line_break": "bevat een regeleinde ({where}); dit veld moet op één regel passen",
    "tab": "bevat een tab ({where}); gebruik een gewone spatie",
    "control_char": "bevat een onzichtbaar stuurteken ({where}); verwijder het",
    "choose_direction": "kies een richting",
    "choose_meeting_kind": "kies een soort contactmoment",
    "choose_status": "kies een status",
    "choose_tie_type": "kies een soort band",
    "choose_org_kind": "kies een soort organisatie",
    "choose_decision_kind": "kies een soort besluit",
    "choose_body": "kies een orgaan",
    "choose_outcome": "kies een uitkomst",
    "choose_side": "kies onze kant of hun kant",
    "choose_value": "kies een waarde uit de lijst",
    "max_tags": "hoogstens {n} trefwoorden per record",
    "retention_date": "is verplicht als het record vernietigd moet worden",
}


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for key, template in MESSAGES.items():
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(
            f"(?P<{part}>.+?)" if odd else re.escape(part)
            for odd, part in ((i % 2 == 1, p) for i, p in enumerate(parts))
        )
        out.append((key, re.compile(f"^{regex}$", re.DOTALL)))
    return tuple(out)


def identify(message: str) -> tuple[str, dict[str, str]] | None:
    """The key and parameters of a Dutch field message, or None when it has no template."""
    for key, pattern in _patterns():
        found = pattern.match(message)
        if found is not None:
            return key, found.groupdict()
    return None
