"""Small wording helpers shared by the assessment messages, so every finding and
detail counts, lists names and writes amounts the same way."""

from __future__ import annotations

import math
from collections.abc import Sequence

NAMES_SHOWN = 3  # names listed in one message before "and n more"
_UNITS = ((1e9, "bn"), (1e6, "M"), (1e3, "k"))


def count(n: int, one: str, many: str) -> str:
    """'1 person', '3 people'."""
    return f"{n} {one if n == 1 else many}"


def names(items: Sequence[str], shown: int = NAMES_SHOWN) -> str:
    """'A, B, C and 2 more': a message stays readable however many people it concerns."""
    head = ", ".join(items[:shown])
    rest = len(items) - shown
    return f"{head} and {rest} more" if rest > 0 else head


def money(amount: float, currency: str | None) -> str:
    """Short but exact: "EUR 1.2M", "EUR 1.905M", "EUR 250k", else "EUR 1,234,567.89".

    Shortened only to at most four significant digits and only when nothing is
    lost: an amount just below a threshold must not read as the threshold.
    """
    text = f"{amount:,.2f}".removesuffix(".00")
    for unit, suffix in _UNITS:
        short = f"{amount / unit:.4g}"
        if (abs(amount) >= unit and "e" not in short
                and math.isclose(float(short) * unit, amount, rel_tol=1e-12)):
            text = f"{short}{suffix}"
            break
    return f"{currency} {text}" if currency else text
