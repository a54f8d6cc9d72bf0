"""Counts in Dutch text: "1 rij", "3 rijen", "1 record", "2 records"."""

from __future__ import annotations


def count(number: int, singular: str, plural: str) -> str:
    """`number` with the singular or plural noun: count(1, "rij", "rijen") == "1 rij"."""
    return f"{number} {singular if number == 1 else plural}"


def rows(number: int) -> str:
    """ "1 rij", "0 rijen", "3 rijen"."""
    return count(number, "rij", "rijen")


def records(number: int) -> str:
    """ "1 record", "2 records"."""
    return count(number, "record", "records")
