"""Fonts: the platform's UI font stays; the shipped WenQuanYi Micro Hei is the fallback for Hanzi.

`resources/fonts/wqy-microhei.ttc` (Apache-2.0, TrueType outlines, full GB2312 set) is
registered with the application font database, so Hanzi render on a machine without any CJK
font. `QFont.setFamilies` puts it *behind* the platform family: Latin text keeps Segoe UI /
Cantarell / DejaVu, characters those lack fall through to the CJK family.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from chinadossier.resources_locator import resource_path

log = logging.getLogger(__name__)

CJK_FONT_FILE = "wqy-microhei.ttc"
#: Preferred CJK families per platform, before the shipped one (Windows has its own).
_PLATFORM_CJK = {"win32": ["Microsoft YaHei UI"], "darwin": ["PingFang SC"]}

_registered: list[str] = []


def register_cjk_font() -> list[str]:
    """Register the shipped CJK font once; returns its family names (empty if it failed)."""
    if _registered:
        return list(_registered)
    path = resource_path("fonts") / CJK_FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("CJK font %s could not be registered", path)
        return []
    _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def cjk_families() -> list[str]:
    """The CJK fallback families in order: the platform's own, then the shipped one."""
    shipped = register_cjk_font()
    return [*_PLATFORM_CJK.get(sys.platform, []), *shipped]


def install_fonts(app: QApplication) -> QFont:
    """Keep the platform font and add the CJK fallbacks behind it; returns the app font."""
    font = QFont(app.font())
    # The family Qt really uses: on Linux the default is often the fontconfig alias
    # "Sans Serif", which is no family of its own; listed before the CJK font it would be
    # skipped and the CJK font would draw the Latin text too (without all pinyin tone marks).
    platform = QFontInfo(font).family()
    families = [platform, *[f for f in cjk_families() if f != platform]]
    font.setFamilies(families)
    app.setFont(font)
    return font
