"""An offset focus ring for filled (primary) buttons, which a stylesheet border cannot show.

A focus border on a button filled with the accent colour is the fill's own colour: it does not
stand out (WCAG 2.4.7, 1.4.11). The ring is a 2-px accent outline 2 px outside the button, drawn
by a small see-through widget laid over the button's surroundings while the button has the focus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from chinadossier.ui import theme

#: Gap between the button's edge and the ring, and the ring's width (pixels).
GAP = 2
WIDTH = 2


def wants_ring(widget: QWidget | None) -> bool:
    """Whether `widget` is a filled button that shows its focus through the ring."""
    return isinstance(widget, QPushButton) and widget.objectName() == "Primary"


class FocusRing(QWidget):
    """The ring around one button (a sibling of it, on top, letting the mouse through)."""

    def __init__(self, target: QPushButton) -> None:
        parent = target.parentWidget()
        assert parent is not None
        super().__init__(parent)
        self.setObjectName("FocusRing")
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self.follow()
        self.show()

    def follow(self) -> None:
        """Sit around the button, above its siblings."""
        margin = GAP + WIDTH
        self.setGeometry(self.target.geometry().adjusted(-margin, -margin, margin, margin))
        self.setVisible(self.target.isVisible())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.follow()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(theme.tokens().accent), WIDTH)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 6, 6)
        painter.end()


class FocusRings(QObject):
    """Puts a ring around the focused primary button of any window and takes it away after."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus)

    def ring(self) -> FocusRing | None:
        """The ring on screen now, if any (tests)."""
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None
        return self._ring

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring()
        if ring is not None and ring.target is new:
            return
        if ring is not None:
            if shiboken6.isValid(ring.target):
                ring.target.removeEventFilter(ring)
            ring.hide()
            ring.deleteLater()
            self._ring = None
        if wants_ring(new) and new is not None and new.parentWidget() is not None:
            assert isinstance(new, QPushButton)
            self._ring = FocusRing(new)
