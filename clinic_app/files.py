"""File safety shared by the store, the command line and the window (no Qt here).

- Everything the program writes is private: files 0600, folders it creates 0700, whatever the
  umask (files are created with os.open(..., 0o600) and fchmod'ed; SQLite gives a database's WAL
  and SHM files the main file's mode, so pre-creating the main file is enough).
- An output (PDF, export, iCalendar, schema) never lands on the database, its -wal/-shm/-journal,
  the audit key or its head, or any SQLite file (a backup, a pre-migration copy): paths are
  resolved (symlinks followed) and compared by inode too (hard links).
- An output is written to a temporary file in the same folder, fsynced and renamed over the
  target, so a full or failing disk never leaves half a file; an existing file is replaced only
  when the caller says so (`force`).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from clinic_app.domain.errors import DomainError, InputError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
KEY_SUFFIXES = (".auditkey", ".auditkey.head")


class OutputRefused(InputError):
    """An output path the program will not write (values: field, path, hint): the database or one
    of its files, an SQLite file, a folder, or an existing file without `force`."""


class FileFault(DomainError):
    """Writing or reading a file failed (values: path, reason, errno): a full disk, no permission."""


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as 0700 folders; an existing folder is left as it is."""
    missing = [p for p in [path, *path.parents] if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
            os.chmod(folder, PRIVATE_DIR)
    return path


def create_private(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist (an existing file is made 0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Take group and other permissions off a file this user owns (no-op otherwise)."""
    with contextlib.suppress(OSError):
        st = path.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE)


def companions(db_path: Path) -> list[Path]:
    """The database file and the files SQLite and the audit trail keep beside it."""
    return [db_path, *(db_path.with_name(db_path.name + s) for s in (*COMPANION_SUFFIXES, *KEY_SUFFIXES))]


def _starts_with(path: Path, prefixes: Iterable[bytes]) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return any(head.startswith(p) for p in prefixes)


def is_sqlite_file(path: Path) -> bool:
    """True when `path` is a file holding an SQLite database (header) or a WAL file (magic)."""
    return path.is_file() and _starts_with(path, (SQLITE_HEADER, *_WAL_MAGIC))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _protected(target: Path, protected: list[Path]) -> bool:
    if any(target == p or _same_file(target, p) for p in protected):
        return True
    if is_sqlite_file(target):
        return True
    for suffix in (*COMPANION_SUFFIXES, *KEY_SUFFIXES):
        if target.name.endswith(suffix):
            stem = target.with_name(target.name[: -len(suffix)])
            if is_sqlite_file(stem) or stem.name.endswith(".auditkey"):
                return True
    return False


def check_output(path: Path | str, *, protected: Iterable[Path] = (), force: bool = False,
                 field: str = "output") -> Path:
    """The resolved target of an output path, or OutputRefused (see the module docstring)."""
    target = Path(path).expanduser().resolve()
    guarded = [Path(p).expanduser().resolve() for p in protected]
    if target.is_dir():
        raise OutputRefused("output_is_folder", {"field": field, "path": str(path),
                                                 "hint": "name a file, not a folder"})
    if _protected(target, guarded):
        raise OutputRefused("output_is_protected", {"field": field, "path": str(path),
                                                    "hint": "that file is the clinic database, one of its files "
                                                            "or another database: choose another name"})
    if target.exists() and not target.is_file():
        raise OutputRefused("output_not_a_file", {"field": field, "path": str(path),
                                                  "hint": "name an ordinary file"})
    if target.exists() and not force:
        raise OutputRefused("output_exists", {"field": field, "path": str(path),
                                              "hint": "choose another name, or --force to replace it"})
    if not target.parent.is_dir():
        raise OutputRefused("output_folder_missing", {"field": field, "path": str(target.parent),
                                                      "hint": "the folder does not exist"})
    return target


@contextlib.contextmanager
def failures_as_fault(path: Path | str) -> Iterator[None]:
    """Turn an OSError (full disk, no permission, I/O error) into a typed FileFault."""
    try:
        yield
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, "EIO")
        raise FileFault("file_write_failed", {"field": str(path), "path": str(path),
                                              "reason": exc.strerror or str(exc), "errno": code}) from exc


def write_output(path: Path | str, data: bytes, *, protected: Iterable[Path] = (), force: bool = False,
                 field: str = "output") -> Path:
    """Write `data` to `path` safely (checked, private, temp file + fsync + rename); returns the target.

    Raises OutputRefused (see `check_output`), FileFault (the write failed; nothing is left behind).
    """
    target = check_output(path, protected=protected, force=force, field=field)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    with failures_as_fault(path):
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
            try:
                os.fchmod(fd, PRIVATE_FILE)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        fsync_dir(target.parent)
    return target


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (best effort where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
