"""Tier grid: current value × potential value in the base currency.

Default thresholds: high current from EUR 1M, high potential from EUR 2M.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.assessment.settings import ScoringSettings, parse_settings
from app.assessment.tiering import computed_tier, tier_findings, to_base
from app.assessment.wording import money
from app.models.account import AccountFile, AccountRecord
from app.models.enums import Tier
from tests.conftest import parsed_doc

DEFAULT = ScoringSettings()


def account(**fields: Any) -> AccountRecord:
    return AccountRecord.model_validate({"id": "acc", "name": "华为技术有限公司", **fields},
                                        strict=False)


def doc(**fields: Any) -> AccountFile:
    return parsed_doc(account={"id": "acc", "name": "ООО Ромашка", **fields})


# --- conversion -----------------------------------------------------------------------------

def test_to_base() -> None:
    settings = parse_settings({"rates": {"USD": 0.5, "CNY": 0.125}})
    assert to_base(None, "USD", settings) is None
    assert to_base(100.0, None, settings) == 100.0  # no currency: the base currency
    assert to_base(100.0, "EUR", settings) == 100.0  # the base needs no rate
    assert to_base(100.0, "USD", settings) == 50.0
    assert to_base(800.0, "CNY", settings) == 100.0
    assert to_base(100.0, "GBP", settings) is None  # no rate for GBP in these settings


def test_to_base_in_another_base_currency() -> None:
    settings = parse_settings({"base_currency": "USD", "rates": {"EUR": 1.25}})
    assert to_base(80.0, "EUR", settings) == 100.0
    assert to_base(80.0, "USD", settings) == 80.0


# --- the four cells and their boundaries -----------------------------------------------------

@pytest.mark.parametrize(("current", "potential", "tier"), [
    (1_000_000, 2_000_000, Tier.STRATEGIC),  # both exactly at the threshold: high
    (5_000_000, 9_000_000, Tier.STRATEGIC),
    (1_000_000, 1_999_999, Tier.KEY),
    (999_999.99, 2_000_000, Tier.GROWTH),
    (999_999, 1_999_999.5, Tier.MAINTAIN),
    (0, 0, Tier.MAINTAIN),
])
def test_grid_cells(current: float, potential: float, tier: Tier) -> None:
    placement = computed_tier(account(annual_revenue=current, potential_revenue=potential,
                                      currency="EUR"), DEFAULT)
    assert placement.tier == tier
    assert (placement.current, placement.potential) == (current, potential)


def test_reason_shows_the_figures_and_the_thresholds() -> None:
    placement = computed_tier(account(annual_revenue=1_200_000, potential_revenue=3_400_000,
                                      currency="EUR"), DEFAULT)
    assert placement.reason == ("EUR\u00a01,200,000 current, EUR\u00a03,400,000 potential: "
                                "high current (≥ EUR\u00a01,000,000), high potential "
                                "(≥ EUR\u00a02,000,000) → Strategic")
    just_below = computed_tier(account(annual_revenue=999_999, potential_revenue=250_000),
                               DEFAULT)
    # Never rounded up to the threshold it is below.
    assert just_below.reason == ("EUR\u00a0999,999 current, EUR\u00a0250,000 potential: "
                                 "low current (< EUR\u00a01,000,000), low potential "
                                 "(< EUR\u00a02,000,000) → Maintain")


def test_other_currencies_are_converted_before_comparing() -> None:
    # 1 CNY = 0.125 EUR: CNY 8M = EUR 1M (high, at the threshold); CNY 15.2M = EUR 1.9M
    # (low) → Key. In EUR the same figures would be Strategic.
    settings = parse_settings({"rates": {"CNY": 0.125}})
    placement = computed_tier(account(annual_revenue=8_000_000, potential_revenue=15_200_000,
                                      currency="CNY"), settings)
    assert placement.tier == Tier.KEY
    assert (placement.current, placement.potential) == (1_000_000, 1_900_000)
    assert placement.reason == (
        "EUR\u00a01,000,000 (CNY\u00a08,000,000) current, EUR\u00a01,900,000 "
        "(CNY\u00a015,200,000) potential: high current (≥ EUR\u00a01,000,000), low potential "
        "(< EUR\u00a02,000,000) → Key")


def test_thresholds_are_in_the_base_currency() -> None:
    # Base USD, 1 RUB = 0.01 USD: RUB 150M = USD 1.5M (≥ 1M), RUB 250M = USD 2.5M (≥ 2M).
    settings = parse_settings({"base_currency": "USD", "rates": {"RUB": 0.01}})
    placement = computed_tier(account(annual_revenue=150_000_000,
                                      potential_revenue=250_000_000, currency="RUB"), settings)
    assert placement.tier == Tier.STRATEGIC
    assert placement.reason.startswith("USD\u00a01,500,000 (RUB\u00a0150,000,000) current, "
                                       "USD\u00a02,500,000 (RUB\u00a0250,000,000)")


def test_no_currency_means_the_base_currency() -> None:
    placement = computed_tier(account(annual_revenue=500_000, potential_revenue=2_500_000),
                              DEFAULT)
    assert placement.tier == Tier.GROWTH


def test_default_rates_place_a_usd_account() -> None:
    # USD 1.1M × 0.92 = EUR 1.012M (high); USD 2.1M × 0.92 = EUR 1.932M (low) → Key.
    placement = computed_tier(account(annual_revenue=1_100_000, potential_revenue=2_100_000,
                                      currency="USD"), DEFAULT)
    assert placement.tier == Tier.KEY
    assert placement.current == pytest.approx(1_012_000)


# --- cannot place ---------------------------------------------------------------------------

def test_missing_rate() -> None:
    settings = parse_settings({"rates": {"USD": 0.92}})
    placement = computed_tier(account(annual_revenue=5e6, potential_revenue=9e6,
                                      currency="CHF"), settings)
    assert (placement.tier, placement.current, placement.potential) == (None, None, None)
    assert placement.reason == (
        "Cannot compute a tier: no exchange rate from CHF to EUR in the scoring settings.")


def test_missing_figures() -> None:
    placement = computed_tier(account(annual_revenue=5e6, currency="EUR"), DEFAULT)
    assert (placement.tier, placement.current, placement.potential) == (None, 5e6, None)
    assert placement.reason == "Cannot compute a tier: no potential revenue recorded."
    nothing = computed_tier(account(), DEFAULT)
    assert nothing.reason == ("Cannot compute a tier: no annual revenue recorded; "
                              "no potential revenue recorded.")


# --- findings -------------------------------------------------------------------------------

def test_mismatch_finding_names_both_tiers_and_why() -> None:
    [finding] = tier_findings(doc(tier="key", annual_revenue=1_200_000,
                                  potential_revenue=3_400_000, currency="EUR"), DEFAULT)
    assert (finding.kind, finding.severity, finding.stakeholders) == (
        "tier_mismatch", "medium", ())
    assert finding.message == (
        "The tier is set to Key, but the figures suggest Strategic: EUR\u00a01,200,000 "
        "current, EUR\u00a03,400,000 potential: high current (≥ EUR\u00a01,000,000), high "
        "potential (≥ EUR\u00a02,000,000) → Strategic.")


@pytest.mark.parametrize("fields", [
    {"tier": "strategic", "annual_revenue": 1e6, "potential_revenue": 2e6},  # agrees
    {"annual_revenue": 1e6, "potential_revenue": 2e6},  # no manual tier
    {"tier": "maintain", "annual_revenue": 1e6},  # cannot compute
    {"tier": "maintain", "annual_revenue": 1e7, "potential_revenue": 1e7, "currency": "MXN"},
])
def test_no_mismatch_finding(fields: dict[str, Any]) -> None:
    assert tier_findings(doc(**fields), DEFAULT) == []


# --- money ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("amount", "text"), [
    (0, "EUR 0"), (950, "EUR 950"), (250_000, "EUR 250,000"), (1_000_000, "EUR 1,000,000"),
    (1_250_000, "EUR 1,250,000"), (3e9, "EUR 3,000,000,000"), (1_234_567, "EUR 1,234,567"),
    (999_999.5, "EUR 999,999.50"), (1500.25, "EUR 1,500.25"), (1_905_000, "EUR 1,905,000"),
    (12_345_000, "EUR 12,345,000"), (1e15, "EUR 1,000,000,000,000,000"),
])
def test_money_in_messages_is_written_out_never_rounded(amount: float, text: str) -> None:
    # a message is read, not squeezed into an axis: every digit (the rule of app.money),
    # the code joined to the figure by a no-break space
    assert money(amount, "EUR") == text.replace(" ", "\u00a0")
