"""Scoring settings: defaults, strict validation with paths, default rates in another base."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from app.assessment.settings import (
    DEFAULT_RATES,
    HealthWeights,
    ScoringSettings,
    parse_settings,
    settings_to_json,
)
from app.errors import InvalidInput


def problems(data: dict[str, Any] | str) -> list[str]:
    with pytest.raises(InvalidInput) as caught:
        parse_settings(data)
    assert caught.value.source == "settings"
    return [str(p) for p in caught.value.problems]


def test_defaults_are_the_documented_ones() -> None:
    s = ScoringSettings()
    assert s.weights.model_dump() == {"recency": 20, "frequency": 15, "coverage": 25,
                                      "stance": 20, "risks": 10, "kpis": 10}
    assert (s.churn_threshold, s.drop_points, s.drop_window_days) == (40, 15, 90)
    assert (s.base_currency, s.current_threshold, s.potential_threshold) == (
        "EUR", 1_000_000, 2_000_000)
    assert s.rates == dict(DEFAULT_RATES)
    assert parse_settings({}) == s
    assert parse_settings("{}") == s


def test_default_rates_cover_the_common_currencies() -> None:
    expected = {"EUR", "USD", "GBP", "CHF", "CNY", "JPY", "RUB", "INR", "BRL", "CAD", "AUD",
                "SEK", "NOK", "DKK", "PLN", "KRW", "SGD", "HKD"}
    assert set(DEFAULT_RATES) == expected
    assert DEFAULT_RATES["EUR"] == 1
    assert all(rate > 0 and math.isfinite(rate) for rate in DEFAULT_RATES.values())


def test_settings_do_not_share_the_default_rates() -> None:
    a, b = ScoringSettings(), ScoringSettings()
    a.rates["USD"] = 5.0  # the model is frozen, its dict is not: must not leak
    assert b.rates["USD"] == DEFAULT_RATES["USD"]


def test_json_round_trip() -> None:
    s = parse_settings({"weights": {"recency": 0, "frequency": 1, "coverage": 2, "stance": 3,
                                    "risks": 4, "kpis": 5},
                        "churn_threshold": 55, "drop_points": 10, "drop_window_days": 30,
                        "base_currency": "CNY", "rates": {"EUR": 7.8, "RUB": 0.08},
                        "current_threshold": 5e6, "potential_threshold": 12_500_000.5})
    text = settings_to_json(s)
    assert json.loads(text)["rates"] == {"EUR": 7.8, "RUB": 0.08}
    assert parse_settings(text) == s
    assert parse_settings(json.loads(text)) == s


def test_every_problem_is_listed_with_its_path() -> None:
    assert problems({
        "weights": {"coverage": 101, "recenc": 3, "stance": -1},
        "churn_threshold": "40",
        "drop_points": 0,
        "drop_window_days": True,
        "colour": "red",
    }) == [
        "weights.coverage: input should be less than or equal to 100 (got 101)",
        "weights.stance: input should be greater than or equal to 0 (got -1)",
        "weights.recenc: unknown key",
        'churn_threshold: input should be a valid integer (got "40")',
        "drop_points: input should be greater than or equal to 1 (got 0)",
        "drop_window_days: input should be a valid integer (got true)",
        "colour: unknown key",
    ]


@pytest.mark.parametrize(("key", "good", "bad"), [
    ("churn_threshold", [0, 100], [-1, 101]),
    ("drop_points", [1, 100], [0, 101]),
    ("drop_window_days", [7, 730], [6, 731]),
])
def test_ranges_include_their_ends(key: str, good: list[int], bad: list[int]) -> None:
    for value in good:
        assert getattr(parse_settings({key: value}), key) == value
    for value in bad:
        [problem] = problems({key: value})
        assert problem.startswith(f"{key}: ") and f"(got {value})" in problem


def test_a_whole_number_is_not_a_float_string_or_float() -> None:
    assert problems({"drop_points": 15.0}) == [
        "drop_points: input should be a valid integer (got 15.0)"]
    assert problems({"current_threshold": "1M"}) == [
        'current_threshold: input should be a valid number (got "1M")']


def test_money_thresholds_are_money() -> None:
    assert problems({"current_threshold": -1, "potential_threshold": 2e15}) == [
        "current_threshold: input should be greater than or equal to 0 (got -1)",
        "potential_threshold: input should be less than or equal to 1000000000000000 "
        "(got 2000000000000000.0)",
    ]


def test_at_least_one_weight() -> None:
    zero = dict.fromkeys(HealthWeights.model_fields, 0)
    assert problems({"weights": zero}) == ["weights: at least one weight must be above 0"]
    assert parse_settings({"weights": {**zero, "kpis": 1}}).weights.kpis == 1


def test_rates_must_be_positive_finite_and_keyed_by_currency_codes() -> None:
    assert problems({"rates": {"usd": 1.1, "GBP": 0, "CHF": float("nan"),
                               "JPY": float("inf"), "CNY": -0.1}}) == [
        'rates.usd: must be a 3-letter ISO 4217 code in capitals, such as EUR or CNY '
        '(got "usd")',
        "rates.GBP: input should be greater than 0 (got 0)",
        "rates.CHF: input should be a finite number (got NaN)",
        "rates.JPY: input should be a finite number (got Infinity)",
        "rates.CNY: input should be greater than 0 (got -0.1)",
    ]


def test_the_base_currency_is_worth_one() -> None:
    assert problems({"rates": {"EUR": 1.08, "USD": 1}}) == [
        "rates.EUR: must be 1, since EUR is the base currency (got 1.08)"]
    assert problems({"base_currency": "USD", "rates": {"USD": 0.92}}) == [
        "rates.USD: must be 1, since USD is the base currency (got 0.92)"]
    # Leaving the base currency out of the rates is fine: it is 1 anyway.
    assert parse_settings({"base_currency": "USD", "rates": {"EUR": 1.09}}).rates == {
        "EUR": 1.09}


def test_another_base_currency_gets_the_default_rates_in_that_currency() -> None:
    s = parse_settings({"base_currency": "USD"})
    assert s.rates["USD"] == 1
    # 1 EUR = 1 / 0.92 USD; 1 GBP = 1.17 EUR = 1.17 / 0.92 USD.
    assert s.rates["EUR"] == pytest.approx(1 / 0.92)
    assert s.rates["GBP"] == pytest.approx(1.17 / 0.92)
    assert set(s.rates) == set(DEFAULT_RATES)


def test_a_base_currency_without_default_rates_needs_rates() -> None:
    assert problems({"base_currency": "MXN"}) == [
        "rates: there are no default rates for the base currency MXN; give the rate of "
        "every currency you use, in MXN"]
    assert parse_settings({"base_currency": "MXN", "rates": {"USD": 17.0}}).rates == {
        "USD": 17.0}


def test_a_malformed_base_currency_is_reported_as_such() -> None:
    assert problems({"base_currency": "eur"}) == [
        'base_currency: must be a 3-letter ISO 4217 code in capitals, such as EUR or CNY '
        '(got "eur")']


def test_json_problems() -> None:
    [problem] = problems('{"drop_points": 3,')
    assert problem.startswith("not valid JSON")
    assert problems("[1, 2]") == ["input should be an object (got [1, 2])"]
    assert problems('{"weights": {"coverage": "25"}}') == [
        'weights.coverage: input should be a valid integer (got "25")']
