"""Amounts and numbers, written one way everywhere: the app's tables and fields, the PDF,
the findings' messages. No Qt: the app passes its user's locale, the PDF its own.

The rule
--------
* **Full figures wherever a figure is read**: tables, profile fields, lists and
  sentences (findings, tier reasons, the PDF's tables and summaries, the app's
  tables, tooltips). Every digit, grouped the locale's way — "EUR 4,200,000" in
  English, "4 200 000 EUR" in Russian, "4.200.000 EUR" in German, "EUR 4,200,000" in
  Chinese — and cents only when there are cents ("EUR 231,000.50"). A full figure is
  never rounded beyond the cent, so EUR 999,999 never reads as EUR 1M.
* **Compact only in graphics, where space demands it**: chart axis ticks, bar labels,
  the tier grid's axes. Compact figures are rounded to three significant digits in
  the locale's own words — "4.2M", "1.23M", "420万", "4,2 млн" — so they may round
  (1,234,567 is "1.23M"); that is why they never stand where a reader takes a figure
  for a fact. A chart's tooltip or the table beside it gives the full figure.
* **The currency as its ISO code** (EUR, not €): accounts in CNY, RUB and USD sit side
  by side, and "$" or "¥" would be ambiguous. The code stands where the locale puts its
  currency sign (before the number in English and Chinese, after it in German and
  Russian), joined to the number by a no-break space, so no line ends between them.
  One exception, where nothing is ambiguous: a currency in the language of its own
  country is written as that country writes it — roubles in Russian with CLDR's sign
  ("42 000 000 ₽", "4,2 млн ₽"), yuan in Chinese with 元 after the figure
  ("42,000,000元", "4200万元"); see :data:`HOME_SIGNS`.
* A negative figure has a real minus sign "−" (U+2212) wherever the locale writes a
  hyphen-minus; zero is "0"; nothing recorded (None) is "".
* Digit grouping and the decimal sign come from CLDR (Babel), so the app and the PDF
  agree for every locale; an unknown or bare "C" locale is English.
"""

from __future__ import annotations

import copy
import math
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberFormatError,
    NumberPattern,
    format_compact_decimal,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

NBSP = "\u00a0"
MINUS = "\u2212"
#: significant digits a compact figure keeps: "1.23M", "12.3M", "123M"
COMPACT_DIGITS = 3
#: decimals a full number keeps at most (a KPI of 93.456789); money keeps cents
MOST_DECIMALS = 6
#: the edges of everyday figures: beyond them (a KPI of ±1.8e308, an amount of 5e-324,
#: both valid in an account file) a figure is written in scientific notation — every
#: digit the float holds when full ("1.7976931348623157E308"), three significant digits
#: when compact ("1.8E308") — rather than as 309 digits
FULL_LARGEST = 1e18
COMPACT_LARGEST = 1e16
SMALLEST = 1e-9
COMPACT_SMALLEST = 1e-6
#: language -> (its country's currency, how that language writes it, what joins it to
#: the figure): a Russian document writes roubles "42 000 000 ₽" (CLDR's sign, where
#: CLDR puts it), a Chinese one yuan "4200万元"; any other currency keeps its ISO code
HOME_SIGNS: dict[str, tuple[str, str, str]] = {
    "ru": ("RUB", "\u20bd", NBSP),
    "zh": ("CNY", "\u5143", ""),
}


@lru_cache(maxsize=64)
def babel_locale(name: str | None) -> Locale:
    """The CLDR locale of a name such as "en", "de_DE", "zh-CN" (Qt's QLocale().name());
    the bare "C"/"POSIX" locale, an empty name or an unknown one is English."""
    text = (name or "").split(".")[0].split("@")[0].replace("-", "_")
    if text in ("", "C", "POSIX"):
        return Locale.parse("en")
    for candidate in (text, text.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


def number(value: float | None, locale: str = "en", *, compact: bool = False) -> str:
    """A plain number: "1,250,000", "93.5", "0.00005"; compact "1.25M" (graphics only)."""
    return "" if value is None else _number(float(value), locale, compact)


def money(amount: float | None, currency: str | None, *, compact: bool = False,
          locale: str = "en") -> str:
    """An amount with its currency code: "EUR 4,200,000", "4 200 000 EUR", "EUR 231,000.50";
    compact "EUR 4.2M" (graphics only); a currency in its own country's language as
    that country writes it: "4 200 000 ₽" in Russian, "420万元" in Chinese. Without a
    currency just the figure."""
    return "" if amount is None else _money(float(amount), currency or "", compact, locale)


def scientific(value: float, locale: str = "en", digits: int | None = None) -> str:
    """``value`` as "1.7976931348623157E308", "−2.5E−300"; ``digits`` significant
    digits (None: as many as the float holds, Python's shortest repr)."""
    text = repr(float(value)) if digits is None else f"{value:.{max(1, digits) - 1}e}"
    mantissa, _, exponent = text.lower().partition("e")
    if not exponent:  # repr gave no exponent ("123.5"): make one
        mantissa, exponent = f"{float(value):e}".split("e")
        mantissa = repr(float(mantissa))
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    decimal = get_decimal_symbol(babel_locale(locale))
    mantissa = mantissa.replace(".", decimal).replace("-", MINUS)
    return f"{mantissa}E{str(int(exponent)).replace('-', MINUS)}"


def extreme(value: float, *, compact: bool = False) -> bool:
    """Whether ``value`` is written in scientific notation (see FULL_LARGEST)."""
    size = abs(value)
    if compact:
        return size >= COMPACT_LARGEST or 0 < size < COMPACT_SMALLEST
    return size >= FULL_LARGEST or 0 < size < SMALLEST


def read(text: str, locale: str = "en") -> float | None:
    """A number written the locale's way (as :func:`number` writes it), read strictly:
    grouping only where the locale groups, so "1,5" is not 15 in English; None if
    ``text`` is not such a number. A plain space stands for the locale's no-break
    space, a hyphen for the minus sign."""
    loc = babel_locale(locale)
    group = get_group_symbol(loc)
    text = text.strip().replace(MINUS, "-")
    if group in (NBSP, "\u202f"):
        text = text.replace(" ", group)
    try:
        value = float(parse_decimal(text, locale=loc, strict=True))
    except NumberFormatError:
        return None
    return value if math.isfinite(value) else None


# -- internals ----------------------------------------------------------------------------
# Both writers are cached: a table repaints the same figures, an axis the same ticks
# (a figure costs 10–25 µs to write, a cache hit well under one).

@lru_cache(maxsize=4096)
def _number(value: float, locale: str, compact: bool) -> str:
    if not math.isfinite(value):
        return str(value)
    if extreme(value, compact=compact):
        return scientific(value, locale, 3 if compact else None)
    loc = babel_locale(locale)
    if compact:
        return _compact(value, loc)
    exact = _rounded(value, MOST_DECIMALS)
    return _written(exact, _places(exact), loc)


@lru_cache(maxsize=4096)
def _money(amount: float, currency: str, compact: bool, locale: str) -> str:
    if not math.isfinite(amount):
        return str(amount)
    loc = babel_locale(locale)
    if extreme(amount, compact=compact):
        text = scientific(amount, locale, 3 if compact else None)
    elif compact:
        text = _compact(amount, loc)
    else:
        cents = _rounded(amount, 2)
        whole = cents == cents.to_integral_value()
        text = _written(cents, 0 if whole else max(2, _places(cents)), loc)
    if not currency:
        return text
    home = HOME_SIGNS.get(loc.language)
    if home is not None and home[0] == currency:
        return f"{text}{home[2]}{home[1]}"
    if _code_first(loc):
        return f"{MINUS if text.startswith(MINUS) else ''}{currency}{NBSP}" \
               f"{text.removeprefix(MINUS)}"
    return f"{text}{NBSP}{currency}"


def _rounded(value: float, decimals: int) -> Decimal:
    """``value`` as Python writes it, rounded half up to ``decimals`` places; a tiny
    non-zero value that would round to 0 keeps four significant digits instead
    (0.00005 is not 0)."""
    exact = Decimal(repr(float(value)))
    if _places(exact) > decimals:
        rounded = exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
        exact = rounded if rounded or not exact else Decimal(f"{value:.4g}")
    return exact if exact else Decimal(0)  # no "−0"


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _places(value: Decimal) -> int:
    """Decimals ``value`` needs, trailing zeros dropped: 1 for 0.50, none for 1E+15."""
    return max(0, -_exponent(value.normalize()))


def _written(value: Decimal, decimals: int, loc: Locale) -> str:
    """``value`` with exactly ``decimals`` decimals in the locale's grouping and signs."""
    pattern = _pattern(loc, decimals)
    return _real_minus(format_decimal(value, format=pattern, locale=loc))


def _compact(value: float, loc: Locale) -> str:
    exact = Decimal(repr(float(value)))
    if not exact:
        return "0"
    step = Decimal(1).scaleb(exact.adjusted() - COMPACT_DIGITS + 1)
    rounded = exact.quantize(step, ROUND_HALF_UP)
    decimals = max(2, -_exponent(rounded))
    return _real_minus(format_compact_decimal(rounded, locale=loc, fraction_digits=decimals))


@lru_cache(maxsize=256)
def _pattern(loc: Locale, decimals: int) -> NumberPattern:
    pattern = copy.copy(loc.decimal_formats[None])
    pattern.frac_prec = (decimals, decimals)
    return pattern


@lru_cache(maxsize=64)
def _code_first(loc: Locale) -> bool:
    """Whether the locale writes its currency sign before the number (en, zh) or after
    it (de, ru)."""
    positive = loc.currency_formats["standard"].pattern.split(";")[0]
    sign = positive.find("¤")
    digit = min((i for i in (positive.find("#"), positive.find("0")) if i >= 0), default=-1)
    return 0 <= sign < digit


def _real_minus(text: str) -> str:
    return text.replace("-", MINUS)
