"""Scoring settings: health weights, warning thresholds, tier thresholds and currency rates.

The settings are stored per database (by the storage layer, as the JSON of
``settings_to_json``); this module only defines and validates them, with the
same strictness as account files: no type coercion, no unknown keys, and every
problem reported with its path. ``docs/health.md`` explains each setting.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from app.errors import InvalidInput, Problem
from app.fileformat.reader import problems_from_validation
from app.i18n import _
from app.models.account import Currency, Money

DEFAULT_BASE = "EUR"

#: Rough exchange rates, 1 unit of the currency = rate × EUR, for a sensible
#: start only: they drift, so the user should set the rates they work with.
DEFAULT_RATES: Mapping[str, float] = MappingProxyType({
    "EUR": 1.0,
    "USD": 0.92,
    "GBP": 1.17,
    "CHF": 1.05,
    "CNY": 0.127,
    "JPY": 0.0061,
    "RUB": 0.010,
    "INR": 0.011,
    "BRL": 0.17,
    "CAD": 0.67,
    "AUD": 0.60,
    "SEK": 0.087,
    "NOK": 0.085,
    "DKK": 0.134,
    "PLN": 0.23,
    "KRW": 0.00066,
    "SGD": 0.68,
    "HKD": 0.118,
})

_RULE = "settings_rule"  # error type of the cross-field rules below

Weight = Annotated[int, Field(ge=0, le=100)]
Rate = Annotated[float, Field(gt=0, allow_inf_nan=False)]


def _is_currency(value: Any) -> bool:
    try:
        TypeAdapter(Currency).validate_python(value, strict=True)
    except ValidationError:
        return False
    return True


class _Settings(BaseModel):
    """Strict like the account file: "20" is not 20 and a misspelt key is an error."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class HealthWeights(_Settings):
    """Relative weight of each health component (only the ratios matter)."""

    recency: Weight = 20
    frequency: Weight = 15
    coverage: Weight = 25
    stance: Weight = 20
    risks: Weight = 10
    kpis: Weight = 10

    @model_validator(mode="after")
    def _some_weight(self) -> HealthWeights:
        # All zero would leave nothing to score: refuse it rather than show no health.
        if not any(self.model_dump().values()):
            raise PydanticCustomError(_RULE, _("at least one weight must be above 0"))
        return self


class ScoringSettings(_Settings):
    """Everything the health score, its warnings and the tier grid depend on."""

    weights: HealthWeights = HealthWeights()
    churn_threshold: Annotated[int, Field(ge=0, le=100)] = 40
    drop_points: Annotated[int, Field(ge=1, le=100)] = 15
    drop_window_days: Annotated[int, Field(ge=7, le=730)] = 90
    base_currency: Currency = DEFAULT_BASE
    rates: dict[Currency, Rate] = Field(default_factory=lambda: dict(DEFAULT_RATES))
    current_threshold: Money = 1_000_000
    potential_threshold: Money = 2_000_000

    @model_validator(mode="before")
    @classmethod
    def _default_rates_in_base(cls, data: Any) -> Any:
        """Without explicit rates, express the default (EUR) rates in the chosen base.

        Otherwise choosing USD as the base currency alone would keep rates that
        are really in EUR and convert every amount wrongly.
        """
        if not isinstance(data, Mapping) or "rates" in data:
            return data
        base = data.get("base_currency", DEFAULT_BASE)
        if base == DEFAULT_BASE or not _is_currency(base):
            return data  # a malformed base currency is reported as such
        if base not in DEFAULT_RATES:
            raise PydanticCustomError(
                _RULE, _("there are no default rates for the base currency {base}; "
                         "give the rate of every currency you use, in {base}"),
                {"base": base, "at": "rates"})
        per_base = DEFAULT_RATES[base]
        return {**data, "rates": {c: r / per_base for c, r in DEFAULT_RATES.items()}}

    @model_validator(mode="after")
    def _base_rate_is_one(self) -> ScoringSettings:
        rate = self.rates.get(self.base_currency)
        if rate is not None and rate != 1:
            raise PydanticCustomError(
                _RULE, _("must be 1, since {base} is the base currency (got {rate})"),
                {"base": self.base_currency, "rate": rate,
                 "at": f"rates.{self.base_currency}"})
        return self


def _problems(err: ValidationError) -> list[Problem]:
    """Plain-English problems; the cross-field rules say where they apply themselves."""
    problems = problems_from_validation(err)
    errors = err.errors(include_url=False)
    assert len(problems) == len(errors)  # one problem per error, in the same order
    for i, e in enumerate(errors):
        if e["loc"] and e["loc"][-1] == "[key]":  # a bad currency code as a key of rates
            path = problems[i].path.removesuffix(".[key]")
            problems[i] = Problem(path, problems[i].message)
        elif e["type"] == _RULE:
            at = e.get("ctx", {}).get("at")
            path = problems[i].path if at is None else ".".join(
                part for part in (problems[i].path, str(at)) if part)
            problems[i] = Problem(path, e["msg"])
    return problems


def parse_settings(data: Mapping[str, Any] | str) -> ScoringSettings:
    """Validate settings given as JSON text or a mapping, or raise InvalidInput
    listing every problem, with paths such as ``weights.coverage``."""
    try:
        if isinstance(data, str):
            return ScoringSettings.model_validate_json(data)
        return ScoringSettings.model_validate(dict(data))
    except ValidationError as err:
        raise InvalidInput("settings", _problems(err)) from None


def settings_to_json(settings: ScoringSettings) -> str:
    """The JSON that ``parse_settings`` reads back to equal settings."""
    return json.dumps(settings.model_dump(mode="json"), ensure_ascii=False, indent=2)
