"""The assessment speaks the language of the moment: findings, health reasons, stage
criteria, tier and selection texts and plan rows come out in Russian and Chinese under
``with i18n.language(...)`` — with the people's names, the figures and the stable keys
(a finding's ``kind``, a criterion's ``id``, a component's ``key``) untouched — and in
English again outside the block."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from app import i18n
from app.assessment import plan_rows
from app.assessment.agenda import agenda
from app.assessment.health import COMPONENTS, health, health_findings
from app.assessment.people import relationship_shape
from app.assessment.selection import kam_fit
from app.assessment.settings import ScoringSettings, parse_settings
from app.assessment.stages import CRITERIA, evaluate, stage_findings
from app.assessment.tiering import computed_tier, tier_findings
from app.assessment.whitespace import whitespace_findings
from app.assessment.wording import names
from app.errors import InvalidInput
from app.models.account import AccountFile
from tests.conftest import parsed_doc

TODAY = dt.date(2026, 11, 20)
DEFAULT = ScoringSettings()
NBSP = "\u00a0"
#: words a translated message may keep in Latin letters: the data's own words
KEPT = {"Jane", "Doe", "Sensors", "Analytics", "EUR", "USD", "KPI", "OTIF", "Anna"}


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def sample(**profile: Any) -> AccountFile:
    """A cooperative account aiming for integrated, short of evidence, with an
    opponent, a white-space grid, a risk, a KPI and a milestone overdue."""
    return parsed_doc(
        account={"id": "acc", "name": "ООО Ромашка", "annual_revenue": 1_500_000,
                 "potential_revenue": 900_000, "currency": "EUR", "tier": "growth",
                 "relationship_stage": "cooperative", "target_stage": "integrated",
                 **profile},
        stakeholders=[
            {"id": "wang", "name": "王伟", "role": "economic_buyer", "influence": 5,
             "relationship": 2, "stance": "supporter", "our_owner": "Anna"},
            {"id": "olga", "name": "Ольга Иванова", "influence": 4, "relationship": 1,
             "stance": "skeptic"},
            {"id": "jane", "name": "Jane Doe", "influence": 2, "relationship": 3,
             "stance": "champion", "our_owner": "Anna"},
        ],
        interactions=[{"date": ago(45), "stakeholder": "jane", "channel": "meeting"},
                      {"date": ago(60), "stakeholder": "wang", "channel": "call"}],
        stage_history=[],
        whitespace={"units": ["华东工厂", "R&D"], "offerings": ["Sensors", "Analytics"],
                    "cells": [{"unit": "华东工厂", "offering": "Sensors",
                               "status": "opportunity", "value": 300_000},
                              {"unit": "R&D", "offering": "Sensors",
                               "status": "competitor"}]},
        risks=[{"id": "r1", "title": "Ценовое давление", "likelihood": 4, "impact": 5}],
        kpis=[{"id": "k1", "name": "OTIF", "target": 95,
               "values": [{"date": ago(10), "value": 90}]}],
        objectives=[{"id": "o1", "title": "Рост", "milestones": [
            {"title": "a", "due": ago(5)}, {"title": "b", "due": ago(-20)},
            {"title": "c", "done": True}]}],
        team=[{"id": "t1", "name": "Anna"}, {"id": "t2", "name": "Борис"}],
        reviews=[{"id": "rv", "date": ago(-3), "our_attendees": ["t1", "t2"]}],
    )


def messages(doc: AccountFile) -> list[tuple[str, str, str]]:
    """(kind, severity, message) of every account-level finding (the map's own findings
    belong to app.graph)."""
    found = [*stage_findings(doc, TODAY), *whitespace_findings(doc),
             *tier_findings(doc, DEFAULT),
             *health_findings(doc, TODAY, parse_settings({"churn_threshold": 90}))]
    return [(f.kind, f.severity, f.message) for f in found]


def english_left(text: str) -> set[str]:
    """Latin words of four letters or more that are not the data's own."""
    return set(re.findall(r"[A-Za-z]{4,}", text)) - KEPT


# --- findings -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_findings_are_translated_with_their_kinds_names_and_figures(lang: str) -> None:
    doc = sample()
    english = messages(doc)
    with i18n.language(lang):
        translated = messages(doc)
    # the same findings, in the same order, with the same stable keys
    assert [(k, s) for k, s, _m in translated] == [(k, s) for k, s, _m in english]
    assert {k for k, _s, _m in translated} == {"stage_gap", "whitespace", "tier_mismatch",
                                               "health_drop"}
    script = r"[\u0400-\u04ff]" if lang == "ru" else r"[\u4e00-\u9fff]"
    for (_k, _s, before), (_k2, _s2, after) in zip(english, translated, strict=True):
        assert after != before
        assert re.search(script, after), after
        assert not english_left(after), (after, english_left(after))
    text = "\n".join(m for _k, _s, m in translated)
    for kept in ("王伟", "Ольга Иванова", "华东工厂", "Sensors", "R&D"):
        assert kept in text


def test_russian_findings_read_as_russian() -> None:
    doc = sample()
    with i18n.language("ru"):
        found = {m for _k, _s, m in messages(doc)}
    assert ("Указана стадия «Кооперативная», но подтверждения хватает только для стадии "
            "«Базовая». Для стадии «Кооперативная» нужно выполнить не менее 2 из 4 "
            "критериев, выполнено 0; не выполнено: несколько контактов за пределами "
            "закупок, регулярные контакты, обзоры клиента проводятся, предпочтительный "
            "поставщик.") in found
    assert ("Для стадии «Интегрированная»: ни одно ключевое лицо не против нас — 1 из 2 "
            "ключевых лиц против нас: Ольга Иванова (скептик).") in found
    # Russian figures: grouped with a no-break space, the code after the amount
    assert (f"Возможность: «Sensors» для подразделения «华东工厂», оценка — "
            f"300{NBSP}000{NBSP}EUR в год (20{NBSP}% текущей выручки).") in found
    assert any(m.startswith("Указан уровень клиента «Развивающийся», но по цифрам выходит "
                            "«Ключевой»: ") for m in found)
    assert any(m.startswith("Здоровье клиента ") and "; слабее всего: " in m for m in found)


def test_chinese_findings_read_as_chinese() -> None:
    doc = sample()
    with i18n.language("zh_CN"):
        found = {m for _k, _s, m in messages(doc)}
    assert ("要达到「整合型」：与所有关键人物建立信任——2 位关键人物中有 0 位已建立信任；"
            "尚未达到：王伟、Ольга Иванова。") in found
    assert "竞争对手向「R&D」供应「Sensors」：这是取而代之的机会，也是需要留意的立足点。" in found
    assert "空白机会矩阵的 4 个单元格中有 2 个尚未评估。" in found
    assert any(m.startswith("客户分级设为「成长型」，但数据显示应为「关键」：") for m in found)
    assert all(m.endswith("。") for m in found)


def test_russian_counts_take_three_forms() -> None:
    def recency(days: int) -> str:
        doc = parsed_doc(stakeholders=[{"id": "p", "name": "Пётр", "last_contact": ago(days)}],
                         interactions=[])
        return health(doc, TODAY, DEFAULT).component("recency").detail

    with i18n.language("ru"):
        assert recency(1).startswith("последний контакт 1 день назад, ")
        assert recency(3).startswith("последний контакт 3 дня назад, ")
        assert recency(11).startswith("последний контакт 11 дней назад, ")
        assert recency(21).startswith("последний контакт 21 день назад, ")
        assert recency(0).startswith("последний контакт сегодня, ")
    with i18n.language("zh_CN"):
        assert recency(3).startswith("最近联系：3 天前，")
    assert recency(3).startswith("last contact 3 days ago, ")


# --- health ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "labels"), [
    ("ru", ["Давность контакта", "Частота контактов", "Охват", "Отношение к нам", "Риски",
            "KPI"]),
    ("zh_CN", ["最近联系", "联系频率", "覆盖度", "态度", "风险", "KPI"]),
])
def test_health_components_and_reasons_are_translated(lang: str, labels: list[str]) -> None:
    doc = sample()
    with i18n.language(lang):
        h = health(doc, TODAY, DEFAULT)
    assert [c.key for c in h.components] == list(COMPONENTS)  # keys stay English
    assert [c.label for c in h.components] == labels
    assert h.score == health(doc, TODAY, DEFAULT).score
    for c in h.components:
        assert not english_left(c.detail), c.detail
    coverage = h.component("coverage").detail
    stance = h.component("stance").detail
    if lang == "ru":
        assert coverage == ("1 из 2 ключевых лиц — рабочие отношения или лучше (2+); "
                            "пока нет: Ольга Иванова")
        assert "+0,23" in stance  # a decimal comma
        assert h.component("kpis").detail.endswith(f"ниже цели: OTIF (95{NBSP}%)")
    else:
        assert coverage == "2 位关键人物中有 1 位达到工作关系或更好（2+）；尚未达到：Ольга Иванова"
        assert "+0.23" in stance
        assert h.component("risks").detail.startswith("1 个未关闭的高风险：Ценовое давление（20）")


def test_a_new_account_says_why_it_has_no_score() -> None:
    with i18n.language("ru"):
        h = health(parsed_doc(stakeholders=[], interactions=[]), TODAY, DEFAULT)
    assert h.component("recency").detail == ("недостаточно данных: пока не указаны ни люди, "
                                             "ни взаимодействия")


# --- stages -----------------------------------------------------------------------------------

def test_criteria_follow_the_language_of_the_moment() -> None:
    regular = next(c for c in CRITERIA if c.id == "cooperative.regular_contact")
    assert regular.title == "Regular contact"
    with i18n.language("ru"):
        assert regular.title == "Регулярные контакты"
        assert "не менее чем в 3 разных календарных месяцах" in regular.explanation
        assert f"180{NBSP}дн." in regular.explanation
        with i18n.language("zh_CN"):  # a Chinese PDF written from a Russian window
            assert regular.title == "定期联系"
            assert "至少 3 个不同的自然月" in regular.explanation
        assert regular.id == "cooperative.regular_contact"
    assert regular.explanation.startswith("Cooperation needs a steady rhythm")
    assert "at least 3 different calendar months" in regular.explanation


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_every_criterion_and_its_result_is_translated(lang: str) -> None:
    with i18n.language(lang):
        results = evaluate(sample(), TODAY)
        for r in results:
            for text in (r.criterion.title, r.criterion.explanation, r.detail):
                assert not english_left(text), text
            assert "{" not in r.criterion.explanation  # every figure filled in
    assert [r.criterion.id for r in results] == [c.id for c in CRITERIA]


def test_criterion_details_keep_names_and_figures() -> None:
    doc = sample()
    with i18n.language("ru"):
        detail = {r.criterion.id: r.detail for r in evaluate(doc, TODAY)}
    assert detail["basic.named_contact"] == "рабочие отношения с 2 людьми: 王伟, Jane Doe"
    assert detail["basic.trading"] == f"годовая выручка 1{NBSP}500{NBSP}000{NBSP}EUR"
    # a Russian date (CLDR puts a narrow no-break space before "г.")
    assert detail["exploratory.contact_made"] == "последний контакт 6 октября 2026\u202fг."
    assert detail["integrated.key_people_covered"] == (
        "0 из 2 ключевых лиц — доверие; пока нет: 王伟, Ольга Иванова")
    with i18n.language("zh_CN"):
        detail = {r.criterion.id: r.detail for r in evaluate(doc, TODAY)}
    assert detail["basic.named_contact"] == "2 段工作关系：王伟、Jane Doe"
    assert detail["exploratory.contact_made"] == "最近联系：2026年10月6日"  # a Chinese date
    assert detail["cooperative.regular_contact"].endswith("：2026年9月、2026年10月（需要 3 个）")


def test_the_relationship_shape_is_explained() -> None:
    with i18n.language("ru"):
        text = relationship_shape(sample()).explanation
    assert text == ("1 наш сотрудник поддерживает рабочие отношения с 2 сотрудниками "
                    "клиента — «галстук-бабочка»: всё держится на одном человеке, это "
                    "ненадёжно")


# --- tier, selection, plan, agenda, settings, wording ----------------------------------------

def test_tier_reasons_and_the_checklist_are_translated() -> None:
    no_figures = parsed_doc(account={"id": "a", "name": "a"}).account
    with i18n.language("ru"):
        assert computed_tier(no_figures, DEFAULT).reason == (
            "Не удаётся определить уровень клиента: не указана годовая выручка; не указана "
            "потенциальная выручка.")
        fit = kam_fit(parsed_doc(selection={"revenue": 4, "growth_potential": 3}))
        question, verdict = fit.items[0].question, fit.verdict_text
    assert question.startswith("Сколько они покупают у нас сегодня")
    assert (fit.verdict, verdict) == ("moderate", "среднее")  # the key stays English
    assert fit.verdict_text == "moderate"
    with i18n.language("zh_CN"):
        reason = computed_tier(sample().account, DEFAULT).reason
    assert reason.startswith("当前 EUR")
    assert reason.endswith("→ 关键")


def test_plan_rows_and_the_agenda_are_translated() -> None:
    doc = sample()
    objective, kpi = doc.objectives[0], doc.kpis[0]
    with i18n.language("ru"):
        assert plan_rows.milestone_progress(objective, TODAY) == (
            f"выполнено 1 из 3, следующая {ago(5)}, 1 просрочена")
        assert plan_rows.attainment_text(kpi, TODAY) == f"95{NBSP}%"
        [review] = agenda(doc, TODAY)
        assert (review.title, review.who) == ("Обзор клиента", "Anna, Борис")
    with i18n.language("zh_CN"):
        assert plan_rows.milestone_progress(objective, TODAY) == (
            f"已完成 1/3，下一个 {ago(5)}，1 个逾期")
        [review] = agenda(doc, TODAY)
        assert (review.title, review.who) == ("客户回顾", "Anna、Борис")
    assert plan_rows.milestone_progress(objective, TODAY) == (
        f"1 of 3 done, next {ago(5)}, 1 overdue")


def test_settings_problems_are_translated_with_their_paths() -> None:
    with i18n.language("ru"), pytest.raises(InvalidInput) as raised:
        parse_settings({"base_currency": "USD", "rates": {"USD": 2}})
    [problem] = raised.value.problems
    assert problem.path == "rates.USD"
    assert problem.message == "должен быть равен 1, так как USD — базовая валюта (указано 2.0)"


def test_lists_of_names_are_joined_the_language_s_way() -> None:
    people = ["王伟", "Ольга", "Jane", "李娜", "Пётр"]
    assert names(people) == "王伟, Ольга, Jane and 2 more"
    with i18n.language("ru"):
        assert names(people) == "王伟, Ольга, Jane и ещё 2"
    with i18n.language("zh_CN"):
        assert names(people) == "王伟、Ольга、Jane及另外 2 个"
