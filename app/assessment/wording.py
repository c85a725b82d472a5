"""Small wording helpers shared by the assessment messages, so every finding and
detail counts, lists names and writes amounts the same way (amounts through
:mod:`app.money`, like the app's tables and the PDF), in the current language
(:mod:`app.i18n`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from babel.dates import format_date, format_skeleton
from babel.numbers import get_decimal_symbol

from app import i18n
from app.i18n import _, pgettext
from app.money import MINUS, babel_locale
from app.money import money as full_money

NAMES_SHOWN = 3  # names listed in one message before "and n more"


def count(n: int, one: str, many: str) -> str:
    """'1 person', '3 people' — English only: a translated message counts with
    ``ngettext("{n} person", "{n} people", n)``, as Russian has three forms."""
    return f"{n} {one if n == 1 else many}"


def listing(items: Sequence[str]) -> str:
    """Items joined the language's way: "A, B" in English and Russian, "A、B" in Chinese."""
    # Translators: the separator between the items of a list in a sentence
    return pgettext("list separator", ", ").join(items)


def names(items: Sequence[str], shown: int = NAMES_SHOWN) -> str:
    """'A, B, C and 2 more': a message stays readable however many people it concerns."""
    head = listing(items[:shown])
    rest = len(items) - shown
    if rest <= 0:
        return head
    # Translators: {names} lists the first few names (people, risks, KPIs)
    return _("{names} and {n} more").format(names=head, n=rest)


def with_value(name: str, value: object) -> str:
    """A name and its figure: "Li Wei (skeptic)", "Price pressure (20)"; Chinese
    brackets in Chinese."""
    # Translators: a name (a person, a risk, a KPI) with a figure or a word about it
    return _("{name} ({value})").format(name=name, value=value)


def clauses(items: Sequence[str]) -> str:
    """Clauses joined: "no annual revenue recorded; no potential revenue recorded"."""
    # Translators: the separator between clauses (each a short sentence of its own)
    return pgettext("clause separator", "; ").join(items)


def sentence(text: str) -> str:
    """A finding's message ended as a sentence: "… 40." (Chinese "… 40。")."""
    # Translators: the end of a sentence; {text} is the sentence without its full stop
    return pgettext("end of a sentence", "{text}.").format(text=text)


def lower_first(text: str) -> str:
    """A title inside a sentence: "First contact made" → "first contact made"."""
    return text[:1].lower() + text[1:]


def percent(share: float) -> str:
    """A share as a whole percentage: "45%" ("45 %" in Russian, with a no-break space)."""
    whole = f"{share:.0%}".removesuffix("%").replace("-", MINUS)
    # Translators: a whole percentage; {n} is the number (Russian: a no-break space before %)
    return pgettext("percent", "{n}%").format(n=whole)


def signed(value: float, places: int = 2) -> str:
    """A number with its sign, as a sentence writes it: "+0.23", "−0.50" ("+0,23" in
    Russian and the other languages with a decimal comma)."""
    text = f"{value:+.{places}f}".replace("-", MINUS)
    lang = i18n.current()
    if lang == i18n.SOURCE:
        return text
    return text.replace(".", get_decimal_symbol(babel_locale(lang)))


def day(value: dt.date) -> str:
    """A date in a sentence: ISO in English (as the app always wrote it), the language's
    long form otherwise ("24 ноября 2026 г.", "2026年11月24日") — as the map's findings."""
    lang = i18n.current()
    if lang == i18n.SOURCE:
        return value.isoformat()
    return format_date(value, format="long", locale=babel_locale(lang))


def month(value: dt.date) -> str:
    """A calendar month in a sentence: "2026-09" in English, "сент. 2026 г.", "2026年9月"."""
    lang = i18n.current()
    if lang == i18n.SOURCE:
        return f"{value:%Y-%m}"
    return format_skeleton("yMMM", value, locale=babel_locale(lang))


def money(amount: float, currency: str | None) -> str:
    """A full figure for a sentence, in the current language's way: "EUR 1,200,000",
    "1 200 000 EUR", "EUR 999,999.50".

    Messages are read, never squeezed into an axis, so the amount is written out
    (the rule of :mod:`app.money`): EUR 999,999 must not read as EUR 1M.
    """
    return full_money(amount, currency, locale=i18n.current())
