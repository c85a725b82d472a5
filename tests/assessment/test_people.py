"""Relationship shape and stakeholder history, on small hand-made accounts.

Expected shapes, timelines and movements are worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.assessment.people import (
    PersonStep,
    movement,
    person_timeline,
    relationship_shape,
)
from app.models.account import AccountFile
from tests.conftest import parsed_doc


def person(key: str, **fields: Any) -> dict[str, Any]:
    return {"id": key, "name": fields.pop("name", key.capitalize()), **fields}


def account(people: list[dict[str, Any]],
            history: list[dict[str, Any]] | None = None) -> AccountFile:
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {"id": "test", "name": "Test account"},
        "stakeholders": people, "stakeholder_history": history or [],
    }, strict=False)


def owned(owners: list[str], relationship: int = 2) -> list[dict[str, Any]]:
    """One stakeholder per entry, p1, p2, ..., owned by that member of our team."""
    return [person(f"p{i}", our_owner=owner, relationship=relationship)
            for i, owner in enumerate(owners, start=1)]


def change(date: str, who: str, field: str, old: Any, new: Any,
           note: str | None = None) -> dict[str, Any]:
    return {"date": date, "stakeholder": who, "field": field, "old": old, "new": new,
            "note": note}


# --- relationship shape -------------------------------------------------------------------

def test_no_shape_without_an_owned_working_relationship() -> None:
    # p1: working but nobody of ours owns it; p2: owned but only acquainted (1);
    # p3: owner is blank. No link at all.
    doc = account([person("p1", relationship=4),
                   person("p2", relationship=1, our_owner="Anna"),
                   person("p3", relationship=3, our_owner="  ")])
    shape = relationship_shape(doc)
    assert (shape.kind, shape.ours, shape.theirs, shape.links) == ("none", (), (), 0)
    assert "no working relationship" in shape.explanation


def test_one_of_ours_is_a_bow_tie_however_many_of_theirs() -> None:
    shape = relationship_shape(account(owned(["Anna"] * 5)))
    assert (shape.kind, shape.ours, shape.links) == ("bow_tie", ("Anna",), 5)
    assert shape.explanation.startswith("1 of our people holds working relationships with 5 "
                                        "of theirs")
    assert "fragile" in shape.explanation


def test_one_pair_is_a_bow_tie() -> None:
    shape = relationship_shape(account(owned(["Anna"])))
    assert shape.kind == "bow_tie"
    assert shape.explanation.startswith("1 of our people holds a working relationship with "
                                        "1 of theirs")


@pytest.mark.parametrize(("owners", "kind"), [
    # 3 of ours, 5 of theirs: the smallest diamond.
    (["Anna", "Boris", "Chen", "Anna", "Boris"], "diamond"),
    # 2 of ours with 5 of theirs: one team member short.
    (["Anna", "Boris", "Anna", "Boris", "Anna"], "developing"),
    # 3 of ours with 4 of theirs: one of theirs short.
    (["Anna", "Boris", "Chen", "Anna"], "developing"),
    # 2 of ours with 2 of theirs.
    (["Anna", "Boris"], "developing"),
])
def test_diamond_needs_three_of_ours_and_five_of_theirs(owners: list[str], kind: str) -> None:
    assert relationship_shape(account(owned(owners))).kind == kind


def test_shape_lists_ours_sorted_and_theirs_in_file_order() -> None:
    people = [person("z", our_owner="Юлия", relationship=3),
              person("a", our_owner="Anna", relationship=2),
              person("m", our_owner="Anna", relationship=1),  # not working: left out
              person("b", relationship=4),  # no owner: left out
              person("c", our_owner=" Chen ", relationship=4)]  # spaces do not matter
    shape = relationship_shape(account(people))
    assert shape.ours == ("Anna", "Chen", "Юлия")
    assert shape.theirs == ("z", "a", "c")
    assert shape.links == 3
    assert shape.explanation == "3 of our people hold working relationships with 3 of theirs"


# --- person timeline ----------------------------------------------------------------------

def test_describe_uses_stance_and_relationship_labels_and_a_dash_for_unset() -> None:
    day = dt.date(2026, 3, 14)
    assert PersonStep(day, "s1", "李伟", "stance", "neutral", "supporter", None).describe() \
        == "李伟: Neutral → Supporter, 2026-03"
    assert PersonStep(day, "s2", "Ольга Иванова", "relationship", 1, 3, None).describe() \
        == "Ольга Иванова: Acquainted → Trusted, 2026-03"
    assert PersonStep(day, "s2", "Ольга Иванова", "relationship", None, 0, None).describe() \
        == "Ольга Иванова: — → None, 2026-03"
    assert PersonStep(day, "s1", "李伟", "stance", "skeptic", None, None).describe() \
        == "李伟: Skeptic → —, 2026-03"


def test_timeline_is_oldest_first_and_keeps_file_order_on_equal_dates() -> None:
    doc = account(
        [person("li", name="李伟"), person("olga", name="Ольга Иванова")],
        [change("2026-05-01", "li", "stance", "supporter", "champion"),
         change("2026-02-01", "olga", "relationship", 1, 2, "lunch"),
         change("2026-02-01", "li", "stance", "neutral", "supporter"),
         change("2026-02-01", "olga", "stance", None, "skeptic"),
         change("2026-01-15", "gone", "stance", "neutral", "blocker")],  # not on the map
    )
    steps = person_timeline(doc)
    assert [s.describe() for s in steps] == [
        "Ольга Иванова: Acquainted → Working, 2026-02",
        "李伟: Neutral → Supporter, 2026-02",
        "Ольга Иванова: — → Skeptic, 2026-02",
        "李伟: Supporter → Champion, 2026-05",
    ]
    assert steps[0] == PersonStep(dt.date(2026, 2, 1), "olga", "Ольга Иванова",
                                  "relationship", 1, 2, "lunch")
    assert [s.field for s in person_timeline(doc, "olga")] == ["relationship", "stance"]
    assert person_timeline(doc, "gone") == []
    assert person_timeline(doc, "nobody") == []


# --- movement -----------------------------------------------------------------------------

def test_movement_counts_stance_steps_from_the_first_change_to_now() -> None:
    doc = account(
        [person("li", stance="champion"), person("olga", stance="skeptic"),
         person("jan", stance="supporter"), person("ann", stance="neutral")],
        [change("2026-01-01", "li", "stance", "neutral", "supporter"),
         change("2026-03-01", "li", "stance", "supporter", "champion"),
         change("2026-02-01", "olga", "stance", "champion", "neutral"),
         change("2026-04-01", "olga", "stance", "neutral", "skeptic"),
         # jan's old stance was not recorded: count from the first one known (blocker).
         change("2026-01-01", "jan", "stance", None, "blocker"),
         change("2026-02-01", "jan", "stance", "blocker", "supporter"),
         change("2026-02-01", "ann", "relationship", 1, 3)],  # relationship only
    )
    assert movement(doc, "li") == 2  # neutral → champion
    assert movement(doc, "olga") == -3  # champion → skeptic
    assert movement(doc, "jan") == 3  # blocker → supporter
    assert movement(doc, "ann") == 0  # no stance change recorded
    assert movement(doc, "nobody") == 0


def test_movement_ends_at_the_current_stance_or_the_last_recorded_one() -> None:
    history = [change("2026-01-01", "li", "stance", "blocker", "neutral")]
    # The current stance (edited later without a history entry) is what counts now.
    assert movement(account([person("li", stance="champion")], history), "li") == 4
    # Stance now unset: the last recorded one stands.
    assert movement(account([person("li")], history), "li") == 2


def test_movement_reads_history_in_date_order_not_file_order() -> None:
    doc = account([person("li", stance="supporter")],
                  [change("2026-05-01", "li", "stance", "neutral", "supporter"),
                   change("2026-01-01", "li", "stance", "blocker", "neutral")])
    assert movement(doc, "li") == 3  # blocker (January) → supporter


def test_conftest_document_has_no_person_history() -> None:
    doc = parsed_doc()
    assert person_timeline(doc) == []
    assert movement(doc, "s1") == 0
