"""SQLite's and the operating system's English errors as Dutch causes a user can act on.

SQLite's messages are fixed English texts ("database disk image is malformed"); the OS gives an
errno. A message shown to a user names the cause in Dutch; the original text goes to the log
only (issue 7.7).
"""

from __future__ import annotations

import errno
import sqlite3

#: Fragments of SQLite's English messages → the Dutch cause (first match wins).
_SQLITE = (
    ("malformed", "het bestand is beschadigd (de databasestructuur klopt niet)"),
    ("not a database", "het bestand is geen database of is beschadigd"),
    ("file is encrypted", "het bestand is geen database of is beschadigd"),
    ("attempt to write a readonly database", "het bestand of de map is alleen-lezen"),
    ("readonly database", "het bestand of de map is alleen-lezen"),
    ("unable to open database", "het bestand kan niet worden geopend (bestaat de map, en mag "
     "uw account erin lezen en schrijven?)"),
    ("database is locked", "het bestand is in gebruik door een ander programma"),
    ("database table is locked", "het bestand is in gebruik door een ander programma"),
    ("disk i/o error", "de schijf gaf een lees- of schrijffout"),
    ("database or disk is full", "de schijf is vol"),
    ("disk is full", "de schijf is vol"),
    ("out of memory", "er is niet genoeg geheugen"),
    ("no such table", "een tabel ontbreekt (het bestand is buiten het programma gewijzigd of "
     "beschadigd)"),
    ("no such column", "een kolom ontbreekt (het bestand is buiten het programma gewijzigd of "
     "beschadigd)"),
    ("constraint failed", "een regel van de database werd geschonden"),
    ("interrupted", "de bewerking is afgebroken"),
)

#: errno → the Dutch cause.
_OS = {
    errno.EACCES: "uw account heeft geen toegang (alleen-lezen of van een ander)",
    errno.EPERM: "uw account heeft geen toegang (alleen-lezen of van een ander)",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "het pad is een map, geen bestand",
    errno.ENAMETOOLONG: "het pad is te lang",
    errno.EEXIST: "het bestand bestaat al",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
}


def dutch(exc: BaseException) -> str:
    """The Dutch cause of a SQLite or OS error (never its English text)."""
    if isinstance(exc, OSError) and exc.errno in _OS:
        return _OS[exc.errno]
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
    if isinstance(orig, BaseException) and orig is not exc:
        return dutch(orig)
    text = str(exc).lower()
    for fragment, cause in _SQLITE:
        if fragment in text:
            return cause
    if isinstance(exc, sqlite3.DatabaseError):
        return "de database meldde een fout (details in het logbestand)"
    return "onbekende oorzaak (details in het logbestand)"


def is_read_only(exc: BaseException) -> bool:
    """Whether the error means the file or its folder cannot be written."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    return "readonly" in str(getattr(exc, "orig", None) or exc).lower()


_CORRUPT = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_corrupt_read(exc: BaseException | None) -> bool:
    """Whether SQLite said the pages it read do not fit together ("database disk image is
    malformed", "file is not a database"), here or in the chain of causes (SQLAlchemy wraps
    the driver's error as `.orig`)."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, sqlite3.DatabaseError):
            name = getattr(exc, "sqlite_errorname", "") or ""
            text = str(exc).lower()
            if (name.startswith(_CORRUPT) or "malformed" in text
                    or "file is not a database" in text):
                return True
        orig = getattr(exc, "orig", None)
        exc = orig if isinstance(orig, BaseException) else exc.__cause__
        seen += 1
    return False
