"""A number of records in the kind's own word: "1 contactmoment", "30 contactmomenten".

The words go through Qt's translation (context "RecordCount"), so English reads "1 contact
moment", "30 contact moments". Used wherever a list or the Prullenbak shows how many it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chinadossier.domain.codes import RecordKind

_WORDS: dict[RecordKind, tuple[str, str]] = {
    RecordKind.TIE: (QT_TRANSLATE_NOOP("RecordCount", "{0} band"),
                     QT_TRANSLATE_NOOP("RecordCount", "{0} banden")),
    RecordKind.ORGANISATION: (QT_TRANSLATE_NOOP("RecordCount", "{0} organisatie"),
                              QT_TRANSLATE_NOOP("RecordCount", "{0} organisaties")),
    RecordKind.PERSON: (QT_TRANSLATE_NOOP("RecordCount", "{0} persoon"),
                        QT_TRANSLATE_NOOP("RecordCount", "{0} personen")),
    RecordKind.MEETING: (QT_TRANSLATE_NOOP("RecordCount", "{0} contactmoment"),
                         QT_TRANSLATE_NOOP("RecordCount", "{0} contactmomenten")),
    RecordKind.DECISION: (QT_TRANSLATE_NOOP("RecordCount", "{0} besluit"),
                          QT_TRANSLATE_NOOP("RecordCount", "{0} besluiten")),
    RecordKind.RISK_NOTE: (QT_TRANSLATE_NOOP("RecordCount", "{0} risico"),
                           QT_TRANSLATE_NOOP("RecordCount", "{0} risico's")),
    RecordKind.SOURCE: (QT_TRANSLATE_NOOP("RecordCount", "{0} bron"),
                        QT_TRANSLATE_NOOP("RecordCount", "{0} bronnen")),
    RecordKind.MEMO: (QT_TRANSLATE_NOOP("RecordCount", "{0} memo"),
                      QT_TRANSLATE_NOOP("RecordCount", "{0} memo's")),
}
_ANY = (QT_TRANSLATE_NOOP("RecordCount", "{0} record"),
        QT_TRANSLATE_NOOP("RecordCount", "{0} records"))


def count_text(kind: RecordKind | None, number: int) -> str:
    """How many records of a kind, singular for exactly one (None: records of mixed kinds)."""
    one, many = _WORDS.get(kind, _ANY) if kind is not None else _ANY
    return QCoreApplication.translate("RecordCount", one if number == 1 else many).format(number)
