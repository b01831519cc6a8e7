"""The demo clinic of the test session, built once in a background process.

Building it takes 7-25 s (`clinic_app.facade.demo.build_demo`, the real thing). tests/conftest.py
starts one builder process as soon as it sees that a collected test needs the demo, and moves those
tests to the end of the run, so the build overlaps with the other tests; under pytest-xdist the
workers share the one build (the folder is named by the main process through the environment, and
the first worker to get there starts the build). `demo_template` waits for it.

    python tests/demo_build.py FOLDER DAY    build FOLDER/demo.sqlite3 as of DAY, then write FOLDER/done
                                             (or FOLDER/failed with the traceback)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

FOLDER_ENV = "CLINIC_TEST_DEMO_FOLDER"
NAME = "demo.sqlite3"
REPO = Path(__file__).resolve().parent.parent


def start(folder: Path, day: str) -> None:
    """Start the builder unless another process of this session already did."""
    try:
        os.close(os.open(folder / "started", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return
    log = open(folder / "build.log", "wb")  # noqa: SIM115 - the builder keeps writing after we return
    subprocess.Popen([sys.executable, str(Path(__file__)), str(folder), day], cwd=REPO, stdout=log, stderr=log,
                     stdin=subprocess.DEVNULL)


def wait(folder: Path, day: str, timeout: float = 900) -> Path:
    """The built demo database (starting the build if nobody has); raises if the build failed."""
    start(folder, day)
    deadline = time.monotonic() + timeout
    while not (folder / "done").exists():
        if (folder / "failed").exists():
            raise RuntimeError(f"building the demo clinic failed:\n{(folder / 'failed').read_text()}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"the demo clinic was not built in {timeout:.0f} s: see {folder / 'build.log'}")
        time.sleep(0.05)
    return folder / NAME


def _build(folder: Path, day: str) -> None:
    import traceback
    from datetime import date

    from clinic_app.facade.demo import build_demo

    work = folder / "building"
    try:
        work.mkdir()
        build_demo(work / NAME, today=date.fromisoformat(day))
        for part in work.iterdir():  # the database, its audit key and chain head, complete
            part.rename(folder / part.name)
        (folder / "done").write_text("ok")
    except BaseException:
        (folder / "failed").write_text(traceback.format_exc())
        raise


if __name__ == "__main__":
    _build(Path(sys.argv[1]), sys.argv[2])
