"""Rolling backups (SQLite's online backup API) and restoring one (issue 12, item 15).

Time is a parameter: no test sleeps to reach tomorrow."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.errors import DatabaseError
from app.services.accounts import AccountService
from app.storage import backups
from app.storage.database import open_database
from tests.conftest import damage_last_pages, dump_database, parsed_doc
from tests.fixtures.disk import files_in, foreign_sqlite_file

DAY1 = dt.datetime(2026, 12, 1, 9, 30)


def _database(path: Path, *names: str) -> None:
    db = open_database(str(path))
    service = AccountService(db)
    for i, name in enumerate(names or ("Acme Corp",)):
        service.import_documents([parsed_doc(account={"id": f"a{i}", "name": name})])
    db.close()


def test_one_daily_backup_a_day_and_the_last_seven_kept(db_path: Path) -> None:
    _database(db_path)
    for day in range(10):
        now = DAY1 + dt.timedelta(days=day)
        assert backups.daily_backup(db_path, now=now) is not None
        assert backups.daily_backup(db_path, now=now + dt.timedelta(hours=8)) is None
    kept = backups.list_backups(db_path)
    assert [b.kind for b in kept] == ["daily"] * 7
    assert [b.taken.date() for b in kept] == [
        (DAY1 + dt.timedelta(days=d)).date() for d in range(9, 2, -1)]


def test_backups_are_private_checked_copies_that_read_without_side_files(
    db_path: Path,
) -> None:
    _database(db_path, "华东精密制造集团", "ТрансЛогистик Урал")
    path = backups.take_backup(db_path, "manual", now=DAY1)
    assert path.parent == db_path.parent / "backups"
    assert path.name == "rapport.manual.2026-12-01_093000.sqlite"
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert files_in(path.parent) == [path.name]  # no -wal, -shm or partial file
    contents = backups.read_backup(path)
    assert sorted(n for _k, n in contents.accounts) == sorted(
        ["华东精密制造集团", "ТрансЛогистик Урал"])


def test_the_first_open_of_the_day_by_a_writer_takes_the_daily_backup(db_path: Path) -> None:
    bootstrap(str(db_path)).close()  # created now: nothing to back up yet
    assert backups.list_backups(db_path) == []
    bootstrap(str(db_path), writer=False).close()  # readers never write
    assert backups.list_backups(db_path) == []
    bootstrap(str(db_path)).close()
    bootstrap(str(db_path)).close()
    assert [b.kind for b in backups.list_backups(db_path)] == ["daily"]


def test_the_app_takes_the_daily_backup_after_the_background_check(db_path: Path) -> None:
    _database(db_path)
    services = bootstrap(str(db_path), background_check=True)
    services.db.ensure_checked()
    services.close()
    assert [b.kind for b in backups.list_backups(db_path)] == ["daily"]


def test_a_damaged_database_is_not_backed_up_over_good_backups(db_path: Path) -> None:
    _database(db_path)
    good = backups.take_backup(db_path, "daily", now=DAY1)
    damage_last_pages(db_path)
    with pytest.raises(DatabaseError):
        bootstrap(str(db_path))
    assert [b.path for b in backups.list_backups(db_path)] == [good]


def test_other_databases_in_the_folder_keep_their_own_backups(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "a.b.sqlite"  # a stem that is a prefix
    _database(a)
    _database(b)
    backups.take_backup(a, "manual", now=DAY1)
    backups.take_backup(b, "manual", now=DAY1)
    assert [x.path.name for x in backups.list_backups(a)] == ["a.manual.2026-12-01_093000.sqlite"]
    assert [x.path.name for x in backups.list_backups(b)] == [
        "a.b.manual.2026-12-01_093000.sqlite"]


def test_backups_before_imports_are_capped_at_ten(db_path: Path) -> None:
    _database(db_path)
    for i in range(12):
        backups.take_backup(db_path, "before-import", now=DAY1 + dt.timedelta(minutes=i))
    kept = backups.list_backups(db_path)
    assert len(kept) == 10 and kept[-1].taken == DAY1 + dt.timedelta(minutes=2)


def test_restore_brings_back_a_deleted_account_and_backs_up_what_it_replaced(
    db_path: Path,
) -> None:
    _database(db_path, "Acme Corp", "Globex")
    saved = backups.take_backup(db_path, "manual", now=DAY1)
    db = open_database(str(db_path))
    try:
        service = AccountService(db)
        service.delete("a0")
        service.create("Made after the backup")
        before = backups.restore_backup(db, saved, now=DAY1 + dt.timedelta(hours=1))
        assert sorted(s.name for s in service.list_summaries()) == ["Acme Corp", "Globex"]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        service.create("Written after the restore")  # the database works on
    finally:
        db.close()
    assert before.name.startswith("rapport.before-restore.")
    assert sorted(n for _k, n in backups.read_backup(before).accounts) == [
        "Globex", "Made after the backup"]


@pytest.mark.parametrize("kind", ["damaged", "foreign", "text", "empty"])
def test_a_bad_backup_is_refused_and_the_live_database_untouched(
    db_path: Path, tmp_path: Path, kind: str
) -> None:
    _database(db_path)
    bad = tmp_path / "bad.sqlite"
    if kind == "damaged":
        source = tmp_path / "source.sqlite"
        _database(source, *[f"Account {i}" for i in range(40)])
        bad.write_bytes(source.read_bytes())
        damage_last_pages(bad)
    elif kind == "foreign":
        foreign_sqlite_file(bad)
    elif kind == "text":
        bad.write_text("not a backup\n")
    else:
        bad.write_bytes(b"")
    db = open_database(str(db_path))
    before = dump_database(db_path)
    try:
        with pytest.raises(DatabaseError, match="This backup cannot be used"):
            backups.restore_backup(db, bad)
    finally:
        db.close()
    assert dump_database(db_path) == before
    assert backups.list_backups(db_path) == []  # refused before anything was done
