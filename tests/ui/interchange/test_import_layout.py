"""The import wizard's layout: labels clear of their fields, the reason column given the room."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from chinadossier.ui.interchange.import_wizard import ImportWizard
from chinadossier.ui.widgets.form_spacing import LABEL_GAP

from .test_import_wizard import CSV, open_wizard, ops  # noqa: F401 - ops is a fixture

pytestmark = __import__("tests.ui.interchange.test_import_wizard",
                        fromlist=["pytestmark"]).pytestmark


def _gap(left: QWidget, right: QWidget, root: QWidget) -> int:
    return right.mapTo(root, QPoint(0, 0)).x() - (left.mapTo(root, QPoint(0, 0)).x()
                                                   + left.width())


def _label_for(root: QWidget, buddy: QWidget) -> QLabel:
    return next(w for w in root.findChildren(QLabel) if w.buddy() is buddy)


def test_labels_clear_of_fields_and_the_reason_gets_the_room(qtbot, ops, tmp_path) -> None:  # noqa: F811
    source = tmp_path / "contacten.csv"
    source.write_bytes(CSV.encode("cp1252"))
    wizard = open_wizard(qtbot, ops, tmp_path)
    wizard.resize(900, 580)
    page = wizard.file_page
    qtbot.wait(10)
    encoding_label = _label_for(page, page.encoding)
    text_end = encoding_label.fontMetrics().horizontalAdvance(encoding_label.text()
                                                              .replace("&", ""))
    assert _gap(encoding_label, page.encoding, page) + encoding_label.width() - text_end \
        >= LABEL_GAP  # "Tekenset (CSV)" does not touch its drop-down
    assert _gap(page.path_edit, page.browse, page) >= 8
    page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=10_000)
    preview = wizard.preview_page
    qtbot.wait(10)
    table = preview.table
    header = table.horizontalHeader()
    reason = preview.model.columnCount() - 1
    assert header.stretchLastSection()
    # Reden takes the room the other columns leave: the largest column by far
    assert header.sectionSize(reason) >= 0.35 * table.viewport().width()
    assert header.sectionSize(reason) > 2 * max(header.sectionSize(c) for c in range(reason))
    bold = QFont(header.font())
    bold.setBold(True)  # the theme's header font
    for column in range(reason):  # the narrower columns still show their header whole
        text = preview.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= QFontMetrics(bold).horizontalAdvance(text) + 12
    index = preview.proxy.index(0, reason)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()  # the whole reason
