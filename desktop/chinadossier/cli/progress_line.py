"""Long work on an interactive terminal: one line on stderr that moves ("Kopie maken … 42 %").

Only when stderr is a terminal: a pipe, a file or a test's captured stream hears nothing, so
scripts and `--json` output are as before. The line is rewritten in place (carriage return)
when the percentage or the phase changes, and wiped when the work ends, however it ends;
Ctrl+C stops the work as before (a backup leaves no file).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from chinadossier.cli.output import Output, _safe
from chinadossier.domain.progress import Progress


class _Line:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._shown = ""
        self._width = 0

    def show(self, fraction: float, phase: str) -> None:
        text = f"{phase} … {int(fraction * 100)} %" if phase else f"{int(fraction * 100)} %"
        if text == self._shown:
            return
        self._shown = text
        padded = text.ljust(self._width)
        self._width = max(self._width, len(text))
        self._stream.write("\r" + _safe(padded, self._stream))
        self._stream.flush()

    def wipe(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()


@contextmanager
def progress_line(out: Output) -> Iterator[Progress]:
    """A Progress whose phases and fraction show on one line of stderr, on a terminal only."""
    stream = out.stderr
    is_terminal = getattr(stream, "isatty", None)
    if is_terminal is None or not is_terminal():
        yield Progress()
        return
    line = _Line(stream)
    try:
        yield Progress(line.show)
    finally:
        line.wipe()
