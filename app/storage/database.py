"""Open a Rapport database safely.

Before anything writes to an SQLite file we look at it read-only: it must be an
SQLite file, pass ``PRAGMA quick_check`` and carry Rapport's application id.
A foreign, corrupt or newer file is refused with a clear message and never
modified. An older schema is backed up next to the file, then upgraded by
Alembic. Every connection gets ``foreign_keys=ON``; files use WAL.

A PostgreSQL server (``postgresql+psycopg://user@host/dbname``, issue 17) gets the same
migrations, in one transaction (PostgreSQL's DDL is transactional: a failed upgrade
leaves nothing behind) under an advisory lock (two members opening a new version at
once upgrade it once), after a copy of the tables in a schema of their own
(``rapport_backup_<revision>_<time>``, see docs/team-server.md). A role that may only
read opens the database read-only (``Database.readonly``). The file checks, WAL, file
lock and file backups are SQLite's alone.

Readers never write: a read-only open uses read-only connections (``mode=ro``,
or ``immutable=1`` where SQLite could not create its shared-memory file, as in
a read-only folder), never initialises an empty file, never upgrades, and only
opens regular files (a named pipe or a device would hang or be written to).
What Rapport creates is private: the data folder 0700, the database, its
journal files, lock and backups 0600 (POSIX); a writer tightens existing ones.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import DatabaseError, DatabaseLocked
from app.i18n import N_, _
from app.storage import migrations

if TYPE_CHECKING:  # imported where used: a file's checks need sqlite3 alone (storage.quick)
    from filelock import FileLock
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("rapport.storage")

#: ``PRAGMA application_id`` of every Rapport database ("RAPT").
APPLICATION_ID = 0x52415054
SQLITE_MAGIC = b"SQLite format 3\x00"
ENV_VAR = "RAPPORT_DB"


def default_database_path() -> Path:
    """Where the user's database lives when nothing else is said."""
    from platformdirs import user_data_dir

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
    #: made by the first transaction when not given (sqlalchemy.orm takes ~40 ms to import,
    #: and the app's first screen only reads)
    sessions: sessionmaker[Session] | None = None
    path: Path | None = None
    created: bool = False
    backup: Path | None = None
    #: on a server: the schema holding the tables as they were before an upgrade
    backup_schema: str | None = None
    _lock: FileLock | None = field(default=None, repr=False)
    _check: _BackgroundCheck | None = field(default=None, repr=False)
    _wal: bool = field(default=False, repr=False)
    readonly: bool = False

    @property
    def server(self) -> bool:
        """A PostgreSQL server (a team's database), not a file."""
        return self.url.get_backend_name() == "postgresql"

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
        if self.readonly:
            if self.server:
                raise DatabaseError(_("{database} is open read-only (your role on the "
                                      "server may only read): nothing was changed.").format(
                                          database=self.display_name))
            raise DatabaseError(_("{database} is open read-only: nothing was changed.").format(
                database=self.display_name))
        from sqlalchemy.exc import SQLAlchemyError

        self.ensure_checked()  # never write to a file that has not passed quick_check
        self._ensure_wal()
        if self.sessions is None:
            from sqlalchemy.orm import sessionmaker

            self.sessions = sessionmaker(self.engine, expire_on_commit=False)
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

    def __init__(self, path: Path, then: Callable[[Path], object] | None = None) -> None:
        super().__init__(name="rapport-quick-check", daemon=True)
        self.path = path
        self.then = then
        self.error: DatabaseError | None = None
        self.start()

    def run(self) -> None:
        try:
            _quick_check(self.path)
        except DatabaseError as err:
            self.error = err
            return
        if self.then is not None:
            _run_hook(self.then, self.path)

    def result(self) -> None:
        self.join()
        if self.error is not None:
            raise self.error


def _to_url(target: str) -> tuple[URL, Path | None]:
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as err:
            raise DatabaseError(_("{target} is not a valid database URL: {error}").format(
                target=repr(target), error=err)) from None
        if url.get_backend_name() == "sqlite" and not _in_memory(url):
            return url, Path(str(url.database)).expanduser().resolve()
        return url, None
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path)), path


def _in_memory(url: URL) -> bool:
    """``sqlite://`` and friends: a database that ends with the process."""
    return url.get_backend_name() == "sqlite" and (
        url.database in (None, "", ":memory:") or "mode=memory" in str(url.database))


# -- files: what kind, and private --------------------------------------------------

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
#: files SQLite and Rapport keep beside a database
COMPANIONS = ("-wal", "-shm", "-journal", ".lock")

_KINDS = ((stat.S_ISFIFO, N_("{path} is not a database file (it is a named pipe). It was "
                            "not touched.")),
          (stat.S_ISCHR, N_("{path} is not a database file (it is a device). It was not "
                            "touched.")),
          (stat.S_ISBLK, N_("{path} is not a database file (it is a device). It was not "
                            "touched.")),
          (stat.S_ISSOCK, N_("{path} is not a database file (it is a socket). It was not "
                             "touched.")))


def require_regular_file(path: Path) -> os.stat_result:
    """``stat`` without opening: a named pipe would block an ``open()`` for ever and a
    device would be read from or written to. DatabaseError for anything but a file."""
    try:
        info = path.stat()
    except OSError as err:
        raise _unreadable(path, err) from None
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path))
    for test, message in _KINDS:
        if test(info.st_mode):
            raise DatabaseError(_(message).format(path=path))
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(_("{path} is not a database file. It was not touched.").format(
            path=path))
    return info


def _unreadable(path: Path, err: OSError) -> DatabaseError:
    return DatabaseError(_("{path} cannot be read: {error}.").format(
        path=path, error=err.strerror or err))


def _cannot_use(target: str, err: Exception) -> DatabaseError:
    return DatabaseError(_("Cannot use {target}: {error}").format(target=repr(target),
                                                                  error=err))


def make_private_file(path: Path) -> None:
    """Create an empty file only its owner can read (0600), or fail if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) with the last one 0700; tighten it if
    it exists and others may look into it."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _tighten(folder, PRIVATE_FOLDER)
    return folder


def _tighten(path: Path, mode: int) -> None:
    """chmod to ``mode`` when group or others have any access (POSIX; never fails)."""
    if os.name != "posix":
        return
    try:
        info = path.lstat()
        if not stat.S_ISLNK(info.st_mode) and info.st_mode & 0o077:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
            log.info("permissions of %s tightened to %o", path, stat.S_IMODE(info.st_mode) & mode)
    except OSError as err:
        log.warning("cannot tighten the permissions of %s: %s", path, err)


def tighten_permissions(path: Path, *, folder: bool) -> None:
    """The database, its journal files and lock 0600; its folder 0700 if ``folder``
    (Rapport's own data folder, or one it created: never a folder the user chose)."""
    _tighten(path, PRIVATE_FILE)
    for suffix in COMPANIONS:
        companion = Path(str(path) + suffix)
        if companion.exists():
            _tighten(companion, PRIVATE_FILE)
    if folder:
        _tighten(path.parent, PRIVATE_FOLDER)


# -- reading a file without writing to it ------------------------------------------

def _has_pending_wal(path: Path) -> bool:
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


def _read_only_uris(path: Path) -> list[str]:
    """The ways to open ``path`` without writing, best first.

    ``mode=ro`` still needs to create the ``-shm`` file of a WAL database, which a
    read-only folder or a disk without free inodes refuses; ``immutable=1`` then
    reads the file as it is. It would miss changes still in a ``-wal`` file, so it
    is never used when one has content.
    """
    ro, immutable = f"{path.as_uri()}?mode=ro", f"{path.as_uri()}?immutable=1"
    if _has_pending_wal(path):
        return [ro]
    if not os.access(path.parent, os.W_OK):
        return [immutable]
    return [ro, immutable]


def _sqlite_problem(path: Path, err: sqlite3.Error) -> DatabaseError:
    """Say what is wrong: damaged only when SQLite says the file is."""
    code = getattr(err, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseError(_("{path} is damaged or not a database ({error}). It was not "
                               "modified.").format(path=path, error=err))
    if code == sqlite3.SQLITE_FULL:
        return DatabaseError(_("{path} cannot be read: the disk is full ({error}). It was "
                               "not modified.").format(path=path, error=err))
    if not os.access(path.parent, os.W_OK):
        return DatabaseError(_("{path} cannot be read ({error}; its folder is read-only). "
                               "It was not modified.").format(path=path, error=err))
    return DatabaseError(_("{path} cannot be read ({error}; the folder may be read-only or "
                           "the disk out of space). It was not modified.").format(
                               path=path, error=err))


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot write ``path``, tested by reading the schema."""
    problem: sqlite3.Error | None = None
    for uri in _read_only_uris(path):
        try:
            con = sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread)
        except sqlite3.Error as err:
            problem = err
            continue
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return con
        except sqlite3.Error as err:
            con.close()
            problem = err
            code = getattr(err, "sqlite_errorcode", 0) & 0xFF
            if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                break  # the file itself is bad: another way to open it will not help
    assert problem is not None
    raise _sqlite_problem(path, problem)


def _quick_check(path: Path) -> None:
    """``PRAGMA quick_check`` on a read-only connection; DatabaseError if damaged."""
    con = connect_read_only(path)
    try:
        rows = con.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as err:
        raise _sqlite_problem(path, err) from None
    finally:
        con.close()
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(line for r in rows for line in str(r[0]).splitlines()
                           if not line.startswith("***"))
        detail = detail if len(detail) <= 160 else detail[:157] + "..."
        raise DatabaseError(_("{path} is damaged ({detail}). It was not modified; restore a "
                              "backup or an exported account file.").format(
                                  path=path, detail=detail))


def inspect_sqlite_file(path: Path, *, quick_check: bool = True) -> tuple[bool, str | None]:
    """Read-only look at an existing file: (is_empty_new, alembic revision).

    Raises DatabaseError for anything that is not a healthy Rapport database.
    """
    size = require_regular_file(path).st_size
    if size == 0:
        return True, None
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as err:
        raise _unreadable(path, err) from None
    if header != SQLITE_MAGIC:
        raise DatabaseError(_("{path} is not a Rapport database (it is not an SQLite "
                              "file).").format(path=path))
    con = connect_read_only(path)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        objects = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if app_id != APPLICATION_ID:
            if app_id == 0 and user_version == 0 and objects == 0:
                return True, None  # an empty SQLite file: ours to initialise
            raise DatabaseError(_("{path} is not a Rapport database (it belongs to another "
                                  "program). It was not modified.").format(path=path))
        if "alembic_version" not in tables:
            raise DatabaseError(_("{path} is damaged: its schema version is missing.").format(
                path=path))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if quick_check:
            _quick_check(path)
        return False, row[0] if row else None
    except sqlite3.Error as err:
        raise _sqlite_problem(path, err) from None
    finally:
        con.close()


_inspect_sqlite_file = inspect_sqlite_file  # the name bench/portfolio.py times


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (SQLite's online backup API, so a writer may be
    busy meanwhile) in a new 0600 file that needs no journal files to be read."""
    make_private_file(target)
    try:
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # self-contained, read-only-safe
            finally:
                dst.close()
        finally:
            src.close()
        with target.open("rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    try:
        copy_database(path, target)
    except (OSError, sqlite3.Error) as err:
        raise DatabaseError(_("Cannot back {path} up before upgrading it ({error}). It was "
                              "not modified.").format(path=path, error=err)) from None
    return target


WRITE_OPTION = "rapport_write"


def _readable(err: SQLAlchemyError, name: str) -> DatabaseError:
    detail = str(getattr(err, "orig", None) or err).strip()
    if "permission denied" in detail:
        return DatabaseError(_("{database} refused the change: your role on the server may "
                               "not make it ({detail}). Nothing was changed.").format(
                                   database=name, detail=detail))
    if "locked" in detail or "busy" in detail:
        return DatabaseError(_("{database} is busy: another program is writing to it. "
                               "Nothing was changed; try again in a moment.").format(
                                   database=name))
    return DatabaseError(_("The database {database} reported an error ({detail}). Nothing "
                           "was changed.").format(database=name, detail=detail))


def _install_sqlite_pragmas(engine: Engine) -> None:
    """Per-connection settings (none of them modifies the file), and our own BEGIN."""
    from sqlalchemy import event

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


def _acquire_lock(path: Path, wait: float = 0.0) -> FileLock:
    from filelock import FileLock, Timeout

    lock = FileLock(str(path) + ".lock", mode=PRIVATE_FILE)
    try:
        lock.acquire(timeout=wait, poll_interval=0.01)
    except Timeout:
        raise DatabaseLocked(_("{path} is open in another Rapport window or command. Close "
                               "it there first.").format(path=path)) from None
    except OSError as err:
        raise DatabaseError(_("Cannot lock {path}: {error}.").format(path=path,
                                                                    error=err)) from None
    return lock


def _run_hook(hook: Callable[[Path], object], path: Path) -> None:
    """Run what follows a passed check (the daily backup); its failure must not stop
    the user from working, so it is logged, not raised."""
    try:
        hook(path)
    except (OSError, sqlite3.Error, DatabaseError) as err:
        log.warning("after opening %s: %s", path, err)


def _server_engine(url: URL) -> Engine:
    """A pool of connections to a PostgreSQL server: its password from the keyring when
    the URL has none (libpq reads ~/.pgpass and service files itself), a name for
    pg_stat_activity, and a bounded wait for an unreachable server."""
    from sqlalchemy import create_engine

    from app.storage.server import APPLICATION_NAME, with_kept_password

    args: dict[str, Any] = {}
    if "application_name" not in url.query:
        args["application_name"] = APPLICATION_NAME
    if "connect_timeout" not in url.query:
        args["connect_timeout"] = 10
    return create_engine(with_kept_password(url), connect_args=args, pool_pre_ping=True,
                         pool_size=2, max_overflow=8)


def _read_only_engine(url: URL, path: Path) -> Engine:
    """Every connection opened read-only (``mode=ro`` or ``immutable``)."""
    from sqlalchemy import create_engine

    return create_engine(url, creator=lambda: connect_read_only(path, check_same_thread=False))


def open_database(
    target: str,
    *,
    writer: bool = True,
    create: bool = True,
    background_check: bool = False,
    on_checked: Callable[[Path], object] | None = None,
    wait: float = 0.0,
    exclusive: bool = True,
) -> Database:
    """Open (creating or upgrading if needed) the database at a path or URL.

    ``writer`` holds an exclusive lock for the lifetime of the Database so that
    two Rapport processes never write the same file. A reader (``writer=False``)
    never writes: its connections are read-only, and an empty file or an older
    schema is refused instead of initialised or upgraded.

    ``background_check`` runs ``PRAGMA quick_check`` (a full read of the file)
    in a thread so the app can fill its first screen meanwhile; every write
    transaction, and :meth:`Database.ensure_checked`, waits for its verdict.

    ``on_checked(path)`` runs once an existing file passed that check (the daily
    backup); it is never given a damaged file, and its errors are only logged.

    ``wait``: seconds a writer waits for another Rapport process to let go of the file
    (a command that saves, the same moment as another; the app itself does not wait).

    ``exclusive`` (SQLite): the writer holds the file's lock (``<file>.lock``) while it
    is open: the app for its session, and what replaces the file whole (a restore, a
    copy into it). ``exclusive=False`` is for a command that saves accounts one
    transaction at a time (``log``, ``import``, ``demo``): it takes no lock and runs
    while the app has the file open, relying on SQLite's own locking (BEGIN IMMEDIATE,
    busy_timeout) and the accounts' compare-and-swap versions, as team members do on a
    server; only an upgrade of the file's schema still needs the lock (it is refused
    while the app has the file open). See docs/team-server.md, "One file, the app and
    commands".

    A server URL opens a connection pool; ``writer=False`` makes it read-only, as does a
    role that may only read (``Database.readonly``). ``create`` does not apply: the
    server's database must exist (an empty one gets the schema).
    """
    from sqlalchemy import create_engine
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    url, path = _to_url(target)
    try:
        url.get_dialect()  # an unknown driver is refused before any file is made
    except (ArgumentError, NoSuchModuleError, ImportError) as err:
        raise _cannot_use(target, err) from None
    if writer and _in_memory(url):
        raise DatabaseError(_("{target} is an in-memory database: everything saved in it "
                              "would be lost when Rapport ends. Nothing was saved; give a "
                              "database file instead.").format(target=repr(target)))
    lock: FileLock | None = None
    check: _BackgroundCheck | None = None
    new = False
    revision: str | None = None
    folder_existed = True
    if path is not None:
        if path.exists() or path.is_symlink():
            new, revision = inspect_sqlite_file(path, quick_check=not background_check)
            if new and not writer:
                raise DatabaseError(_("{path} is empty: there is no Rapport database in it "
                                      "yet. It was not modified.").format(path=path))
            if background_check and not new:
                check = _BackgroundCheck(path, then=on_checked)
        elif not create:
            raise DatabaseError(_("{path} does not exist.").format(path=path))
        else:
            new = True
            folder_existed = path.parent.is_dir()
            try:
                if not folder_existed:
                    make_private_folder(path.parent)
                make_private_file(path)
            except FileExistsError:
                pass  # created meanwhile: the checks of the writer lock and upgrade follow
            except OSError as err:
                raise DatabaseError(_("Cannot create {path}: {error}.").format(
                    path=path, error=err.strerror or err)) from None
        if writer:
            if exclusive:
                lock = _acquire_lock(path, wait)
            own_folder = path.parent == default_database_path().parent or (
                new and not folder_existed)
            tighten_permissions(path, folder=own_folder)

    server = url.get_backend_name() == "postgresql"
    try:
        if server:
            engine = _server_engine(url)
        else:
            engine = (_read_only_engine(url, path) if path is not None and not writer
                      else create_engine(url))
    except (ArgumentError, NoSuchModuleError, ImportError) as err:
        if lock is not None:
            lock.release()
        raise _cannot_use(target, err) from None
    if url.get_backend_name() == "sqlite":
        _install_sqlite_pragmas(engine)
    db = Database(
        url=url,
        engine=engine,
        path=path,
        created=new,
        readonly=(path is not None or server) and not writer,
        _lock=lock,
        _check=check,
    )
    try:
        _bring_up_to_date(db, revision, new)
        if server and not db.readonly:
            from app.storage.server import server_read_only

            with engine.connect() as conn:
                db.readonly = server_read_only(conn)
    except SQLAlchemyError as err:
        db.close()
        raise DatabaseError(_("Cannot open {database}: {error}").format(
            database=db.display_name, error=str(getattr(err, "orig", err)).strip())) from None
    except BaseException:
        db.close()
        raise
    if on_checked is not None and path is not None and check is None and not new:
        _run_hook(on_checked, path)
    return db


def _bring_up_to_date(db: Database, revision: str | None, new: bool) -> None:
    if db.path is None:
        revision = migrations.current_revision(db.engine)
        new = revision is None
    head = migrations.head_revision()
    if revision is not None and not migrations.is_known(revision):
        if db.server:
            raise DatabaseError(_("{database} was set up by a newer version of Rapport "
                                  "(schema {schema}). Update Rapport to open it; nothing "
                                  "was changed on the server.").format(
                                      database=db.display_name, schema=revision))
        raise DatabaseError(_("{database} was written by a newer version of Rapport (schema "
                              "{schema}). Update Rapport to open it; the file was not "
                              "modified.").format(database=db.display_name, schema=revision))
    if revision == head:
        return
    if db.readonly:
        if db.server:
            raise DatabaseError(_("{database} has no Rapport schema, or an older one "
                                  "(schema {schema}). Open it once in the app or with a "
                                  "command that saves, as a member who may change it; "
                                  "nothing was changed.").format(
                                      database=db.display_name, schema=revision or "-"))
        raise DatabaseError(_("{database} was written by an older version of Rapport (schema "
                              "{schema}). Open it in the app or with a command that saves, "
                              "which backs it up and upgrades it; this command does not "
                              "write, so it was not modified.").format(
                                  database=db.display_name, schema=revision))
    if db.server:
        _upgrade_server(db)
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
                _("Upgrading {database} failed ({error}). It was left as it was; a backup "
                  "is at {backup}.").format(database=db.display_name, error=err,
                                            backup=db.backup) if db.backup
                else _("Upgrading {database} failed ({error}). It was left as it "
                       "was.").format(database=db.display_name, error=err)) from err
        if db.path is not None:
            db._ensure_wal()  # checked (or new) and now ours: switch to WAL once
    finally:
        if temp_lock is not None:
            temp_lock.release()


#: pg_advisory_xact_lock's key for "upgrading Rapport's schema" (any number, fixed)
_UPGRADE_LOCK = 0x52415054
#: tables copied into the backup schema before an upgrade (those that exist)
_BACKED_UP = ("accounts", "people", "account_versions", "settings", "alembic_version")


def _upgrade_server(db: Database) -> None:
    """Create or upgrade the schema on a server, in one transaction: under an advisory
    lock (the first member to open a new version upgrades; the others wait, then find
    it done), after copying the tables into ``rapport_backup_<revision>_<time>``."""
    from sqlalchemy import Connection, inspect, text

    schema: list[str] = []

    def before(conn: Connection) -> bool:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
        current = (conn.scalar(text("SELECT version_num FROM alembic_version"))
                   if inspect(conn).has_table("alembic_version") else None)
        if current == migrations.head_revision():
            return False  # another member upgraded it while this one waited
        if current is not None and not migrations.is_known(current):
            raise DatabaseError(_("{database} was set up by a newer version of Rapport "
                                  "(schema {schema}). Update Rapport to open it; nothing "
                                  "was changed on the server.").format(
                                      database=db.display_name, schema=current))
        tables = [t for t in _BACKED_UP if inspect(conn).has_table(t)]
        if current is not None and tables:
            stamp = dt.datetime.now().strftime("%Y%m%d_%H%M%S")
            name = f"rapport_backup_{current}_{stamp}"
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
            for table in tables:
                conn.execute(text(f'CREATE TABLE "{name}"."{table}" AS TABLE "{table}"'))
            schema.append(name)
        return True

    try:
        migrations.upgrade(db.engine, before=before)
    except DatabaseError:
        raise
    except Exception as err:
        detail = str(getattr(err, "orig", None) or err).strip()
        raise DatabaseError(_("Upgrading {database} failed ({error}). Nothing was changed "
                              "on the server (the upgrade is one transaction).").format(
                                  database=db.display_name, error=detail)) from err
    if schema:
        log.info("copied the tables of %s to the schema %s before upgrading",
                 db.display_name, schema[0])
        db.backup_schema = schema[0]
