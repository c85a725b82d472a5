"""Applying a plan: one new, valid account document and a summary a CLI can print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.contacts import layout, plan_import, read_source
from app.errors import InvalidInput
from app.fileformat.reader import integrity_problems
from app.models.account import AccountFile
from app.services.contacts import apply_import, plan_file
from tests.conftest import parsed_doc
from tests.contacts.samples import CHINESE_CSV, people, write


def test_one_valid_document_with_new_people_lines_and_updates(tmp_path: Path) -> None:
    doc = parsed_doc()
    result = apply_import(plan_file(doc, write(tmp_path, "zh.csv", CHINESE_CSV, "gbk")))
    new = result.doc
    assert new is not doc and result.changed
    assert AccountFile.model_validate(new.model_dump(mode="json"), strict=False) == new
    assert integrity_problems(new.model_dump(mode="json")) == []
    by_name = people(new)
    assert [p.id for p in new.stakeholders] == ["s1", "s2", "s3", "p01", "p02", "p03"]
    assert by_name["张磊"].reports_to == by_name["李静"].id
    assert by_name["李静"].reports_to == "s1" and by_name["李静"].position is None
    wang = by_name["王伟"]
    assert (wang.title, wang.stance, wang.influence) == ("总经理", "neutral", 5)  # kept
    assert new.influences == doc.influences and new.interactions == doc.interactions
    assert result.summary.lines()[0] == "3 created, 1 updated, 0 unchanged, 0 skipped"
    assert "  updated  row 2: 王伟 (s1, by name): Job title, Department, E-mail, Phone" in (
        result.summary.lines())


def test_skipped_rows_are_left_out_and_the_summary_says_why() -> None:
    text = "Name,Email,Manager\r\nAnna,anna@acme.de,\r\nBob,bad@,Anna\r\n,x@y.de,\r\nCarl,,Anna\r\n"
    plan = plan_import(parsed_doc(), layout(read_source(text.encode(), "c.csv")))
    result = apply_import(plan, skip=[5])
    names = set(people(result.doc))
    assert {"Anna", "Bob"} <= names and "Carl" not in names
    lines = result.summary.lines()
    assert lines[0] == "2 created, 0 updated, 0 unchanged, 2 skipped"
    assert "  skipped  row 4: (no name): no name" in lines
    assert "  skipped  row 5: Carl: skipped by you" in lines
    assert ("  warning  row 3: E-mail: must be an e-mail address such as "
            "anna.weber@example.com") in lines


def test_nothing_usable_is_one_error_and_nothing_changes() -> None:
    plan = plan_import(parsed_doc(), layout(read_source(
        b"Name,Title\r\n,CEO\r\n\x07,CFO\r\n", "c.csv")))
    with pytest.raises(InvalidInput) as err:
        apply_import(plan)
    assert [str(p) for p in err.value.problems] == [
        "row 2: no name", "row 3: Full name: must not contain control characters or line "
        "breaks"]
    ok = plan_import(parsed_doc(), layout(read_source(b"Name\r\nAnna\r\n", "c.csv")))
    with pytest.raises(InvalidInput, match="skipped by you"):
        apply_import(ok, skip=[2])


def test_an_account_full_of_people_refuses_the_import_with_the_limit() -> None:
    full = parsed_doc(stakeholders=[{"id": f"x{i}", "name": f"Person {i}"}
                                    for i in range(4_999)], influences=[], interactions=[])
    plan = plan_import(full, layout(read_source(b"Name\r\nAnna\r\nBob\r\n", "c.csv")))
    assert plan.people_after == 5_001
    with pytest.raises(InvalidInput, match="at most 5,000"):
        apply_import(plan)


def test_a_stance_the_file_changes_is_in_the_history_when_dated() -> None:
    doc = parsed_doc()  # 王伟 (s1) is neutral
    plan = plan_import(doc, layout(read_source("姓名,Stance\r\n王伟,Supporter\r\n".encode(),
                                               "stances.csv")))
    assert apply_import(plan).doc.stakeholder_history == doc.stakeholder_history
    dated = apply_import(plan, today=dt.date(2026, 11, 2)).doc
    (change,) = dated.stakeholder_history[len(doc.stakeholder_history):]
    assert (change.stakeholder, change.old, change.new, str(change.date)) == (
        "s1", "neutral", "supporter", "2026-11-02")
    assert change.note == "imported from stances.csv"
