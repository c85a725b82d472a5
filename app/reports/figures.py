"""Figures and dates in the PDF, in the document's language.

Figures follow app.money's one rule: full figures in tables and sentences, compact ones
on chart axes, and scientific notation at the edges of what the account file accepts
(a KPI of ±1.8e308, an amount of 5e-324): every digit the float holds in a table
("1.7976931348623157E308"), three significant digits on an axis ("1.8E308").

Dates and percentages come from CLDR (Babel) in the document's locale: "25.11.2026" and
"25 ноября 2026 г." in Russian, "2026/11/25" and "2026年11月25日" in Chinese. English
keeps ISO dates ("2026-11-25") in both places: Rapport's English editions go to
readers on every continent, and CLDR's English writes dates the American way
("11/25/26"), which a European reads as another day.
"""

from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date
from babel.numbers import format_percent

from app.money import MINUS, babel_locale, extreme, number

ISO = "yyyy-MM-dd"


def full(value: float | None, locale: str = "en") -> str:
    """A figure for a table or a sentence; "" for None."""
    return "" if value is None else number(float(value), locale)


def axis(value: float, locale: str = "en") -> str:
    """A figure on a chart axis: compact ("4.2M", "0.5"), at the edges "1.8E308"."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    return number(value, locale, compact=True)


def date(value: dt.date | None, locale: str = "en", *, long: bool = False) -> str:
    """A date in a table or a chart ("25.11.2026", "2026/11/25"), ``long`` on the cover
    and in running text ("25 ноября 2026 г.", "2026年11月25日"); ISO in English;
    "" for None."""
    if value is None:
        return ""
    loc = babel_locale(locale)
    if loc.language == "en":
        return value.isoformat()
    return format_date(value, "long" if long else "short", locale=loc)


def percent(share: float, locale: str = "en") -> str:
    """A share as a whole percentage: "45%", "45 %" (Russian, a no-break space)."""
    text = format_percent(share, locale=babel_locale(locale))
    return text.replace("-", MINUS)


__all__ = ["axis", "date", "extreme", "full", "percent"]
