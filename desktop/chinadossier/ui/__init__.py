"""The desktop application (PySide6): the only layer that imports Qt."""

from chinadossier.ui import none_guard

none_guard.apply()
