"""Number formatting and parsing for the UI: locale-aware, never guessing.

Figures are written by :mod:`app.money` (the same writer as the PDF and the findings),
in the user's locale: full figures in tables, fields and tooltips, compact ones only
on chart axes (the rule is in that module's docstring).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app import money as figures

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no digit grouping) falls back to English."""
    locale = QLocale()
    return _ENGLISH if locale.language() == QLocale.Language.C else locale


def decimals_needed(value: float, most: int = 6) -> int:
    """Fewest decimals (up to ``most``) that show ``value`` exactly as stored."""
    for n in range(most + 1):
        if round(value, n) == value:
            return n
    return most


def locale_name() -> str:
    """The user's locale for :mod:`app.money`: "de_DE", "ru_RU"; "en_US" for "C"."""
    return display_locale().name()


def money(value: float | None, currency: str | None = None, *, compact: bool = False) -> str:
    """An amount in the user's locale: "EUR 1,250,000", "1.250.000 EUR"; ``compact``
    ("EUR 1.25M") only where space demands it (chart axes)."""
    return figures.money(value, currency, compact=compact, locale=locale_name())


def number(value: float | None, *, compact: bool = False) -> str:
    """A number in the user's locale with every stored digit (up to six decimals):
    what an edit field shows, and reads back with :func:`parse_number`."""
    return figures.number(value, locale_name(), compact=compact)


def parse_number(text: str) -> float | None:
    """An amount typed in the user's locale or in plain/English notation; None if empty.

    Qt checks digit grouping strictly, so "1,5" is never read as 15: text that
    neither notation reads exactly is refused rather than guessed at. What
    :func:`number` writes is always read back (CLDR's grouping, e.g. "1.234,5" in
    Spanish, where Qt would write "1234,5", is read with :func:`app.money.read`).
    """
    text = text.strip()
    if not text:
        return None
    locale = display_locale()
    candidates = [text]
    if locale.groupSeparator() in ("\u00a0", "\u202f"):  # people type a plain space
        candidates.append(text.replace(" ", locale.groupSeparator()))
    for candidate in candidates:
        value, ok = locale.toDouble(candidate)
        if ok:
            return value
    read = figures.read(text, locale_name())
    if read is not None:
        return read
    value, ok = _ENGLISH.toDouble(text)
    if ok:
        return value
    raise ValueError(QCoreApplication.translate(
        "Formatting", '"{text}" is not an amount; write a number such as {plain} or '
        "{grouped}.").format(text=text, plain="1250000", grouped=number(1250000)))


def day_text(day: dt.date) -> str:
    """A day as a person reads it: "30 Sep 2026", "30 сент. 2026 г.", "2026年9月30日"."""
    locale = QLocale()
    date = QDate(day.year, day.month, day.day)
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(date, "yyyy年M月d日")
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return QLocale(QLocale.Language.English).toString(date, "d MMM yyyy")
    return locale.toString(date, "d MMM yyyy")
