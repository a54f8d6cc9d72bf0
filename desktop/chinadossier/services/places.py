"""Places: a Chinese division from the reference data, or free text for anything else."""

from __future__ import annotations

from chinadossier.db.repository import Records
from chinadossier.domain.errors import Collector


def check_place(records: Records, c: Collector, field: str, adcode: str | None) -> str | None:
    """A known division code (6 digits), or None; free text goes in the *_text field."""
    if adcode is None or adcode == "":
        return None
    code = adcode.strip()
    if not (len(code) == 6 and code.isdigit()):
        c.add(field, "moet een zescijferige regiocode zijn (bijvoorbeeld 320100 voor Nanjing)")
        return None
    if not records.uow.reference.division_exists(code):
        c.add(field, f"regiocode {code} staat niet in de lijst; vul de plaats als tekst in")
        return None
    return code
