"""Figures in the PDF, by app.money's one rule: full figures in tables and sentences,
compact ones on chart axes, and scientific notation at the edges of what the account file
accepts (a KPI of ±1.8e308, an amount of 5e-324): every digit the float holds in a table
("1.7976931348623157E308"), three significant digits on an axis ("1.8E308")."""

from __future__ import annotations

import math

from app.money import extreme, number


def full(value: float | None, locale: str = "en") -> str:
    """A figure for a table or a sentence; "" for None."""
    return "" if value is None else number(float(value), locale)


def axis(value: float, locale: str = "en") -> str:
    """A figure on a chart axis: compact ("4.2M", "0.5"), at the edges "1.8E308"."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    return number(value, locale, compact=True)


__all__ = ["axis", "extreme", "full"]
