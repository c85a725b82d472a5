"""Workspace settings kept in the database, so the app and the CLI score alike.

One named JSON value per setting group; today only ``scoring`` (health weights,
churn warning, tier thresholds and exchange rates).
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from app.assessment.settings import ScoringSettings, parse_settings, settings_to_json
from app.errors import InvalidInput
from app.models.orm import Setting
from app.storage.database import Database

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
        with self._db.sessions() as session:
            text = session.scalar(select(Setting.value).where(Setting.name == SCORING))
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
            row = session.get(Setting, SCORING)
            if row is None:
                session.add(Setting(name=SCORING, value=value))
            else:
                row.value = value
