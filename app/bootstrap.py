"""Wire the application once: database, then services (no import-time engines).

Importing this module is cheap: SQLAlchemy, pydantic and the services are loaded by
:func:`bootstrap` (the app imports them in a thread while its window shows, issue 13).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.accounts import AccountService
    from app.services.backups import BackupService
    from app.services.portfolio import PortfolioService
    from app.services.settings import SettingsService
    from app.storage.database import Database


@dataclass
class Services:
    db: Database
    accounts: AccountService
    settings: SettingsService
    portfolio: PortfolioService
    backups: BackupService

    def close(self) -> None:
        self.db.close()


def bootstrap(
    target: str | None = None,
    *,
    writer: bool = True,
    create: bool = True,
    background_check: bool = False,
    wait: float = 0.0,
    exclusive: bool = True,
) -> Services:
    """Open the database named by --db / $RAPPORT_DB / the data directory.

    A writer (the app, a command that saves) takes the day's first backup once the
    file passed its integrity check (in the background with ``background_check``).
    ``wait``: seconds to wait for another Rapport process writing the same file.
    ``exclusive=False``: a command that saves account by account, beside an open app
    (``open_database``).
    """
    from app.services.accounts import AccountService
    from app.services.backups import BackupService
    from app.services.portfolio import PortfolioService
    from app.services.settings import SettingsService
    from app.storage.backups import daily_backup
    from app.storage.database import open_database, resolve_target

    db = open_database(resolve_target(target), writer=writer, create=create,
                       background_check=background_check,
                       on_checked=daily_backup if writer else None, wait=wait,
                       exclusive=exclusive)
    return Services(db=db, accounts=AccountService(db), settings=SettingsService(db),
                    portfolio=PortfolioService(db), backups=BackupService(db))


def database_name(target: str | None = None) -> str:
    """The database ``bootstrap(target)`` would open, named as ``Database.display_name``
    names it once open (a URL without what follows its scheme: it may hold a password),
    without opening or importing anything heavy."""
    from app.storage.database import resolve_target

    resolved = resolve_target(target)
    if "://" in resolved:
        return resolved.split("://", 1)[0] + "://…"
    try:
        return str(Path(resolved).expanduser().resolve())
    except (OSError, RuntimeError):  # a symlink loop: said when it is opened
        return resolved
