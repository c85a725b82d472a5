"""Rolling backups of a Rapport database, and restoring one.

Undo ends when the app closes; these copies do not. They live in ``backups/``
beside the database (a 0700 folder of 0600 files), one file per copy, named
``<database name>.<kind>.<YYYY-MM-DD_HHMMSS>.sqlite`` in local time:

- ``daily``: at the first open of the day by the app or a command that saves,
  once the file passed its integrity check; the last :data:`KEEP` ``["daily"]``;
- ``before-import``: before an import replaces existing accounts;
- ``before-restore``: the state a restore replaced;
- ``manual``: File › Back up now… or ``rapport backup`` (never pruned).

Copies are taken with SQLite's online backup API (consistent while a writer is
busy), switched to a rollback journal so they read without side files, and
checked (``quick_check``) before they get their final name. A restore checks the
backup like :func:`open_database` checks a database, backs the current state up,
then copies the backup *into* the live file with the same API: one SQLite write
transaction, so a crash or a full disk leaves the old state whole, and readers
that have the file open (the WAL and its shared memory) stay consistent, which a
file rename under them would not give.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseError
from app.i18n import _
from app.storage import migrations
from app.storage.database import (
    Database,
    _bring_up_to_date,
    _quick_check,
    connect_read_only,
    copy_database,
    inspect_sqlite_file,
    make_private_folder,
    require_regular_file,
    tighten_permissions,
)

log = logging.getLogger("rapport.storage.backups")

KINDS = ("daily", "before-import", "before-restore", "manual")
#: how many of each kind are kept (None: all)
KEEP: dict[str, int | None] = {"daily": 7, "before-import": 10, "before-restore": 10,
                               "manual": None}
FOLDER = "backups"
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<kind>" + "|".join(map(re.escape, KINDS)) +
                   r")\.(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})(?:-(?P<n>\d+))?\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    taken: dt.datetime
    size: int


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read read-only: its schema and its accounts (id, name)."""

    path: Path
    revision: str
    accounts: list[tuple[str, str]]


def folder_for(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backups of ``db_path`` (not those of another database in the same folder),
    newest first."""
    folder = folder_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m is None or m["stem"] != db_path.stem or not entry.is_file():
            continue
        taken = dt.datetime.strptime(m["stamp"], _STAMP)
        found.append((taken, int(m["n"] or 1), BackupFile(entry, m["kind"], taken,
                                                           entry.stat().st_size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [f for *_, f in found]


def take_backup(db_path: Path, kind: str, *, now: dt.datetime | None = None) -> Path:
    """Copy the database into ``backups/`` now; the checked copy's path.

    Raises DatabaseError (nothing half-written is left) if it cannot be done."""
    if kind not in KINDS:
        raise ValueError(kind)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    try:
        folder = make_private_folder(folder_for(db_path))
        target = folder / f"{db_path.stem}.{kind}.{stamp}.sqlite"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{db_path.stem}.{kind}.{stamp}-{n}.sqlite"
        # one of its own per process: commands that save take no file lock, and two
        # may take the day's first backup at once (each a whole copy; one is kept)
        partial = folder / f".{target.name}.{os.getpid()}.partial"
        partial.unlink(missing_ok=True)
        copy_database(db_path, partial)
        try:
            _quick_check(partial)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as err:
        raise DatabaseError(_("Cannot back {path} up ({error}). The database was not "
                              "modified.").format(path=db_path, error=err)) from None
    except DatabaseError as err:
        raise DatabaseError(_("Cannot back {path} up: {error}").format(path=db_path,
                                                                      error=err)) from None
    log.info("backed up %s to %s", db_path, target)
    prune(db_path)
    return target


def prune(db_path: Path) -> list[Path]:
    """Delete the oldest backups beyond :data:`KEEP` of each kind; the deleted paths."""
    removed = []
    seen: dict[str, int] = {}
    for backup in list_backups(db_path):  # newest first
        seen[backup.kind] = seen.get(backup.kind, 0) + 1
        keep = KEEP[backup.kind]
        if keep is not None and seen[backup.kind] > keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError as err:
                log.warning("cannot remove the old backup %s: %s", backup.path, err)
    return removed


def daily_backup(db_path: Path, *, now: dt.datetime | None = None) -> Path | None:
    """The day's first backup, unless one was taken today already."""
    now = now or dt.datetime.now()
    if any(b.kind == "daily" and b.taken.date() == now.date() for b in list_backups(db_path)):
        return None
    return take_backup(db_path, "daily", now=now)


def read_backup(path: Path, *, quick_check: bool = True) -> BackupContents:
    """Check a backup as a database is checked before it is opened, and read its
    accounts, without writing to it. DatabaseError says what is wrong."""
    require_regular_file(path)
    try:
        empty, revision = inspect_sqlite_file(path, quick_check=quick_check)
    except DatabaseError as err:
        raise DatabaseError(_("This backup cannot be used: {error}").format(
            error=err)) from None
    if empty or revision is None:
        raise DatabaseError(_("This backup cannot be used: {path} holds no Rapport "
                              "database.").format(path=path))
    if not migrations.is_known(revision):
        raise DatabaseError(_("This backup cannot be used: {path} was written by a newer "
                              "version of Rapport (schema {schema}).").format(
                                  path=path, schema=revision))
    con = connect_read_only(path)
    try:
        accounts = [(str(k), str(n)) for k, n in
                    con.execute("SELECT key, name FROM accounts ORDER BY name, key")]
    except sqlite3.Error as err:
        raise DatabaseError(_("This backup cannot be used: {path} cannot be read "
                              "({error}).").format(path=path, error=err)) from None
    finally:
        con.close()
    return BackupContents(path, revision, accounts)


def restore_backup(db: Database, source: Path, *,
                   now: dt.datetime | None = None) -> Path:
    """Replace the live database with ``source``; the backup of the state it replaced.

    Checked first (a damaged, foreign or newer file is refused and nothing is
    touched); the current state is backed up before anything is replaced. An older
    backup is upgraded afterwards like any older database."""
    if db.path is None or db.readonly:
        raise DatabaseError(_("Only a database file opened for writing can be restored."))
    source = source.expanduser().resolve()
    if source == db.path:
        raise DatabaseError(_("{path} is the database itself, not a backup of it.").format(
            path=source))
    contents = read_backup(source)
    before = take_backup(db.path, "before-restore", now=now)
    db.engine.dispose()  # no pooled connection keeps a view of the old pages
    try:
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(db.path, timeout=5)
            try:
                src.backup(dst)  # one write transaction on the live file: all or nothing
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as err:
        raise DatabaseError(_("Restoring {path} failed ({error}). The database was left as "
                              "it was; the state before is also in {before}.").format(
                                  path=source, error=err, before=before)) from None
    finally:
        db.engine.dispose()
    _bring_up_to_date(db, contents.revision, new=False)
    tighten_permissions(db.path, folder=False)
    log.info("restored %s from %s (the state before is in %s)", db.path, source, before)
    return before
