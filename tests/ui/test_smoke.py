"""Smoke test: the real application as a subprocess on a real X server (Xvfb, xcb platform).

It starts `python -m chinadossier` (no sub-command) on a case file, waits until the log says the
main window is shown, asks it to quit the way a session logout does (SIGTERM, handled like
Ctrl+Q) and expects exit status 0 and no Qt warning on stderr.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Generous limits for a loaded CI machine; they only stop a hung process, never time a result.
START_LIMIT = 120.0


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
                f"/tmp/.X{number}-lock").exists():
            return number
    pytest.fail("no free X display number")


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing; .ci/run installs it (package xvfb)")
        pytest.skip("Xvfb is not installed here (CI installs it)")
    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


@pytest.mark.slow
def test_the_application_starts_on_xcb_and_quits_cleanly(xvfb: str, case_file: Path,
                                                         tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "PYTHONPATH")}
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO / "desktop"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    log = case_file.parent / "logs" / "chinadossier.log"
    app = subprocess.Popen([sys.executable, "-m", "chinadossier", "--data-dir",
                            str(case_file.parent)], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + START_LIMIT
        while not (log.exists() and "Main window shown" in log.read_text(encoding="utf-8")):
            if app.poll() is not None:
                out, err = app.communicate()
                pytest.fail(f"the application ended early ({app.returncode}): {err}")
            if time.monotonic() > deadline:
                pytest.fail("the main window did not appear")
            time.sleep(0.1)
        app.send_signal(signal.SIGTERM)
        out, err = app.communicate(timeout=START_LIMIT)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "QPA" not in err and "qt." not in err and "Warning" not in err, err
    assert "Closed with exit code 0" in log.read_text(encoding="utf-8")
