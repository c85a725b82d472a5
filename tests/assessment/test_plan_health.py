"""The plan's health components: the risk register and the KPIs, worked out by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.assessment.health import health, health_trend, kpi_attainment, state_as_of
from app.assessment.settings import ScoringSettings
from app.models.account import AccountFile, KpiRecord
from tests.assessment.test_health import account, ago, only, person, talk, worked_example

TODAY = dt.date(2026, 11, 20)
DEFAULT = ScoringSettings()


def risk(key: str, title: str, likelihood: int | None, impact: int | None,
         status: str | None = "open", **fields: Any) -> dict[str, Any]:
    return {"id": key, "title": title, "likelihood": likelihood, "impact": impact,
            "status": status, **fields}


def kpi(key: str, target: float | None, *values: tuple[int, float],
        higher_is_better: bool = True, name: str | None = None) -> dict[str, Any]:
    """A KPI with values (days ago, value)."""
    return {"id": key, "name": name or key, "target": target,
            "higher_is_better": higher_is_better,
            "values": [{"date": ago(days), "value": value} for days, value in values]}


def with_plan(**sections: Any) -> AccountFile:
    return account([person("wang", "王伟")], [talk(3, "wang")], **sections)


# --- risks ----------------------------------------------------------------------------------

def test_no_risk_register_has_no_score() -> None:
    c = health(with_plan(), TODAY, DEFAULT).component("risks")
    assert (c.score, c.detail) == (None, "no risk register yet")


def test_open_high_risks_cost_a_third_each() -> None:
    doc = with_plan(risks=[
        risk("r1", "Новый финдиректор", 4, 5),  # 20, open: high
        risk("r2", "Price war", 3, 5, status=None),  # 15, no status counts as open: high
        risk("r3", "Plant fire", 5, 5, status="closed"),  # 25 but closed
        risk("r4", "人员流动", 3, 4),  # 12: not high
        risk("r5", "Audit", None, 5, status="mitigating"),  # unrated: not high
        risk("r6", "Sanctions", 5, 4, status="mitigating"),  # 20, mitigating is open: high
    ])
    c = health(doc, TODAY, DEFAULT).component("risks")
    # 3 open high risks → 1 − min(3/3, 1) = 0
    assert c.score == 0.0
    assert c.detail == ("3 open high risks: Новый финдиректор (20), Sanctions (20), "
                        "Price war (15) (high: likelihood × impact 15+; full marks with "
                        "none, 0 from 3)")


@pytest.mark.parametrize(("risks", "expected"), [
    ([(3, 5)], 2 / 3),  # 15 is high: 1 − 1/3
    ([(4, 4), (5, 3)], 1 / 3),  # 16 and 15: 1 − 2/3
    ([(5, 5)] * 4, 0.0),  # 4 high: capped at 0
    ([(3, 4), (2, 5), (1, 5)], 1.0),  # 12, 10, 5: none high
])
def test_risk_score(risks: list[tuple[int, int]], expected: float) -> None:
    doc = with_plan(risks=[risk(f"r{i}", f"Risk {i}", lk, im) for i, (lk, im) in
                           enumerate(risks)])
    assert health(doc, TODAY, DEFAULT).component("risks").score == pytest.approx(expected)


def test_a_register_of_closed_or_low_risks_is_full_marks() -> None:
    doc = with_plan(risks=[risk("r1", "Old", 5, 5, status="closed"),
                           risk("r2", "Small", 1, 2)])
    c = health(doc, TODAY, DEFAULT).component("risks")
    assert c.score == 1.0
    assert c.detail == ("no open high risk among 2 risks (high: likelihood × impact 15+; "
                        "full marks with none, 0 from 3)")


# --- KPIs -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "value", "higher", "expected"), [
    (95, 93.5, True, 93.5 / 95),  # below target: value / target
    (95, 99, True, 1.0),  # above target: capped at 1
    (95, 95, True, 1.0),
    (10, 0, True, 0.0),
    (10, -5, True, 0.0),  # below zero counts as 0, not negative
    (2, 4, False, 0.5),  # lower is better, above target: target / value
    (2, 1, False, 1.0),  # below target: capped at 1
    (5, 0, False, 1.0),  # 0 complaints against a target of 5: met
    (5, -1, False, 1.0),  # lower than the target is met, even below zero
    (0, 0, True, 1.0),  # target 0: met or not, no ratio
    (0, -1, True, 0.0),
    (0, 3, False, 0.0),
    (-2, -1, False, 0.0),
    (-2, -3, False, 1.0),
])
def test_kpi_attainment(target: float, value: float, higher: bool, expected: float) -> None:
    record = KpiRecord.model_validate(kpi("k", target, (10, value), higher_is_better=higher),
                                      strict=False)
    assert kpi_attainment(record, TODAY) == pytest.approx(expected)


def test_the_latest_value_up_to_today_counts_whatever_the_list_order() -> None:
    record = KpiRecord.model_validate(
        kpi("k", 100, (5, 80), (60, 40), (-3, 100), (30, 20)), strict=False)
    assert kpi_attainment(record, TODAY) == pytest.approx(0.8)  # 5 days ago, not tomorrow's
    assert kpi_attainment(record, TODAY - dt.timedelta(days=10)) == pytest.approx(0.2)
    assert kpi_attainment(record, TODAY - dt.timedelta(days=61)) is None


def test_kpis_score_the_mean_attainment() -> None:
    doc = with_plan(kpis=[
        kpi("k1", 95, (51, 91), (20, 93.5), name="On-time delivery"),  # 93.5/95 = 0.98421
        kpi("k2", 2, (20, 4), higher_is_better=False, name="Жалобы"),  # 2/4 = 0.5
        kpi("k3", 100, (10, 120), name="Uptime"),  # 1
        kpi("k4", None, (10, 7), name="No target"),  # left out
        kpi("k5", 10, (-5, 3), name="Future only"),  # left out: no value up to today
        kpi("k6", 5, (1, 0), higher_is_better=False, name="缺陷"),  # 1
    ])
    c = health(doc, TODAY, DEFAULT).component("kpis")
    # (0.98421 + 0.5 + 1 + 1) / 4 = 0.87105
    assert c.score == pytest.approx((93.5 / 95 + 0.5 + 1 + 1) / 4)
    assert c.detail == ("mean attainment 87% over 4 KPIs with a target and a value; "
                        "below target: Жалобы (50%), On-time delivery (98%)")


def test_kpis_without_a_target_or_a_value_have_no_score() -> None:
    c = health(with_plan(kpis=[kpi("k1", None, (3, 5)), kpi("k2", 10)]), TODAY,
               DEFAULT).component("kpis")
    assert (c.score, c.detail) == (None, "no KPI with a target and a value yet")
    c = health(with_plan(), TODAY, DEFAULT).component("kpis")
    assert (c.score, c.detail) == (None, "no KPIs yet")


# --- the whole score ------------------------------------------------------------------------

def test_worked_example_with_a_plan() -> None:
    """docs/health.md: the worked example with risks and KPIs; all six share 100."""
    doc = AccountFile.model_validate({
        **worked_example().model_dump(mode="json"),
        "risks": [risk("r1", "New CFO reviews suppliers", 4, 5), risk("r2", "Price", 2, 3)],
        "kpis": [kpi("k1", 95, (20, 91.2), name="On-time delivery"),
                 kpi("k2", 2, (20, 1), higher_is_better=False, name="Complaints")],
    }, strict=False)
    h = health(doc, TODAY, DEFAULT)
    points = {c.key: c.contribution for c in h.components}
    # recency 20 × 75/106 = 14.151; frequency 15 × 0.5 = 7.5; coverage 25 × 0.5 = 12.5;
    # stance 20 × 0.61364 = 12.273; risks 10 × (1 − 1/3) = 6.667;
    # KPIs 10 × (91.2/95 + 1) / 2 = 10 × 0.98 = 9.8 → 62.89 → 63
    assert points["risks"] == pytest.approx(20 / 3)
    assert points["kpis"] == pytest.approx(9.8)
    assert sum(points.values()) == pytest.approx(62.89, abs=0.01)
    assert h.score == 63


def test_only_the_plan_weighted() -> None:
    doc = with_plan(risks=[risk("r1", "x", 5, 5)], kpis=[kpi("k", 10, (1, 5))])
    # risks 1 − 1/3 = 0.667, KPIs 0.5, equal weights → (0.667 + 0.5) / 2 = 58.3 → 58
    assert health(doc, TODAY, only(risks=1, kpis=1)).score == 58


# --- the account as of a day ----------------------------------------------------------------

def test_state_as_of_drops_later_kpi_values_and_keeps_the_register() -> None:
    doc = with_plan(risks=[risk("r1", "x", 5, 5)],
                    kpis=[kpi("k1", 10, (100, 2), (30, 8), (0, 10)), kpi("k2", 1)])
    day = TODAY - dt.timedelta(days=30)
    then = state_as_of(doc, day)
    assert [v.value for v in then.kpis[0].values] == [2, 8]  # 30 days ago is kept
    assert then.kpis[1] is doc.kpis[1]
    assert then.risks == doc.risks
    assert state_as_of(doc, TODAY) == doc


def test_the_trend_sees_kpis_as_they_were() -> None:
    doc = with_plan(kpis=[kpi("k1", 10, (100, 2), (0, 10))])
    then, now = health_trend(doc, TODAY, only(kpis=1))
    # 90 days ago the latest value was 2 of 10 (100 days ago); today 10 of 10
    assert (then.score, now.score) == (20, 100)
