"""The chain-head file: the last confirmed audit row (seq, MAC) and its tag, kept beside the key.

The file is one record of RECORD_BYTES bytes (canonical JSON padded with spaces, then a newline),
rewritten IN PLACE after each commit: `advance` takes an exclusive advisory lock on the file,
reads the record, writes the new one over it only when it names a later row (the head never moves
backwards), fsyncs and unlocks. Readers take a shared lock, so they never see a record half
written. A new file (a new clinic) and a head reset after a restore are written to a temporary
file and renamed into place instead (the only times a directory entry changes). Why an in-place
write is as durable as that rename was: see the threat model in `audit.py`.

Where the platform has no `fcntl` (Windows) there is no lock: two instances committing at the same
instant may then write their heads out of order, and the head lags one transaction behind until
the next write (the rows beyond it must still chain; never a false fault).
"""

from __future__ import annotations

import hmac
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from clinic_app.store.models import Fault

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

RECORD_BYTES = 256


@dataclass(frozen=True)
class ChainHead:
    """The last audit row's sequence number and MAC (seq 0 = empty trail, MAC of genesis)."""

    seq: int
    mac: str


Tag = Callable[[ChainHead], str]


@contextmanager
def _locked(fd: int, exclusive: bool) -> Iterator[None]:
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class HeadFile:
    """Reads and writes one trail's head file; `tag` binds a head to the audit key."""

    def __init__(self, path: Path, tag: Tag) -> None:
        self.path = path
        self._tag = tag

    def _record(self, head: ChainHead) -> bytes:
        body = json.dumps({"seq": head.seq, "mac": head.mac, "tag": self._tag(head)}, sort_keys=True,
                          separators=(",", ":")).encode("ascii")
        return body.ljust(RECORD_BYTES - 1) + b"\n"

    def _parse(self, data: bytes) -> ChainHead | Fault:
        # An older version wrote the same JSON object unpadded: it reads the same way.
        try:
            body = json.loads(data.decode("ascii"))
            head = ChainHead(int(body["seq"]), str(body["mac"]))
            tag = str(body["tag"])
        except (ValueError, KeyError, TypeError) as exc:
            return Fault("audit_chain", "head_unreadable", None, f"{self.path}: {exc}")
        if not hmac.compare_digest(tag, self._tag(head)):
            return Fault("audit_chain", "head_forged", None, f"{self.path}: tag does not match the key")
        return head

    def read(self) -> ChainHead | Fault:
        """The recorded head, or a Fault when the file is missing, unreadable or forged."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError as exc:
            return Fault("audit_chain", "head_unreadable", None, f"{self.path}: {exc}")
        try:
            with _locked(fd, exclusive=False):
                data = os.pread(fd, 4 * RECORD_BYTES, 0)
        finally:
            os.close(fd)
        return self._parse(data)

    def advance(self, head: ChainHead) -> bool:
        """Record `head` in place when it is later than the recorded one (one fsync); True when
        written. A missing, unreadable or forged record is left as it is (never papered over:
        the next write's prefix check and `verify` report it)."""
        fd = os.open(self.path, os.O_RDWR)
        try:
            with _locked(fd, exclusive=True):
                current = self._parse(os.pread(fd, 4 * RECORD_BYTES, 0))
                if isinstance(current, Fault) or current.seq >= head.seq:
                    return False
                os.pwrite(fd, self._record(head), 0)
                os.fsync(fd)
                return True
        finally:
            os.close(fd)

    def replace(self, head: ChainHead) -> None:
        """Write a new file holding `head` (temporary file, fsync, rename, folder fsync): for a new
        trail and after a verified restore, when the head may move to any row."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, self._record(head))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        _fsync_folder(self.path.parent)

