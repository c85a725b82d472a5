"""Bad account files are refused as a whole, every problem named by its JSON path."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.errors import InvalidInput
from app.fileformat import parse_account_file
from tests.conftest import account_doc


def problems_of(doc: Any) -> list[str]:
    data = doc if isinstance(doc, bytes) else json.dumps(doc, ensure_ascii=False).encode()
    with pytest.raises(InvalidInput) as info:
        parse_account_file(data, "test.json")
    return [str(p) for p in info.value.problems]


def test_valid_file_is_accepted_with_its_unicode_names() -> None:
    doc = parse_account_file(json.dumps(account_doc(), ensure_ascii=False).encode())
    assert [s.name for s in doc.stakeholders] == ["王伟", "Ольга Иванова", "Jane Doe"]
    assert doc.stakeholders[1].reports_to == "s1"


def test_optional_keys_may_be_omitted_or_null() -> None:
    doc = account_doc(stakeholders=[{"id": "a", "name": "A", "title": None}],
                      influences=[], interactions=[], stage_history=[])
    del doc["account"]["tier"]
    parsed = parse_account_file(json.dumps(doc).encode())
    assert parsed.account.tier is None and parsed.stakeholders[0].title is None


def test_not_json_names_line_and_column() -> None:
    assert problems_of(b'{"format": "rapport-account",\n  "version": 1,,}') == [
        "not valid JSON: Expecting property name enclosed in double quotes at line 2 column 16"
    ]


@pytest.mark.parametrize("data, expected", [
    (b"", "file is empty"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "expected a JSON object"),
    (b'{"format": "something-else"}', "format: not a Rapport account file"),
    (b'{"format": "rapport-account", "version": 7}', "version: version 7 was written by a newer"),
    (b'{"format": "rapport-account", "version": 1, "version": 1}', 'the key "version" appears'),
])
def test_unreadable_files(data: bytes, expected: str) -> None:
    assert expected in problems_of(data)[0]


def test_wrong_type_names_the_field() -> None:
    doc = account_doc()
    doc["stakeholders"][0]["influence"] = "5"
    assert problems_of(doc) == ['stakeholders[0].influence: input should be a valid integer '
                                '(got "5")']


def test_unknown_enum_value() -> None:
    doc = account_doc()
    doc["account"]["tier"] = "gold"
    (problem,) = problems_of(doc)
    assert problem.startswith("account.tier: input should be 'strategic', 'key'")
    assert '(got "gold")' in problem


def test_unknown_key() -> None:
    doc = account_doc()
    doc["stakeholders"][2]["shoe_size"] = 44
    assert problems_of(doc) == ["stakeholders[2].shoe_size: unknown key"]


def test_dangling_references_are_all_listed() -> None:
    doc = account_doc()
    doc["stakeholders"][2]["reports_to"] = "s99"
    doc["influences"].append({"source": "s1", "target": "ghost"})
    doc["interactions"][0]["stakeholder"] = "nobody"
    assert problems_of(doc) == [
        'stakeholders[2].reports_to: unknown id "s99"',
        'influences[1].target: unknown id "ghost"',
        'interactions[0].stakeholder: unknown id "nobody"',
    ]


def test_reporting_cycle() -> None:
    doc = account_doc()
    doc["stakeholders"][0]["reports_to"] = "s3"  # s1 -> s3 -> s2 -> s1
    assert problems_of(doc) == ["stakeholders[0].reports_to: reporting cycle s1 → s3 → s2 → s1"]


def test_self_reporting_is_a_cycle() -> None:
    doc = account_doc()
    doc["stakeholders"][1]["reports_to"] = "s2"
    assert problems_of(doc) == ["stakeholders[1].reports_to: reporting cycle s2 → s2"]


def test_duplicate_ids() -> None:
    doc = account_doc()
    doc["stakeholders"].append({"id": "s2", "name": "Someone Else"})
    assert problems_of(doc) == ['stakeholders[3].id: duplicate id "s2" (also stakeholders[1])']


def test_self_influence() -> None:
    doc = account_doc()
    doc["influences"][0]["target"] = "s3"
    assert problems_of(doc) == ["influences[0].target: a stakeholder cannot influence themselves"]


@pytest.mark.parametrize("path, value, expected", [
    (("account", "name"), "   ", "account.name: must not be empty"),
    (("account", "name"), "x" * 201, "account.name: string should have at most 200 characters"),
    (("account", "annual_revenue"), -5, "account.annual_revenue: input should be greater than"),
    (("account", "annual_revenue"), 1e16, "account.annual_revenue: input should be less than"),
    (("account", "currency"), "euro", "account.currency: must be a 3-letter ISO 4217 code"),
    (("account", "id"), "a\nb", "account.id: must not contain control characters"),
    (("version",), True, "version: must be the whole number 1 (got true)"),
    (("version",), 2.0, "version: must be the whole number 1"),
    (("stakeholders", 0, "relationship"), 9, "stakeholders[0].relationship: input should be less"),
    (("stakeholders", 0, "last_contact"), "01/02/2026", "stakeholders[0].last_contact: must "
                                                        "be a date written YYYY-MM-DD"),
    (("stakeholders", 0, "last_contact"), "2026-02-30", "stakeholders[0].last_contact: not a "
                                                        "real date (day value is outside"),
    (("stakeholders", 0, "last_contact"), "9999-12-31", "stakeholders[0].last_contact: must "
                                                        "be between 1900-01-01 and 2199-12-31"),
    (("actions",), [{"id": "a1", "title": "x", "due": "0001-01-01"}],
     "actions[0].due: must be between 1900-01-01 and 2199-12-31"),
    (("stakeholders", 0, "notes"), "a\x00b", "stakeholders[0].notes: must not contain a NUL"),
    (("stakeholders", 0, "name"), "Li\nWei", "stakeholders[0].name: must not contain control"),
    (("risks",), [{"id": "r1", "title": "x", "risk": "x"}], "risks[0].risk: unknown key"),
    (("risks",), None, "risks: input should be a valid array"),
])
def test_bad_values(path: tuple[Any, ...], value: Any, expected: str) -> None:
    doc = account_doc()
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    problems = problems_of(doc)
    assert any(p.startswith(expected) for p in problems), problems


def test_every_problem_of_a_file_is_reported_at_once_in_file_order() -> None:
    doc = account_doc()
    doc["account"]["tier"] = "gold"
    doc["stakeholders"][0]["stance"] = "hostile"
    doc["stakeholders"][1]["influence"] = 11
    doc["stakeholders"][1]["reports_to"] = "ghost"  # a reference problem among type problems
    doc["influences"][0]["source"] = 7  # wrong type: reported once, by the schema
    paths = [p.split(":")[0] for p in problems_of(doc)]
    assert paths == ["account.tier", "stakeholders[0].stance", "stakeholders[1].influence",
                     "stakeholders[1].reports_to", "influences[0].source"]


def test_absurdly_nested_json_is_refused_cleanly() -> None:
    data = b'{"format": "rapport-account", "version": 1, "account": ' + b"[" * 100_000
    data += b"]" * 100_000 + b"}"
    assert problems_of(data) == ["nested too deeply to be an account file"]


def test_assessment_sections_are_checked_like_the_rest() -> None:
    doc = account_doc(
        stakeholder_history=[
            {"date": "2026-03-01", "stakeholder": "s9", "field": "stance", "old": "neutral",
             "new": "supporter"},
            {"date": "2026-03-02", "stakeholder": "s1", "field": "relationship", "old": 2,
             "new": 7},
            {"date": "2026-03-03", "stakeholder": "s1", "field": "mood"},
        ],
        stage_evidence=[{"criterion": "integrated.joint_teams"},
                        {"criterion": "integrated.joint_teams"},
                        {"criterion": "basic.trading"}],
        selection={"revenue": 6, "charm": 3},
        whitespace={"units": ["Завод", "Завод"], "offerings": ["传感器"],
                    "cells": [{"unit": "Склад", "offering": "传感器", "status": "has"},
                              {"unit": "Завод", "offering": "传感器", "status": "has",
                               "value": 10.0},
                              {"unit": "Завод", "offering": "传感器", "status": "maybe"}]},
    )
    assert problems_of(doc) == [
        'stakeholder_history[0].stakeholder: unknown id "s9"',
        "stakeholder_history[1].new: input should be less than or equal to 4 (got 7)",
        "stakeholder_history[2].field: must be one of 'stance', 'relationship' (got \"mood\")",
        'stage_evidence[1].criterion: "integrated.joint_teams" is listed twice '
        "(also stage_evidence[0])",
        "stage_evidence[2].criterion: input should be 'basic.qualified_supplier', "
        "'cooperative.reviews_held', 'cooperative.preferred_supplier', "
        "'interdependent.our_executive_sponsor', 'interdependent.joint_plans', "
        "'interdependent.strategic_information', 'integrated.joint_teams', "
        "'integrated.shared_systems' or 'integrated.joint_value' (got \"basic.trading\")",
        "selection.charm: unknown key",
        "selection.revenue: input should be less than or equal to 5 (got 6)",
        'whitespace.units[1]: "Завод" is listed twice',
        'whitespace.cells[0].unit: "Склад" is not in whitespace.units',
        "whitespace.cells[1].value: only an opportunity has an estimated value",
        "whitespace.cells[2].status: input should be 'has', 'opportunity', 'competitor' or "
        "'not_relevant' (got \"maybe\")",
        "whitespace.cells[2]: a second cell for \"Завод\" × \"传感器\" (also whitespace.cells[1])",
    ]
