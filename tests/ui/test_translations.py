"""The English translation is complete and compiled from the current Dutch sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "chinadossier_en.ts"
QM = TS.with_suffix(".qm")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is missing from the environment (PySide6 ships it)")
    return found


def test_every_interface_string_has_an_english_translation(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (REPO / "desktop" / "chinadossier" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    shutil.copy2(TS, fresh)
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-source-language", "nl_NL",
                    "-target-language", "en_GB", "-tr-function-alias", "QT_TR_NOOP+=_tr",
                    "-no-obsolete", "-ts", str(fresh)],
                   check=True, capture_output=True)
    current = _messages(fresh)
    assert current, "lupdate found no strings"
    unfinished = [key for key, m in current.items()
                  if m.find("translation") is None
                  or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == [], "run scripts/translations after translating these in Linguist"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == QM.read_bytes()
