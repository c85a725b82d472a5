"""Figures beside plan entries: what the tables show and sort by."""

from __future__ import annotations

import datetime as dt

from app.assessment import plan_rows
from app.assessment.health import kpi_attainment
from tests.fileformat.plan import plan_doc

TODAY = dt.date(2026, 11, 25)


def test_milestone_progress_names_the_next_due_date_and_overdue_ones() -> None:
    doc = plan_doc()
    objective = doc.objectives[0]  # pilot report done, contract draft due 2027-03-01
    assert plan_rows.milestone_progress(objective, TODAY) == "1 of 2 done, next 2027-03-01"
    assert plan_rows.milestone_progress(objective, dt.date(2027, 3, 2)) == (
        "1 of 2 done, next 2027-03-01, 1 overdue")
    assert plan_rows.next_milestone(objective) == dt.date(2027, 3, 1)
    assert plan_rows.milestone_progress(doc.objectives[1], TODAY) == ""


def test_kpi_attainment_is_the_one_health_counts() -> None:
    doc = plan_doc()
    on_time, complaints = doc.kpis  # 93.5 of 95 (higher better); 4 against 2 (lower)
    for kpi in doc.kpis:
        assert plan_rows.attainment(kpi, TODAY) == kpi_attainment(kpi, TODAY)
    assert plan_rows.attainment_text(on_time, TODAY) == "98%"
    assert plan_rows.attainment_text(complaints, TODAY) == "50%"
    met = complaints.model_copy(update={"values": [
        *complaints.values, complaints.values[0].model_copy(
            update={"date": dt.date(2026, 11, 20), "value": 0.0})]})
    assert plan_rows.attainment_text(met, TODAY) == "met"  # 0 complaints, target 2


def test_a_value_dated_after_today_is_not_the_latest() -> None:
    kpi = plan_doc().kpis[0]
    later = kpi.model_copy(update={"values": [
        *kpi.values, kpi.values[0].model_copy(update={"date": dt.date(2027, 1, 1),
                                                      "value": 120.0})]})
    assert plan_rows.latest_text(later, TODAY) == "93.5 % (2026-10-31)"
    assert plan_rows.attainment_text(later, TODAY) == "98%"


def test_variance_is_a_signed_amount_with_its_share() -> None:
    q4, q1 = plan_doc().revenue_plan  # 231,000.5 of 250,000; no actual yet
    assert plan_rows.variance(q4) == -18999.5
    assert plan_rows.variance_text(q4) == "−19,000 (−8%)"
    assert plan_rows.variance(q1) is None and plan_rows.variance_text(q1) == ""
    even = q4.model_copy(update={"actual": 250000})
    assert plan_rows.variance_text(even) == "on plan"


def test_owned_by_matches_the_owner_named_on_the_map() -> None:
    doc = plan_doc()
    member = doc.team[0]
    people = [s.model_copy(update={"our_owner": member.name}) if s.id == "s2" else s
              for s in doc.stakeholders]
    doc = doc.model_copy(update={"stakeholders": people})
    assert plan_rows.owned_by(member, doc) == [next(s.name for s in people if s.id == "s2")]


def test_year_totals_add_up_the_quarters_and_say_how_many_have_actuals() -> None:
    plan = plan_doc().revenue_plan  # 2026 Q4 250,000 / 231,000.5; 2027 Q1 300,000 / –
    assert plan_rows.year_totals(plan) == [(2026, 250000.0, 231000.5, 1),
                                           (2027, 300000.0, 0.0, 0)]
    assert plan_rows.year_totals_text(plan, "EUR") == (
        "2026: planned EUR\u00a0250,000, actual EUR\u00a0231,000.50 (1 of 4 quarters) · "
        "2027: planned EUR\u00a0300,000")  # a sentence: full figures (app.money)
