"""Tests of the list pages, table models, search, history and the safety nets."""
