"""Files written whole or not at all: the complete bytes go to a temporary file beside
the target, which is renamed over it at the end.

Every export (account files, PDFs, map images, calendars) goes through here, so each
one leaves no half-written file on a full disk or a crash, keeps an existing file
intact until the new one is complete, and gets the permissions a file saved by any
other program would get (a temporary file is private, 0600).

What is written to, and what is refused (before anything is created or renamed):

- a target that exists and is not a regular file (a folder, a FIFO, a socket, a
  device such as ``/dev/null``) is refused: renaming over it would replace the node;
- a symbolic link to a regular file (or to nothing yet) is followed: the link stays a
  link and the file it points to gets the new content;
- a read-only regular file is kept: :class:`ReadOnlyTarget` is raised, unless the user
  has confirmed replacing that very file (:func:`confirm_replacing`).

The temporary file exists only while the finished bytes are written (a writer that
needs a path builds into memory first), and a temporary file of ours left behind by a
killed export is removed at the next export to that folder, once it is an hour old.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import threading
import time
from pathlib import Path

from app.errors import RapportError
from app.i18n import N_, _

TEMP_PREFIX = ".rapport-"
TEMP_SUFFIX = ".tmp"
#: our temporary files' names exactly (mkstemp puts letters, digits and _ in between)
_TEMP_NAME = re.compile(r"\.rapport-[A-Za-z0-9_]+\.tmp")
#: a temporary file this old is left over by a killed export, not one still running
STALE_AFTER = 3600.0  # seconds


class ReadOnlyTarget(RapportError):
    """The target is a read-only file: replaced only once the user confirms."""

    def __init__(self, path: Path) -> None:
        super().__init__(_("{path} is read-only; it was left as it is. Make it writable "
                           "or choose another file name.").format(path=path))
        self.path = path


def _umask() -> int:
    """The process's umask, read once (setting it to read it is not thread-safe, so
    this runs at import, in the main thread)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


_NEW_FILE_MODE = 0o666 & ~_umask()

#: read-only files the user has agreed to replace: (device, inode), used up by one write
_confirmed: set[tuple[int, int]] = set()
_confirmed_lock = threading.Lock()

#: what a path that is not a regular file is, and how the refusal says so
_KINDS = [(stat.S_ISFIFO, N_("Cannot write {path}: it is a named pipe (FIFO), not a "
                             "regular file; choose a file name.")),
          (stat.S_ISSOCK, N_("Cannot write {path}: it is a socket, not a regular file; "
                             "choose a file name.")),
          (stat.S_ISCHR, N_("Cannot write {path}: it is a device, not a regular file; "
                            "choose a file name.")),
          (stat.S_ISBLK, N_("Cannot write {path}: it is a device, not a regular file; "
                            "choose a file name."))]


def _error(path: Path, err: OSError) -> RapportError:
    return RapportError(_("Cannot write {path}: {reason}.").format(
        path=path, reason=err.strerror or err))


def _real(path: Path) -> Path:
    """The path a write to ``path`` lands on: symbolic links followed."""
    return Path(os.path.realpath(path))


def is_read_only(path: Path) -> bool:
    """``path`` (links followed) is an existing regular file without write permission
    for us; root's permission to write anyway does not count: 0444 means "keep it"."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and (
        not st.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK))


def confirm_replacing(path: Path) -> None:
    """The user has agreed to replace the read-only file ``path``: the next write to
    that very file (not another one put in its place) may replace it."""
    try:
        st = os.stat(path)
    except OSError:
        return
    with _confirmed_lock:
        _confirmed.add((st.st_dev, st.st_ino))


def _confirmed_for(st: os.stat_result, *, use: bool) -> bool:
    key = (st.st_dev, st.st_ino)
    with _confirmed_lock:
        if key not in _confirmed:
            return False
        if use:
            _confirmed.discard(key)
        return True


def _check(path: Path, *, use_confirmation: bool) -> tuple[Path, int | None]:
    """The regular file to write for ``path`` and its permissions (None: a new file),
    or a RapportError saying why it is refused."""
    try:
        real = _real(path)
        folder = real.parent
        if not folder.is_dir():
            raise RapportError(_("Cannot write {path}: the folder {folder} does not "
                                 "exist.").format(path=path, folder=path.parent))
        try:
            st = os.stat(real)
        except FileNotFoundError:
            return real, None
    except OSError as err:  # e.g. a name longer than the file system allows
        raise _error(path, err) from None
    if not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise RapportError(_("Cannot write {path}: it is a folder.").format(path=path))
        shown = (_("{path} (a link to {target})").format(path=path, target=real)
                 if real != path.absolute() else str(path))
        message = next((text for test, text in _KINDS if test(st.st_mode)),
                       N_("Cannot write {path}: it is not a regular file; choose a file "
                          "name."))
        raise RapportError(_(message).format(path=shown))
    if is_read_only(real) and not _confirmed_for(st, use=use_confirmation):
        raise ReadOnlyTarget(path)
    return real, stat.S_IMODE(st.st_mode)


def check_target(path: Path) -> Path:
    """Refuse early (before a long layout) what :func:`write_atomically` would refuse;
    returns the regular file that would be written (symbolic links followed)."""
    return _check(path, use_confirmation=False)[0]


def clean_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove our temporary files in ``folder`` left behind by a killed export: only
    regular files named exactly like ours, owned by us, older than STALE_AFTER (a
    younger one may belong to an export still running). Returns what was removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if (stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid()
                    and now - st.st_mtime > STALE_AFTER):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, flushed to the disk.

    Refuses (RapportError, nothing created or renamed) a target that is not a regular
    file, and a read-only one (ReadOnlyTarget) the user has not confirmed; follows a
    symbolic link to the file it points to. On a write error (a full disk) the
    temporary file is removed and ``path`` is left as it was."""
    real, mode = _check(path, use_confirmation=True)
    clean_stale(real.parent)
    try:
        # a short name of its own: a target name near the file system's limit still fits
        handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX,
                                        dir=real.parent)
    except OSError as err:
        raise _error(path, err) from None
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            os.fchmod(out.fileno(), _NEW_FILE_MODE if mode is None else mode)
        os.replace(temp, real)
    except OSError as err:
        temp.unlink(missing_ok=True)
        raise _error(path, err) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(real.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
