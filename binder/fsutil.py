"""Safe file writing: owner-only, atomic, durable.

Everything the app writes goes through `atomic_write` (or `private_dir`):
create the temp file with mode 0600, write, fsync, `os.replace`, fsync the
directory. A crash leaves either the old file or the new one.
"""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from binder.errors import StorageError


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def storage_error(exc: OSError, path: Path | str) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError("The disk is full; nothing was changed ({path}).", path=str(path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("Cannot write to {path}: it is read-only or not yours. Nothing was changed.",
                            path=str(path))
    return StorageError("Could not write {path}: {reason}. Nothing was changed.",
                        path=str(path), reason=exc.strerror or str(exc))


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `path` atomically with owner-only permissions."""
    path = Path(path)
    directory = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        try:
            os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(directory)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise storage_error(exc, path) from exc
