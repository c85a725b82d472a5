"""Account reviews as an iCalendar (.ics) file, for any calendar program.

Each review becomes an all-day event with a stable UID (account id + review
id), so importing the file again updates the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import __version__
from app.atomic import write_atomically
from app.i18n import _
from app.models.account import AccountFile

UID_DOMAIN = "rapport.local"


def _names(doc: AccountFile, ids: list[str], section: str) -> list[str]:
    by_id = {item.id: item.name for item in getattr(doc, section)}
    return [by_id[i] for i in ids if i in by_id]


def reviews_calendar(doc: AccountFile, stamp: dt.datetime | None = None) -> bytes:
    """The account's reviews as iCalendar bytes (UTF-8, CRLF lines, RFC 5545)."""
    from icalendar import Calendar, Event  # loaded on the first export, not with the app

    cal = Calendar()
    cal.add("prodid", f"-//Rapport {__version__}//Account reviews//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("{account}: account reviews").format(account=doc.account.name))
    stamp = stamp or dt.datetime.now(dt.UTC)
    for review in sorted(doc.reviews, key=lambda r: r.date):
        event = Event()
        event.add("uid", f"{doc.account.id}.{review.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", review.date)
        event.add("dtend", review.date + dt.timedelta(days=1))
        event.add("summary", _("{account}: {review}").format(
            account=doc.account.name, review=review.title or _("account review")))
        parts = []
        if review.agenda:
            parts.append(_("Agenda:") + "\n" + review.agenda)
        ours = _names(doc, review.our_attendees, "team")
        theirs = _names(doc, review.their_attendees, "stakeholders")
        if ours or theirs:
            parts.append(_("Attendees: {names}").format(names=", ".join([*ours, *theirs])))
        if parts:
            event.add("description", "\n\n".join(parts))
        event.add("status", "CONFIRMED")
        cal.add_component(event)
    return cal.to_ical()


def export_reviews(doc: AccountFile, path: Path) -> int:
    """Write the review schedule to ``path`` atomically; returns the number of events."""
    write_atomically(path, reviews_calendar(doc))
    return len(doc.reviews)
