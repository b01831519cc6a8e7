"""External programs some tests need (poppler-utils, zbar-tools, desktop-file-utils, appstream).

Outside CI a missing program skips the test with the package to install. With CI set (`.ci/run`
exports CI=1 and installs them all) it fails the test: a check that silently stopped running is
worse than a red build.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(program: str, package: str, what: str = "") -> str:
    """The path of `program`; skips (or, under CI, fails) the calling test when it is missing."""
    found = shutil.which(program)
    if found is not None:
        return found
    reason = f"{program} ({package}) is not installed{': ' + what if what else ''}"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so this is a failure: `apt-get install {package}` (.ci/run does)")
    pytest.skip(reason)
