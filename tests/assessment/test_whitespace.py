"""White-space grid totals and findings, on hand-made grids."""

from __future__ import annotations

from app.assessment.whitespace import grid, whitespace_findings
from app.assessment.wording import money
from tests.conftest import parsed_doc

GRID = {
    "units": ["华东工厂", "Логистика", "R&D"],
    "offerings": ["Sensors", "Analytics"],
    "cells": [
        {"unit": "华东工厂", "offering": "Sensors", "status": "has"},
        {"unit": "华东工厂", "offering": "Analytics", "status": "opportunity", "value": 150000},
        {"unit": "Логистика", "offering": "Sensors", "status": "competitor"},
        {"unit": "Логистика", "offering": "Analytics", "status": "opportunity", "value": 40000},
        {"unit": "R&D", "offering": "Sensors", "status": "not_relevant"},
    ],
}


def test_totals_per_unit_offering_and_grid() -> None:
    g = grid(parsed_doc(whitespace=GRID))
    factory = g.unit_totals("华东工厂")
    assert (factory.has, factory.opportunity, factory.opportunity_value) == (1, 1, 150000)
    assert factory.penetration == 0.5
    analytics = g.offering_totals("Analytics")
    # two opportunities (150k + 40k) and R&D × Analytics not assessed
    assert (analytics.opportunity, analytics.opportunity_value, analytics.unassessed) == (
        2, 190000, 1)
    rd = g.unit_totals("R&D")
    assert (rd.not_relevant, rd.unassessed, rd.penetration) == (1, 1, None)
    total = g.totals()
    assert (total.has, total.opportunity, total.competitor, total.not_relevant,
            total.unassessed) == (1, 2, 1, 1, 1)
    assert total.penetration == 1 / 4  # 1 has of 4 relevant cells


def test_findings_weigh_opportunities_against_current_revenue() -> None:
    # revenue 1,000,000 EUR: 150k is 15 % (medium), 40k is 4 % (low)
    found = {(f.severity, f.message) for f in whitespace_findings(parsed_doc(whitespace=GRID))}
    assert found == {
        ("medium", "Opportunity: Analytics for 华东工厂, estimated EUR\u00a0150,000 a year "
                   "(15% of current revenue)."),
        ("low", "Opportunity: Analytics for Логистика, estimated EUR\u00a040,000 a year."),
        ("low", "A competitor supplies Sensors to Логистика: a displacement opportunity, "
                "and a foothold to watch."),
        ("low", "1 of 6 cells of the white-space grid are not assessed yet."),
    }
    assert {f.kind for f in whitespace_findings(parsed_doc(whitespace=GRID))} == {"whitespace"}


def test_an_account_without_a_grid_is_told_to_make_one() -> None:
    [finding] = whitespace_findings(parsed_doc())
    assert finding.severity == "low" and "No white-space grid yet" in finding.message


def test_money_in_messages_is_written_out() -> None:
    assert money(1_250_000, "CNY") == "CNY\u00a01,250,000"
    assert money(3_000_000_000, "RUB") == "RUB\u00a03,000,000,000"
    assert money(999_999, "EUR") == "EUR\u00a0999,999"  # never "1M": just below is not equal
    assert money(999.5, None) == "999.50"
