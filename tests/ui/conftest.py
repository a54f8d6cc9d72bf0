"""UI tests run headless: the offscreen platform unless a display is chosen explicitly."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
