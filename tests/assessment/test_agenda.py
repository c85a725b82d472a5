"""What is due on an account: the reviews and actions the portfolio lists."""

from __future__ import annotations

import datetime as dt

from app.assessment.agenda import (
    ACTION_HORIZON_DAYS,
    REVIEW_HORIZON_DAYS,
    AgendaKind,
    agenda,
    is_overdue,
)
from app.models.account import AccountFile
from tests.fileformat.plan import plan_doc

TODAY = dt.date(2026, 11, 25)


def _doc(reviews: list[dict[str, object]], actions: list[dict[str, object]]) -> AccountFile:
    return plan_doc(reviews=reviews, actions=actions)


def test_reviews_not_held_within_the_horizon_are_listed_and_past_ones_overdue() -> None:
    horizon = TODAY + dt.timedelta(days=REVIEW_HORIZON_DAYS)
    doc = _doc([
        {"id": "past", "date": "2026-11-01", "title": "Missed review"},
        {"id": "held", "date": "2026-11-10", "held": True},
        {"id": "today", "date": TODAY.isoformat(), "our_attendees": ["t1", "t3"]},
        {"id": "edge", "date": horizon.isoformat(), "title": "At the edge"},
        {"id": "later", "date": (horizon + dt.timedelta(days=1)).isoformat()},
    ], [])
    items = agenda(doc, TODAY)
    assert [i.id for i in items] == ["past", "today", "edge"]
    assert [i.overdue for i in items] == [True, False, False]
    assert items[1].title == "Account review"  # a review without a title
    assert items[1].who == "Anna Weber, Dr. Eva König"


def test_open_actions_due_within_a_week_or_overdue_are_listed_with_their_owner() -> None:
    soon = TODAY + dt.timedelta(days=ACTION_HORIZON_DAYS)
    doc = _doc([], [
        {"id": "late", "title": "Late", "owner": "t2", "due": "2026-11-24"},
        {"id": "done", "title": "Done late", "due": "2026-11-01", "status": "done"},
        {"id": "gone", "title": "Cancelled", "due": "2026-11-01", "status": "cancelled"},
        {"id": "going", "title": "In progress", "due": soon.isoformat(),
         "status": "in_progress"},
        {"id": "far", "title": "Next month", "due": (soon + dt.timedelta(days=1)).isoformat()},
        {"id": "undated", "title": "No date"},
    ])
    items = agenda(doc, TODAY)
    assert [(i.id, i.overdue) for i in items] == [("late", True), ("going", False)]
    assert items[0].who == "Tom Becker"
    assert items[1].who == ""


def test_items_are_ordered_by_date_reviews_before_actions_on_the_same_day() -> None:
    doc = _doc([{"id": "rv", "date": "2026-11-27"}],
               [{"id": "b", "title": "Бюджет", "due": "2026-11-27"},
                {"id": "a", "title": "Angebot", "due": "2026-11-26"}])
    assert [(i.kind, i.id) for i in agenda(doc, TODAY)] == [
        (AgendaKind.ACTION, "a"), (AgendaKind.REVIEW, "rv"), (AgendaKind.ACTION, "b")]


def test_an_action_due_today_is_not_overdue_yet() -> None:
    doc = _doc([], [{"id": "a", "title": "Call", "due": TODAY.isoformat()}])
    assert not is_overdue(doc.actions[0], TODAY)
    assert is_overdue(doc.actions[0], TODAY + dt.timedelta(days=1))
