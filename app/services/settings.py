"""Workspace settings kept in the database, so the app and the CLI score alike.

One named JSON value per setting group; today only ``scoring`` (health weights,
churn warning, tier thresholds and exchange rates).
"""

from __future__ import annotations

import logging

from sqlalchemy import insert, select, update

from app.assessment.settings import ScoringSettings, parse_settings, settings_to_json
from app.errors import InvalidInput
from app.storage.database import Database
from app.storage.tables import settings as settings_table

log = logging.getLogger("rapport.settings")

SCORING = "scoring"


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
