"""The service layer: the only way views and the CLI change data."""

from app.services.accounts import AccountService, AccountSummary, ImportResult

__all__ = ["AccountService", "AccountSummary", "ImportResult"]
