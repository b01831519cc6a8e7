"""Settings, the background task runner, the idle watcher and the exception hook."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from clinic_app.gui.exception_hook import install_exception_hook
from clinic_app.gui.idle_lock import IdleWatcher
from clinic_app.gui.settings import SETTINGS_VERSION, WindowSettings, load_settings, save_settings
from clinic_app.gui.tasks import TaskContext, TaskRunner


def test_settings_defaults_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    settings = load_settings(path)
    assert settings.idle_lock_minutes == 5
    assert settings.larger_text is False
    changed = settings.model_copy(update={"idle_lock_minutes": 12, "larger_text": True, "window_geometry": "AAA="})
    save_settings(changed, path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["version"] == SETTINGS_VERSION
    assert load_settings(path) == changed


@pytest.mark.parametrize("content", ["{not json", '{"idle_lock_minutes": 0}', '{"version": 99}'])
def test_bad_or_newer_settings_fall_back_to_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert load_settings(path) == WindowSettings()


def test_task_runs_off_the_ui_thread_and_reports_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen_threads: list[threading.Thread] = []
    progress: list[tuple[int, int]] = []

    def work(ctx: TaskContext) -> int:
        seen_threads.append(threading.current_thread())
        for step in range(1, 4):
            ctx.report(step, 3)
        return 42

    handle = runner.task(work)
    handle.progress.connect(lambda done, total, _label: progress.append((done, total)))
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        handle.start()
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)
    assert seen_threads and seen_threads[0] is not threading.main_thread()
    assert progress[-1] == (3, 3)


def test_task_cancel_stops_between_steps(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    started = threading.Event()
    release = threading.Event()
    steps: list[int] = []

    def work(ctx: TaskContext) -> None:
        for step in range(100):
            started.set()
            release.wait(5)
            ctx.check_cancelled()
            steps.append(step)

    handle = runner.task(work)
    handle.start()
    assert started.wait(5)
    handle.cancel()
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        release.set()
    assert steps == []


def test_task_failure_reaches_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()

    def work(_ctx: TaskContext) -> None:
        raise ValueError("disk full")

    handle = runner.task(work)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        handle.start()
    assert isinstance(blocker.args[0], ValueError)


def test_idle_watcher_fires_without_input_and_input_restarts_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(app, timeout_ms=300)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    # Keep typing for longer than the timeout: the timer must keep restarting.
    for _ in range(6):
        QTest.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(100)
    assert fired == []
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    QTest.mouseMove(field, QPoint(2, 2))
    watcher.uninstall()


def test_exception_hook_logs_and_shows(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[BaseException] = []
    previous = install_exception_hook(shown.append)
    try:
        error = RuntimeError("boom")
        sys.excepthook(RuntimeError, error, None)
    finally:
        sys.excepthook = previous
    assert shown == [error]
    assert "unexpected exception" in caplog.text
