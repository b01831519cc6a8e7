"""Crash safety: a writer running the signed workflow (calculate, prepare, verify, give, decide) is
SIGKILLed at random instants; after every kill nothing it acknowledged is lost and every workflow
invariant holds (each preparation, verification, administration and decision has exactly its one
signature; rows bound to the trail; chain valid).

50 kills by default; CRASH_ROUNDS overrides, and CLINIC_TEST_PROFILE=thorough runs 250.
tests/benchmarks/bench_crash.py runs 1,000.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from crash_harness import crash_campaign
from suite_profile import count

ROUNDS = int(os.environ.get("CRASH_ROUNDS") or count(full=250, default=50))


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_step_nor_leaves_one_unsigned(tmp_path: Path) -> None:
    report = crash_campaign(tmp_path, ROUNDS)
    assert report.kills == ROUNDS and report.acknowledged >= ROUNDS
    assert report.lost == [], report.lost[:10]
    assert report.violations == [], report.violations[:10]
    print(f"\n{report.kills} SIGKILLs, {report.acknowledged} acknowledged signed steps, none lost, "
          f"0 invariant violations")
