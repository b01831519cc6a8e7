"""How much each expensive test runs: the `default` profile keeps `packaging/dev.sh test` under two
minutes on two cores; `thorough` (CLINIC_TEST_PROFILE=thorough, which `.ci/run` runs after the
default suite) keeps the full counts: every generated example and every crash round.

tests/conftest.py loads the Hypothesis profile of the same name. A test whose count differs from
the profile's uses `count(full=..., default=...)`, so both numbers stand next to the test.
"""

from __future__ import annotations

import os

PROFILES = ("default", "thorough")
ENV = "CLINIC_TEST_PROFILE"
NAME = os.environ.get(ENV, "default")
if NAME not in PROFILES:
    raise SystemExit(f"{ENV}={NAME!r}: expected one of {', '.join(PROFILES)}")
THOROUGH = NAME == "thorough"


def count(*, full: int, default: int) -> int:
    """`full` under the thorough profile, `default` otherwise."""
    return full if THOROUGH else default
