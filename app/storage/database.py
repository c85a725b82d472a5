"""Open a Rapport database safely.

Before anything writes to an SQLite file we look at it read-only: it must be an
SQLite file, pass ``PRAGMA quick_check`` and carry Rapport's application id.
A foreign, corrupt or newer file is refused with a clear message and never
modified. An older schema is backed up next to the file, then upgraded by
Alembic. Every connection gets ``foreign_keys=ON``; files use WAL.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseError, DatabaseLocked
from app.storage import migrations

log = logging.getLogger("rapport.storage")

#: ``PRAGMA application_id`` of every Rapport database ("RAPT").
APPLICATION_ID = 0x52415054
SQLITE_MAGIC = b"SQLite format 3\x00"
ENV_VAR = "RAPPORT_DB"


def default_database_path() -> Path:
    """Where the user's database lives when nothing else is said."""
    return Path(user_data_dir("Rapport", appauthor=False)) / "rapport.sqlite"


def resolve_target(explicit: str | None = None) -> str:
    """--db beats $RAPPORT_DB beats the platform data directory."""
    value = explicit or os.environ.get(ENV_VAR) or str(default_database_path())
    return value


@dataclass
class Database:
    """An open, checked, up-to-date database and its session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None = None
    created: bool = False
    backup: Path | None = None
    _lock: FileLock | None = field(default=None, repr=False)
    _check: _BackgroundCheck | None = field(default=None, repr=False)
    _wal: bool = field(default=False, repr=False)

    def ensure_checked(self) -> None:
        """Wait for a background integrity check; DatabaseError if the file is damaged."""
        if self._check is not None:
            self._check.result()

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        Takes the write lock at BEGIN (``BEGIN IMMEDIATE``), so a busy database
        waits for ``busy_timeout`` instead of failing halfway, and turns driver
        errors into a DatabaseError the user can read.
        """
        self.ensure_checked()  # never write to a file that has not passed quick_check
        self._ensure_wal()
        try:
            with self.sessions.begin() as session:
                session.connection(execution_options={WRITE_OPTION: True})
                yield session
        except SQLAlchemyError as err:
            raise _readable(err, self.display_name) from err

    def _ensure_wal(self) -> None:
        """Switch a checked file to WAL once, before the first write (never on a mere read)."""
        if self.path is None or self._wal:
            return
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
        finally:
            raw.close()
        self._wal = True

    def close(self) -> None:
        if self._check is not None:
            self._check.join()
        self.engine.dispose()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()


class _BackgroundCheck(threading.Thread):
    """quick_check on its own connection while the app reads (sqlite3 drops the GIL)."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="rapport-quick-check", daemon=True)
        self.path = path
        self.error: DatabaseError | None = None
        self.start()

    def run(self) -> None:
        try:
            _quick_check(self.path)
        except DatabaseError as err:
            self.error = err

    def result(self) -> None:
        self.join()
        if self.error is not None:
            raise self.error


def _to_url(target: str) -> tuple[URL, Path | None]:
    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as err:
            raise DatabaseError(f"{target!r} is not a valid database URL: {err}") from None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return url, Path(url.database).expanduser().resolve()
        return url, None
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path)), path


def _quick_check(path: Path) -> None:
    """``PRAGMA quick_check`` on a read-only connection; DatabaseError if damaged."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check(5)").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise DatabaseError(
            f"{path} is damaged or not a database ({err}). It was not modified."
        ) from None
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(line for r in rows for line in str(r[0]).splitlines()
                           if not line.startswith("***"))
        detail = detail if len(detail) <= 160 else detail[:157] + "..."
        raise DatabaseError(
            f"{path} is damaged ({detail}). It was not modified; restore a backup "
            "or an exported account file."
        )


def _inspect_sqlite_file(path: Path, *, quick_check: bool = True) -> tuple[bool, str | None]:
    """Read-only look at an existing file: (is_empty_new, alembic revision).

    Raises DatabaseError for anything that is not a healthy Rapport database.
    """
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    size = path.stat().st_size
    if size == 0:
        return True, None
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a Rapport database (it is not an SQLite file).")
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise DatabaseError(f"{path} cannot be opened: {err}.") from None
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        objects = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if app_id != APPLICATION_ID:
            if app_id == 0 and user_version == 0 and objects == 0:
                return True, None  # an empty SQLite file: ours to initialise
            raise DatabaseError(
                f"{path} is not a Rapport database (it belongs to another program). "
                "It was not modified."
            )
        if "alembic_version" not in tables:
            raise DatabaseError(f"{path} is damaged: its schema version is missing.")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if quick_check:
            _quick_check(path)
        return False, row[0] if row else None
    except sqlite3.DatabaseError as err:
        raise DatabaseError(
            f"{path} is damaged or not a database ({err}). It was not modified."
        ) from None
    finally:
        con.close()


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


WRITE_OPTION = "rapport_write"


def _readable(err: SQLAlchemyError, name: str) -> DatabaseError:
    detail = str(getattr(err, "orig", None) or err)
    if "locked" in detail or "busy" in detail:
        return DatabaseError(
            f"{name} is busy: another program is writing to it. Nothing was changed; "
            "try again in a moment."
        )
    return DatabaseError(f"The database {name} reported an error ({detail}). Nothing was changed.")


def _install_sqlite_pragmas(engine: Engine) -> None:
    """Per-connection settings (none of them modifies the file), and our own BEGIN."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Real transactions (pysqlite's own handling skips DDL), IMMEDIATE for writes.
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _acquire_lock(path: Path) -> FileLock:
    lock = FileLock(str(path) + ".lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise DatabaseLocked(
            f"{path} is open in another Rapport window or command. Close it there first."
        ) from None
    except OSError as err:
        raise DatabaseError(f"Cannot lock {path}: {err}.") from None
    return lock


def open_database(
    target: str, *, writer: bool = True, create: bool = True, background_check: bool = False
) -> Database:
    """Open (creating or upgrading if needed) the database at a path or URL.

    ``writer`` holds an exclusive lock for the lifetime of the Database so that
    two Rapport processes never write the same file; readers only take it
    briefly when the schema has to be upgraded.

    ``background_check`` runs ``PRAGMA quick_check`` (a full read of the file)
    in a thread so the app can fill its first screen meanwhile; every write
    transaction, and :meth:`Database.ensure_checked`, waits for its verdict.
    """
    url, path = _to_url(target)
    lock: FileLock | None = None
    check: _BackgroundCheck | None = None
    new = False
    revision: str | None = None
    if path is not None:
        if path.exists():
            new, revision = _inspect_sqlite_file(path, quick_check=not background_check)
            if background_check and not new:
                check = _BackgroundCheck(path)
        elif not create:
            raise DatabaseError(f"{path} does not exist.")
        else:
            new = True
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise DatabaseError(f"Cannot create {path.parent}: {err}.") from None
        if writer:
            lock = _acquire_lock(path)

    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as err:
        if lock is not None:
            lock.release()
        raise DatabaseError(f"Cannot use {target!r}: {err}") from None
    if url.get_backend_name() == "sqlite":
        _install_sqlite_pragmas(engine)
    db = Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        path=path,
        created=new,
        _lock=lock,
        _check=check,
    )
    try:
        _bring_up_to_date(db, revision, new)
    except SQLAlchemyError as err:
        db.close()
        raise DatabaseError(f"Cannot open {db.display_name}: {getattr(err, 'orig', err)}") from None
    except BaseException:
        db.close()
        raise
    return db


def _bring_up_to_date(db: Database, revision: str | None, new: bool) -> None:
    if db.path is None:
        revision = migrations.current_revision(db.engine)
        new = revision is None
    head = migrations.head_revision()
    if revision is not None and not migrations.is_known(revision):
        raise DatabaseError(
            f"{db.display_name} was written by a newer version of Rapport (schema {revision}). "
            "Update Rapport to open it; the file was not modified."
        )
    if revision == head:
        return
    db.ensure_checked()  # never migrate a damaged file
    temp_lock: FileLock | None = None
    if db.path is not None and db._lock is None:
        temp_lock = _acquire_lock(db.path)
    try:
        if not new and db.path is not None and revision is not None:
            db.backup = _backup_sqlite(db.path, revision)
            log.info("backed up %s to %s before upgrading", db.path, db.backup)
        try:
            migrations.upgrade(db.engine)
        except Exception as err:
            raise DatabaseError(
                f"Upgrading {db.display_name} failed ({err}). It was left as it was"
                + (f"; a backup is at {db.backup}." if db.backup else ".")
            ) from err
        if db.path is not None:
            db._ensure_wal()  # checked (or new) and now ours: switch to WAL once
    finally:
        if temp_lock is not None:
            temp_lock.release()
