"""An account through time: the version in force on a day, and what changed since.

Every save keeps the version it replaced (``AccountStore``), so "the map as it was on
30 September" is the last version saved on or before that day, and "what changed since
the last review" is :func:`app.assessment.changes.changes` between that version and
today's. The references a user gives (the CLI's ``--since``, the map's date picker) are
read by :func:`parse_since`: a version number, a date, ``last-review`` or ``90d``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from dataclasses import dataclass

from app.assessment.changes import Change, changes
from app.assessment.settings import ScoringSettings
from app.errors import NotFound, RapportError
from app.i18n import _
from app.models.account import AccountFile
from app.services.accounts import AccountService
from app.storage.store import VersionInfo

__all__ = ["BadReference", "Moment", "Since", "Timeline", "VersionInfo", "last_review",
           "parse_since"]

_DAYS = re.compile(r"^(\d{1,4})d$")


class BadReference(RapportError):
    """A ``--since`` (or a date picked) that names no point in an account's history."""


@dataclass(frozen=True)
class Moment:
    """One version of an account: its number, when and by whom it was saved."""

    version: int
    saved_at: dt.datetime
    saved_by: str
    doc: AccountFile
    current: bool = False

    @property
    def day(self) -> dt.date:
        return self.saved_at.date()


@dataclass(frozen=True)
class Since:
    """A reference point a user named: a version, or the end of a day."""

    version: int | None = None
    day: dt.date | None = None
    #: how the user named it, for messages ("last-review", "90d", "2026-09-30", "12")
    text: str = ""


def last_review(doc: AccountFile, today: dt.date) -> dt.date | None:
    """The day of the latest review held on or before ``today`` (a review planned but not
    marked held does not count: nothing was reviewed then)."""
    days = [r.date for r in doc.reviews if r.held and r.date <= today]
    return max(days) if days else None


def parse_since(text: str, doc: AccountFile, today: dt.date) -> Since:
    """``12`` (a version), ``2026-09-30`` (a day), ``last-review``, ``90d`` (days ago)."""
    value = text.strip()
    if value == "last-review":
        day = last_review(doc, today)
        if day is None:
            raise BadReference(_(
                "No review of this account is marked as held yet: give a date or a "
                "version instead."))
        return Since(day=day, text=value)
    if value.isdigit():
        return Since(version=int(value), text=value)
    match = _DAYS.match(value)
    if match:
        return Since(day=today - dt.timedelta(days=int(match.group(1))), text=value)
    try:
        return Since(day=dt.date.fromisoformat(value), text=value)
    except ValueError:
        raise BadReference(_(
            '"{value}" is not a version number, a date (YYYY-MM-DD), "last-review" or a '
            'number of days such as "90d".').format(value=value)) from None


#: kept versions' documents held by a Timeline (a date picker moved back and forth reads
#: each once); a kept version never changes, so a held one is never out of date
KEPT_VERSIONS = 8


class Timeline:
    """Reads an account's versions; never writes."""

    def __init__(self, accounts: AccountService) -> None:
        self._accounts = accounts
        self._kept: OrderedDict[tuple[str, int], AccountFile] = OrderedDict()

    def versions(self, key: str) -> list[VersionInfo]:
        """Every readable version, oldest first (the current one last)."""
        return self._accounts.history(key)

    def moment(self, key: str, info: VersionInfo) -> Moment:
        """The document of one version: the current one as the service reads it (its
        own cache), a kept one decompressed and parsed once and then held."""
        doc = (self._accounts.snapshot(key) if info.current
               else self._kept_version(key, info.version))
        return Moment(info.version, info.saved_at, info.saved_by, doc, info.current)

    def _kept_version(self, key: str, number: int) -> AccountFile:
        doc = self._kept.get((key, number))
        if doc is None:
            doc = self._kept[(key, number)] = self._accounts.version(key, number)
            while len(self._kept) > KEPT_VERSIONS:
                self._kept.popitem(last=False)
        self._kept.move_to_end((key, number))
        return doc

    def as_of(self, key: str, day: dt.date) -> Moment | None:
        """The version in force at the end of ``day`` (None: the account did not exist
        yet, or its history from then was not kept)."""
        end = dt.datetime.combine(day, dt.time.max)
        found = [v for v in self.versions(key) if v.saved_at <= end]
        return self.moment(key, found[-1]) if found else None

    def at(self, key: str, since: Since) -> Moment | None:
        if since.version is not None:
            info = next((v for v in self.versions(key) if v.version == since.version), None)
            if info is None:
                known = ", ".join(str(v.version) for v in self.versions(key))
                raise NotFound(_('Account "{key}" has no version {number} (kept: {known}).')
                               .format(key=key, number=since.version, known=known))
            return self.moment(key, info)
        assert since.day is not None
        return self.as_of(key, since.day)

    def current(self, key: str) -> Moment:
        return self.moment(key, self.versions(key)[-1])

    def changes_since(self, key: str, since: Since, today: dt.date,
                      settings: ScoringSettings | None = None
                      ) -> tuple[Moment | None, Moment, list[Change]]:
        """(the version then, the current one, what changed between them). Nothing kept
        from then: everything on the map counts as new (compared with an empty account)."""
        now = self.current(key)
        then = self.at(key, since)
        if then is None:
            empty = now.doc.model_copy(update={"stakeholders": [], "influences": [],
                                               "risks": [], "objectives": []})
            return None, now, changes(empty, now.doc)
        # health then: the old version as it stood on the day asked about (the review's
        # day), as the PDF and the Plan judge it; a version asked by number: its own day
        return then, now, changes(then.doc, now.doc, old_day=since.day or then.day,
                                  new_day=today, settings=settings)

    def change_days(self, key: str, then: Moment | None, now: Moment,
                    found: list[Change]) -> dict[tuple[str, str], dt.date]:
        """The day each change was saved: walking the versions from ``then`` to ``now``,
        the last version in which its subject changed that way (a stance moved twice is
        dated by the second move). Health, measured only at the two ends, gets now's."""
        wanted = {(c.kind, c.subject) for c in found}
        days: dict[tuple[str, str], dt.date] = {}
        kept = [v for v in self.versions(key)
                if (then is None or v.version >= then.version) and v.version <= now.version]
        previous = self.moment(key, kept[0]) if then is not None and kept else None
        if previous is None:  # from nothing: the first version brought what it holds
            if kept:
                first = self.moment(key, kept[0])
                empty = first.doc.model_copy(update={"stakeholders": [], "influences": [],
                                                     "risks": [], "objectives": []})
                days.update({(c.kind, c.subject): first.day
                             for c in changes(empty, first.doc)})
                previous = first
        for info in kept[1:]:
            assert previous is not None
            moment = self.moment(key, info)
            for c in changes(previous.doc, moment.doc):
                days[(c.kind, c.subject)] = moment.day
            previous = moment
        return {k: days.get(k, now.day) for k in wanted}
