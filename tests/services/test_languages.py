"""The use cases' own words in Chinese and Russian (issue 15): rescue reports, the review
calendar, default review titles, refused edits."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app import i18n
from app.errors import InvalidInput
from app.services.account_edits import remove_stage_entry
from app.services.calendar import reviews_calendar
from app.services.plan_edits import schedule_reviews
from tests.conftest import parsed_doc
from tests.services.test_rescue import _demo_ural, _rescued

pytestmark = pytest.mark.both_stores


def test_a_rescue_in_russian_leaves_out_what_cannot_stand(db_path: Path) -> None:
    with i18n.language("ru"):
        result = _rescued(db_path, "UPDATE accounts SET document=json_set(document, "
                                   "'$.stakeholders[0].name', 42) WHERE id={aid}")
        report = result.report("rapport.sqlite", Path("u.json"), dt.datetime(2026, 12, 1))
    original = _demo_ural()
    assert [p.id for p in result.doc.stakeholders] == [p.id for p in original.stakeholders[1:]]
    assert result.repairs[0] == ("stakeholders[0].name: должно быть строкой (получено 42): "
                                 "запись пропущена")
    assert report.splitlines()[:2] == ['Спасение клиента "demo-ural" ("ТрансЛогистик Урал")',
                                       "из rapport.sqlite, 2026-12-01 00:00."]
    assert re.search(r"^Не удалось прочитать \(\d+ мест[оа]?\):$", report, re.M)


def test_the_review_calendar_and_new_reviews_in_chinese() -> None:
    doc = parsed_doc()
    with i18n.language("zh_CN"):
        doc = schedule_reviews(doc, dt.date(2027, 1, 15), count=1)
        ical = reviews_calendar(doc, dt.datetime(2026, 12, 1, tzinfo=dt.UTC)).decode()
    assert doc.reviews[0].title == "2027 年第 1 季度客户回顾"
    unfolded = ical.replace("\r\n ", "")
    assert "X-WR-CALNAME:Acme Corp：客户回顾" in unfolded
    assert "SUMMARY:Acme Corp：2027 年第 1 季度客户回顾" in unfolded


def test_a_refused_edit_in_russian() -> None:
    with i18n.language("ru"), pytest.raises(InvalidInput) as caught:
        remove_stage_entry(parsed_doc(), 7)
    assert [p.message for p in caught.value.problems] == ["Этой смены стадии больше нет"]
