"""Dutch counts: the singular for one, the plural otherwise; never "rij(en)"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from chinadossier.domain import plural

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "chinadossier"


@pytest.mark.parametrize(("number", "expected"), [(0, "0 rijen"), (1, "1 rij"), (2, "2 rijen")])
def test_rows(number: int, expected: str) -> None:
    assert plural.rows(number) == expected


def test_form_picks_the_word_for_the_number() -> None:
    assert [plural.form(n, "klopt", "kloppen") for n in (0, 1, 2)] == ["kloppen", "klopt",
                                                                       "kloppen"]
    assert plural.count(1, "bestand is", "bestanden zijn") == "1 bestand is"


def _texts(tree: ast.AST) -> list[ast.Constant]:
    """The string constants of a module (f-string parts too); docstrings, which are bare string
    statements, left out."""
    bare = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [node for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in bare]


def test_no_message_in_the_program_says_en_or_s_in_brackets() -> None:
    # "3 wijziging(en)", "1 record(s)": a count is always written out in the right form.
    pattern = re.compile(r"[a-zë]\((en|n|s|e|ën)\)")
    found = [f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for node in _texts(ast.parse(path.read_text(encoding="utf-8")))
             if pattern.search(node.value)]
    assert found == []

