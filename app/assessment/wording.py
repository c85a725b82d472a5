"""Small wording helpers shared by the assessment messages, so every finding and
detail counts, lists names and writes amounts the same way (amounts through
:mod:`app.money`, like the app's tables and the PDF)."""

from __future__ import annotations

from collections.abc import Sequence

from app.money import money as full_money

NAMES_SHOWN = 3  # names listed in one message before "and n more"


def count(n: int, one: str, many: str) -> str:
    """'1 person', '3 people'."""
    return f"{n} {one if n == 1 else many}"


def names(items: Sequence[str], shown: int = NAMES_SHOWN) -> str:
    """'A, B, C and 2 more': a message stays readable however many people it concerns."""
    head = ", ".join(items[:shown])
    rest = len(items) - shown
    return f"{head} and {rest} more" if rest > 0 else head


def money(amount: float, currency: str | None) -> str:
    """A full figure for a sentence, in English: "EUR 1,200,000", "EUR 999,999.50".

    Messages are read, never squeezed into an axis, so the amount is written out
    (the rule of :mod:`app.money`): EUR 999,999 must not read as EUR 1M.
    """
    return full_money(amount, currency)
