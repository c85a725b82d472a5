"""Live changes: a colleague's save reaches the open window within a few seconds.

:class:`LiveChanges` runs ``app.services.team.watch`` (LISTEN/NOTIFY on a server,
polling of the versions on SQLite) and hands each :class:`AccountEvent` from the
watcher's thread to the GUI thread through a queued signal: ``changed`` is always
emitted on the thread the object lives in, so its slots may touch widgets.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from app.services.team import AccountEvent, AccountWatcher, Database

log = logging.getLogger("rapport.views.team")


class LiveChanges(QObject):
    """Watches ``db``; ``changed(AccountEvent)`` on the GUI thread for every account
    saved, created or deleted by anyone (this window's own saves included: the window
    knows them by their version)."""

    changed = Signal(object)
    #: emitted on the watcher's thread, delivered on this object's (queued)
    _arrived = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None, *,
                 interval: float = 2.0) -> None:
        super().__init__(parent)
        self._db = db
        self.interval = interval
        self._watcher: AccountWatcher | None = None
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Start watching (once the current versions are known: a save made after this
        returns is reported). A watcher that cannot start is logged, not raised: the
        window then shows changes when it reads the account again, as before."""
        if self._watcher is not None:
            return
        from app.services.team import watch

        try:
            self._watcher = watch(self._db, self._arrived.emit, interval=self.interval)
        except Exception as err:  # a server gone meanwhile: the app works without it
            log.warning("cannot watch %s for changes: %s", self._db.display_name, err)

    def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()

    @property
    def mode(self) -> str:
        """"listen" (PostgreSQL notifications), "poll", or "" when not watching."""
        return self._watcher.mode if self._watcher is not None else ""

    @property
    def running(self) -> bool:
        return self._watcher is not None and self._watcher.running

    def _deliver(self, event: AccountEvent) -> None:
        if self._watcher is not None:  # nothing after stop()
            self.changed.emit(event)
