"""Operations: reads in a pool, writes on one thread, answers on the GUI thread, stale dropped."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from chinadossier.domain.changes import Changes, Result
from chinadossier.domain.codes import RecordKind
from chinadossier.ui.ops import Operations


class FakeDossier:
    """Stands in for the services; records which thread each call ran on."""

    def __init__(self) -> None:
        self.threads: list[int] = []


@pytest.fixture
def ops(qtbot):
    ops = Operations(FakeDossier())
    yield ops
    ops.wait_idle()


def test_query_runs_off_the_gui_thread_and_answers_on_it(qtbot, ops):
    gui = threading.get_ident()
    answers: list[tuple[int, int]] = []

    def call(dossier):
        return threading.get_ident()

    ops.query(call, on_done=lambda worker: answers.append((worker, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(answers))
    worker, delivered_on = answers[0]
    assert worker != gui
    assert delivered_on == gui


def test_a_newer_query_with_the_same_key_drops_the_older_answer(qtbot, ops):
    answers: list[str] = []

    def slow(dossier):
        time.sleep(0.2)
        return "old"

    ops.query(slow, on_done=answers.append, key="search")
    ops.query(lambda d: "new", on_done=answers.append, key="search")
    qtbot.waitUntil(lambda: not ops.is_busy())
    assert answers == ["new"]


def test_a_write_emits_its_changes_and_errors_reach_on_error(qtbot, ops):
    changes = Changes(created=frozenset({uuid.uuid4()}), kinds=frozenset({RecordKind.MEETING}))
    with qtbot.waitSignal(ops.changed) as blocker:
        ops.write(lambda d: Result("record", changes))
    assert blocker.args == [changes]

    errors: list[BaseException] = []
    ops.write(lambda d: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_an_unhandled_failure_is_broadcast_never_lost(qtbot, ops):
    with qtbot.waitSignal(ops.failed) as blocker:
        ops.query(lambda d: [][1])
    assert isinstance(blocker.args[0], IndexError)


def test_writes_run_one_at_a_time(qtbot, ops):
    running = 0
    overlap = []
    lock = threading.Lock()

    def write(dossier):
        nonlocal running
        with lock:
            running += 1
            overlap.append(running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return None

    for _ in range(4):
        ops.write(write)
    qtbot.waitUntil(lambda: not ops.is_busy())
    assert max(overlap) == 1


def test_calls_made_before_the_case_file_is_open_wait_off_the_gui_thread(qtbot):
    # At start-up the window shows before the services are loaded (ui.app): its calls wait in
    # their worker thread and run once set_dossier hands the opened case file over.
    ops = Operations(None)
    answers: list[object] = []
    ops.query(lambda d: d, on_done=answers.append)
    ops.write(lambda d: Result(d, Changes()), on_done=answers.append)
    qtbot.wait(100)
    assert answers == [] and ops.is_busy() and not ops.is_open()
    dossier = FakeDossier()
    with qtbot.waitSignal(ops.opened):
        ops.set_dossier(dossier)
    qtbot.waitUntil(lambda: len(answers) == 2)
    read = next(a for a in answers if not isinstance(a, Result))
    written = next(a for a in answers if isinstance(a, Result))
    assert read is dossier and written.record is dossier
    assert ops.is_open() and ops.dossier is dossier
    ops.wait_idle()


def test_calls_waiting_for_a_case_file_that_fails_to_open_end_without_answers(qtbot):
    ops = Operations(None)
    answers: list[object] = []
    errors: list[object] = []
    ops.failed.connect(errors.append)
    ops.query(lambda d: d, on_done=answers.append, on_error=errors.append)
    ops.query(lambda d: d, on_done=answers.append)
    ops.open_failed(RuntimeError("kon niet openen"))
    qtbot.waitUntil(lambda: not ops.is_busy())
    assert answers == [] and errors == []  # the application shows the opening's error once
    ops.wait_idle()


def test_opened_reaches_its_receivers_on_the_gui_thread_when_handed_over_from_another(qtbot):
    # ui.app hands the case file over from the thread that opened it. Emitting from there let
    # a single-shot receiver's disconnect ask PySide for the GIL under a Qt lock, while the GUI
    # thread held the GIL and waited for that lock: a deadlock (seen in the suite). The signal
    # is emitted on the GUI thread instead; a direct receiver shows which thread that is.
    import threading

    from PySide6.QtCore import Qt

    ops = Operations(None)
    seen: list[int] = []
    ops.opened.connect(lambda: seen.append(threading.get_ident()),
                       Qt.ConnectionType.DirectConnection)
    opener = threading.Thread(target=ops.set_dossier, args=(FakeDossier(),))
    with qtbot.waitSignal(ops.opened):
        opener.start()
        opener.join()
    assert seen == [threading.get_ident()]
    assert ops.is_open()
    ops.wait_idle()
