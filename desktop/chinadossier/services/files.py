"""Writing a file the user asked for: complete or not at all, and never over an existing one."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from chinadossier.domain.errors import FileRefused

T = TypeVar("T")


def write_atomically(
    target: Path, write: Callable[[IO[bytes]], T], *, overwrite: bool = False
) -> T:
    """Write `target` through a temporary file beside it, fsynced, then moved into place.

    A crash or an error leaves the target as it was (absent, or the old file) and no temporary
    file behind. An existing target is replaced only with `overwrite` (after the user agreed).

    Raises:
        FileRefused: the target exists (and overwrite is False), is a folder, or its folder is
            missing or not writable.
    """
    if target.is_dir():
        raise FileRefused(f"{target} is een map; geef een bestandsnaam op.")
    if target.exists() and not overwrite:
        raise FileRefused(f"{target} bestaat al en wordt niet overschreven.")
    if not target.parent.is_dir():
        raise FileRefused(f"De map {target.parent} bestaat niet.")
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        # Owner-only, like the case file: an export or a memo holds case data.
        with os.fdopen(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temp, target)
        else:
            try:
                os.link(temp, target)
            except FileExistsError:
                raise FileRefused(f"{target} bestaat al en wordt niet overschreven.") from None
            except OSError:  # a file system without hard links
                if target.exists():
                    raise FileRefused(f"{target} bestaat al en wordt niet overschreven.") from None
                os.rename(temp, target)
    except PermissionError:
        raise FileRefused(f"Geen schrijfrechten in {target.parent}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    with contextlib.suppress(OSError):
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return result
