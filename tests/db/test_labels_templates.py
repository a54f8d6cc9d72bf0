"""The label templates of generated ref readers (db.labels._LABEL_TEMPLATES) say exactly what
the kinds' label functions say, for set, empty and missing values of every label column."""

from __future__ import annotations

import itertools
from collections import namedtuple
from typing import Any

import pytest

from chinadossier.db.labels import _LABEL_COLUMNS, _LABEL_TEMPLATES, _LABELS
from chinadossier.domain.codes import RecordKind

VALUES = ["Gemeente Delft", "", None, "南京市", "Ministerie (BZ)"]


@pytest.mark.parametrize("kind", list(_LABEL_TEMPLATES), ids=lambda k: k.value)
def test_a_template_says_what_the_label_function_says(kind: RecordKind) -> None:
    names = _LABEL_COLUMNS[kind]
    row_type: Any = namedtuple("Label", names)  # noqa: PYI024
    compared = 0
    for values in itertools.product(VALUES, repeat=len(names)):
        row = row_type(*values)
        try:
            expected: Any = str(_LABELS[kind](row))
        except TypeError:  # e.g. a NOT NULL name missing: the template must refuse it too
            expected = TypeError
        text = _LABEL_TEMPLATES[kind].format(**{n: f"v[{i}]" for i, n in enumerate(names)})
        try:
            found: Any = str(eval(text, {"v": values}))  # noqa: S307 - the template under test
        except TypeError:
            found = TypeError
        assert found == expected, (kind, values)
        compared += 1
    assert compared == len(VALUES) ** len(names)
