"""What every command gets: the paths, the output channels, the clock and who acts.

Kept free of services imports, so `--help`, `--version` and usage errors start fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from chinadossier.cli.output import Output
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import Clock
from chinadossier.domain.errors import NotFound
from chinadossier.paths import Paths, ensure_dirs


@dataclass(frozen=True, slots=True)
class Runtime:
    """The environment of one command-line run."""

    paths: Paths
    out: Output
    clock: Clock
    actor: Actor

    @property
    def case_file(self) -> Path:
        """The case file the command works on (`--db`, else the one in the data folder)."""
        return self.paths.case_file

    def prepare_dirs(self) -> None:
        """Create the data, backup, log and export folders before a command writes."""
        ensure_dirs(self.paths)

    @contextmanager
    def new_dirs(self) -> Iterator[None]:
        """prepare_dirs() for a command that makes a case file: on failure, the folders it
        created are removed again (only if still empty), so a failed init leaves nothing."""
        folders = (self.paths.data_dir, self.case_file.parent, self.paths.backups_dir,
                   self.paths.logs_dir, self.paths.exports_dir)
        missing: list[Path] = []
        for folder in folders:
            for step in (folder, *folder.parents):
                if step.exists():
                    break
                if step not in missing:
                    missing.append(step)
        try:
            self.prepare_dirs()
            yield
        except BaseException:
            for folder in sorted(missing, key=lambda p: len(p.parts), reverse=True):
                with suppress(OSError):
                    folder.rmdir()  # never removes a folder with something in it
            raise

    def require_case_file(self) -> Path:
        """The case file, which must exist.

        Raises:
            NotFound: There is no file yet; the message says how to make one.
        """
        path = self.case_file
        if not path.exists():
            raise NotFound(
                f"Er is nog geen dossier op {path}. Maak er een met "
                "'chinadossier init --authority <CBS-code>' of probeer 'chinadossier demo'."
            )
        return path
