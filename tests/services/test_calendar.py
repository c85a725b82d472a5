"""The review schedule exported as .ics parses back with icalendar, names intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from app.errors import RapportError
from app.models.account import AccountFile
from app.services import plan_edits
from app.services.calendar import export_reviews, reviews_calendar
from tests.conftest import parsed_doc

pytestmark = pytest.mark.both_stores


def planned() -> AccountFile:
    doc = parsed_doc(team=[{"id": "t1", "name": "Anna Weber"}])
    doc = plan_edits.schedule_reviews(doc, dt.date(2026, 11, 30), count=4)
    return plan_edits.update_item(doc, "reviews", 0, {
        "agenda": "Итоги года\n年度回顾", "our_attendees": ["t1"], "their_attendees": ["s1"]})


def test_quarterly_reviews_are_scheduled_three_months_apart() -> None:
    doc = planned()
    assert [(r.date, r.title) for r in doc.reviews] == [
        (dt.date(2026, 11, 30), "Q4 2026 account review"),
        (dt.date(2027, 2, 28), "Q1 2027 account review"),  # no 30 February
        (dt.date(2027, 5, 30), "Q2 2027 account review"),
        (dt.date(2027, 8, 30), "Q3 2027 account review"),
    ]
    again = plan_edits.schedule_reviews(doc, dt.date(2026, 11, 30), count=1)
    assert len(again.reviews) == 4  # a date that has a review already is skipped


def test_the_ics_file_parses_back_with_every_review(tmp_path: Path) -> None:
    doc = planned()
    out = tmp_path / "reviews.ics"
    assert export_reviews(doc, out) == 4
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [
        dt.date(2026, 11, 30), dt.date(2027, 2, 28), dt.date(2027, 5, 30),
        dt.date(2027, 8, 30)]
    first = events[0]
    assert str(first["summary"]) == "Acme Corp: Q4 2026 account review"
    description = str(first["description"])
    assert "Итоги года" in description and "年度回顾" in description
    assert "Anna Weber" in description and "王伟" in description
    assert len({str(e["uid"]) for e in events}) == 4  # stable, distinct ids
    assert reviews_calendar(doc).count(b"BEGIN:VEVENT") == 4


def test_a_missing_folder_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(RapportError, match="does not exist"):
        export_reviews(planned(), tmp_path / "nowhere" / "r.ics")
    assert list(tmp_path.iterdir()) == []
