"""What changed in an account since a day, as the PDF receives it.

The caller reads the kept versions (``app.services.reports.history_for``, through
``app.services.timeline``) and hands the result over; app.reports reads no storage. Only
the internal edition and the executive brief print it: the changes name stances.
Kept free of reportlab, so the service can build one without loading it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.assessment.changes import LOOKBACK_DAYS, Change, names_of
from app.models.account import AccountFile

#: the window looked back over when no review is marked held yet
DAYS = LOOKBACK_DAYS


@dataclass(frozen=True)
class History:
    #: the day the changes are counted from: the last review held, or :data:`DAYS` ago
    since: dt.date
    #: whether ``since`` is the day of the last review held (else "the last N days")
    review: bool
    #: what changed from ``then`` to the account printed, in ``changes()`` order
    changes: tuple[Change, ...] = ()
    #: the version compared with (None: no earlier version is kept at all)
    then: AccountFile | None = None
    #: the day that version was saved
    then_day: dt.date | None = None
    #: no version is kept from ``since``: the earliest kept one, saved on this day, is
    #: compared with instead (None: the version in force on ``since`` was there)
    kept_from: dt.date | None = None
    days: int = DAYS

    @property
    def names(self) -> dict[str, str]:
        """Everyone's name by id in the version then (the departed still named; today's
        are added where the names are used)."""
        return names_of(self.then)
