"""Wire the application once: database, then services (no import-time engines)."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.accounts import AccountService
from app.services.portfolio import PortfolioService
from app.services.settings import SettingsService
from app.storage.database import Database, open_database, resolve_target


@dataclass
class Services:
    db: Database
    accounts: AccountService
    settings: SettingsService
    portfolio: PortfolioService

    def close(self) -> None:
        self.db.close()


def bootstrap(
    target: str | None = None,
    *,
    writer: bool = True,
    create: bool = True,
    background_check: bool = False,
) -> Services:
    """Open the database named by --db / $RAPPORT_DB / the data directory."""
    db = open_database(resolve_target(target), writer=writer, create=create,
                       background_check=background_check)
    return Services(db=db, accounts=AccountService(db), settings=SettingsService(db),
                    portfolio=PortfolioService(db))
