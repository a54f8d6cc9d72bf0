"""Counts in Dutch text: "1 rij", "3 rijen", "1 record", "2 records"; never "rij(en)"."""

from __future__ import annotations


def form(number: int, singular: str, plural: str) -> str:
    """The singular or plural word for `number`: form(1, "is", "zijn") == "is"."""
    return singular if number == 1 else plural


def count(number: int, singular: str, plural: str) -> str:
    """`number` with the singular or plural noun: count(1, "rij", "rijen") == "1 rij"."""
    return f"{number} {form(number, singular, plural)}"


def rows(number: int) -> str:
    """ "1 rij", "0 rijen", "3 rijen"."""
    return count(number, "rij", "rijen")


def records(number: int) -> str:
    """ "1 record", "2 records"."""
    return count(number, "record", "records")
