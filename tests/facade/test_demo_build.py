"""Building the demo clinic: progress is reported, and an interrupted build leaves no file behind
(the next `--demo` would otherwise open half a clinic)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clinic_app.facade.demo import build_demo


class Stop(Exception):
    pass


def test_an_interrupted_build_leaves_nothing(tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []

    def stop_after_a_week(done: int, total: int) -> None:
        reports.append((done, total))
        if done == 7:
            raise Stop

    with pytest.raises(Stop):
        build_demo(tmp_path / "demo.sqlite3", today=date(2026, 11, 23), progress=stop_after_a_week)
    assert [done for done, _ in reports] == list(range(1, 8)) and reports[0][1] > 250
    assert list(tmp_path.iterdir()) == []
