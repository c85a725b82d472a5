"""Files written whole or not at all, with the permissions any saved file gets; what is
not a regular file is refused, a link is followed, a read-only file is kept unless the
user confirms, and our temporary files left behind by a killed export are cleaned up.

The tests run as root here: nothing in them relies on a permission being denied, and
no real device is ever written (``/dev/null`` is only checked to be refused before
anything is created or renamed)."""

from __future__ import annotations

import errno
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from app import atomic
from app.atomic import (
    ReadOnlyTarget,
    check_target,
    clean_stale,
    confirm_replacing,
    write_atomically,
)
from app.errors import RapportError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_usual_permissions_not_the_temporary_files(
    tmp_path: Path,
) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "plan.pdf"
    write_atomically(target, b"%PDF")
    assert target.read_bytes() == b"%PDF"
    assert _mode(target) == 0o666 & ~umask  # readable by others where the umask allows
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "account.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert (target.read_text(), _mode(target)) == ("new", 0o640)


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_text("the old plan")

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(RapportError, match="No space left on device"):
        write_atomically(target, b"the new plan")
    assert target.read_text() == "the old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_missing_folder_or_a_folder_as_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RapportError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "x.pdf", b"")
    with pytest.raises(RapportError, match="is a folder"):
        write_atomically(tmp_path, b"")


def _kind(path: Path) -> int:
    return stat.S_IFMT(os.lstat(path).st_mode)


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    with pytest.raises(RapportError, match="named pipe.*not a regular file"):
        write_atomically(fifo, b"customer data")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "map.svg"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(RapportError, match="socket, not a regular file"):
            write_atomically(path, b"<svg/>")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_a_link_to_a_fifo_is_refused_and_both_stay(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "plan.pdf"
    link.symlink_to(fifo)
    with pytest.raises(RapportError, match="a link to .*pipe.*not a regular file"):
        write_atomically(link, b"customer data")
    assert link.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused_before_anything_is_created_or_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(atomic.os, "replace", lambda *a: calls.append("replace"))
    monkeypatch.setattr(atomic.tempfile, "mkstemp", lambda **k: calls.append("mkstemp"))
    link = tmp_path / "plan.pdf"
    link.symlink_to("/dev/null")
    before = os.lstat("/dev/null")
    for target in (Path("/dev/null"), link):
        with pytest.raises(RapportError, match="a device, not a regular file"):
            write_atomically(target, b"customer data")
        with pytest.raises(RapportError, match="a device"):
            check_target(target)
    after = os.lstat("/dev/null")
    assert calls == []
    assert (after.st_ino, after.st_mode, after.st_rdev) == (
        before.st_ino, before.st_mode, before.st_rdev)


def test_a_link_to_a_regular_file_stays_a_link_and_its_file_gets_the_content(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    real = folder / "plan-v3.pdf"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "plan.pdf"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert (real.read_text(), _mode(real)) == ("new", 0o640)
    assert sorted(p.name for p in folder.iterdir()) == ["plan-v3.pdf"]  # no temp left
    dangling = tmp_path / "next.pdf"
    dangling.symlink_to(folder / "next-v1.pdf")  # a link to a file not written yet
    write_atomically(dangling, b"first")
    assert dangling.is_symlink() and (folder / "next-v1.pdf").read_text() == "first"


def test_a_read_only_file_is_kept_until_the_user_confirms_replacing_it(
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_text("signed-off plan")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTarget, match="read-only; it was left as it is"):
        write_atomically(target, b"new plan")
    with pytest.raises(ReadOnlyTarget):
        check_target(target)
    assert target.read_text() == "signed-off plan"
    confirm_replacing(target)
    check_target(target)  # an early check does not use the confirmation up
    write_atomically(target, b"new plan")
    assert (target.read_text(), _mode(target)) == ("new plan", 0o444)  # still read-only
    with pytest.raises(ReadOnlyTarget):  # the confirmation was for one write
        write_atomically(target, b"newer plan")
    assert target.read_text() == "new plan"


def test_a_confirmation_is_for_that_file_not_another_put_in_its_place(
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_text("confirmed")
    target.chmod(0o444)
    confirm_replacing(target)
    other = tmp_path / "other.pdf"
    other.write_text("someone else's")
    other.chmod(0o444)
    keep = tmp_path / "kept.pdf"
    os.rename(target, keep)  # the confirmed file stays alive, under another name
    os.rename(other, target)
    with pytest.raises(ReadOnlyTarget):
        write_atomically(target, b"new")
    assert target.read_text() == "someone else's"


def _aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)
    return path


def test_stale_temporary_files_of_ours_are_cleaned_at_the_next_write(
    tmp_path: Path,
) -> None:
    stale = tmp_path / ".rapport-abc.tmp"
    stale.write_bytes(b"")
    _aged(stale, 2 * 3600)
    fresh = tmp_path / ".rapport-xyz_9.tmp"  # another export, still running
    fresh.write_bytes(b"")
    # not ours by name, not a regular file: left whatever their age
    others = [tmp_path / n for n in (".rapport-abc.tmp.bak", "rapport-abc.tmp",
                                     ".rapport-a.b.tmp", ".rapport-.tmp", "notes.tmp")]
    for path in others:
        path.write_text("keep")
        _aged(path, 2 * 3600)
    folder = tmp_path / ".rapport-dir.tmp"
    folder.mkdir()
    _aged(folder, 2 * 3600)
    link = tmp_path / ".rapport-link.tmp"
    link.symlink_to(tmp_path / "notes.tmp")
    _aged(link, 2 * 3600)
    write_atomically(tmp_path / "plan.pdf", b"%PDF")
    assert not stale.exists()
    assert fresh.exists() and folder.is_dir() and link.is_symlink()
    assert all(p.read_text() == "keep" for p in others)
    assert clean_stale(tmp_path) == []
