"""Which tier the figures suggest: current value × potential value.

A two-by-two grid on the account's annual revenue and potential revenue, both
converted to the base currency of the scoring settings:

=================  ================  ==================
                   low potential     high potential
=================  ================  ==================
high current       Key               Strategic
low current        Maintain          Growth
=================  ================  ==================

"High" means at or above the threshold. The manual tier stays the user's
choice; ``tier_findings`` only points out when it differs from the grid, with
the figures behind it. ``docs/health.md`` documents the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.assessment.settings import ScoringSettings
from app.assessment.wording import clauses, money
from app.graph.analysis import Finding
from app.i18n import _
from app.models.account import AccountFile, AccountRecord
from app.models.enums import Tier, label

GRID = {
    (True, True): Tier.STRATEGIC,
    (True, False): Tier.KEY,
    (False, True): Tier.GROWTH,
    (False, False): Tier.MAINTAIN,
}  # (high current, high potential) → tier



@dataclass(frozen=True)
class TierPlacement:
    """Where the account falls on the grid, or why it cannot be placed."""

    tier: Tier | None  # None when revenue, potential or an exchange rate is missing
    current: float | None  # annual revenue in the base currency
    potential: float | None  # potential revenue in the base currency
    reason: str


def to_base(amount: float | None, currency: str | None,
            settings: ScoringSettings) -> float | None:
    """``amount`` in the base currency; None if it or the rate is unknown.

    No currency means the base currency: the account did not say otherwise.
    """
    if amount is None:
        return None
    if currency is None or currency == settings.base_currency:
        return amount
    rate = settings.rates.get(currency)
    return None if rate is None else amount * rate


def _figure(amount: float, currency: str | None, converted: float,
            settings: ScoringSettings) -> str:
    """The converted amount, and the original if it was in another currency."""
    shown = money(converted, settings.base_currency)
    if currency is not None and currency != settings.base_currency:
        shown = _("{amount} ({original})").format(amount=shown,
                                                  original=money(amount, currency))
    return shown


def _current_level(value: float, settings: ScoringSettings) -> str:
    threshold = money(settings.current_threshold, settings.base_currency)
    if value >= settings.current_threshold:
        return _("high current (≥ {threshold})").format(threshold=threshold)
    return _("low current (< {threshold})").format(threshold=threshold)


def _potential_level(value: float, settings: ScoringSettings) -> str:
    threshold = money(settings.potential_threshold, settings.base_currency)
    if value >= settings.potential_threshold:
        return _("high potential (≥ {threshold})").format(threshold=threshold)
    return _("low potential (< {threshold})").format(threshold=threshold)


def _missing(account: AccountRecord, settings: ScoringSettings) -> list[str]:
    reasons = []
    if account.annual_revenue is None:
        reasons.append(_("no annual revenue recorded"))
    if account.potential_revenue is None:
        reasons.append(_("no potential revenue recorded"))
    currency = account.currency
    if (currency is not None and currency != settings.base_currency
            and currency not in settings.rates):
        reasons.append(_("no exchange rate from {currency} to {base} in the scoring "
                         "settings").format(currency=currency, base=settings.base_currency))
    return reasons


def computed_tier(account: AccountRecord, settings: ScoringSettings) -> TierPlacement:
    """The grid cell of the account's revenue and potential, with the figures."""
    current = to_base(account.annual_revenue, account.currency, settings)
    potential = to_base(account.potential_revenue, account.currency, settings)
    missing = _missing(account, settings)
    if missing or current is None or potential is None:
        return TierPlacement(None, current, potential,
                             _("Cannot compute a tier: {reasons}.").format(
                                 reasons=clauses(missing)))
    tier = GRID[current >= settings.current_threshold,
                potential >= settings.potential_threshold]
    revenue, potential_revenue = account.annual_revenue, account.potential_revenue
    assert revenue is not None and potential_revenue is not None  # else missing
    reason = _("{current} current, {potential} potential: {current_level}, "
               "{potential_level} → {tier}").format(
        current=_figure(revenue, account.currency, current, settings),
        potential=_figure(potential_revenue, account.currency, potential, settings),
        current_level=_current_level(current, settings),
        potential_level=_potential_level(potential, settings), tier=label(tier))
    return TierPlacement(tier, current, potential, reason)


def tier_findings(doc: AccountFile, settings: ScoringSettings) -> list[Finding]:
    """A "tier_mismatch" finding when the manual tier differs from the grid's."""
    manual = doc.account.tier
    placement = computed_tier(doc.account, settings)
    if manual is None or placement.tier is None or manual == placement.tier:
        return []
    return [Finding("tier_mismatch", "medium", (),
                    _("The tier is set to {tier}, but the figures suggest {computed}: "
                      "{reason}.").format(tier=label(manual), computed=label(placement.tier),
                                          reason=placement.reason))]
