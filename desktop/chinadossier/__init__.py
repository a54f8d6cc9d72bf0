"""Chinadossier: the case file of a Dutch authority's ties with China."""

__version__ = "0.1.0"
