"""Plan edits: generic add / update / remove, validated, never leaving dangling references."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.models.account import AccountFile
from app.services import plan_edits as edits
from tests.conftest import parsed_doc

pytestmark = pytest.mark.both_stores


def plan() -> AccountFile:
    return parsed_doc(
        team=[{"id": "t1", "name": "Anna Weber"}, {"id": "t2", "name": "Лена Фишер"}],
        objectives=[{"id": "o1", "title": "Framework 2027", "owner": "t1"}],
        risks=[{"id": "r1", "title": "CFO reviews suppliers", "owner": "t2", "likelihood": 4,
                "impact": 5}],
        actions=[{"id": "a1", "title": "Meet the CFO", "owner": "t2", "objective": "o1",
                  "risk": "r1", "stakeholder": "s2"},
                 {"id": "a2", "title": "ROI model", "owner": "t1"}],
        reviews=[{"id": "rv1", "date": "2026-12-01", "our_attendees": ["t1", "t2"],
                  "their_attendees": ["s1"], "follow_ups": ["a1", "a2"]}],
    )


def test_new_entries_get_the_next_free_id() -> None:
    doc, index = edits.add_item(plan(), "actions", {"title": "Send minutes"})
    assert (doc.actions[index].id, doc.actions[index].title) == ("a3", "Send minutes")
    doc, index = edits.add_item(doc, "team", {"name": "王芳"})
    assert doc.team[index].id == "t3"


def test_removing_a_team_member_clears_their_ownership_and_attendance() -> None:
    doc = edits.remove_items(plan(), "team", [1])  # Лена Фишер
    assert [m.id for m in doc.team] == ["t1"]
    assert doc.risks[0].owner is None and doc.actions[0].owner is None
    assert doc.actions[1].owner == "t1" and doc.objectives[0].owner == "t1"
    assert doc.reviews[0].our_attendees == ["t1"]


def test_removing_objectives_risks_and_actions_clears_links_to_them() -> None:
    doc = edits.remove_items(plan(), "objectives", [0])
    assert doc.actions[0].objective is None and doc.actions[0].risk == "r1"
    doc = edits.remove_items(doc, "risks", [0])
    assert doc.actions[0].risk is None
    doc = edits.remove_items(doc, "actions", [0])
    assert doc.reviews[0].follow_ups == ["a2"]


def test_bad_values_are_refused_with_their_paths() -> None:
    with pytest.raises(InvalidInput) as info:
        edits.update_item(plan(), "risks", 0, {"likelihood": 7})
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("risks[0].likelihood", "input should be less than or equal to 5 (got 7)")]
    with pytest.raises(InvalidInput) as info:
        edits.update_item(plan(), "actions", 1, {"due": "soon", "owner": "t9"})
    assert [p.path for p in info.value.problems] == ["actions[1].due", "actions[1].owner"]
    with pytest.raises(InvalidInput, match="gone"):
        edits.update_item(plan(), "actions", 5, {"title": "x"})


TODAY = dt.date(2026, 11, 25)


def contacts(doc: AccountFile) -> dict[str, dt.date | None]:
    return {s.id: s.last_contact for s in doc.stakeholders}


def test_an_interaction_moves_the_last_contact_forward_only() -> None:
    doc, index = edits.add_interaction(plan(), {"date": dt.date(2026, 11, 20),
                                                "stakeholder": "s1", "participants": ["s3"],
                                                "channel": "meeting"}, TODAY)
    people = contacts(doc)
    assert people["s1"] == dt.date(2026, 11, 20)
    assert people["s3"] == dt.date(2026, 11, 20)  # was 2026-10-01
    assert doc.interactions[index].participants == ["s3"]
    older, _ = edits.add_interaction(doc, {"date": "2025-01-01", "stakeholder": "s3"}, TODAY)
    assert contacts(older)["s3"] == dt.date(2026, 11, 20)


def test_correcting_the_person_or_date_of_an_interaction_corrects_last_contacts() -> None:
    start = plan()
    doc, index = edits.add_interaction(start, {"date": "2026-11-24", "stakeholder": "s2",
                                               "channel": "call"}, TODAY)
    assert contacts(doc)["s2"] == dt.date(2026, 11, 24)
    # the wrong person was picked: s2 gets back what they had, s3 gets the call
    fixed = edits.update_interaction(doc, index, {"stakeholder": "s3"}, TODAY)
    assert contacts(start)["s2"] is None
    assert contacts(fixed)["s2"] is None
    assert contacts(fixed)["s3"] == dt.date(2026, 11, 24)
    # the date was wrong too: a week earlier, so s3's last contact moves back with it
    earlier = edits.update_interaction(fixed, index, {"date": "2026-11-17"}, TODAY)
    assert contacts(earlier)["s3"] == dt.date(2026, 11, 17)
    # removing it leaves s3 with their latest interaction left, the call of 2026-10-01
    removed = edits.remove_interactions(earlier, [index], TODAY)
    assert contacts(removed)["s3"] == dt.date(2026, 10, 1)
    assert len(removed.interactions) == len(start.interactions)


def test_a_last_contact_typed_by_hand_is_kept_when_the_log_changes() -> None:
    typed = dt.date(2026, 11, 2)  # on the map, from a chat at a trade fair
    start = plan().model_copy(update={"stakeholders": [
        s.model_copy(update={"last_contact": typed}) if s.id == "s1" else s
        for s in plan().stakeholders]})
    doc, index = edits.add_interaction(start, {"date": "2025-01-01", "stakeholder": "s1"},
                                       TODAY)
    assert contacts(doc)["s1"] == typed
    assert contacts(edits.remove_interactions(doc, [index], TODAY))["s1"] == typed


def test_future_and_malformed_interaction_dates_are_refused_with_their_path() -> None:
    with pytest.raises(InvalidInput) as info:
        edits.add_interaction(plan(), {"date": "2026-11-26", "stakeholder": "s1"}, TODAY)
    [problem] = info.value.problems
    assert problem.path.endswith(".date") and "in the future" in problem.message
    for typed in ("2026/12/01", "01.12.2026", "next tuesday"):
        with pytest.raises(InvalidInput) as info:
            edits.update_interaction(plan(), 0, {"date": typed}, TODAY)
        [problem] = info.value.problems
        assert problem.path == "interactions[0].date"
        assert problem.message.startswith("must be a date written YYYY-MM-DD")


def test_renaming_a_team_member_keeps_their_stakeholders_and_removing_them_frees_them() -> None:
    start = plan()
    anna = start.team[0].name
    start = start.model_copy(update={"stakeholders": [
        s.model_copy(update={"our_owner": anna}) if s.id in ("s1", "s2") else s
        for s in start.stakeholders]})
    renamed = edits.update_item(start, "team", 0, {"name": "Anna Weber-Schmidt"})
    assert {s.id: s.our_owner for s in renamed.stakeholders if s.our_owner} == {
        "s1": "Anna Weber-Schmidt", "s2": "Anna Weber-Schmidt"}
    removed = edits.remove_items(renamed, "team", [0])
    assert all(s.our_owner is None for s in removed.stakeholders if s.id in ("s1", "s2"))
    # other owners, and other edits of a member, leave the stakeholders alone
    other = edits.update_item(start, "team", 1, {"role": "delivery"})
    assert other.stakeholders == start.stakeholders


def test_a_year_adds_its_missing_quarters_in_order() -> None:
    doc = edits.add_year(plan(), 2027)
    assert [(q.year, q.quarter) for q in doc.revenue_plan if q.year == 2027] == [
        (2027, 1), (2027, 2), (2027, 3), (2027, 4)]
    assert edits.add_year(doc, 2027).revenue_plan == doc.revenue_plan


def test_a_follow_up_action_is_created_and_linked_to_its_review_in_one_edit() -> None:
    start = plan().model_copy(update={"reviews": []})
    start = edits.add_item(start, "reviews", {"date": "2026-11-20"})[0]
    doc, index = edits.add_follow_up(start, 0, {"title": "Отправить протокол",
                                                "due": "2026-12-04"})
    action = doc.actions[index]
    assert (action.title, action.due) == ("Отправить протокол", dt.date(2026, 12, 4))
    assert doc.reviews[0].follow_ups == [action.id]
    assert action.id not in {a.id for a in start.actions}


def test_two_team_members_of_one_name_are_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        edits.update_item(plan(), "team", 1, {"name": "  anna   WEBER "})
    [problem] = info.value.problems
    assert problem.path == "team[1].name" and "in the team already (team[0])" in problem.message


def test_the_main_person_of_an_interaction_is_not_also_present() -> None:
    doc, index = edits.add_interaction(plan(), {"date": "2026-11-20", "stakeholder": "s1",
                                                "participants": ["s2", "s3"]}, TODAY)
    moved = edits.update_interaction(doc, index, {"stakeholder": "s2"}, TODAY)
    assert moved.interactions[index].participants == ["s3"]


def test_new_entries_are_not_shared_with_the_customer() -> None:
    for section, values in (("actions", {"title": "Отправить КП"}), ("team", {"name": "王芳"}),
                            ("risks", {"title": "Budget freeze"}),
                            ("revenue_plan", {"year": 2027, "quarter": 1})):
        doc, index = edits.add_item(plan(), section, values)
        assert getattr(doc, section)[index].client_visible is False, section


def test_entries_are_shared_and_unshared_together_in_one_edit() -> None:
    doc = edits.set_shared(plan(), "actions", [0, 1], True)
    assert [a.client_visible for a in doc.actions] == [True, True]
    doc = edits.set_shared(doc, "actions", [1], False)
    assert [a.client_visible for a in doc.actions] == [True, False]
    doc = edits.set_shared(doc, "team", [1], True)
    assert [m.client_visible for m in doc.team] == [False, True]


def test_an_internal_risk_is_never_shared_and_becoming_internal_unshares_a_risk() -> None:
    start = edits.add_item(plan(), "risks", {"title": "Соколов блокирует", "internal": True})[0]
    doc = edits.set_shared(start, "risks", [0, 1], True)
    assert [(r.internal, r.client_visible) for r in doc.risks] == [(False, True),
                                                                   (True, False)]
    # ticking Internal on a shared risk unshares it: unticking it later shares nothing
    doc = edits.update_item(doc, "risks", 0, {"internal": True})
    assert (doc.risks[0].internal, doc.risks[0].client_visible) == (True, False)
    doc = edits.update_item(doc, "risks", 0, {"internal": False})
    assert doc.risks[0].client_visible is False
    assert edits.unshareable(doc.risks[1]) and not edits.unshareable(doc.risks[0])


def test_sharing_a_gone_entry_or_the_interactions_is_refused() -> None:
    with pytest.raises(InvalidInput, match="gone"):
        edits.set_shared(plan(), "actions", [0, 5], True)
    with pytest.raises(InvalidInput) as info:
        edits.set_shared(plan(), "interactions", [0], True)
    assert "never shared" in info.value.problems[0].message


def test_white_space_cells_are_shared_and_an_unassessed_one_is_refused() -> None:
    doc = parsed_doc(whitespace={"units": ["Завод", "物流"], "offerings": ["WMS", "TMS"],
                                 "cells": [{"unit": "Завод", "offering": "WMS", "status": "has"},
                                           {"unit": "物流", "offering": "TMS",
                                            "status": "opportunity", "value": 5000}]})
    shared = edits.share_cells(doc, [("物流", "TMS")], True)
    assert shared.whitespace is not None
    assert [c.client_visible for c in shared.whitespace.cells] == [False, True]
    assert shared.whitespace.cells[1].value == 5000  # only the flag changed
    back = edits.share_cells(shared, [("物流", "TMS")], False)
    assert back == doc
    with pytest.raises(InvalidInput) as info:
        edits.share_cells(doc, [("Завод", "TMS")], True)
    assert "TMS for Завод is not assessed yet" in info.value.problems[0].message
