"""Numbers in the PDF at the edges of what the account file accepts: a KPI's target or
value may be any finite float (±1.8e308, 5e-324), far beyond what a grouped full figure
or a compact one ("4.2M") can say. Within the everyday range the rule of app.money
holds (full figures in tables and text, compact ones on chart axes); beyond it a
figure is written in scientific notation — every digit Python keeps in a table
("1.7976931348623157E308"), three significant digits on an axis ("1.8E308") — rather
than as 309 digits, or not at all."""

from __future__ import annotations

import math

from babel.numbers import get_decimal_symbol

from app.money import MINUS, babel_locale, number

#: full figures from this size on are written in scientific notation (and compact ones
#: from COMPACT_LARGEST: "1000T" is still read, "1000000T" no longer)
FULL_LARGEST = 1e18
COMPACT_LARGEST = 1e15
#: non-zero figures smaller than this too ("0.000000001" is read, 30 zeros are not)
SMALLEST = 1e-9
AXIS_SMALLEST = 1e-4


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
    power = int(exponent)
    decimal = get_decimal_symbol(babel_locale(locale))
    mantissa = mantissa.replace(".", decimal).replace("-", MINUS)
    return f"{mantissa}E{str(power).replace('-', MINUS)}"


def _extreme(value: float, largest: float, smallest: float) -> bool:
    size = abs(value)
    return not math.isfinite(value) or size >= largest or (0 < size < smallest)


def extreme(value: float) -> bool:
    """Whether :func:`full` writes ``value`` in scientific notation."""
    return _extreme(float(value), FULL_LARGEST, SMALLEST)


def full(value: float | None, locale: str = "en") -> str:
    """A figure for a table or a sentence: app.money's full figure, or every digit
    in scientific notation beyond 1e18 and below 1e-9; "" for None."""
    if value is None:
        return ""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if _extreme(value, FULL_LARGEST, SMALLEST):
        return scientific(value, locale)
    try:
        return number(value, locale)
    except ArithmeticError:  # a Decimal too long for its context: say it another way
        return scientific(value, locale)


def axis(value: float, locale: str = "en") -> str:
    """A figure on a chart axis: compact ("4.2M", "0.5"), or three significant digits
    in scientific notation from 1e15 and below 1e-4 ("1.8E308", "5E−324")."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    if _extreme(value, COMPACT_LARGEST, AXIS_SMALLEST):
        return scientific(value, locale, 3)
    try:
        return number(value, locale, compact=True)
    except ArithmeticError:
        return scientific(value, locale, 3)
