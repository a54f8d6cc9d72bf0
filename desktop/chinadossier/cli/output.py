"""Where the command line writes: results to stdout, messages to stderr, JSON always as UTF-8.

Text goes through the stream's own encoding with unencodable characters replaced, so a Windows
console in cp1252 never crashes on hanzi; JSON is written as UTF-8 bytes to the binary buffer, so
a program reading it gets the same bytes on every platform.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

OK_MARK = "✔"
FAIL_MARK = "✘"


def _encoding(stream: TextIO) -> str:
    return getattr(stream, "encoding", None) or "utf-8"


def can_encode(text: str, stream: TextIO) -> bool:
    """Whether a stream can show the text as it is.

    Args:
        text: The characters to test.
        stream: The stream they would be written to.

    Returns:
        True when the stream's encoding has every character.
    """
    try:
        text.encode(_encoding(stream))
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _safe(text: str, stream: TextIO) -> str:
    """The text with characters the stream cannot encode replaced by '?'."""
    encoding = _encoding(stream)
    try:
        return text.encode(encoding, errors="replace").decode(encoding)
    except LookupError:
        return text


def to_json_bytes(data: Any) -> bytes:
    """Pretty, non-ASCII-escaped JSON as UTF-8, ending in a newline.

    Args:
        data: JSON-compatible data (dicts with str keys, lists, str, int, float, bool, None).

    Returns:
        The encoded document.
    """
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class Output:
    """The command line's two channels; streams are looked up at write time (tests capture)."""

    def __init__(self, stdout: TextIO | None = None, stderr: TextIO | None = None) -> None:
        self._stdout = stdout
        self._stderr = stderr

    @property
    def stdout(self) -> TextIO:
        """The stream for results."""
        return self._stdout or sys.stdout

    @property
    def stderr(self) -> TextIO:
        """The stream for messages."""
        return self._stderr or sys.stderr

    def result(self, text: str = "") -> None:
        """Write one or more lines of result text to stdout.

        Args:
            text: The text; a newline is added.
        """
        self._write(self.stdout, text)

    def message(self, text: str) -> None:
        """Write a message (error, warning, note) to stderr.

        Args:
            text: The Dutch message; a newline is added.
        """
        self._write(self.stderr, text)

    def json(self, data: Any) -> None:
        """Write a JSON document to stdout as UTF-8 bytes.

        Args:
            data: JSON-compatible data.
        """
        stream = self.stdout
        payload = to_json_bytes(data)
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(payload.decode("utf-8"))
            stream.flush()
            return
        stream.flush()
        buffer.write(payload)
        buffer.flush()

    def marks(self) -> tuple[str, str]:
        """The signs for a passed and a failed check: ✔/✘, or OK/FOUT on a limited console."""
        if can_encode(OK_MARK + FAIL_MARK, self.stdout):
            return OK_MARK, FAIL_MARK
        return "OK", "FOUT"

    @staticmethod
    def _write(stream: TextIO, text: str) -> None:
        stream.write(_safe(text, stream) + "\n")
        stream.flush()
