"""Files written whole or not at all: a temporary file beside the target, renamed
over it at the end.

Every export (account files, PDFs, map images, calendars) goes through here, so
each one leaves no half-written file on a full disk or a crash, keeps an
existing file intact until the new one is complete, and gets the permissions a
file saved by any other program would get (a temporary file is private, 0600).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import RapportError


def _umask() -> int:
    """The process's umask, read once (setting it to read it is not thread-safe, so
    this runs at import, in the main thread)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


_NEW_FILE_MODE = 0o666 & ~_umask()


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder to write to; when the block ends
    without an error, it becomes ``path`` (with an existing file's permissions, or
    those of a new file). On any error the temporary file is removed, ``path`` is
    left as it was, and an OSError becomes a RapportError naming the file."""
    folder = path.parent
    try:
        if not folder.is_dir():
            raise RapportError(f"Cannot write {path}: the folder {folder} does not exist.")
        if path.is_dir():
            raise RapportError(f"Cannot write {path}: it is a folder.")
        # a short name of its own: a target name near the file system's limit still fits
        handle, name = tempfile.mkstemp(prefix=".rapport-", suffix=".tmp", dir=folder)
    except OSError as err:  # e.g. a name longer than the file system allows
        raise RapportError(f"Cannot write {path}: {err.strerror or err}.") from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = _NEW_FILE_MODE
        os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as err:
        temp.unlink(missing_ok=True)
        raise RapportError(f"Cannot write {path}: {err.strerror or err}.") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, flushed to the disk."""
    with replacing(path) as temp, open(temp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
