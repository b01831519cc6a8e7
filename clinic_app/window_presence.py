"""Which windows have a database open: a second window on the same file says so (it is allowed; two
windows on one clinic are how a nurse and a pharmacist work at once, and each follows the other's
changes), so nobody is surprised by records appearing on their screen.

Every window holds a shared lock on `<db>.windows` while it is open; a window that cannot take that
lock exclusively for a moment knows another window holds it. The operating system drops a lock when
its process ends, so a crashed window leaves nothing stale behind. Where there is no `fcntl`
(Windows) the notice is simply not given.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)


class WindowPresence:
    """Marks `db_path` as open in this window until `close()`; `others` says whether another window
    already had it open."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".windows")
        self.others = False
        self._file: IO[bytes] | None = None
        if fcntl is None:
            return
        try:
            self._file = self.path.open("ab")
            fd = self._file.fileno()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self.others = True
            fcntl.flock(fd, fcntl.LOCK_SH)  # held (shared with other windows) while this one is open
        except OSError as exc:  # a read-only folder: no notice, never a refusal
            log.warning("cannot mark %s as open in a window: %s", self.path, exc)
            self.close()
        if self.others:
            log.info("%s is also open in another window", db_path)

    def close(self) -> None:
        """Release the mark (closing the file drops the lock)."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> WindowPresence:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
