"""Live changes: "account K is now version V, saved by U", within a few seconds.

:class:`AccountWatcher` runs a thread of its own, on a connection of its own, and calls
a callback for every account another window, command or team member saved, created
or deleted:

- on PostgreSQL it LISTENs on the channel the accounts table's trigger notifies
  (migration 0009), so a change arrives a moment after its commit; if the connection
  drops it polls until it can listen again (and polls once more to catch what it missed);
- on SQLite (and with ``listen=False``) it polls: ``PRAGMA data_version`` every
  ``interval`` seconds (nothing is read while nothing changed), then the accounts'
  versions.

The callback runs **on the watcher's thread**: the GUI hands each event to its own
thread (a Qt signal with a queued connection) and touches no widget in it. Its own
saves come back too: the GUI knows them by their version (the version it saved).
``stop()`` ends the thread (within ``interval``); a watcher can be started once.

Example::

    watcher = AccountWatcher(db, lambda e: print(e.key, e.version, e.user))
    watcher.start()
    ...
    watcher.stop()
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.storage.database import Database, connect_read_only
from app.storage.server import CHANNEL

log = logging.getLogger("rapport.storage.watch")

#: seconds between two polls (SQLite; PostgreSQL while it cannot listen)
POLL_INTERVAL = 2.0


@dataclass(frozen=True)
class AccountEvent:
    """One account changed: ``version`` is the version it is now (for a deleted account
    the last one it had), ``user`` who saved (or deleted) it, ``origin`` how ("edit",
    "import"), ``deleted`` whether it is gone, ``created`` whether it is new."""

    key: str
    version: int
    user: str
    origin: str
    deleted: bool = False
    created: bool = False


Callback = Callable[[AccountEvent], object]
_Versions = dict[str, tuple[int, str, str]]


class AccountWatcher:
    """Tells ``callback`` of every change to an account of ``db``; see the module."""

    def __init__(self, db: Database, callback: Callback, *, interval: float = POLL_INTERVAL,
                 listen: bool = True) -> None:
        self._db = db
        self._callback = callback
        self.interval = interval
        self._listen = listen and db.server
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rapport-watch", daemon=True)
        self._known: _Versions | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._data_version: int | None = None
        #: "listen" or "poll": how changes are found now (for a status line, tests)
        self.mode = "listen" if self._listen else "poll"

    # -- control -------------------------------------------------------------------
    def start(self) -> AccountWatcher:
        """Start watching; returns once the watcher knows the current versions (so a
        save made after ``start()`` returns is reported)."""
        self._thread.start()
        self._ready.wait(timeout=30)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop watching (no callback runs after it returns, unless it timed out)."""
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def __enter__(self) -> AccountWatcher:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- the thread ----------------------------------------------------------------
    def _run(self) -> None:
        try:
            if self._listen:
                self._run_listening()
            else:
                self._run_polling()
        except Exception:  # never let the thread die silently
            log.exception("the account watcher stopped")
        finally:
            self._ready.set()
            if self._sqlite is not None:
                self._sqlite.close()

    def _run_polling(self) -> None:
        self._known = self._versions()
        self._ready.set()
        while not self._stop.wait(self.interval):
            self._poll()

    def _run_listening(self) -> None:
        conn = None
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as err:
                log.warning("cannot listen for changes (%s); polling", err)
                self.mode = "poll"
                if self._known is None:
                    self._known = self._safe_versions() or {}
                self._ready.set()
                if self._stop.wait(self.interval):
                    return
                self._poll()
                continue
            self.mode = "listen"
            try:
                caught_up = self._known is not None
                if not caught_up:
                    self._known = self._versions()
                else:  # what was saved while it could not listen
                    self._poll()
                self._ready.set()
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=min(self.interval, 0.5)):
                        self._notified(note.payload)
            except Exception as err:
                if self._stop.is_set():
                    return
                log.warning("the change notices stopped (%s); polling until they return",
                            err)
                self.mode = "poll"
            finally:
                try:
                    conn.close()
                except Exception:
                    pass

    def _connect(self) -> Any:
        import psycopg

        engine = self._db.engine
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        kwargs.setdefault("connect_timeout", 10)
        kwargs.setdefault("application_name", "Rapport (changes)")
        conn = psycopg.connect(*args, **kwargs, autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _notified(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            event = AccountEvent(str(data["key"]), int(data["version"]), str(data["by"]),
                                 str(data.get("origin") or ""), bool(data.get("deleted")))
        except (ValueError, KeyError, TypeError) as err:
            log.warning("a change notice that is not Rapport's: %r (%s)", payload[:200], err)
            return
        known = self._known if self._known is not None else {}
        if event.deleted:
            known.pop(event.key, None)
        else:
            event = AccountEvent(event.key, event.version, event.user, event.origin,
                                 created=event.key not in known)
            known[event.key] = (event.version, event.user, event.origin)
        self._tell(event)

    # -- polling -------------------------------------------------------------------
    def _changed_since_last_look(self) -> bool:
        """SQLite: whether another connection committed since the last look."""
        if self._db.path is None:
            return True
        if self._sqlite is None:
            self._sqlite = connect_read_only(self._db.path, check_same_thread=False)
        version = int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])
        changed = version != self._data_version
        self._data_version = version
        return changed

    def _versions(self) -> _Versions:
        if self._db.path is not None:
            self._changed_since_last_look()
            assert self._sqlite is not None
            rows: Any = self._sqlite.execute(
                "SELECT key, version, saved_by, origin FROM accounts").fetchall()
        else:
            from sqlalchemy import select

            from app.storage.tables import accounts

            with self._db.engine.connect() as conn:
                rows = conn.execute(select(accounts.c.key, accounts.c.version,
                                           accounts.c.saved_by, accounts.c.origin)).all()
        return {str(k): (int(v), str(u), str(o)) for k, v, u, o in rows}

    def _safe_versions(self) -> _Versions | None:
        try:
            return self._versions()
        except Exception as err:
            log.warning("cannot read the accounts' versions: %s", err)
            return None

    def _poll(self) -> None:
        try:
            if not self._changed_since_last_look():
                return
        except sqlite3.Error as err:
            log.warning("cannot look for changes: %s", err)
            return
        now = self._safe_versions()
        if now is None:
            return
        before = self._known if self._known is not None else {}
        self._known = now
        for key, (version, user, origin) in now.items():
            if before.get(key, (None,))[0] != version:
                self._tell(AccountEvent(key, version, user, origin, created=key not in before))
        for key, (version, _user, origin) in before.items():
            if key not in now:
                self._tell(AccountEvent(key, version, "", origin, deleted=True))

    def _tell(self, event: AccountEvent) -> None:
        if self._stop.is_set():
            return
        try:
            self._callback(event)
        except Exception:
            log.exception("the callback for %s failed", event)


def watch(db: Database, callback: Callback, *, interval: float = POLL_INTERVAL,
          listen: bool = True) -> AccountWatcher:
    """Start an :class:`AccountWatcher` (stop it with ``.stop()``)."""
    return AccountWatcher(db, callback, interval=interval, listen=listen).start()
