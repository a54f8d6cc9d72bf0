"""The one error a file that cannot be read raises: its message is Dutch and names the cause."""

from __future__ import annotations


class UnreadableFile(ValueError):
    """The file cannot be used as a whole (wrong kind, empty, no header, undecodable)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
