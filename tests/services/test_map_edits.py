"""Map edits are pure document changes, checked like an imported file."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bootstrap import Services
from app.errors import InvalidInput
from app.services import map_edits
from tests.conftest import parsed_doc

pytestmark = pytest.mark.both_stores


def test_add_person_gets_a_fresh_id_and_position() -> None:
    doc, sid = map_edits.add_person(parsed_doc(), "Новый человек", (10.0, 20.0),
                                    stance="supporter")
    added = map_edits.person(doc, sid)
    assert sid not in {"s1", "s2", "s3"}
    assert (added.name, added.position.x, added.position.y) == ("Новый человек", 10.0, 20.0)
    assert added.stance == "supporter"


def test_removing_a_person_takes_their_lines_and_frees_their_reports() -> None:
    doc = map_edits.remove(parsed_doc(), people=["s2"])  # s3 reported to s2; s3 -> s2 line
    assert [s.id for s in doc.stakeholders] == ["s1", "s3"]
    assert map_edits.person(doc, "s3").reports_to is None
    assert doc.influences == []


def test_removing_lines_only() -> None:
    doc = map_edits.remove(parsed_doc(), lines=[("s3", "s2", "reports"),
                                                ("s3", "s2", "informal")])
    assert map_edits.person(doc, "s3").reports_to is None
    assert doc.influences == [] and len(doc.stakeholders) == 3


def test_connect_refuses_a_reporting_cycle_and_self_influence() -> None:
    with pytest.raises(InvalidInput, match="reporting cycle"):
        map_edits.connect(parsed_doc(), "s1", "s3", "reports")  # s3 -> s2 -> s1 already
    with pytest.raises(InvalidInput, match="cannot influence themselves"):
        map_edits.connect(parsed_doc(), "s1", "s1", "formal")
    doc = map_edits.connect(parsed_doc(), "s1", "s3", "conflict", strength=3)
    assert doc.influences[-1].kind == "conflict" and doc.influences[-1].strength == 3


def test_update_person_validates_values() -> None:
    with pytest.raises(InvalidInput, match="influence"):
        map_edits.update_person(parsed_doc(), "s1", {"influence": 9})
    doc = map_edits.update_person(parsed_doc(), "s1", {"title": "Председатель"})
    assert map_edits.person(doc, "s1").title == "Председатель"


def test_replacing_the_account_saves_an_edit_atomically(services: Services) -> None:
    services.accounts.import_documents([parsed_doc()])
    edited = map_edits.remove(parsed_doc(), people=["s1"])
    services.accounts.replace_account(edited)
    assert [s.id for s in services.accounts.snapshot("acme").stakeholders] == ["s2", "s3"]


def test_moving_cards_is_saved_and_checked(services: Services) -> None:
    services.accounts.import_documents([parsed_doc()])
    services.accounts.move_cards("acme", {"s1": (100.0, -50.0), "s2": None})
    people = {s.id: s.position for s in services.accounts.snapshot("acme").stakeholders}
    assert (people["s1"].x, people["s1"].y) == (100.0, -50.0) and people["s2"] is None
    with pytest.raises(InvalidInput):
        services.accounts.move_cards("acme", {"s1": (1e9, 0.0)})
    from app.errors import NotFound

    with pytest.raises(NotFound):
        services.accounts.move_cards("acme", {"ghost": (0.0, 0.0)})


def test_update_line_changes_strength_and_kind_but_refuses_a_duplicate() -> None:
    doc = map_edits.update_line(parsed_doc(), ("s3", "s2", "informal"), {"strength": 3})
    assert doc.influences[0].strength == 3
    doc = map_edits.connect(doc, "s3", "s2", "formal")
    with pytest.raises(InvalidInput, match="already on the map"):
        map_edits.update_line(doc, ("s3", "s2", "informal"), {"kind": "formal"})
    with pytest.raises(InvalidInput, match="strength"):
        map_edits.update_line(doc, ("s3", "s2", "informal"), {"strength": 4})


def test_a_changed_stance_or_relationship_is_recorded_in_the_history() -> None:
    doc = parsed_doc()
    day = dt.date(2026, 3, 14)
    doc = map_edits.update_person(doc, "s1", {"stance": "supporter", "title": "Chair"},
                                  today=day)
    doc = map_edits.update_person(doc, "s1", {"relationship": 3}, today=day)
    doc = map_edits.update_person(doc, "s1", {"relationship": 3}, today=day)  # unchanged
    assert [(h.date, h.stakeholder, h.field, h.old, h.new) for h in doc.stakeholder_history] == [
        (day, "s1", "stance", "neutral", "supporter"),
        (day, "s1", "relationship", 1, 3),
    ]
    # no date given (an import, a layout): nothing is recorded
    assert map_edits.update_person(doc, "s2", {"stance": "blocker"}).stakeholder_history \
        == doc.stakeholder_history


def test_removing_a_person_removes_their_history() -> None:
    doc = map_edits.update_person(parsed_doc(), "s2", {"stance": "supporter"},
                                  today=dt.date(2026, 1, 5))
    assert map_edits.remove(doc, people=["s2"]).stakeholder_history == []


def test_removing_a_person_takes_them_out_of_the_plan_too() -> None:
    doc = parsed_doc(
        actions=[{"id": "a1", "title": "Call Olga", "stakeholder": "s2"}],
        reviews=[{"id": "rv1", "date": "2026-12-01", "their_attendees": ["s1", "s2"]}],
        interactions=[{"date": "2026-10-01", "stakeholder": "s3", "participants": ["s2"]}],
    )
    doc = map_edits.remove(doc, people=["s2"])
    assert doc.actions[0].stakeholder is None
    assert doc.reviews[0].their_attendees == ["s1"]
    assert doc.interactions[0].participants == [] and doc.interactions[0].stakeholder == "s3"
