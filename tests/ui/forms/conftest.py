"""Forms run against a real case file; service calls go through a real Operations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from chinadossier.ui.ops import Operations


@pytest.fixture
def ops(qtbot: Any, dossier: Any) -> Iterator[Operations]:
    ops = Operations(dossier)
    yield ops
    ops.wait_idle()


@pytest.fixture(autouse=True)
def _no_remembered_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """Each test starts with no remembered kind/direction (QSettings in its own folder)."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
