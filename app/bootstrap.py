"""Wire the application once: database, then services (no import-time engines)."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.accounts import AccountService
from app.services.backups import BackupService
from app.services.portfolio import PortfolioService
from app.services.settings import SettingsService
from app.storage.backups import daily_backup
from app.storage.database import Database, open_database, resolve_target


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
) -> Services:
    """Open the database named by --db / $RAPPORT_DB / the data directory.

    A writer (the app, a command that saves) takes the day's first backup once the
    file passed its integrity check (in the background with ``background_check``).
    """
    db = open_database(resolve_target(target), writer=writer, create=create,
                       background_check=background_check,
                       on_checked=daily_backup if writer else None)
    return Services(db=db, accounts=AccountService(db), settings=SettingsService(db),
                    portfolio=PortfolioService(db), backups=BackupService(db))
