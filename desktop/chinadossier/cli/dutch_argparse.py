"""Dutch for argparse's own texts: usage, headings, help of -h and every parse error.

How it works (the choice, and why):
    argparse looks up each of its own texts at the moment it needs them, through the module
    globals ``argparse._`` (gettext) and ``argparse.ngettext``. Passing translated strings is not
    enough: most error messages ("the following arguments are required", "invalid choice", ...)
    are built deep inside the parsing code and only reach us as finished English sentences.

    So :class:`DutchArgumentParser` runs the methods that produce text (``__init__``,
    ``add_subparsers``, ``parse_args``, ``parse_known_args``, ``format_usage``, ``format_help``,
    ``error``) inside
    :func:`dutch_messages`, a context manager that *temporarily* puts a Dutch lookup into
    argparse's namespace and restores the previous functions afterwards. Other users of argparse in
    the same process (pytest, tools) keep English, and nesting is safe because each level restores
    exactly what it found. The swap is not thread-safe; a command line parses in one thread.

    Texts without a translation (e.g. new ones in a later Python) fall through in English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

#: argparse's English text → Dutch. Placeholders (%s, %(name)s, %r) are kept exactly.
TRANSLATIONS: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulptekst en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "de volgende argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)",
    "expected one argument": "verwacht één argument",
    "expected at most one argument": "verwacht hoogstens één argument",
    "expected at least one argument": "verwacht minstens één argument",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan staan voor %(matches)s",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "ignored explicit argument %r": "genegeerd expliciet argument %r",
    "unexpected option string: %s": "onverwachte optie: %s",
    "%r is not callable": "%r is niet aanroepbaar",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "cannot have multiple subparser arguments": "er kan maar één opdrachtargument zijn",
}

#: Plural texts: English singular → (Dutch singular, Dutch plural).
PLURALS: dict[str, tuple[str, str]] = {
    "expected %s argument": ("verwacht %s argument", "verwacht %s argumenten"),
    "conflicting option string: %s": ("conflicterende optie: %s", "conflicterende opties: %s"),
}


def translate(message: str) -> str:
    """The Dutch for one of argparse's texts, or the text itself when there is none.

    Args:
        message: The English text (gettext msgid) argparse asks for.

    Returns:
        The Dutch text, with the same placeholders.
    """
    return TRANSLATIONS.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    """ngettext with Dutch texts.

    Args:
        singular: The English singular msgid.
        plural: The English plural msgid.
        n: The count that decides between them.

    Returns:
        The Dutch singular or plural, or the English one when there is no translation.
    """
    dutch = PLURALS.get(singular)
    if dutch is None:
        return singular if n == 1 else plural
    return dutch[0] if n == 1 else dutch[1]


@contextmanager
def dutch_messages() -> Iterator[None]:
    """Let argparse speak Dutch inside the block; restores what was there afterwards."""
    module: Any = argparse
    saved = (module._, module.ngettext)
    module._, module.ngettext = translate, translate_plural
    try:
        yield
    finally:
        module._, module.ngettext = saved


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and errors are in Dutch (see the module docstring).

    Sub-parsers made with ``add_subparsers().add_parser`` are of the same class, so they speak
    Dutch too.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with dutch_messages():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        """As argparse, with a Dutch default title."""
        kwargs.setdefault("title", "opdrachten")
        with dutch_messages():
            return super().add_subparsers(**kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """As argparse; "unrecognized arguments" is reported here, in Dutch."""
        with dutch_messages():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """As argparse; every message produced while parsing (also by -h) is Dutch."""
        with dutch_messages():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        """The usage line, starting with "gebruik:"."""
        with dutch_messages():
            return super().format_usage()

    def format_help(self) -> str:
        """The full help text with Dutch headings."""
        with dutch_messages():
            return super().format_help()

    def error(self, message: str) -> Any:
        """Print the usage and a Dutch error to stderr, then exit with code 2."""
        with dutch_messages():
            super().error(message)
