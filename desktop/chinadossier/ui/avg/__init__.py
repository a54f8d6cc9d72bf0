"""Dialogs for duplicates and merging, the AVG access export and retention (issue 10.5/10.6)."""
