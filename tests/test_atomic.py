"""Files written whole or not at all, with the permissions any saved file gets."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.atomic import replacing, write_atomically
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
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_text("the old plan")
    with pytest.raises(ValueError), replacing(target) as temp:
        temp.write_text("half")
        raise ValueError("layout failed")
    assert target.read_text() == "the old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_missing_folder_or_a_folder_as_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RapportError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "x.pdf", b"")
    with pytest.raises(RapportError, match="is a folder"):
        write_atomically(tmp_path, b"")
