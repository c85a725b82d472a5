"""Persistence: opening, checking, migrating and locking the account database."""

from app.storage.database import Database, default_database_path, open_database, resolve_target

__all__ = ["Database", "default_database_path", "open_database", "resolve_target"]
