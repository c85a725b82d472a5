"""Backups as use cases: back up now, before replacing accounts, list, restore."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from app.errors import DatabaseError
from app.i18n import _
from app.storage import backups
from app.storage.backups import BackupContents, BackupFile
from app.storage.database import Database
from app.storage.tables import accounts


class BackupService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _path(self) -> Path:
        if self._db.path is None:
            raise DatabaseError(_("{database} is not a database file: it has no "
                                  "backups.").format(database=self._db.display_name))
        return self._db.path

    @property
    def folder(self) -> Path:
        return backups.folder_for(self._path)

    def list(self) -> list[BackupFile]:
        """Newest first."""
        return backups.list_backups(self._path)

    def contents(self, path: Path, *, quick_check: bool = False) -> BackupContents:
        """Date, schema and accounts of a backup, read without writing to it;
        DatabaseError if it is damaged or not a Rapport backup."""
        return backups.read_backup(path, quick_check=quick_check)

    def back_up_now(self, *, now: dt.datetime | None = None) -> Path:
        return backups.take_backup(self._path, "manual", now=now)

    def before_replacing(self, keys: Iterable[str], *,
                         now: dt.datetime | None = None) -> Path | None:
        """A backup before an import replaces accounts, if any of ``keys`` exists."""
        wanted = set(keys)
        if not wanted or self._db.path is None:
            return None
        with self._db.engine.connect() as conn:
            if conn.scalar(select(accounts.c.key).where(accounts.c.key.in_(wanted))) is None:
                return None
        return backups.take_backup(self._path, "before-import", now=now)

    def restore(self, path: Path, *, now: dt.datetime | None = None) -> Path:
        """Replace the database with the backup at ``path``; returns the backup of the
        state it replaced."""
        return backups.restore_backup(self._db, path, now=now)
