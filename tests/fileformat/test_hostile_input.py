"""Hostile account files are refused cleanly: characters XML forbids, text that would
drive a terminal, numbers and lists too long to handle. Every problem is named by its
path, every value quoted in a message is safe to print, and nothing is built first."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import Services
from app.errors import MAX_LISTED, InvalidInput, Problem
from app.fileformat import parse_account_file, reader
from app.models.account import LIMITS, AccountFile, StakeholderRecord
from app.services.demo import demo_documents
from app.services.documents import rebuilt
from tests.conftest import account_doc, parsed_doc
from tests.fileformat.plan import plan_dict
from tests.fixtures.hostile_files import (
    C0_REFUSED,
    TERMINAL_TRICKS,
    XML_FORBIDDEN,
    crowded_account,
    hidden_characters,
    people,
    to_bytes,
    with_number,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "account-file.md"


def problems_of(data: dict[str, Any] | bytes) -> list[str]:
    raw = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode()
    with pytest.raises(InvalidInput) as info:
        parse_account_file(raw, "hostile.json")
    return [str(p) for p in info.value.problems]


def set_at(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """doc with the value at 'stakeholders[1].name' (or 'whitespace.units[0]') set."""
    steps = [int(s) if s.isdigit() else s for s in re.findall(r"\w+", path)]
    node = doc
    for step in steps[:-1]:
        node = node[step]
    node[steps[-1]] = value
    return doc


# -- item 8: characters XML forbids ----------------------------------------------------


@pytest.mark.parametrize("code", XML_FORBIDDEN)
def test_a_name_with_a_character_xml_forbids_is_refused_with_its_path(code: str) -> None:
    doc = account_doc()
    doc["stakeholders"][1]["name"] = f"Ольга{XML_FORBIDDEN[code]}Иванова"
    [problem] = problems_of(doc)
    assert problem.startswith(f"stakeholders[1].name: must not contain {code} "
                              "(a character XML forbids)")
    assert XML_FORBIDDEN[code] not in problem  # shown as an escape, not as itself


@pytest.mark.parametrize("path", [
    "account.id", "account.industry", "stakeholders[0].title", "stakeholders[0].notes",
    "influences[0].note", "stage_history[0].note", "interactions[0].summary",
    "whitespace.units[0]", "insights[0].text", "objectives[0].milestones[0].title",
    "kpis[0].unit",
])
def test_every_text_refuses_characters_xml_forbids(path: str) -> None:
    doc = set_at(plan_dict(whitespace={"units": ["North"], "offerings": ["Spare parts"]}),
                 path, "A\uffffB")
    assert [p.partition(" (got")[0] for p in problems_of(doc)] == [
        f"{path}: must not contain U+FFFF (a character XML forbids)"]


@pytest.mark.parametrize("name", C0_REFUSED)
def test_long_texts_refuse_control_characters_other_than_tab_and_line_breaks(
        name: str) -> None:
    doc = account_doc()
    doc["stakeholders"][0]["notes"] = f"before{C0_REFUSED[name]}after"
    [problem] = problems_of(doc)
    code = f"U+{ord(C0_REFUSED[name]):04X}"
    assert problem.startswith("stakeholders[0].notes: must not contain "
                              + ("a NUL character" if name == "NUL" else
                                 f"{code} (a control character; only tabs and line "
                                 "breaks are allowed)"))


def test_long_texts_keep_tabs_line_breaks_and_c1_controls() -> None:
    doc = account_doc()
    doc["stakeholders"][0]["notes"] = "a\tb\r\nc\nd\x85e"
    parsed = parse_account_file(json.dumps(doc).encode())
    assert parsed.stakeholders[0].notes == "a\tb\r\nc\nd\x85e"


def test_edits_in_the_app_are_refused_by_the_same_rule() -> None:
    doc = parsed_doc()
    person = doc.stakeholders[0].model_dump(mode="json") | {"name": "王\ufffe伟"}
    with pytest.raises(InvalidInput) as info:
        rebuilt(doc, stakeholders=[person, *doc.stakeholders[1:]])
    assert [str(p).partition(" (got")[0] for p in info.value.problems] == [
        "stakeholders[0].name: must not contain U+FFFE (a character XML forbids)"]


def test_the_demo_accounts_pass_the_rule() -> None:
    for doc in demo_documents():
        parse_account_file(doc.model_dump_json().encode())


# -- item 9: messages are data too -------------------------------------------------------


@pytest.mark.parametrize("trick", TERMINAL_TRICKS)
def test_a_quoted_reference_shows_control_characters_as_escapes(trick: str) -> None:
    doc = account_doc()
    doc["stakeholders"][1]["reports_to"] = f"s{trick}9"
    found = problems_of(doc)
    assert found and all(not hidden_characters(p) for p in found), found
    assert f'stakeholders[1].reports_to: unknown id "s{trick}9"' not in found


def test_a_hostile_key_is_escaped_and_cut_in_its_path() -> None:
    doc = account_doc()
    doc["account"]["tier\x1b[2J" + "x" * 10_000] = "key"
    [problem] = problems_of(doc)
    assert problem.startswith("account.tier\\x1b[2Jxxx") and problem.endswith("…: unknown key")
    assert len(problem) < 250


@pytest.mark.parametrize("section, value, start", [
    ("reports_to", "\u202e" * 5_000, 'stakeholders[1].reports_to: unknown id "\\u202e'),
    ("name", "Jane\u2066" + "x" * 5_000, "stakeholders[1].name: string should have at most 200"),
])
def test_long_values_are_cut_to_sixty_characters(section: str, value: str,
                                                  start: str) -> None:
    doc = account_doc()
    doc["stakeholders"][1][section] = value
    [problem] = [p for p in problems_of(doc) if p.startswith(start)]
    assert not hidden_characters(problem)
    quoted = problem[problem.index('"'):].removesuffix(")")
    assert len(quoted) == 60 and quoted.endswith("...")


def test_a_long_reporting_cycle_is_shown_by_its_ends_and_its_length() -> None:
    crowd = people(3_000)
    for i, person in enumerate(crowd):
        person["reports_to"] = f"p{(i + 1) % 3_000}"
    [problem] = problems_of(account_doc(stakeholders=crowd, influences=[], interactions=[]))
    assert problem.startswith("stakeholders[0].reports_to: reporting cycle p0 → p1 → ")
    assert problem.endswith(" → p9 → … → p0 (3,000 people)")


@pytest.mark.parametrize("digits", [101, 5_000, 100_000])
def test_a_number_with_thousands_of_digits_is_refused_by_its_path(digits: int) -> None:
    assert problems_of(with_number(digits)) == [
        f"account.annual_revenue: a number with {digits:,} digits is too long "
        "(at most 100 digits)"]


def test_a_long_decimal_number_is_refused_by_its_path() -> None:
    data = json.dumps(account_doc()).replace('"influence": 4', '"influence": 1'
                                             + "0" * 5_000 + ".5")
    assert problems_of(data.encode()) == [
        "stakeholders[1].influence: a number with 5,002 digits is too long "
        "(at most 100 digits)"]


def test_numbers_of_a_hundred_digits_reach_the_schema() -> None:
    [problem] = problems_of(with_number(100))
    assert problem.startswith("account.annual_revenue: input should be less than or equal "
                              "to 1000000000000000 (got 99999") and problem.endswith("...)")


@pytest.mark.parametrize("path", ["account.name", "stakeholders[2].notes",
                                  "interactions[0].summary", "stakeholders[1].reports_to"])
def test_a_lone_surrogate_is_one_clear_message_with_its_path(path: str) -> None:
    doc = set_at(account_doc(), path, "Jane \ud800 Doe")
    assert problems_of(to_bytes(doc)) == [
        f"{path}: must not contain U+D800 (half of a surrogate pair on its own: "
        "not a character)"]


def test_a_lone_surrogate_in_a_key_is_named_by_its_path() -> None:
    doc = account_doc()
    doc["account"]["tier\udfff"] = "key"
    assert problems_of(to_bytes(doc)) == [
        "account.tier\\udfff: a key must not contain U+DFFF (half of a surrogate pair on "
        "its own: not a character)"]


def test_a_surrogate_pair_is_one_character_and_welcome() -> None:
    doc = account_doc()
    doc["stakeholders"][0]["name"] = "王伟 \U0001f600"
    assert parse_account_file(to_bytes(doc)).stakeholders[0].name == "王伟 \U0001f600"


def test_an_encoded_surrogate_names_line_and_column() -> None:
    data = json.dumps(account_doc(), indent=2, ensure_ascii=False).encode()
    data = data.replace(b"Jane Doe", b"Jane \xed\xa0\x80Doe")
    [problem] = problems_of(data)
    line = data[:data.index(b"\xed")].count(b"\n") + 1
    assert problem.startswith(f"not UTF-8 text (bad byte 0xED at line {line} column ")
    assert "an encoded surrogate" in problem


def test_a_long_problem_list_is_cut_in_the_message_but_kept_whole() -> None:
    doc = crowded_account(5_000, influence="high")
    with pytest.raises(InvalidInput) as info:
        parse_account_file(json.dumps(doc).encode(), "crowd.json")
    assert len(info.value.problems) == 5_000
    lines = str(info.value).splitlines()
    assert lines[0] == "crowd.json: 5,000 problems, nothing was imported:"
    assert len(lines) == MAX_LISTED + 2
    assert lines[-1] == "  … and 4,950 more problems"


def test_problem_lines_are_safe_to_print_whatever_they_hold() -> None:
    problem = Problem("a\x1b[2J" * 1_000, "b\u202e\ud800" * 1_000)
    assert not hidden_characters(str(problem)) and len(str(problem)) <= 602
    err = InvalidInput("evil\x1b]0;x\x07.json", [problem])
    assert not hidden_characters(str(err))


# -- item 14: limits ---------------------------------------------------------------------


def test_a_hundred_thousand_people_are_refused_before_a_record_is_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the limit is checked before the records are built")

    monkeypatch.setattr(reader, "integrity_problems", must_not_run)
    monkeypatch.setattr(AccountFile, "model_validate_json", must_not_run)
    assert problems_of(crowded_account(100_000)) == [
        "stakeholders: 100,000 people; an account holds at most 5,000"]


@pytest.mark.parametrize("path", sorted(LIMITS))
def test_every_list_has_a_limit(path: str) -> None:
    limit = LIMITS[path]
    doc = plan_dict(whitespace={"units": [], "offerings": [], "cells": []},
                    objectives=[{"id": "o1", "title": "Grow"}],
                    reviews=[{"id": "r1", "date": "2026-10-01"}],
                    kpis=[{"id": "k1", "name": "Uptime"}])
    too_many = [{}] * (limit.most + 1)
    where = path.replace("[]", "[0]")
    set_at(doc, where, too_many)
    assert problems_of(doc) == [
        f"{where}: {limit.most + 1:,} {limit.noun}; {limit.holder} holds at most "
        f"{limit.most:,}"]


def test_an_account_at_the_limit_is_accepted() -> None:
    doc = parse_account_file(json.dumps(crowded_account(5_000)).encode())
    assert len(doc.stakeholders) == 5_000


def test_edits_in_the_app_are_held_to_the_same_limits() -> None:
    doc = parsed_doc()
    with pytest.raises(InvalidInput) as info:
        rebuilt(doc, stakeholders=people(5_001), influences=[], interactions=[])
    assert [str(p) for p in info.value.problems] == [
        "stakeholders: 5,001 people; an account holds at most 5,000"]


def test_the_limits_and_the_character_rule_are_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for path, limit in LIMITS.items():
        assert f"| `{path}` | {limit.most:,} |" in text, path
    for code in ("U+FFFE", "U+FDD0", "U+D800", "characters XML forbids"):
        assert code in text
    assert f"{reader.MAX_DIGITS} digits" in text


def test_an_account_stored_before_the_rules_still_opens_and_exports(
        services: Services, tmp_path: Path) -> None:
    """Nothing is lost: an account the database took before the limits and the character
    rule (a 5,001-person account, an escape character in a note) still opens in full
    and exports as it is; only a file or an edit is held to them."""
    old = [StakeholderRecord.model_construct(id=f"p{i}", name=f"Person {i}",
                                             notes="old \x1b[1mnote\ufffe")
           for i in range(5_001)]
    legacy = parsed_doc().model_copy(update={"stakeholders": old, "influences": [],
                                             "interactions": []})
    services.accounts.import_documents([legacy])
    doc = services.accounts.snapshot("acme")
    assert len(doc.stakeholders) == 5_001
    assert doc.stakeholders[-1].notes == "old \x1b[1mnote\ufffe"
    services.accounts.export("acme", tmp_path / "acme.json")
    exported = json.loads((tmp_path / "acme.json").read_text(encoding="utf-8"))
    assert len(exported["stakeholders"]) == 5_001
