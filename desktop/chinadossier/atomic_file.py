"""Writing an exported file atomically: never a half-written file at the target path.

The bytes go to a new temporary file beside the target (O_EXCL), are fsynced, and only then take
the target's name: by a hard link when the target must not exist (two writers cannot overwrite
each other), or by `os.replace` when the user confirmed replacing an existing file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


class TargetExists(FileExistsError):
    """The target file exists and replacing it was not confirmed."""


def write_file(path: Path, data: bytes, *, replace: bool = False) -> Path:
    """Write `data` to `path` atomically.

    Args:
        path: Where the file goes; its folder must exist.
        data: The complete contents.
        replace: Replace an existing file (only after the user confirmed it).

    Returns:
        The path written.

    Raises:
        TargetExists: The file exists and `replace` is false; nothing was written.
        OSError: The folder is missing or not writable; no temporary file is left behind.
    """
    path = Path(path)
    if path.exists() and not replace:
        raise TargetExists(str(path))
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if replace:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)
            except FileExistsError:
                raise TargetExists(str(path)) from None
            except OSError:
                # File systems without hard links: check, then rename.
                if path.exists():
                    raise TargetExists(str(path)) from None
                os.rename(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
    return path
