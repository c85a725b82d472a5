"""``movement(old, new)``: the signed score of how an account's relationships moved, on
hand-made document pairs (the test account: 王伟 economic buyer, neutral, influence 5,
relationship 1; Ольга Иванова skeptic, influence 4, relationship 2; Jane Doe champion,
influence 2, relationship 3; an informal line Jane → Ольга; stage basic)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.assessment.changes import Change, changes
from app.assessment.movement import movement, reason
from app.models.account import AccountFile
from tests.conftest import account_doc, parsed_doc

DAY = dt.date(2026, 12, 1)


def people(**edits: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**p, **edits.get(p["id"], {})} for p in account_doc()["stakeholders"]]


def doc(**overrides: Any) -> AccountFile:
    return parsed_doc(**overrides)


def edited(**edits: dict[str, Any]) -> AccountFile:
    return doc(stakeholders=people(**edits))


def reasons(found: Any) -> list[tuple[str, str]]:
    return [(r.change.kind, r.change.subject) for r in found.reasons]


def test_an_unchanged_account_scores_zero_with_no_reasons() -> None:
    moved = movement(doc(), doc(), day=DAY)
    assert moved.score == 0 and moved.points == 0 and moved.reasons == ()


def test_an_improving_account_scores_above_zero_and_says_why() -> None:
    moved = movement(doc(), edited(s2={"stance": "supporter", "relationship": 3}))
    # skeptic → supporter: 2 steps × 2 points × influence 4; relationship +1 × 4
    assert moved.score == 16 + 4
    assert reasons(moved) == [("stance_changed", "s2"), ("relationship_changed", "s2")]


def test_a_worsening_account_scores_below_zero_the_biggest_loss_first() -> None:
    new = doc(stakeholders=people(s3={"stance": "blocker"}),
              account={**account_doc()["account"], "relationship_stage": "disintegrating"})
    moved = movement(doc(), new)
    # champion → blocker: 4 steps × 2 × influence 2; disintegrating: −30
    assert moved.score == -16 - 30
    assert reasons(moved) == [("stage_changed", "acme"), ("stance_changed", "s3")]


def test_influence_weighs_and_a_decision_maker_counts_twice() -> None:
    start = edited(s2={"stance": "neutral"}, s3={"stance": "neutral"})

    def step(sid: str) -> int:
        return movement(start, doc(stakeholders=[
            {**p, "stance": "supporter" if p["id"] == sid else p["stance"]}
            for p in (start.model_dump(mode="json")["stakeholders"])])).score

    assert step("s2") == 2 * 4 and step("s3") == 2 * 2  # influence 4 against 2
    assert step("s2") > step("s3")
    assert step("s1") == 2 * 5 * 2  # the economic buyer, influence 5, counts twice


def test_a_champion_leaving_costs_and_a_decision_maker_joining_as_supporter_earns() -> None:
    base = account_doc()
    gone = doc(stakeholders=[p for p in base["stakeholders"] if p["id"] != "s3"],
               influences=[])
    moved = movement(doc(), gone)
    # Jane: champion (+2 steps × 2) and relationship 3, influence 2, in full
    assert moved.score == -(4 + 3) * 2
    assert reasons(moved)[0] == ("person_removed", "s3")
    new = doc(stakeholders=[*base["stakeholders"], {
        "id": "s4", "name": "Li Na", "role": "decision_maker", "stance": "supporter",
        "influence": 4, "relationship": 2}])
    # joining counts half, the decision maker twice: 0.5 × (1 step × 2 + 2) × 4 × 2
    assert movement(doc(), new).score == 16
    newcomer = doc(stakeholders=[*base["stakeholders"], {
        "id": "s4", "name": "Li Na", "stance": "supporter", "influence": 4,
        "relationship": 2}])
    assert movement(doc(), newcomer).score == 8
    blocker_gone = movement(edited(s3={"stance": "blocker", "relationship": 0}), gone)
    assert blocker_gone.score == 8  # a blocker leaving is a relief


def test_lines_of_conflict_added_and_removed() -> None:
    line = {"source": "s1", "target": "s2", "kind": "conflict", "strength": 2}
    plain = account_doc()["influences"]
    added = movement(doc(), doc(influences=[*plain, line]))
    assert added.points == -3 * (5 + 4) / 2  # mean influence of the ends
    assert added.score == -14  # rounded away from zero, as people round
    assert movement(doc(influences=[*plain, line]), doc()).points == 3 * 4.5
    turned = [{**plain[0], "kind": "conflict"}]
    assert movement(doc(), doc(influences=turned)).points == -3 * (2 + 4) / 2
    # an ordinary line added is no movement of the relationships
    assert movement(doc(), doc(influences=[*plain, {**line, "kind": "formal"}])).score == 0


@pytest.mark.parametrize(("before", "after", "points"), [
    ("basic", "cooperative", 8),
    ("exploratory", "integrated", 32),
    ("interdependent", "basic", -16),
    ("integrated", "disintegrating", -30),
    ("basic", "disintegrating", -30),
    ("disintegrating", "basic", 30),
])
def test_stage_moves_up_and_down_the_ladder(before: str, after: str, points: int) -> None:
    account = account_doc()["account"]
    old = doc(account={**account, "relationship_stage": before})
    new = doc(account={**account, "relationship_stage": after})
    assert movement(old, new).score == points


def test_influence_gained_by_a_champion_is_good_by_a_blocker_bad() -> None:
    assert movement(doc(), edited(s3={"influence": 4})).score == 2 * 2 * 2
    blocker = edited(s2={"stance": "blocker"})
    assert movement(blocker, edited(s2={"stance": "blocker", "influence": 5})).score == -4


def test_health_moves_count_half_a_point_each_and_are_computed_on_one_day() -> None:
    found = [Change("health_moved", "acme", "Acme Corp", 50, 70)]
    assert movement(doc(), doc(), found=found).score == 10
    # the old version's contacts are not aged by the clock: same document, same day
    assert movement(doc(), doc(), day=DAY + dt.timedelta(days=400)).score == 0
    # a contact logged since raises health, and so the score
    logged = doc(interactions=[*account_doc()["interactions"], *[
        {"date": f"2026-11-{d:02d}", "stakeholder": "s2", "channel": "meeting",
         "summary": "Review"} for d in (5, 12, 19, 26)]])
    moved = movement(doc(), logged, day=DAY)
    assert [c.change.kind for c in moved.contributions] == ["health_moved"]
    assert moved.score > 0


def test_reasons_follow_the_direction_of_the_score_at_most_three() -> None:
    new = doc(stakeholders=people(
        s1={"stance": "supporter"}, s2={"stance": "champion", "relationship": 4},
        s3={"stance": "supporter"}))
    moved = movement(doc(), new)
    # s3 champion → supporter is −4: it counts, but explains nothing of the rise
    assert moved.score == 20 + 24 + 8 - 4
    assert reasons(moved) == [("stance_changed", "s2"), ("stance_changed", "s1"),
                              ("relationship_changed", "s2")]
    assert [(c.change.kind, c.change.subject) for c in moved.contributions] == [
        ("stance_changed", "s1"), ("stance_changed", "s2"), ("stance_changed", "s3"),
        ("relationship_changed", "s2")]  # in the changes' order
    assert movement(doc(), new) == moved  # deterministic


def test_changes_that_are_not_relationships_score_zero() -> None:
    new = doc(stakeholders=people(s2={"name": "Ольга Петрова", "department": "IT",
                                      "our_owner": "Anna", "role": "coach"}),
              risks=[{"id": "r1", "title": "Budget freeze", "likelihood": 4, "impact": 5}])
    assert changes(doc(), new)  # there is news …
    assert movement(doc(), new).score == 0  # … but the relationships did not move


def test_a_line_of_conflict_is_named_so_in_the_reasons() -> None:
    line = {"source": "s1", "target": "s2", "kind": "conflict", "strength": 2}
    plain = account_doc()["influences"]
    added = movement(doc(), doc(influences=[*plain, line]))
    assert [reason(r.change) for r in added.reasons] == ["Conflict: 王伟 → Ольга Иванова"]
    gone = movement(doc(influences=[*plain, line]), doc())
    assert [reason(r.change) for r in gone.reasons] == [
        "Conflict resolved: 王伟 → Ольга Иванова"]
    up = movement(doc(), edited(s2={"stance": "supporter"}))
    assert reason(up.reasons[0].change) == "Ольга Иванова: stance Skeptic → Supporter"
