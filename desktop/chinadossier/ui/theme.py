"""The look: Fusion + a palette and ONE application stylesheet, both generated from the SPEC tokens.

Pieces never carry their own stylesheets; they set object names and dynamic properties the
sheet below knows: `QPushButton#Primary`, `QFrame#Card`, `QLabel#PageTitle`, `QLabel#CardTitle`,
`QLabel#Muted`, `QLabel#SectionLabel`, `QPushButton[segment="first|mid|last"]`,
`QLineEdit[invalid="true"]`, `QComboBox[active="true"]`, `QLabel[chip="demo|danger|warning|
neutral|success"]`. After changing a property call `repolish(widget)`.

Light or dark follows the OS colour scheme (`QStyleHints.colorScheme`), unless the user chose one
in Instellingen.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from chinadossier.resources_locator import resource_path


@dataclass(frozen=True, slots=True)
class Tokens:
    """The colour tokens of SPEC.md (one set per scheme)."""

    bg: str
    surface: str
    surface_alt: str
    sidebar: str
    sidebar_sel: str
    hover: str
    border: str
    border_strong: str
    control: str
    divider: str
    text: str
    muted: str
    faint: str
    accent: str
    accent_hover: str
    accent_pressed: str
    accent_text: str
    accent_soft: str
    danger: str
    danger_soft: str
    warning: str
    warning_soft: str
    success: str
    success_soft: str
    band_low: str
    band_medium: str
    band_high: str
    band_very_high: str
    band_low_strong: str
    band_medium_strong: str
    band_high_strong: str
    band_very_high_strong: str
    band_text: str
    dark: bool


LIGHT = Tokens(
    bg="#F4F6F9", surface="#FFFFFF", surface_alt="#F8F9FB", sidebar="#EDF0F4",
    sidebar_sel="#DCE6F2", hover="#EEF2F7", border="#D9DEE5", border_strong="#C2CAD4",
    control="#6E7887",
    divider="#E8EBF0", text="#1C2530", muted="#5C6776", faint="#8B95A3", accent="#1F5FA8",
    accent_hover="#1A5193", accent_pressed="#15447C", accent_text="#FFFFFF",
    accent_soft="#E3ECF8", danger="#B93A32", danger_soft="#FBEAE8", warning="#9A5B00",
    warning_soft="#FDF1DC", success="#2B7A4B", success_soft="#E2F2E8",
    band_low="#CDEAD6", band_medium="#FBEBA9", band_high="#F8CC9E", band_very_high="#F2A7A1",
    band_low_strong="#2E9E5B", band_medium_strong="#E0B419", band_high_strong="#E27A22",
    band_very_high_strong="#CF3B33", band_text="#1C2530", dark=False,
)

DARK = Tokens(
    bg="#1B1F25", surface="#242A32", surface_alt="#20252C", sidebar="#171B20",
    sidebar_sel="#2A3A50", hover="#2C333C", border="#353D48", border_strong="#4A5463",
    control="#8A94A3",
    divider="#2F363F", text="#E5E9EE", muted="#A9B2BE", faint="#7D8794", accent="#5B9BE3",
    accent_hover="#74ABEA", accent_pressed="#4A89D1", accent_text="#0F1722",
    accent_soft="#263D5A", danger="#F07D74", danger_soft="#4A2624", warning="#E8B45C",
    warning_soft="#47381C", success="#6CC893", success_soft="#1F3A2A",
    band_low="#2D5A3D", band_medium="#6B5A1C", band_high="#7A4621", band_very_high="#7E2E2B",
    band_low_strong="#4CC07A", band_medium_strong="#E8C23A", band_high_strong="#F08F3C",
    band_very_high_strong="#E8554C", band_text="#F2F4F7", dark=True,
)

_current: Tokens = LIGHT


def tokens() -> Tokens:
    """The tokens in use now (widgets that paint themselves read their colours here)."""
    return _current


def os_prefers_dark() -> bool:
    """Whether the platform's colour scheme is dark (unknown counts as light)."""
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def palette(t: Tokens) -> QPalette:
    """A QPalette for Fusion built from the tokens."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.bg,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface,
        QPalette.ColorRole.AlternateBase: t.surface_alt,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.PlaceholderText: t.faint,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.Mid: t.border,
        QPalette.ColorRole.Dark: t.border_strong,
        QPalette.ColorRole.Light: t.surface,
        QPalette.ColorRole.Midlight: t.divider,
        QPalette.ColorRole.BrightText: t.danger,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.faint))
    return p


_SHEET = """
QMainWindow, QDialog {{ background: {bg}; }}
QToolTip {{ background: {surface}; color: {text}; border: 1px solid {border}; padding: 4px; }}
QMenuBar {{ background: {surface}; border-bottom: 1px solid {divider}; }}
QMenuBar::item {{ padding: 4px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: {hover}; }}
QMenu {{ background: {surface}; border: 1px solid {border}; padding: 4px 0; }}
QMenu::item {{ padding: 5px 24px 5px 20px; }}
QMenu::item:selected {{ background: {hover}; color: {text}; }}
QMenu::separator {{ height: 1px; background: {divider}; margin: 4px 8px; }}

QFrame#Sidebar {{ background: {sidebar}; border-right: 1px solid {border}; }}
QFrame#TopBar {{ background: {surface}; border-bottom: 1px solid {border}; }}
QStatusBar {{ background: {sidebar}; border-top: 1px solid {border}; color: {muted}; }}
QStatusBar QLabel {{ color: {muted}; font-size: 11px; padding: 0 6px; }}
QStatusBar::item {{ border: none; }}
QListWidget#Nav {{ background: transparent; border: none; outline: none; }}

QFrame#Card {{ background: {surface}; border: 1px solid {border}; border-radius: 8px; }}
QFrame#Divider {{ background: {divider}; border: none; max-height: 1px; min-height: 1px; }}
QScrollArea#Page, QWidget#PageBody {{ background: {bg}; border: none; }}

QLabel#PageTitle {{ font-size: 20px; font-weight: bold; color: {text}; }}
QLabel#DialogTitle {{ font-size: 17px; font-weight: bold; color: {text}; }}
QLabel#CardTitle {{ font-size: 14px; font-weight: bold; color: {text}; }}
QLabel#Figure {{ font-size: 28px; font-weight: bold; color: {text}; }}
QLabel#Figure[tone="danger"] {{ color: {danger}; }}
QLabel#Muted {{ color: {muted}; }}
QLabel#Faint {{ color: {faint}; font-size: 11px; }}
QLabel#SectionLabel {{ color: {faint}; font-size: 11px; font-weight: bold; letter-spacing: 0.6px; }}
QLabel#FieldLabel {{ font-weight: bold; }}
QLabel#StepBadge {{ background: {accent}; color: {accent_text}; border-radius: 11px;
    min-width: 22px; max-width: 22px; min-height: 22px; max-height: 22px; font-weight: bold;
    qproperty-alignment: AlignCenter; }}
QLabel#AppName {{ font-size: 15px; font-weight: bold; color: {text}; }}
QLabel#Placeholder {{ color: {muted}; font-size: 13px; }}
/* The Prullenbak's "empty" message takes the focus when the last record was restored. */
QLabel#EmptyState:focus {{ border: 2px solid {accent}; border-radius: 4px; }}
QLabel#FieldError {{ color: {danger}; font-size: 12px; }}
QLabel[chip="demo"], QLabel[chip="warning"] {{ background: {warning_soft}; color: {warning};
    border-radius: 7px; padding: 1px 8px; font-weight: bold; font-size: 11px; }}
QLabel[chip="danger"] {{ background: {danger_soft}; color: {danger}; border-radius: 7px;
    padding: 1px 8px; font-weight: bold; font-size: 11px; }}
QLabel[chip="neutral"] {{ background: {divider}; color: {muted}; border-radius: 7px;
    padding: 1px 8px; font-weight: bold; font-size: 11px; }}
QLabel[chip="success"] {{ background: {success_soft}; color: {success}; border-radius: 7px;
    padding: 1px 8px; font-weight: bold; font-size: 11px; }}
QLabel[chip="count"] {{ background: {divider}; color: {muted}; border-radius: 7px;
    padding: 0 7px; font-weight: bold; font-size: 11px; }}

QPushButton {{ background: {surface}; color: {text}; border: 1px solid {border_strong};
    border-radius: 4px; padding: 5px 14px; min-height: 18px; }}
QPushButton:hover {{ background: {hover}; }}
QPushButton:focus {{ border: 2px solid {accent}; padding: 4px 13px; }}
QPushButton:disabled {{ color: {faint}; }}
/* Fusion on Linux puts Qt's built-in pixmaps (an odd arrow/hand) on OK, Cancel …: no icons. */
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QPushButton#Primary {{ background: {accent}; color: {accent_text}; border: 1px solid {accent};
    font-weight: bold; }}
QPushButton#Primary:hover {{ background: {accent_hover}; }}
QPushButton#Primary:pressed {{ background: {accent_pressed}; }}
/* Focus on the filled button: its border would be the fill's own colour, so the focus shows as
   a ring 2 px outside it (widgets/focus_ring.py); no dotted rectangle on the fill. */
QPushButton#Primary:focus {{ border: 1px solid {accent}; padding: 5px 14px; outline: none; }}
QPushButton#Primary:disabled {{ background: {divider}; color: {faint}; border-color: {divider}; }}
QToolButton {{ background: {surface}; color: {text}; border: 1px solid {border_strong};
    border-radius: 4px; padding: 5px 10px; }}
QToolButton:hover {{ background: {hover}; }}
QToolButton:focus {{ border: 2px solid {accent}; padding: 4px 9px; }}
QToolButton[popupMode="2"] {{ padding-right: 24px; }}
QToolButton::menu-indicator {{ image: url({icons}/chevron-down-{scheme}.svg); width: 14px;
    height: 14px; subcontrol-origin: padding; subcontrol-position: right center; right: 4px; }}
QPushButton#Link {{ border: none; background: transparent; color: {accent}; padding: 2px 4px; }}
QPushButton#Link:hover {{ text-decoration: underline; }}
QPushButton#Link:focus {{ border: 2px solid {accent}; padding: 0 2px; }}
QPushButton[segment] {{ border-radius: 0; padding: 5px 12px; }}
QPushButton[segment="first"] {{ border-top-left-radius: 4px; border-bottom-left-radius: 4px; }}
QPushButton[segment="last"] {{ border-top-right-radius: 4px; border-bottom-right-radius: 4px;
    border-left: none; }}
QPushButton[segment="mid"] {{ border-left: none; }}
QPushButton[segment]:checked {{ background: {accent_soft}; color: {accent}; font-weight: bold;
    border: 1px solid {accent}; }}
QPushButton[segment]:focus {{ border: 2px solid {accent}; padding: 4px 11px; }}
QPushButton[segment]:checked:focus {{ border: 2px solid {text}; padding: 4px 11px; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit {{
    background: {surface}; color: {text}; border: 1px solid {border_strong}; border-radius: 4px;
    padding: 4px 8px; selection-background-color: {accent}; selection-color: {accent_text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDateEdit:focus, QTimeEdit:focus {{ border: 2px solid {accent}; padding: 3px 7px; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid {danger}; padding: 3px 7px; }}
QLineEdit#GlobalSearch {{ background: {surface_alt}; padding-left: 10px; }}
QLineEdit:read-only {{ background: {surface_alt}; color: {muted}; }}
QComboBox[active="true"] {{ background: {accent_soft}; border: 1px solid {accent};
    font-weight: bold; }}
QComboBox[active="true"]:focus {{ border: 2px solid {text}; padding: 3px 7px; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 22px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({icons}/chevron-down-{scheme}.svg);
    width: 14px; height: 14px; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 24px; }}
QSpinBox:focus, QDoubleSpinBox:focus {{ padding-right: 23px; }}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,
QDoubleSpinBox::down-button {{ subcontrol-origin: border; width: 20px; background: transparent;
    border: none; border-left: 1px solid {border}; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right;
    border-top-right-radius: 4px; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right;
    border-bottom-right-radius: 4px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover, QDoubleSpinBox::up-button:hover,
QDoubleSpinBox::down-button:hover {{ background: {hover}; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({icons}/chevron-up-{scheme}.svg);
    width: 12px; height: 12px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{
    image: url({icons}/chevron-down-{scheme}.svg); width: 12px; height: 12px; }}
QSpinBox::up-arrow:disabled, QSpinBox::down-arrow:disabled, QDoubleSpinBox::up-arrow:disabled,
QDoubleSpinBox::down-arrow:disabled {{ image: none; }}
QSpinBox::up-button:disabled, QSpinBox::down-button:disabled,
QDoubleSpinBox::up-button:disabled, QDoubleSpinBox::down-button:disabled {{ border: none; }}
QSpinBox:disabled, QDoubleSpinBox:disabled {{ background: {surface_alt}; color: {muted}; }}
QFrame#Chip {{ background: {accent_soft}; border: none; border-radius: 10px; }}
QFrame#Chip QLabel {{ color: {accent}; background: transparent; }}
QFrame#Chip QToolButton {{ border: none; background: transparent; color: {accent};
    padding: 0 2px; }}
QFrame#Chip QToolButton:hover {{ background: {hover}; border-radius: 8px; }}
/* A chip input (chips and a borderless line edit in a frame) looks like a line edit; its edit has
   the focus, so the frame shows it through the property focused="true" (ChipInput sets it). */
QFrame#ChipInput {{ background: {surface}; border: 1px solid {border_strong}; border-radius: 4px; }}
QFrame#ChipInput[focused="true"] {{ border: 2px solid {accent}; }}
QFrame#ChipInput[invalid="true"] {{ border: 2px solid {danger}; }}
QFrame#ChipInput > QLineEdit {{ border: none; background: transparent; padding: 2px 0; }}
/* A clickable row in an Overzicht card: a ring when it has the keyboard focus. */
QFrame#Row {{ border: 2px solid transparent; border-radius: 4px; }}
QFrame#Row:focus {{ border: 2px solid {accent}; }}
QComboBox QAbstractItemView {{ background: {surface}; border: 1px solid {border};
    selection-background-color: {accent_soft}; selection-color: {text}; }}
/* A plain drop-down list under the combo, not Fusion's menu-style popup over it: the menu
   popup's height came out one row short under this style sheet, so the last choice hid under a
   scroll arrow ("Vertrouwelijk" on Banden). The list popup is sized from the rows' own height
   (padding included) and shows up to maxVisibleItems whole (tests/ui/test_combo_popup.py). */
QComboBox {{ combobox-popup: 0; }}
QComboBox QAbstractItemView::item {{ min-height: 24px; padding: 0 8px; }}

QTableView, QTreeView, QListView {{ background: {surface}; border: 1px solid {border};
    gridline-color: {divider}; selection-background-color: {accent_soft};
    selection-color: {text}; alternate-background-color: {surface_alt}; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {accent}; }}
QHeaderView::section {{ background: {surface}; color: {muted}; border: none;
    border-bottom: 1px solid {border}; padding: 6px 10px; font-size: 11px; font-weight: bold; }}
/* Fusion drew a descending sort (newest first) as ▲; through the stylesheet a descending sort
   is the "down-arrow" subcontrol, drawn as a down chevron: the arrow points the way the values
   run (#8, checked on a screenshot of Contactmomenten) */
QHeaderView::up-arrow {{ image: url({icons}/chevron-up-{scheme}.svg); width: 12px;
    height: 12px; }}
QHeaderView::down-arrow {{ image: url({icons}/chevron-down-{scheme}.svg); width: 12px;
    height: 12px; }}
QSplitter::handle {{ background: {border}; }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {border_strong}; border-radius: 4px; min-height: 24px;
    margin: 2px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; }}
QScrollBar::handle:horizontal {{ background: {border_strong}; border-radius: 4px; min-width: 24px;
    margin: 2px; }}

QFrame#DialogFooter {{ background: {surface_alt}; border-top: 1px solid {divider}; }}
QFrame#Option {{ background: {surface}; border: 1px solid {border}; border-radius: 6px; }}
QFrame#Option[checked="true"] {{ border: 2px solid {accent}; background: {accent_soft}; }}
/* Check and radio boxes: the indicator's edge is {control} (at least 3:1 against every surface,
   light and dark: WCAG 1.4.11); the keyboard focus rings the box and its text. */
QRadioButton, QCheckBox {{ spacing: 8px; border: 2px solid transparent; border-radius: 4px;
    padding: 1px 4px 1px 2px; }}
QRadioButton:focus, QCheckBox:focus {{ border: 2px solid {accent}; }}
QRadioButton::indicator {{ width: 14px; height: 14px; border-radius: 8px;
    border: 1px solid {control}; background: {surface}; }}
QRadioButton::indicator:checked {{ border: 5px solid {accent}; width: 6px; height: 6px;
    background: {surface}; }}
QCheckBox::indicator {{ width: 14px; height: 14px; border-radius: 3px;
    border: 1px solid {control}; background: {surface}; }}
QCheckBox::indicator:checked {{ border: 1px solid {accent}; background: {accent};
    image: url({icons}/check-{scheme}.svg); }}
QCheckBox::indicator:disabled {{ border-color: {border_strong}; background: {surface_alt}; }}
QTabWidget::pane {{ border: 1px solid {border}; background: {surface}; }}
QTabBar::tab {{ padding: 6px 14px; }}
QTabBar::tab:selected {{ color: {accent}; font-weight: bold; border-bottom: 2px solid {accent}; }}
"""


def stylesheet(t: Tokens) -> str:
    """The one application stylesheet for these tokens."""
    values = {f.name: getattr(t, f.name) for f in fields(t)}
    values["icons"] = resource_path("icons").as_posix()
    values["scheme"] = "dark" if t.dark else "light"
    return _SHEET.format(**values)


def apply(app: QApplication, scheme: str = "auto") -> Tokens:
    """Set Fusion, the palette and the stylesheet; `scheme` is "auto", "light" or "dark"."""
    global _current
    dark = os_prefers_dark() if scheme == "auto" else scheme == "dark"
    _current = DARK if dark else LIGHT
    app.setStyle("Fusion")
    app.setPalette(palette(_current))
    app.setStyleSheet(stylesheet(_current))
    _install_focus_rings(app)
    return _current


_rings: QObject | None = None


def _install_focus_rings(app: QApplication) -> None:
    """Once per application: the offset focus ring of primary buttons."""
    global _rings
    from chinadossier.ui.widgets.focus_ring import FocusRings  # noqa: PLC0415 - it reads tokens()

    if _rings is None or not shiboken6.isValid(_rings) or _rings.parent() is not app:
        _rings = FocusRings(app)


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def band_colours(score: int) -> tuple[str, str]:
    """Cell fill and strong swatch of a likelihood × impact score (DOMAIN.md §4)."""
    t = _current
    if score >= 20:
        return t.band_very_high, t.band_very_high_strong
    if score >= 10:
        return t.band_high, t.band_high_strong
    if score >= 5:
        return t.band_medium, t.band_medium_strong
    return t.band_low, t.band_low_strong
