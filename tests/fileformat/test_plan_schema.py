"""The account plan in the file format: every section checked strictly, every
cross-reference named by its path, in file order."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.fileformat import parse_account_file
from app.fileformat.reader import integrity_problems
from app.models.account import RiskRecord
from app.models.enums import ActionStatus, Escalation, TeamRole, label
from tests.conftest import account_doc
from tests.fileformat.plan import plan_dict
from tests.fileformat.test_reader import problems_of


def test_a_full_plan_is_accepted_in_every_script() -> None:
    doc = parse_account_file(json.dumps(plan_dict(), ensure_ascii=False).encode())
    assert [m.role for m in doc.team] == [TeamRole.ACCOUNT_LEAD, TeamRole.TECHNICAL_LEAD,
                                          TeamRole.EXECUTIVE_SPONSOR]
    assert doc.insights[0].confirmed and not doc.insights[1].confirmed
    assert [m.done for m in doc.objectives[0].milestones] == [True, False]
    assert doc.objectives[0].target_value == 2_500_000.0
    assert doc.risks[0].internal and not doc.risks[1].internal
    assert [r.score for r in doc.risks] == [20, 6]
    assert doc.actions[1].status is ActionStatus.DONE
    assert doc.reviews[0].follow_ups == ["a1"] and doc.reviews[1].our_attendees == []
    assert doc.kpis[0].higher_is_better and not doc.kpis[1].higher_is_better
    assert doc.interactions[0].participants == ["s1", "s2"]


def test_files_of_the_previous_version_with_empty_plan_lists_stay_valid() -> None:
    doc = account_doc(objectives=[], risks=[], actions=[], reviews=[], kpis=[], team=[])
    parsed = parse_account_file(json.dumps(doc).encode())
    assert parsed.risks == [] and parsed.interactions[0].participants == []


def test_risk_score_needs_both_likelihood_and_impact() -> None:
    assert RiskRecord(id="r", title="x", likelihood=3, impact=5).score == 15
    assert RiskRecord(id="r", title="x", likelihood=3).score is None
    assert RiskRecord(id="r", title="x").score is None


def test_labels_of_the_new_vocabularies() -> None:
    assert label(TeamRole.EXECUTIVE_SPONSOR) == "Executive sponsor"
    assert label(Escalation.NONE) == "Not escalated"
    assert label(ActionStatus.IN_PROGRESS) == "In progress"


# The three bad values the issue names, each refused with its path and a clear message.

def test_likelihood_7_is_refused() -> None:
    doc = plan_dict()
    doc["risks"][1]["likelihood"] = 7
    assert problems_of(doc) == ["risks[1].likelihood: input should be less than or equal to 5 "
                                "(got 7)"]


def test_a_due_date_that_is_not_a_date_is_refused() -> None:
    doc = plan_dict()
    doc["actions"][0]["due"] = "next Friday"
    [problem] = problems_of(doc)
    assert problem.startswith("actions[0].due: must be a date written YYYY-MM-DD, such as ")
    assert problem.endswith('(got "next Friday")')


def test_an_action_owned_by_an_unknown_team_member_is_refused() -> None:
    doc = plan_dict()
    doc["actions"][1]["owner"] = "Lena Fischer"  # a name, not a team member id
    assert problems_of(doc) == ['actions[1].owner: unknown team member "Lena Fischer"']


@pytest.mark.parametrize("path, value, expected", [
    (("insights", 1, "text"), "  ", "insights[1].text: must not be empty"),
    (("insights", 1, "kind"), "dream", "insights[1].kind: input should be 'goal', 'pressure' "
                                       "or 'initiative'"),
    (("insights", 1, "confirmed"), "yes", "insights[1].confirmed: input should be a valid "
                                          "boolean"),
    (("objectives", 0, "target_value"), "2.5M", "objectives[0].target_value: input should be "
                                                "a valid number"),
    (("objectives", 0, "milestones", 1, "title"), "", "objectives[0].milestones[1].title: "
                                                      "must not be empty"),
    (("objectives", 1, "status"), "late", "objectives[1].status: input should be 'planned'"),
    (("revenue_plan", 0, "quarter"), 5, "revenue_plan[0].quarter: input should be less than "
                                        "or equal to 4"),
    (("revenue_plan", 0, "year"), 26, "revenue_plan[0].year: input should be greater than or "
                                      "equal to 1990"),
    (("revenue_plan", 1, "planned"), -1, "revenue_plan[1].planned: input should be greater"),
    (("team", 0, "email"), "anna", "team[0].email: must be an e-mail address"),
    (("risks", 0, "impact"), 0, "risks[0].impact: input should be greater than or equal to 1"),
    (("risks", 0, "likelihood"), "4", "risks[0].likelihood: input should be a valid integer"),
    (("risks", 0, "category"), "weather", "risks[0].category: input should be 'financial'"),
    (("risks", 0, "escalation"), "board", "risks[0].escalation: input should be 'none'"),
    (("actions", 0, "status"), "started", "actions[0].status: input should be 'open'"),
    (("reviews", 1, "date"), None, "reviews[1].date: input should be a valid date"),
    (("reviews", 0, "our_attendees"), "t1", "reviews[0].our_attendees: input should be a "
                                            "valid array"),
    (("kpis", 0, "values", 1, "value"), "93%", "kpis[0].values[1].value: input should be a "
                                               "valid number"),
    (("team", 0, "name"), "Anna\nWeber", "team[0].name: must not contain control characters"),
    (("team", 0, "role"), "ceo", "team[0].role: input should be 'account_lead'"),
])
def test_bad_plan_values(path: tuple[Any, ...], value: Any, expected: str) -> None:
    doc = plan_dict()
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    problems = problems_of(doc)
    assert any(p.startswith(expected) for p in problems), problems


@pytest.mark.parametrize("literal", ["1e999", "NaN", "-Infinity"])
def test_kpi_values_and_targets_must_be_finite(literal: str) -> None:
    text = json.dumps(plan_dict(), ensure_ascii=False).replace('"value": 4}',
                                                                f'"value": {literal}}}')
    assert literal in text
    [problem] = problems_of(text.encode())
    assert problem.startswith("kpis[1].values[0].value: input should be a finite number")


def test_required_keys_of_the_plan() -> None:
    doc = account_doc(team=[{"id": "t1"}], insights=[{"id": "i1", "kind": "goal"}],
                      risks=[{"title": "No id"}], reviews=[{"id": "rv1"}],
                      kpis=[{"id": "k1", "name": "x", "values": [{"date": "2026-01-01"}]}])
    assert problems_of(doc) == [
        "team[0].name: required key is missing",
        "insights[0].text: required key is missing",
        "risks[0].id: required key is missing",
        "reviews[0].date: required key is missing",
        "kpis[0].values[0].value: required key is missing",
    ]


@pytest.mark.parametrize("section", ["team", "insights", "objectives", "risks", "actions",
                                     "reviews", "kpis"])
def test_ids_are_unique_within_each_plan_section(section: str) -> None:
    doc = plan_dict()
    first = doc[section][0]
    doc[section].append({**first, "follow_ups": []} if section == "reviews" else dict(first))
    if section == "kpis":
        doc[section][-1]["values"] = []
    if section == "team":  # a second name would be a problem of its own
        doc[section][-1]["name"] = "Anna Weber (2)"
    index = len(doc[section]) - 1
    assert problems_of(doc) == [f'{section}[{index}].id: duplicate id "{first["id"]}" '
                                f"(also {section}[0])"]


def test_the_same_id_in_different_sections_is_fine() -> None:
    doc = plan_dict()
    doc["team"].append({"id": "x", "name": "X"})
    doc["risks"].append({"id": "x", "title": "X", "owner": "x"})
    doc["actions"].append({"id": "x", "title": "X", "owner": "x", "risk": "x"})
    parsed = parse_account_file(json.dumps(doc).encode())
    assert parsed.actions[-1].risk == parsed.actions[-1].owner == "x"


def test_every_unknown_reference_is_listed_in_file_order() -> None:
    doc = plan_dict()
    doc["interactions"][0]["participants"] = ["s1", "nobody"]
    doc["objectives"][0]["owner"] = "t9"
    doc["risks"][1]["owner"] = "s1"  # a stakeholder is not a team member
    doc["actions"][0].update(owner="t9", objective="o9", risk="r9", stakeholder="t1")
    doc["reviews"][0].update(our_attendees=["t1", "s1"], their_attendees=["t2"],
                             follow_ups=["a1", "a7"])
    assert problems_of(doc) == [
        'interactions[0].participants[1]: unknown stakeholder "nobody"',
        'objectives[0].owner: unknown team member "t9"',
        'risks[1].owner: unknown team member "s1"',
        'actions[0].owner: unknown team member "t9"',
        'actions[0].objective: unknown objective "o9"',
        'actions[0].risk: unknown risk "r9"',
        'actions[0].stakeholder: unknown stakeholder "t1"',
        'reviews[0].our_attendees[1]: unknown team member "s1"',
        'reviews[0].their_attendees[0]: unknown stakeholder "t2"',
        'reviews[0].follow_ups[1]: unknown action "a7"',
    ]


def test_one_revenue_line_per_quarter_and_one_kpi_value_per_day() -> None:
    doc = plan_dict()
    doc["revenue_plan"].append({"year": 2026, "quarter": 4, "planned": 1.0})
    doc["kpis"][0]["values"].append({"date": "2026-09-30", "value": 99})
    assert problems_of(doc) == [
        "revenue_plan[2]: a second line for Q4 2026 (also revenue_plan[0])",
        "kpis[0].values[2].date: a second value for 2026-09-30 (also kpis[0].values[0])",
    ]


def test_schema_and_reference_problems_of_the_plan_come_in_file_order() -> None:
    doc = plan_dict()
    doc["kpis"][0]["values"][0]["value"] = "x"  # schema, values[0]
    doc["kpis"][0]["values"].append({"date": "2026-10-31", "value": 1})  # reference, values[2]
    doc["kpis"][0]["unit"] = "a\nb"  # schema, a plain key of the entry: first
    doc["reviews"][0]["their_attendees"] = ["ghost"]  # reference, a list of the entry
    doc["reviews"][0]["title"] = 5  # schema, a plain key: first
    doc["actions"][1]["owner"] = "ghost"
    doc["actions"][0]["due"] = "soon"
    paths = [p.split(":")[0] for p in problems_of(doc)]
    assert paths == ["actions[0].due", "actions[1].owner", "reviews[0].title",
                     "reviews[0].their_attendees[0]", "kpis[0].unit", "kpis[0].values[0].value",
                     "kpis[0].values[2].date"]


def test_integrity_problems_alone_come_in_file_order() -> None:
    """Edits in the app check documents with integrity_problems directly."""
    doc = plan_dict()
    doc["kpis"][0]["values"].append({"date": "2026-10-31", "value": 1})
    doc["team"].append({"id": "t1", "name": "Again"})
    doc["stakeholders"][2]["reports_to"] = "zz"
    doc["actions"][0]["owner"] = "zz"
    assert [p.path for p in integrity_problems(doc)] == [
        "stakeholders[2].reports_to", "team[3].id", "actions[0].owner", "kpis[0].values[2].date"]


def test_two_team_members_of_one_name_are_refused_in_a_file() -> None:
    doc = plan_dict()
    doc["team"].append({"id": "t9", "name": "tom  becker"})
    assert problems_of(doc) == [
        'team[3].name: "tom  becker" is in the team already (team[1]): give each member a '
        "different name"]


def test_files_written_before_sharing_existed_import_unchanged_and_unshared() -> None:
    doc = parse_account_file(json.dumps(plan_dict(whitespace={
        "units": ["Склад"], "offerings": ["WMS"],
        "cells": [{"unit": "Склад", "offering": "WMS", "status": "has"}]}),
        ensure_ascii=False).encode())
    entries = [*doc.team, *doc.insights, *doc.objectives, *doc.revenue_plan, *doc.risks,
               *doc.actions, *doc.reviews, *doc.kpis, *doc.whitespace.cells]  # type: ignore[union-attr]
    assert len(entries) == 18 and not any(e.client_visible for e in entries)


def test_shared_with_the_customer_must_be_a_boolean() -> None:
    doc = plan_dict()
    doc["actions"][1]["client_visible"] = "yes"
    doc["kpis"][0]["client_visible"] = 1
    assert problems_of(doc) == [
        'actions[1].client_visible: input should be a valid boolean (got "yes")',
        "kpis[0].client_visible: input should be a valid boolean (got 1)"]
