"""``changes(old, new)``: every kind on hand-made pairs, and random edits found exactly."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import i18n
from app.assessment.changes import KINDS, Change, changes, describe, significant
from app.models.account import AccountFile
from tests.conftest import account_doc, parsed_doc


def doc(**overrides: Any) -> AccountFile:
    return parsed_doc(**overrides)


def people(**edits: dict[str, Any]) -> list[dict[str, Any]]:
    """The test account's people with some fields changed (by id)."""
    out = []
    for person in account_doc()["stakeholders"]:
        out.append({**person, **edits.get(person["id"], {})})
    return out


def kinds(found: list[Change]) -> list[tuple[str, str]]:
    return [(c.kind, c.subject) for c in found]


def test_the_same_document_has_no_changes() -> None:
    assert changes(doc(), doc()) == []


@pytest.mark.parametrize(("edit", "kind", "before", "after"), [
    ({"s2": {"stance": "supporter"}}, "stance_changed", "skeptic", "supporter"),
    ({"s2": {"relationship": 3}}, "relationship_changed", 2, 3),
    ({"s2": {"influence": 2}}, "influence_changed", 4, 2),
    ({"s2": {"role": "decision_maker"}}, "role_changed", None, "decision_maker"),
    ({"s2": {"our_owner": "Anna"}}, "owner_changed", None, "Anna"),
    ({"s2": {"name": "Ольга Петрова"}}, "person_renamed", "Ольга Иванова", "Ольга Петрова"),
])
def test_a_person_field_is_one_change_with_before_and_after(
        edit: dict[str, Any], kind: str, before: Any, after: Any) -> None:
    found = changes(doc(), doc(stakeholders=people(**edit)))
    assert kinds(found) == [(kind, "s2")]
    assert (found[0].before, found[0].after) == (before, after)
    assert found[0].people == ("s2",)


def test_a_new_manager_or_department_is_a_move() -> None:
    found = changes(doc(), doc(stakeholders=people(s3={"reports_to": "s1"})))
    assert kinds(found) == [("person_moved", "s3")]
    assert found[0].before["reports_to"] == "s2" and found[0].after["reports_to"] == "s1"
    found = changes(doc(), doc(stakeholders=people(s3={"department": "IT"})))
    assert kinds(found) == [("person_moved", "s3")]


def test_people_are_matched_by_id_not_by_name() -> None:
    renamed_and_new = people(s3={"name": "Jane Smith"}) + [
        {"id": "s4", "name": "Jane Doe", "stance": "neutral"}]
    found = changes(doc(), doc(stakeholders=renamed_and_new))
    assert kinds(found) == [("person_added", "s4"), ("person_renamed", "s3")]


def test_a_departure_takes_its_lines_with_it() -> None:
    left = [p for p in people() if p["id"] != "s3"]
    found = changes(doc(), doc(stakeholders=left, influences=[], interactions=[]))
    assert kinds(found) == [("person_removed", "s3"), ("line_removed", "s3>s2:informal")]
    assert found[0].name == "Jane Doe"


def test_lines_added_removed_and_changed() -> None:
    old = doc(influences=[{"id": "ln1", "source": "s3", "target": "s2", "strength": 2,
                           "kind": "informal"},
                          {"id": "ln2", "source": "s1", "target": "s3", "kind": "formal"}])
    new = doc(influences=[{"id": "ln1", "source": "s3", "target": "s2", "strength": 3,
                           "kind": "informal"},
                          {"id": "ln3", "source": "s2", "target": "s1", "kind": "conflict"}])
    found = changes(old, new)
    assert kinds(found) == [("line_added", "ln3"), ("line_removed", "ln2"),
                            ("line_changed", "ln1")]
    assert found[2].before["strength"] == 2 and found[2].after["strength"] == 3
    assert found[0].name == "Ольга Иванова → 王伟"


def test_a_line_that_got_an_id_is_the_same_line() -> None:
    old = doc(influences=[{"source": "s3", "target": "s2", "strength": 2}])
    new = doc(influences=[{"id": "ln1", "source": "s3", "target": "s2", "strength": 2}])
    assert changes(old, new) == []


def test_the_stage() -> None:
    new = doc(account={**account_doc()["account"], "relationship_stage": "cooperative"})
    found = changes(doc(), new)
    assert kinds(found) == [("stage_changed", "acme")]
    assert (found[0].before, found[0].after) == ("basic", "cooperative")


def risk(rid: str = "r1", **fields: Any) -> dict[str, Any]:
    return {"id": rid, "title": "Budget freeze", "likelihood": 3, "impact": 4,
            "status": "open", **fields}


@pytest.mark.parametrize(("old", "new", "expected"), [
    ([], [risk()], ["risk_opened"]),
    ([], [risk(status="closed")], []),  # recorded already closed: nothing to watch
    ([risk()], [risk(status="closed")], ["risk_closed"]),
    ([risk(status="closed")], [risk()], ["risk_opened"]),  # reopened
    ([risk()], [risk(likelihood=5)], ["risk_rerated"]),
    ([risk()], [risk(status="mitigating")], []),
    ([risk()], [], ["risk_closed"]),  # deleted while open
    ([risk(status="closed")], [], []),
])
def test_risks(old: list[dict[str, Any]], new: list[dict[str, Any]],
               expected: list[str]) -> None:
    assert [c.kind for c in changes(doc(risks=old), doc(risks=new))] == expected


def test_objective_status() -> None:
    def objective(status: str | None) -> dict[str, Any]:
        return {"id": "o1", "title": "Pilot in Q3", "status": status}

    found = changes(doc(objectives=[objective("on_track")]),
                    doc(objectives=[objective("at_risk")]))
    assert kinds(found) == [("objective_status_changed", "o1")]
    assert (found[0].before, found[0].after) == ("on_track", "at_risk")
    assert changes(doc(), doc(objectives=[objective("planned")])) == []


def test_health_moves_of_five_points_or_more_only() -> None:
    day = dt.date(2026, 11, 1)
    cold = doc(stakeholders=people(s1={"relationship": 0}, s2={"relationship": 0},
                                   s3={"relationship": 0}))
    warm = doc(stakeholders=people(s1={"relationship": 4, "stance": "champion"},
                                   s2={"relationship": 4, "stance": "champion"}))
    found = changes(cold, warm, old_day=day, new_day=day)
    assert [c.kind for c in found if c.kind == "health_moved"] == ["health_moved"]
    moved = next(c for c in found if c.kind == "health_moved")
    assert moved.after - moved.before >= 5
    assert all(c.kind != "health_moved" for c in changes(warm, warm, old_day=day,
                                                         new_day=day))
    assert all(c.kind != "health_moved" for c in changes(cold, warm))  # no days: no health


def test_every_kind_is_worded_in_each_language() -> None:
    examples = [Change(k, "x", "王丽娜", before, after) for k, before, after in (
        ("person_added", None, {}), ("person_removed", {}, None),
        ("person_renamed", "Old", "王丽娜"),
        ("person_moved", {"reports_to": "a", "department": None},
         {"reports_to": "b", "department": None}),
        ("role_changed", None, "coach"), ("stance_changed", "neutral", "supporter"),
        ("relationship_changed", 1, 3), ("influence_changed", 2, 4),
        ("owner_changed", None, "Anna"), ("line_added", None, {}),
        ("line_removed", {}, None), ("line_changed", {}, {}),
        ("stage_changed", "basic", "cooperative"),
        ("risk_opened", None, {}), ("risk_closed", {}, None),
        ("risk_rerated", {"likelihood": 2, "impact": 2}, {"likelihood": 4, "impact": 5}),
        ("objective_status_changed", "on_track", "at_risk"), ("health_moved", 60, 72))]
    assert sorted(c.kind for c in examples) == sorted(KINDS)
    english = [describe(c, {"b": "Иван"}) for c in examples]
    assert english[5] == "王丽娜: stance Neutral → Supporter"
    assert "Иван" in english[3] and "4 → 20" in english[15]
    for lang in ("zh_CN", "ru"):
        with i18n.language(lang):
            words = [describe(c, {"b": "Иван"}) for c in examples]
        assert all(w != e for w, e in zip(words, english, strict=True)), lang
        assert all("王丽娜" in w for w in words[:3] + words[4:12]), lang


def test_significant_changes_come_weightiest_first() -> None:
    new = doc(stakeholders=people(s2={"stance": "supporter", "our_owner": "Anna"}),
              account={**account_doc()["account"], "relationship_stage": "cooperative"})
    found = significant(changes(doc(), new))
    assert [c.kind for c in found] == ["stance_changed", "stage_changed"]


# -- random edits, found exactly -------------------------------------------------------
STANCES = ("champion", "supporter", "neutral", "skeptic", "blocker")
#: one edit: (what, which person, value); people are s1…s3 of the test account
EDITS = st.one_of(
    st.tuples(st.just("stance"), st.sampled_from(["s1", "s2", "s3"]),
              st.sampled_from(STANCES)),
    st.tuples(st.just("relationship"), st.sampled_from(["s1", "s2", "s3"]),
              st.integers(0, 4)),
    st.tuples(st.just("influence"), st.sampled_from(["s1", "s2", "s3"]), st.integers(1, 5)),
    st.tuples(st.just("add"), st.sampled_from(["n1", "n2"]), st.just(None)),
    st.tuples(st.just("remove"), st.sampled_from(["s3"]), st.just(None)),
    st.tuples(st.just("stage"), st.just("acme"),
              st.sampled_from(["exploratory", "basic", "cooperative", "integrated"])),
)
EXPECTED = {"stance": "stance_changed", "relationship": "relationship_changed",
            "influence": "influence_changed", "add": "person_added",
            "remove": "person_removed", "stage": "stage_changed"}


@settings(max_examples=150, deadline=None)
@given(st.lists(EDITS, max_size=8))
def test_random_edits_are_found_exactly(edits: list[tuple[str, str, Any]]) -> None:
    old = account_doc()
    new: dict[str, Any] = {**old, "stakeholders": [dict(p) for p in old["stakeholders"]],
                           "account": dict(old["account"]), "influences": list(
                               old["influences"]), "interactions": list(old["interactions"])}
    for what, who, value in edits:
        by_id = {p["id"]: p for p in new["stakeholders"]}
        if what in ("stance", "relationship", "influence") and who in by_id:
            by_id[who][what] = value
        elif what == "add" and who not in by_id:
            new["stakeholders"].append({"id": who, "name": f"New {who}"})
        elif what == "remove" and who in by_id:
            new["stakeholders"].remove(by_id[who])
            new["influences"] = [x for x in new["influences"] if who not in
                                 (x["source"], x["target"])]
            new["interactions"] = [x for x in new["interactions"] if x["stakeholder"] != who]
        elif what == "stage":
            new["account"]["relationship_stage"] = value
    before = {p["id"]: p for p in old["stakeholders"]}
    after = {p["id"]: p for p in new["stakeholders"]}
    expected: set[tuple[str, str]] = set()
    for sid, person in after.items():
        if sid not in before:
            expected.add(("person_added", sid))
            continue
        for field in ("stance", "relationship", "influence"):
            if person.get(field) != before[sid].get(field):
                expected.add((EXPECTED[field], sid))
    expected |= {("person_removed", sid) for sid in before if sid not in after}
    if "s3" not in after:
        expected.add(("line_removed", "s3>s2:informal"))
    if new["account"]["relationship_stage"] != old["account"]["relationship_stage"]:
        expected.add(("stage_changed", "acme"))
    found = changes(AccountFile.model_validate(old, strict=False),
                    AccountFile.model_validate(new, strict=False))
    assert set(kinds(found)) == expected
    assert len(found) == len(expected)  # each once
