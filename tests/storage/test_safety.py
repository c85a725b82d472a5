"""Private files, and readers that never write: read-only folders, full disks, empty
files, pipes and devices, in-memory databases (issue 12, items 4, 7 and 12)."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
import sqlalchemy

from app.errors import DatabaseError
from app.services.accounts import AccountService
from app.storage import database, migrations
from app.storage.database import open_database
from tests.conftest import parsed_doc
from tests.fixtures.disk import (
    disk_without_free_inodes,
    empty_file,
    fifo,
    files_in,
    read_only_folder,
    world_readable,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _database_with_an_account(path: Path) -> None:
    db = open_database(str(path))
    AccountService(db).import_documents([parsed_doc()])
    db.close()


# -- item 4: private folder and files --------------------------------------------------

@posix_only
def test_a_new_data_folder_is_0700_and_the_database_its_journal_and_lock_0600(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Rapport" / "rapport.sqlite"
    db = open_database(str(path))
    try:
        AccountService(db).import_documents([parsed_doc()])  # WAL and shared memory exist
        assert mode(path.parent) == 0o700
        for name in ("rapport.sqlite", "rapport.sqlite-wal", "rapport.sqlite-shm",
                     "rapport.sqlite.lock"):
            assert mode(path.parent / name) == 0o600, name
    finally:
        db.close()


@posix_only
def test_an_existing_world_readable_database_is_tightened_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data folder an older Rapport made 0755 with a 0644 database in it."""
    path = tmp_path / "Rapport" / "rapport.sqlite"
    monkeypatch.setattr(database, "default_database_path", lambda: path)
    _database_with_an_account(path)
    world_readable(path)
    os.chmod(str(path) + ".lock", 0o644)
    open_database(database.resolve_target(None)).close()
    assert (mode(path.parent), mode(path), mode(Path(str(path) + ".lock"))) == (
        0o700, 0o600, 0o600)


@posix_only
def test_a_folder_the_user_chose_keeps_its_mode_but_the_database_is_private(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    path = folder / "team.sqlite"
    _database_with_an_account(path)
    world_readable(path)
    open_database(str(path)).close()
    assert (mode(folder), mode(path)) == (0o755, 0o600)


@posix_only
def test_the_backup_before_an_upgrade_is_private(db_path: Path) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0005")
    engine.dispose()
    db = open_database(str(db_path))
    db.close()
    assert db.backup is not None and mode(db.backup) == 0o600


# -- item 7: healthy databases where SQLite cannot create its side files ---------------

def test_a_reader_opens_a_healthy_database_in_a_read_only_folder(tmp_path: Path) -> None:
    """A real read-only folder (``chattr +i``, which binds root too): the file is
    healthy, so it is read, not called damaged."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "rapport.sqlite"
    _database_with_an_account(path)
    before = files_in(folder)
    with read_only_folder(folder):
        db = open_database(str(path), writer=False, create=False)
        try:
            assert [s.name for s in AccountService(db).list_summaries()] == ["Acme Corp"]
        finally:
            db.close()
    assert files_in(folder) == before


def test_a_reader_opens_a_healthy_database_on_a_disk_without_free_inodes(
    tmp_path: Path,
) -> None:
    source = tmp_path / "rapport.sqlite"
    _database_with_an_account(source)
    with disk_without_free_inodes(tmp_path / "full", source) as disk:
        db = open_database(str(disk / "rapport.sqlite"), writer=False, create=False)
        try:
            assert [s.name for s in AccountService(db).list_summaries()] == ["Acme Corp"]
        finally:
            db.close()


def test_a_reader_picks_the_immutable_open_when_the_folder_is_not_writable(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Proves the choice, not the file system: ``os.access`` is told the folder is
    read-only (root could still write it), and the open reader then has created no
    side file at all (any other open creates ``-shm`` and ``-wal`` while it is open)."""
    _database_with_an_account(db_path)
    before = files_in(db_path.parent)
    real_access = os.access

    def access(path: object, how: int, **kwargs: object) -> bool:
        if Path(str(path)) == db_path.parent and how & os.W_OK:
            return False
        return real_access(path, how, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    db = open_database(str(db_path), writer=False, create=False)
    try:
        assert [s.name for s in AccountService(db).list_summaries()] == ["Acme Corp"]
        assert files_in(db_path.parent) == before
    finally:
        db.close()


def test_a_reader_cannot_write_even_if_asked(db_path: Path) -> None:
    _database_with_an_account(db_path)
    before = db_path.read_bytes()
    db = open_database(str(db_path), writer=False)
    try:
        with pytest.raises(DatabaseError, match="read-only"):
            AccountService(db).create("Never saved")
    finally:
        db.close()
    assert db_path.read_bytes() == before


def test_real_damage_is_still_called_damaged_by_a_reader(db_path: Path) -> None:
    from tests.conftest import damage_last_pages

    _database_with_an_account(db_path)
    damage_last_pages(db_path)
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(str(db_path), writer=False)


# -- item 12: readers never write; nothing is saved where it would be lost ----------------

def test_a_reader_leaves_an_empty_file_empty(tmp_path: Path) -> None:
    path = empty_file(tmp_path / "new.sqlite")
    with pytest.raises(DatabaseError, match="no Rapport database"):
        open_database(str(path), writer=False, create=False)
    assert path.stat().st_size == 0


def test_a_reader_refuses_to_upgrade_an_older_database(db_path: Path) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0005")
    engine.dispose()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="older version of Rapport"):
        open_database(str(db_path), writer=False)
    assert db_path.read_bytes() == before
    assert files_in(db_path.parent) == ["rapport.sqlite"]  # no backup, no lock


@pytest.mark.parametrize("writer", [False, True])
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path, writer: bool) -> None:
    pipe = fifo(tmp_path / "pipe.sqlite")
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            open_database(str(pipe), writer=writer).close()
            outcome.append(None)
        except BaseException as err:  # noqa: BLE001 - reported to the test thread
            outcome.append(err)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader so the thread ends, then fail
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("opening a named pipe blocked")
    assert isinstance(outcome[0], DatabaseError) and "named pipe" in str(outcome[0])
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert files_in(tmp_path) == ["pipe.sqlite"]


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_device_is_refused() -> None:
    for writer in (False, True):
        with pytest.raises(DatabaseError, match="it is a device"):
            open_database("/dev/null", writer=writer)


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_database_is_refused_for_saving(url: str) -> None:
    with pytest.raises(DatabaseError, match="would be lost"):
        open_database(url)
    open_database(url, writer=False).close()  # reading an empty one harms nothing


def test_a_file_that_cannot_be_opened_is_not_called_damaged(tmp_path: Path) -> None:
    """What SQLite says is passed on: 'damaged' only when it says the file is."""
    err = sqlite3.OperationalError("unable to open database file")
    err.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # type: ignore[attr-defined]
    message = str(database._sqlite_problem(tmp_path / "r.sqlite", err))
    assert "cannot be read" in message and "damaged" not in message
