"""Workspace settings kept in the database, so the app and the CLI score alike.

One named JSON value per setting group: ``scoring`` (health weights, churn warning,
tier thresholds and exchange rates), and the column mappings of contact files the
user saved (``contacts-mapping:`` and the file's column names), reapplied when a
file with the same columns is imported again.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence

from sqlalchemy import insert, select, update

from app.assessment.settings import ScoringSettings, parse_settings, settings_to_json
from app.errors import InvalidInput
from app.storage.database import Database
from app.storage.tables import settings as settings_table

log = logging.getLogger("rapport.settings")

SCORING = "scoring"
MAPPING_PREFIX = "contacts-mapping:"


def columns_signature(columns: Sequence[str]) -> str:
    """A short key for a file's columns, in any order (the settings name fits 64)."""
    text = "\x1f".join(sorted(c.strip().casefold() for c in columns))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def scoring(self) -> ScoringSettings:
        """The stored scoring settings, or the defaults when none are stored.

        A stored value this version cannot read (edited by hand, or written by a
        newer Rapport) is logged and the defaults are used; it is not overwritten
        until the user saves new settings.
        """
        with self._db.engine.connect() as conn:
            text = conn.scalar(select(settings_table.c.value)
                               .where(settings_table.c.name == SCORING))
        if text is None:
            return ScoringSettings()
        try:
            return parse_settings(text)
        except InvalidInput as err:
            log.warning("stored scoring settings ignored: %s", err)
            return ScoringSettings()

    def save_scoring(self, settings: ScoringSettings) -> None:
        value = settings_to_json(settings)
        with self._db.transaction() as session:
            conn = session.connection()
            done = conn.execute(update(settings_table).where(settings_table.c.name == SCORING)
                                .values(value=value))
            if done.rowcount == 0:
                conn.execute(insert(settings_table).values(name=SCORING, value=value))

    def _put(self, name: str, value: str) -> None:
        with self._db.transaction() as session:
            conn = session.connection()
            done = conn.execute(update(settings_table).where(settings_table.c.name == name)
                                .values(value=value))
            if done.rowcount == 0:
                conn.execute(insert(settings_table).values(name=name, value=value))

    def contact_mapping(self, columns: Sequence[str]) -> dict[str, str | None] | None:
        """The mapping saved for a file with these columns (None: none saved, or it
        cannot be read: the automatic one is used)."""
        name = MAPPING_PREFIX + columns_signature(columns)
        with self._db.engine.connect() as conn:
            text = conn.scalar(select(settings_table.c.value)
                               .where(settings_table.c.name == name))
        if text is None:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            log.warning("saved contact mapping ignored: not JSON")
            return None
        if not isinstance(value, dict) or set(value) != set(columns):
            return None
        return value

    def save_contact_mapping(self, columns: Sequence[str],
                             mapping: dict[str, str | None]) -> None:
        self._put(MAPPING_PREFIX + columns_signature(columns),
                  json.dumps(mapping, ensure_ascii=False))
