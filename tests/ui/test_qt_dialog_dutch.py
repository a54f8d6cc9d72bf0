"""Qt's own file dialog speaks Dutch in the Dutch interface (its catalogue lacks two labels)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from chinadossier.ui.app import Language


def _labels() -> list[str]:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        return [label.text() for label in dialog.findChildren(QLabel)]
    finally:
        dialog.deleteLater()


def test_file_dialog_labels_are_dutch_in_the_dutch_interface(qapp: Any) -> None:
    language = Language(QApplication.instance())
    try:
        language.set("nl")
        texts = _labels()
        assert "&Zoeken in:" in texts and "Bestands&type:" in texts, texts
        assert not any("Look in" in t or "Files of" in t for t in texts)
        assert any(t.filePath().endswith("qtbase_extra_nl.qm")
                   for t in language._translators)  # noqa: SLF001
        language.set("en")  # the Dutch supplement goes with the Dutch interface
        assert not any(t.filePath().endswith("qtbase_extra_nl.qm")
                       for t in language._translators)  # noqa: SLF001
    finally:
        for translator in language._translators:  # noqa: SLF001 - leave no translator behind
            QApplication.instance().removeTranslator(translator)
