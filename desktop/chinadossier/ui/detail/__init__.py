"""The detail pane beside a list: one record, its links, its timeline and its history."""
